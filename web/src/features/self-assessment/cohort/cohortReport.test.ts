import { describe, expect, it } from "vitest";
import type {
  CohortDimension,
  CohortReport,
} from "../../../../../server/src/modules/self-assessment/cohort-api";
import {
  downloadUrl,
  formatChange,
  formatShare,
  formOf,
  groupName,
  noteNumbers,
  paramsOf,
  queryFromParams,
  queryOfForm,
  sentenceOf,
} from "./cohortReport";

const INSTRUMENT = "3f2b7a9e-1c4d-4e5f-8a6b-7c8d9e0f1a2b";
const PROJECT = "0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d";
const GROUP = "0123456789abcdef0123456789abcdef";

const wording = { question: "Q?", explanation: "", low: "", high: "" };
const dimension = (over: Partial<CohortDimension>): CohortDimension => ({
  key: "mind",
  texts: { fi: wording, sv: wording, en: wording, plain: wording },
  current: true,
  n: 12,
  meanChange: 1.25,
  medianChange: 1,
  improved: 7,
  same: 5,
  declined: 0,
  improvedShare: 7 / 12,
  sameShare: 5 / 12,
  declinedShare: 0,
  suppressed: null,
  cells: { improved: null, same: null, declined: null },
  ...over,
});

describe("the report's filters", () => {
  it("are read from the address, dropping what is not well formed", () => {
    const params = new URLSearchParams({
      instrumentId: INSTRUMENT,
      projectId: "not-an-id",
      group: "Kahvilaryhmä",
      ageBand: "30_54",
      stage: "nonsense",
      from: "2025-02-30",
      to: "2025-12-31",
    });
    expect(queryFromParams(params)).toEqual({ instrumentId: INSTRUMENT, ageBand: "30_54", to: "2025-12-31" });
    expect(paramsOf(queryFromParams(params))).toEqual({
      instrumentId: INSTRUMENT,
      ageBand: "30_54",
      to: "2025-12-31",
    });
  });

  it("go into the form with Finnish dates and back", () => {
    const form = formOf({ projectId: PROJECT, group: GROUP, from: "2025-03-01" }, INSTRUMENT);
    expect(form).toEqual({
      instrumentId: INSTRUMENT,
      projectId: PROJECT,
      group: GROUP,
      ageBand: "",
      stage: "",
      from: "1.3.2025",
      to: "",
    });
    expect(queryOfForm({ ...form, stage: "network", to: "31.12.2025" })).toEqual({
      query: {
        instrumentId: INSTRUMENT,
        projectId: PROJECT,
        group: GROUP,
        stage: "network",
        from: "2025-03-01",
        to: "2025-12-31",
      },
      errors: null,
    });
  });

  it("refuse a date that is not one, and an end before the start", () => {
    const form = formOf({}, INSTRUMENT);
    expect(queryOfForm({ ...form, from: "31.2.2025" }).errors).toEqual({ from: "dateInvalid" });
    expect(queryOfForm({ ...form, from: "1.6.2025", to: "1.5.2025" }).errors).toEqual({
      to: "periodReversed",
    });
  });

  it("keep a group in the address, and leave it out when all groups are chosen", () => {
    const query = queryFromParams(new URLSearchParams({ instrumentId: INSTRUMENT, group: GROUP }));
    expect(query).toEqual({ instrumentId: INSTRUMENT, group: GROUP });
    expect(paramsOf(query)).toEqual({ instrumentId: INSTRUMENT, group: GROUP });
    expect(queryOfForm({ ...formOf(query, INSTRUMENT), group: "" }).query).toEqual({
      instrumentId: INSTRUMENT,
    });
    expect(downloadUrl("csv", query, "fi")).toBe(
      `/api/self-assessment/cohort.csv?instrumentId=${INSTRUMENT}&group=${GROUP}&lang=fi`,
    );
    expect(groupName({ name: "Kahvilaryhmä", provider: "Pajan kahvila" })).toBe(
      "Kahvilaryhmä (Pajan kahvila)",
    );
    expect(groupName({ name: "Liikuntaryhmä", provider: null })).toBe("Liikuntaryhmä");
  });

  it("make download links with the same filters and the page's language", () => {
    expect(downloadUrl("xlsx", { instrumentId: INSTRUMENT, ageBand: "55_plus" }, "sv")).toBe(
      `/api/self-assessment/cohort.xlsx?instrumentId=${INSTRUMENT}&ageBand=55_plus&lang=sv`,
    );
  });
});

describe("footnotes for withheld figures", () => {
  it("are numbered in the order the reasons first appear", () => {
    const report = {
      suppressed: null,
      participantsSuppressed: { reason: "would_reveal_small_group", threshold: 5 },
      withTwoAnswersSuppressed: null,
      dimensions: [
        dimension({}),
        dimension({
          same: null,
          declined: null,
          cells: {
            improved: null,
            same: { reason: "small_cell", threshold: 5 },
            declined: { reason: "complementary", threshold: 5 },
          },
        }),
        dimension({ n: null, suppressed: { reason: "too_few_people", threshold: 5 } }),
        dimension({ n: null, suppressed: { reason: "small_cell", threshold: 5 } }),
      ],
    } as unknown as CohortReport;
    expect([...noteNumbers(report)]).toEqual([
      ["would_reveal_small_group", 1],
      ["small_cell", 2],
      ["complementary", 3],
      ["too_few_people", 4],
    ]);
  });
});

describe("the sentence of a dimension", () => {
  it("says the direction, the mean without its sign, and the whole split", () => {
    expect(sentenceOf(dimension({}))).toEqual({
      kind: "rose",
      n: 12,
      mean: 1.25,
      median: 1,
      split: { kind: "all", improved: 7, same: 5, declined: 0 },
    });
    expect(sentenceOf(dimension({ meanChange: -0.5 }))).toMatchObject({ kind: "fell", mean: 0.5 });
    expect(sentenceOf(dimension({ meanChange: 0.04 }))).toMatchObject({ kind: "flat" });
  });

  it("names only the parts of the split that are shown", () => {
    expect(sentenceOf(dimension({ same: null, declined: null })).valueOf()).toMatchObject({
      split: { kind: "some", parts: [{ direction: "improved", count: 7 }] },
    });
    expect(sentenceOf(dimension({ improved: null, same: null, declined: null }))).toMatchObject({
      split: { kind: "none" },
    });
  });

  it("gives the reason when the row is withheld", () => {
    expect(
      sentenceOf(
        dimension({ n: null, meanChange: null, suppressed: { reason: "too_few_people", threshold: 5 } }),
      ),
    ).toEqual({ kind: "hidden", reason: "too_few_people" });
  });
});

describe("numbers", () => {
  it("are written as each language writes them", () => {
    expect(formatChange(1.25, "fi")).toBe("+1,3");
    expect(formatChange(-0.5, "sv")).toMatch(/^[−-]0,5$/);
    expect(formatChange(0, "en")).toBe("0.0");
    expect(formatChange(1.25, "en", false)).toBe("1.3");
    expect(formatShare(7 / 12, "fi")).toMatch(/^58\s%$/);
    expect(formatShare(7 / 12, "en")).toBe("58%");
  });
});
