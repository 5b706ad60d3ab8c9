// Dates as people type them (Finnish style d.M.yyyy, what the Suomi.fi date input reads and writes)
// and as the API wants them (ISO yyyy-mm-dd). Calendar days are Finnish days.

const TIME_ZONE = "Europe/Helsinki";

/** Today's date in Finland as YYYY-MM-DD. */
export function todayIso(now: Date = new Date()): string {
  // en-CA formats dates as YYYY-MM-DD.
  return new Intl.DateTimeFormat("en-CA", {
    timeZone: TIME_ZONE,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).format(now);
}

/** "1952-10-13" → "13.10.1952", the form the date input shows; anything else unchanged. */
export function isoToInputDate(iso: string | null | undefined): string {
  if (!iso) return "";
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  const [, year, month, day] = m;
  return `${Number(day)}.${Number(month)}.${year}`;
}

/**
 * A typed date ("13.10.1952", "13.10.1952 " or ISO "1952-10-13") as ISO, or null when it is not a real
 * calendar date with a four-digit year.
 */
export function inputDateToIso(text: string): string | null {
  const value = text.trim();
  let year: number;
  let month: number;
  let day: number;
  const finnish = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(value);
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (finnish) {
    day = Number(finnish[1]);
    month = Number(finnish[2]);
    year = Number(finnish[3]);
  } else if (iso) {
    year = Number(iso[1]);
    month = Number(iso[2]);
    day = Number(iso[3]);
  } else {
    return null;
  }
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    return null;
  }
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}
