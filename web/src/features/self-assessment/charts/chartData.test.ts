import { describe, expect, it } from "vitest";
import {
  dimensionSeries,
  type HistoryLike,
  hasComparison,
  radarFigures,
  radarPoints,
  scoreTable,
  seriesFigures,
} from "./chartData";
import { questionOf, shortLabel, textLanguageFor } from "./dimensions";

const history: HistoryLike = {
  dimensions: [{ key: "everyday_life" }, { key: "mind" }, { key: "skills" }],
  answers: [
    { id: "a1", answeredOn: "2026-03-10", scores: { everyday_life: 4, mind: null, skills: null } },
    { id: "a2", answeredOn: "2026-06-01", scores: { everyday_life: 6, mind: 5 } },
    { id: "a3", answeredOn: "2026-09-02", scores: { everyday_life: 7, mind: 5, skills: null } },
  ],
  comparison: [
    {
      key: "everyday_life",
      first: { score: 4, answeredOn: "2026-03-10" },
      latest: { score: 7, answeredOn: "2026-09-02" },
      change: 3,
    },
    {
      key: "mind",
      first: { score: 5, answeredOn: "2026-06-01" },
      latest: { score: 5, answeredOn: "2026-09-02" },
      change: 0,
    },
    { key: "skills", first: null, latest: null, change: null },
  ],
};
const label = (key: string) => ({ everyday_life: "Arki", mind: "Mieli", skills: "Osaaminen" })[key] ?? key;

describe("radarPoints", () => {
  it("gives each answered dimension its first and latest score, leaving out the never answered", () => {
    const points = radarPoints(history, label);
    expect(points).toEqual([
      {
        key: "everyday_life",
        label: "Arki",
        first: 4,
        latest: 7,
        firstOn: "2026-03-10",
        latestOn: "2026-09-02",
      },
      { key: "mind", label: "Mieli", first: 5, latest: 5, firstOn: "2026-06-01", latestOn: "2026-09-02" },
    ]);
    expect(hasComparison(points)).toBe(true);
    expect(radarFigures(points)).toEqual(["Arki 4 → 7", "Mieli 5 → 5"]);
  });

  it("has nothing to compare after a single answer", () => {
    const one: HistoryLike = {
      dimensions: [{ key: "mind" }],
      answers: [{ id: "a1", answeredOn: "2026-03-10", scores: { mind: 6 } }],
      comparison: [
        {
          key: "mind",
          first: { score: 6, answeredOn: "2026-03-10" },
          latest: { score: 6, answeredOn: "2026-03-10" },
          change: 0,
        },
      ],
    };
    const points = radarPoints(one, label);
    expect(hasComparison(points)).toBe(false);
    expect(radarFigures(points)).toEqual(["Mieli 6"]);
  });
});

describe("dimensionSeries", () => {
  it("lists each dimension's scores oldest first, skipping skipped answers and never-answered dimensions", () => {
    const series = dimensionSeries(history, label);
    expect(series.map((s) => [s.key, s.points.map((p) => p.score)])).toEqual([
      ["everyday_life", [4, 6, 7]],
      ["mind", [5, 5]],
    ]);
    const [first] = series;
    if (!first) throw new Error("no series");
    expect(first.points[1]?.time).toBe(Date.parse("2026-06-01T12:00:00Z"));
    expect(seriesFigures(first, (iso) => iso.split("-").reverse().join("."))).toBe(
      "10.03.2026 4, 01.06.2026 6, 02.09.2026 7",
    );
  });
});

describe("scoreTable", () => {
  it("has a row per dimension and a column per answer, null where skipped or not asked", () => {
    const table = scoreTable(history, label);
    expect(table.columns.map((c) => c.answeredOn)).toEqual(["2026-03-10", "2026-06-01", "2026-09-02"]);
    expect(table.rows).toEqual([
      { key: "everyday_life", label: "Arki", cells: [4, 6, 7] },
      { key: "mind", label: "Mieli", cells: [null, 5, 5] },
      { key: "skills", label: "Osaaminen", cells: [null, null, null] },
    ]);
  });
});

describe("dimension names", () => {
  const wording = (question: string) => ({ question, explanation: "", low: "", high: "" });
  const dimension = {
    key: "sleep",
    texts: {
      fi: wording("Miten nukut?"),
      sv: wording("Hur sover du?"),
      en: wording(""),
      plain: wording("Nukutko hyvin?"),
    },
  };

  it("gives a participant reading Finnish the plain-language wording, staff the standard one", () => {
    expect(textLanguageFor("fi", "participant")).toBe("plain");
    expect(textLanguageFor("fi", "staff")).toBe("fi");
    expect(textLanguageFor("sv", "participant")).toBe("sv");
    expect(questionOf(dimension, "plain")).toBe("Nukutko hyvin?");
    expect(questionOf(dimension, "sv")).toBe("Hur sover du?");
    // An empty text falls back to Finnish.
    expect(questionOf(dimension, "en")).toBe("Miten nukut?");
  });

  it("shortens a long question for a chart's axis at a word", () => {
    expect(shortLabel("Miten nukut?")).toBe("Miten nukut?");
    expect(shortLabel("Miten arvioit osaamisesi työtä tai opiskelua varten?")).toBe("Miten arvioit…");
    expect(shortLabel("Työkykyarviointikokonaisuus")).toBe("Työkykyarviointiko…");
  });
});
