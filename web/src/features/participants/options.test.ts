import { describe, expect, it } from "vitest";
import { languageName } from "./options";

describe("languageName", () => {
  it("names a language in the UI language, capitalised", () => {
    expect(languageName("so", "en")).toBe("Somali");
    expect(languageName("sv", "fi")).toBe("Ruotsi");
    expect(languageName("fi", "sv")).toBe("Finska");
  });

  it("shows an unknown or malformed code as typed", () => {
    expect(languageName("qqq", "fi")).toBe("qqq");
    expect(languageName("1", "fi")).toBe("1");
  });
});
