import { describe, expect, it } from "vitest";
import { chooseLanguage, languageFromBrowser, localeFor } from "./language";

describe("chooseLanguage", () => {
  it("prefers the language stored on this device", () => {
    expect(chooseLanguage({ stored: "en", userLanguage: "sv", browser: ["fi"] })).toBe("en");
  });

  it("uses the user's language when nothing valid is stored", () => {
    expect(chooseLanguage({ stored: null, userLanguage: "sv", browser: ["en"] })).toBe("sv");
    expect(chooseLanguage({ stored: "de", userLanguage: "sv", browser: ["en"] })).toBe("sv");
  });

  it("then uses the browser's preferences", () => {
    expect(chooseLanguage({ stored: null, userLanguage: null, browser: ["de-DE", "sv-FI", "en"] })).toBe(
      "sv",
    );
  });

  it("falls back to Finnish", () => {
    expect(chooseLanguage({ stored: null, browser: ["de", "et"] })).toBe("fi");
    expect(chooseLanguage({ stored: null, browser: [] })).toBe("fi");
  });
});

describe("languageFromBrowser", () => {
  it("matches regional tags case-insensitively", () => {
    expect(languageFromBrowser(["EN-us"])).toBe("en");
    expect(languageFromBrowser(["nb-NO"])).toBeNull();
  });
});

describe("localeFor", () => {
  it("uses Finnish regional locales", () => {
    expect(localeFor("fi")).toBe("fi-FI");
    expect(localeFor("sv")).toBe("sv-FI");
    expect(localeFor("en")).toBe("en-GB");
  });
});
