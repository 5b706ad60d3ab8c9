/** Finnish personal identity code (henkilötunnus): DDMMYY, century sign, individual number, check character. */

const CHECK_CHARACTERS = "0123456789ABCDEFHJKLMNPRSTUVWXY";
const CENTURIES: Record<string, number> = {
  "+": 1800,
  "-": 1900,
  U: 1900,
  V: 1900,
  W: 1900,
  X: 1900,
  Y: 1900,
  A: 2000,
  B: 2000,
  C: 2000,
  D: 2000,
  E: 2000,
  F: 2000,
};
const SHAPE = /^([0-9]{2})([0-9]{2})([0-9]{2})([-+A-FU-Y])([0-9]{3})([0-9A-Y])$/;

/** Upper-cases and trims; the stored and searched form. */
export function normaliseIdentityCode(input: string): string {
  return input.trim().toUpperCase();
}

export type IdentityCodeCheck =
  | { valid: true; birthDate: string; code: string }
  | { valid: false; reason: "shape" | "date" | "checksum" };

/** Checks shape, date and check character; returns the birth date it encodes (YYYY-MM-DD). */
export function checkIdentityCode(input: string): IdentityCodeCheck {
  const code = normaliseIdentityCode(input);
  const m = SHAPE.exec(code);
  if (!m) return { valid: false, reason: "shape" };
  const [, dd, mm, yy, sign, individual, check] = m as unknown as [
    string,
    string,
    string,
    string,
    string,
    string,
    string,
  ];
  const century = CENTURIES[sign];
  if (century === undefined) return { valid: false, reason: "shape" };
  const year = century + Number(yy);
  const month = Number(mm);
  const day = Number(dd);
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    return { valid: false, reason: "date" };
  }
  if (Number(individual) < 2) return { valid: false, reason: "shape" };
  const expected = CHECK_CHARACTERS[Number(`${dd}${mm}${yy}${individual}`) % 31];
  if (expected !== check) return { valid: false, reason: "checksum" };
  const birthDate = `${String(year).padStart(4, "0")}-${mm}-${dd}`;
  return { valid: true, birthDate, code };
}

/** True when the text looks like an identity code (used to route a search to the exact-match index). */
export function looksLikeIdentityCode(input: string): boolean {
  return SHAPE.test(normaliseIdentityCode(input));
}

/** The identity code for a birth date and individual number (2–999), with its check character. */
export function identityCodeFor(birthDate: string, individual: number): string {
  const [y = "", m = "", d = ""] = birthDate.split("-");
  const year = Number(y);
  const sign = year >= 2000 ? "A" : year >= 1900 ? "-" : "+";
  const yy = y.slice(2);
  const nnn = String(individual).padStart(3, "0");
  return `${d}${m}${yy}${sign}${nnn}${CHECK_CHARACTERS[Number(`${d}${m}${yy}${nnn}`) % 31]}`;
}
