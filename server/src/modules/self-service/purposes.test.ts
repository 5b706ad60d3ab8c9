import { describe, expect, it } from "vitest";
import { purposeText } from "./purposes";

describe("purposeText", () => {
  it("names the purposes the reading routes record in plain words", () => {
    expect(purposeText("fi", "participant record")).toBe("Katsoi perustietojasi");
    expect(purposeText("sv", "plan saved")).toBe("Sparade din plan");
    expect(purposeText("en", "own data")).toBe("You looked at your own data");
  });

  it("matches a purpose it does not know by a word in it, and falls back to a general phrase", () => {
    expect(purposeText("en", "goal list")).toBe("Looked at your plan");
    expect(purposeText("fi", "something new")).toBe("Käsitteli tietojasi");
  });
});
