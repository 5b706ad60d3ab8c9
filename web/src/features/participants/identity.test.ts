import { describe, expect, it } from "vitest";
import { checkIdentityCode, maskIdentityCode, searchBelongsInUrl } from "./identity";

describe("maskIdentityCode", () => {
  it("keeps the birth date and century sign and hides the rest", () => {
    expect(maskIdentityCode("131052-308T")).toBe("131052-****");
    expect(maskIdentityCode("010203A1230")).toBe("010203A****");
  });

  it("hides a short or odd value completely", () => {
    expect(maskIdentityCode("1310")).toBe("****");
    expect(maskIdentityCode("")).toBe("****");
  });
});

describe("searchBelongsInUrl", () => {
  it("keeps identity codes out of the address, however they are typed", () => {
    expect(searchBelongsInUrl("131052-308T")).toBe(false);
    expect(searchBelongsInUrl(" 131052-308t ")).toBe(false);
    expect(searchBelongsInUrl("010203A1230")).toBe(false);
    // Shape, not validity, decides: a mistyped code is still a code.
    expect(searchBelongsInUrl("131052-308U")).toBe(false);
  });

  it("lets names, phone numbers and partial dates into the address", () => {
    expect(searchBelongsInUrl("Virtanen")).toBe(true);
    expect(searchBelongsInUrl("Virtanen Aino")).toBe(true);
    expect(searchBelongsInUrl("040 123 4567")).toBe(true);
    expect(searchBelongsInUrl("131052")).toBe(true);
  });
});

describe("checkIdentityCode (the server's checker, bundled into the web app)", () => {
  it("validates the check character and gives the birth date", () => {
    expect(checkIdentityCode("131052-308T")).toEqual({
      valid: true,
      birthDate: "1952-10-13",
      code: "131052-308T",
    });
    expect(checkIdentityCode("131052-308U")).toEqual({ valid: false, reason: "checksum" });
  });
});
