import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ageOn, deriveFacts, evaluate, parseCriteria } from "./indicators";
import type { FunderEntryData } from "./schema";

describe("the criteria language", () => {
  const facts = { age: 24, labourMarketStatus: "unemployed", homeless: true, educationIsced: 2 };
  it.each<[unknown, boolean]>([
    [{ all: [] }, true],
    [{ any: [] }, false],
    [{ field: "labourMarketStatus", in: ["unemployed"] }, true],
    [{ field: "labourMarketStatus", in: ["employed", "self_employed"] }, false],
    [{ field: "educationIsced", in: [0, 1, 2] }, true],
    [{ field: "homeless", eq: true }, true],
    [{ field: "rural", eq: true }, false],
    [{ field: "age", lt: 25 }, true],
    [{ field: "age", lt: 24 }, false],
    [{ field: "age", gte: 24 }, true],
    [{ field: "age", gte: 25 }, false],
    [{ field: "labourMarketStatus", lt: 25 }, false],
    [
      {
        all: [
          { field: "age", gte: 18 },
          { field: "age", lt: 30 },
        ],
      },
      true,
    ],
    [
      {
        any: [
          { field: "rural", eq: true },
          { field: "homeless", eq: true },
        ],
      },
      true,
    ],
    [{ all: [{ field: "age", gte: 55 }, { any: [{ field: "homeless", eq: true }] }] }, false],
  ])("%j is %s", (criteria, expected) => {
    expect(evaluate(parseCriteria(criteria), facts)).toBe(expected);
  });

  it.each([
    null,
    [],
    { field: 1, eq: 2 },
    { field: "a" },
    { field: "a", in: "x" },
    { all: {} },
    { field: "a", lt: "1" },
  ])("refuses %j", (criteria) => {
    expect(() => parseCriteria(criteria)).toThrow();
  });
});

describe("derived facts", () => {
  const at = (birthDate: string, entry: FunderEntryData, entryDate = "2026-03-01") =>
    deriveFacts({ birthDate, entryDate, entry });

  it("counts age in full years on the entry date", () => {
    expect(ageOn("2001-03-01", "2026-03-01")).toBe(25);
    expect(ageOn("2001-03-02", "2026-03-01")).toBe(24);
  });

  it.each<[string, FunderEntryData, boolean | undefined]>([
    ["under 25 unemployed 6 months", { labourMarketStatus: "unemployed", unemploymentMonths: 6 }, true],
    ["under 25 unemployed 5 months", { labourMarketStatus: "unemployed", unemploymentMonths: 5 }, false],
    ["unemployed without months", { labourMarketStatus: "unemployed" }, undefined],
    ["employed", { labourMarketStatus: "employed", unemploymentMonths: 30 }, false],
    ["status unknown", {}, undefined],
  ])("long-term unemployed at 24: %s", (_name, entry, expected) => {
    expect(at("2001-03-02", entry).longTermUnemployed).toBe(expected);
  });

  it("needs 12 months from 25 years on", () => {
    expect(
      at("2001-03-01", { labourMarketStatus: "unemployed", unemploymentMonths: 11 }).longTermUnemployed,
    ).toBe(false);
    expect(
      at("2001-03-01", { labourMarketStatus: "unemployed", unemploymentMonths: 12 }).longTermUnemployed,
    ).toBe(true);
  });

  it.each<[FunderEntryData, boolean]>([
    [{}, false],
    [{ household: "jobless_without_children" }, true],
    [{ household: "single_adult_with_children" }, true],
    [{ household: "other" }, false],
    [{ foreignBackground: "yes" }, true],
    [{ foreignBackground: "declined" }, false],
    [{ minority: "yes" }, true],
    [{ disability: "yes" }, true],
    [{ homeless: true }, true],
    [{ homeless: false }, false],
    [{ otherDisadvantage: "yes" }, true],
    [{ thirdCountryNational: "yes" }, false],
  ])("disadvantaged for %j: %s", (entry, expected) => {
    expect(at("1980-01-01", entry).disadvantaged).toBe(expected);
  });

  it("marks inactive people, and adds exit answers", () => {
    const facts = deriveFacts({
      birthDate: "1980-01-01",
      entryDate: "2026-01-01",
      entry: { labourMarketStatus: "inactive_not_in_education" },
      exit: { jobSearching: true },
    });
    expect(facts).toMatchObject({ inactive: true, jobSearching: true, age: 46 });
  });

  it("never counts an unknown fact (property)", () => {
    fc.assert(
      fc.property(fc.string(), fc.oneof(fc.string(), fc.integer(), fc.boolean()), (field, value) => {
        expect(evaluate({ field, eq: value }, {})).toBe(false);
        expect(evaluate({ field, in: [value] }, {})).toBe(false);
      }),
    );
  });
});
