import { localeFor } from "../../../app/language";
import type { Language } from "../../../app/types";

// The plain-language summary of a participant's self-assessment history ("Arki on noussut 4:stä 7:ään
// maaliskuusta lähtien"), made in the browser from the API's comparison so that it is in the reader's
// language. Pure, so it is tested without a browser; the sentence templates live in the translations
// (selfAssessment.summary.*) and this module fills them with words already inflected for the language.

/** A score on a day, as the history's comparison gives it. */
export interface DatedScore {
  score: number;
  answeredOn: string;
}

/** One dimension of the history's comparison: its first and latest answered score. */
export interface ComparisonEntry {
  key: string;
  first: DatedScore | null;
  latest: DatedScore | null;
  change: number | null;
}

export type SummaryLine =
  | { kind: "rose" | "fell"; key: string; from: number; to: number; since: string }
  | { kind: "same"; key: string; score: number; since: string }
  /** Answered only once (the other answers skipped it): nothing to compare yet. */
  | { kind: "once"; key: string; score: number; on: string };

/**
 * The summary lines in the order of the comparison (the instrument's order). Dimensions never answered
 * (skipped every time) are left out: there is nothing to say about them.
 */
export function summaryLines(comparison: readonly ComparisonEntry[]): SummaryLine[] {
  const lines: SummaryLine[] = [];
  for (const entry of comparison) {
    const { first, latest } = entry;
    if (!first || !latest) continue;
    if (first.answeredOn === latest.answeredOn) {
      lines.push({ kind: "once", key: entry.key, score: latest.score, on: latest.answeredOn });
      continue;
    }
    const change = latest.score - first.score;
    if (change === 0) {
      lines.push({ kind: "same", key: entry.key, score: latest.score, since: first.answeredOn });
    } else {
      lines.push({
        kind: change > 0 ? "rose" : "fell",
        key: entry.key,
        from: first.score,
        to: latest.score,
        since: first.answeredOn,
      });
    }
  }
  return lines;
}

// Finnish numbers take case endings after a colon ("4:stä", "7:ään", "5:ssä"); the ending follows the
// spoken word (neljästä, seitsemään, viidessä), so it is looked up, not derived from the digit.
const FINNISH_WORD_HAS_BACK_VOWELS: Record<number, boolean> = {
  0: true, // nolla
  1: false, // yksi
  2: true, // kaksi
  3: true, // kolme
  4: false, // neljä
  5: false, // viisi
  6: true, // kuusi
  7: false, // seitsemän
  8: true, // kahdeksan
  9: false, // yhdeksän
  10: false, // kymmenen
};
const FINNISH_ILLATIVE: Record<number, string> = {
  0: "aan", // nollaan
  1: "een", // yhteen
  2: "een", // kahteen
  3: "een", // kolmeen
  4: "ään", // neljään
  5: "een", // viiteen
  6: "een", // kuuteen
  7: "ään", // seitsemään
  8: "aan", // kahdeksaan
  9: "ään", // yhdeksään
  10: "een", // kymmeneen
};

function backVowels(n: number): boolean {
  const known = FINNISH_WORD_HAS_BACK_VOWELS[n];
  if (known !== undefined) return known;
  // Beyond the scale (not expected): the last word of the number decides; tens ("kymmentä") are front.
  return FINNISH_WORD_HAS_BACK_VOWELS[n % 10] ?? false;
}

/** "4:stä" — from a number (elative). */
export const finnishElative = (n: number) => `${n}:${backVowels(n) ? "sta" : "stä"}`;
/** "7:ään" — to a number (illative). */
export const finnishIllative = (n: number) =>
  `${n}:${FINNISH_ILLATIVE[n] ?? (backVowels(n) ? "aan" : "ään")}`;
/** "5:ssä" — at a number (inessive). */
export const finnishInessive = (n: number) => `${n}:${backVowels(n) ? "ssa" : "ssä"}`;

const monthOf = (iso: string) => new Date(`${iso.slice(0, 7)}-15T12:00:00Z`);

/**
 * The month a comparison starts from, as the language says "since …": fi "maaliskuusta" (the elative,
 * the sentence adds "lähtien"), sv "mars", en "March". The year is added when it is not this year.
 */
export function sinceMonth(iso: string, language: Language, today: string): string {
  const date = monthOf(iso);
  const month = new Intl.DateTimeFormat(localeFor(language), { month: "long", timeZone: "UTC" }).format(date);
  // Every Finnish month name ends in "kuu", whose elative is "kuusta".
  const word = language === "fi" ? `${month}sta` : month;
  return iso.slice(0, 4) === today.slice(0, 4) ? word : `${word} ${iso.slice(0, 4)}`;
}

/** A month and its year as a name: fi "toukokuu 2026", sv "maj 2026", en "May 2026". */
export function monthName(iso: string, language: Language): string {
  return new Intl.DateTimeFormat(localeFor(language), {
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  }).format(monthOf(iso));
}

/** The values a summary template takes for one line, inflected for the language. */
export function summaryValues(
  line: SummaryLine,
  language: Language,
  today: string,
): { from: string; to: string; score: string; since: string; month: string } {
  const fi = language === "fi";
  switch (line.kind) {
    case "rose":
    case "fell":
      return {
        from: fi ? finnishElative(line.from) : String(line.from),
        to: fi ? finnishIllative(line.to) : String(line.to),
        score: String(line.to),
        since: sinceMonth(line.since, language, today),
        month: monthName(line.since, language),
      };
    case "same":
      return {
        from: String(line.score),
        to: String(line.score),
        score: fi ? finnishInessive(line.score) : String(line.score),
        since: sinceMonth(line.since, language, today),
        month: monthName(line.since, language),
      };
    case "once":
      return {
        from: String(line.score),
        to: String(line.score),
        score: String(line.score),
        since: sinceMonth(line.on, language, today),
        month: monthName(line.on, language),
      };
  }
}

/** The translation key of a line's sentence. */
export const summaryTemplate = (line: SummaryLine) => `selfAssessment.summary.${line.kind}` as const;

export type SummaryTemplateKey = ReturnType<typeof summaryTemplate>;
export type SummaryValues = ReturnType<typeof summaryValues> & { subject: string };

/**
 * One line of the summary as a sentence: `subject` is the dimension's name as the sentence's subject
 * ("Arki", or "Vastaus kysymykseen ”…”"), `translate` fills a template of the reader's language.
 */
export function summarySentence(
  line: SummaryLine,
  subject: string,
  language: Language,
  today: string,
  translate: (key: SummaryTemplateKey, values: SummaryValues) => string,
): string {
  return translate(summaryTemplate(line), { subject, ...summaryValues(line, language, today) });
}
