import i18next from "i18next";
import { describe, expect, it } from "vitest";
import en from "../../../i18n/en.json";
import fi from "../../../i18n/fi.json";
import sv from "../../../i18n/sv.json";
import {
  type ComparisonEntry,
  finnishElative,
  finnishIllative,
  finnishInessive,
  monthName,
  sinceMonth,
  summaryLines,
  summarySentence,
  summaryValues,
} from "./summary";

const i18n = i18next.createInstance();
void i18n.init({
  resources: { fi: { translation: fi }, sv: { translation: sv }, en: { translation: en } },
  lng: "fi",
  interpolation: { escapeValue: false },
  initAsync: false,
});

const entry = (
  key: string,
  first: [number, string] | null,
  latest: [number, string] | null,
): ComparisonEntry => ({
  key,
  first: first && { score: first[0], answeredOn: first[1] },
  latest: latest && { score: latest[0], answeredOn: latest[1] },
  change: first && latest ? latest[0] - first[0] : null,
});

const comparison = [
  entry("everyday_life", [4, "2026-03-10"], [7, "2026-09-02"]),
  entry("mind", [6, "2026-03-10"], [3, "2026-09-02"]),
  entry("body", [5, "2026-03-10"], [5, "2026-09-02"]),
  entry("skills", null, null),
  entry("participation", [8, "2026-09-02"], [8, "2026-09-02"]),
];

function sentences(language: "fi" | "sv" | "en", today: string) {
  const t = i18n.getFixedT(language);
  const subject: Record<string, string> = {
    everyday_life: t("selfAssessment.dimensionSubject.everyday_life"),
    mind: t("selfAssessment.dimensionSubject.mind"),
    body: t("selfAssessment.dimensionSubject.body"),
    participation: t("selfAssessment.dimensionSubject.participation"),
  };
  return summaryLines(comparison).map((line) =>
    summarySentence(line, subject[line.key] ?? line.key, language, today, (key, values) => t(key, values)),
  );
}

describe("summaryLines", () => {
  it("says rises, falls, the unchanged and the once-answered, in the instrument's order, leaving out the never answered", () => {
    expect(summaryLines(comparison)).toEqual([
      { kind: "rose", key: "everyday_life", from: 4, to: 7, since: "2026-03-10" },
      { kind: "fell", key: "mind", from: 6, to: 3, since: "2026-03-10" },
      { kind: "same", key: "body", score: 5, since: "2026-03-10" },
      { kind: "once", key: "participation", score: 8, on: "2026-09-02" },
    ]);
  });

  it("is empty when nothing was answered", () => {
    expect(summaryLines([entry("mind", null, null)])).toEqual([]);
  });
});

describe("summary sentences", () => {
  it("reads in Finnish with the numbers and the month inflected", () => {
    expect(sentences("fi", "2026-10-01")).toEqual([
      "Arki on noussut 4:stä 7:ään maaliskuusta lähtien.",
      "Mieli on laskenut 6:sta 3:een maaliskuusta lähtien.",
      "Keho on pysynyt 5:ssä maaliskuusta lähtien.",
      "Osallisuus: 8, arvioitu vain kerran (syyskuu 2026).",
    ]);
  });

  it("reads in Swedish and English, with the year when the first answer was in another year", () => {
    expect(sentences("sv", "2027-02-01")).toEqual([
      "Vardagen har stigit från 4 till 7 sedan mars 2026.",
      "Det psykiska måendet har sjunkit från 6 till 3 sedan mars 2026.",
      "Kroppen har legat kvar på 5 sedan mars 2026.",
      "Delaktigheten: 8, bedömd bara en gång (september 2026).",
    ]);
    expect(sentences("en", "2026-10-01")).toEqual([
      "Everyday life has risen from 4 to 7 since March.",
      "Mind has fallen from 6 to 3 since March.",
      "Body has stayed at 5 since March.",
      "Participation: 8, rated only once (September 2026).",
    ]);
  });

  it("names a dimension without a short name by its question", () => {
    const t = i18n.getFixedT("fi");
    const [line] = summaryLines([entry("sleep", [2, "2026-01-05"], [6, "2026-04-05"])]);
    if (!line) throw new Error("no line");
    const subject = t("selfAssessment.summary.questionSubject", { question: "Miten nukut?" });
    expect(summarySentence(line, subject, "fi", "2026-05-01", (key, values) => t(key, values))).toBe(
      "Vastaus kysymykseen ”Miten nukut?” on noussut 2:sta 6:een tammikuusta lähtien.",
    );
  });
});

describe("Finnish number endings", () => {
  it("follow the spoken number for every score 0–10", () => {
    const scores = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
    expect(scores.map(finnishElative)).toEqual([
      "0:sta",
      "1:stä",
      "2:sta",
      "3:sta",
      "4:stä",
      "5:stä",
      "6:sta",
      "7:stä",
      "8:sta",
      "9:stä",
      "10:stä",
    ]);
    expect(scores.map(finnishIllative)).toEqual([
      "0:aan",
      "1:een",
      "2:een",
      "3:een",
      "4:ään",
      "5:een",
      "6:een",
      "7:ään",
      "8:aan",
      "9:ään",
      "10:een",
    ]);
    expect(scores.map(finnishInessive)).toEqual([
      "0:ssa",
      "1:ssä",
      "2:ssa",
      "3:ssa",
      "4:ssä",
      "5:ssä",
      "6:ssa",
      "7:ssä",
      "8:ssa",
      "9:ssä",
      "10:ssä",
    ]);
  });
});

describe("months", () => {
  it("names the month to count from in each language, with the year only when it is not this year", () => {
    expect(sinceMonth("2026-03-31", "fi", "2026-12-31")).toBe("maaliskuusta");
    expect(sinceMonth("2025-12-01", "fi", "2026-01-02")).toBe("joulukuusta 2025");
    expect(sinceMonth("2026-01-01", "sv", "2026-06-01")).toBe("januari");
    expect(sinceMonth("2026-07-15", "en", "2026-08-01")).toBe("July");
    expect(monthName("2026-05-20", "fi")).toBe("toukokuu 2026");
  });

  it("fills the values of a line without inflection outside Finnish", () => {
    const line = { kind: "rose", key: "mind", from: 2, to: 9, since: "2026-02-01" } as const;
    expect(summaryValues(line, "en", "2026-06-01")).toMatchObject({ from: "2", to: "9", since: "February" });
    expect(summaryValues(line, "fi", "2026-06-01")).toMatchObject({
      from: "2:sta",
      to: "9:ään",
      since: "helmikuusta",
    });
  });
});
