import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkIdentityCode, identityCodeFor, looksLikeIdentityCode } from "./identity-code";

const CHECK = "0123456789ABCDEFHJKLMNPRSTUVWXY";

describe("checkIdentityCode", () => {
  it("accepts a valid code and reads its birth date", () => {
    expect(checkIdentityCode("131052-308T")).toEqual({
      valid: true,
      birthDate: "1952-10-13",
      code: "131052-308T",
    });
    expect(checkIdentityCode("010594Y9032")).toEqual({
      valid: true,
      birthDate: "1994-05-01",
      code: "010594Y9032",
    });
    expect(checkIdentityCode(" 020502a902x ")).toMatchObject({ valid: true, birthDate: "2002-05-02" });
  });

  it("refuses a wrong check character, an impossible date and a malformed code", () => {
    expect(checkIdentityCode("131052-308U")).toEqual({ valid: false, reason: "checksum" });
    expect(checkIdentityCode("310252-308T")).toEqual({ valid: false, reason: "date" });
    expect(checkIdentityCode("1310523-08T")).toEqual({ valid: false, reason: "shape" });
    expect(checkIdentityCode("")).toEqual({ valid: false, reason: "shape" });
  });

  it("accepts exactly the check character computed from the number, for any date and individual number", () => {
    fc.assert(
      fc.property(
        fc.date({
          min: new Date("1900-01-01T00:00:00Z"),
          max: new Date("2099-12-31T00:00:00Z"),
          noInvalidDate: true,
        }),
        fc.integer({ min: 2, max: 999 }),
        fc.constantFrom(...CHECK.split("")),
        (date, individual, check) => {
          const y = date.getUTCFullYear();
          const dd = String(date.getUTCDate()).padStart(2, "0");
          const mm = String(date.getUTCMonth() + 1).padStart(2, "0");
          const yy = String(y % 100).padStart(2, "0");
          const sign = y < 2000 ? "-" : "A";
          const nnn = String(individual).padStart(3, "0");
          const expected = CHECK[Number(`${dd}${mm}${yy}${nnn}`) % 31];
          const result = checkIdentityCode(`${dd}${mm}${yy}${sign}${nnn}${check}`);
          expect(result.valid).toBe(check === expected);
          if (result.valid) expect(result.birthDate).toBe(`${y}-${mm}-${dd}`);
        },
      ),
    );
  });

  it("recognises the shape for search", () => {
    expect(looksLikeIdentityCode("131052-308t")).toBe(true);
    expect(looksLikeIdentityCode("Virtanen")).toBe(false);
  });
});

describe("identityCodeFor", () => {
  it("makes codes that checkIdentityCode accepts, with the century sign of the birth year", () => {
    fc.assert(
      fc.property(
        fc.date({
          min: new Date("1850-01-01T00:00:00Z"),
          max: new Date("2099-12-31T00:00:00Z"),
          noInvalidDate: true,
        }),
        fc.integer({ min: 2, max: 999 }),
        (date, individual) => {
          const iso = date.toISOString().slice(0, 10);
          const code = identityCodeFor(iso, individual);
          expect(checkIdentityCode(code)).toEqual({ valid: true, birthDate: iso, code });
        },
      ),
    );
  });
});
