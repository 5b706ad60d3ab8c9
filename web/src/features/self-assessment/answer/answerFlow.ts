import type { Dimension, SelfAssessment } from "../../../../../server/src/modules/self-assessment/api";
import type { InstrumentLanguage } from "../../../../../server/src/modules/self-assessment/schema";
import type { Language } from "../../../app/types";
import type { Pending, Score, Scores } from "./pending";

// The answer flow as plain data: which screen comes next, how far the person is, and what the summary
// lists. The page only renders what these say.

/** The 0–10 scale, in order. */
export const SCALE: readonly number[] = Array.from({ length: 11 }, (_, n) => n);

export const INSTRUMENT_LANGUAGES: readonly InstrumentLanguage[] = ["fi", "sv", "en", "plain"];

/** The language attribute of a text in an instrument language: plain Finnish is Finnish. */
export const htmlLang = (language: InstrumentLanguage): Language => (language === "plain" ? "fi" : language);

/** The instrument language to offer first: the UI language (plain Finnish is chosen on purpose). */
export const defaultInstrumentLanguage = (ui: Language): InstrumentLanguage => ui;

/** A question screen (0-based dimension index) or the summary after the last question. */
export type Screen = { kind: "question"; index: number } | { kind: "summary" };

/** What the person sees as their answer so far: the server's draft with the unsent choices on top. */
export interface Progressed {
  scores: Scores;
  /** Keys answered or skipped. */
  answered: ReadonlySet<string>;
  language: InstrumentLanguage;
}

export function withPending(
  answer: Pick<SelfAssessment, "scores" | "answeredKeys" | "language">,
  pending: Pending,
): Progressed {
  const scores: Scores = { ...answer.scores, ...pending.scores };
  const answered = new Set([...answer.answeredKeys, ...Object.keys(pending.scores)]);
  return { scores, answered, language: pending.language ?? answer.language };
}

/** Where to continue: the first dimension neither answered nor skipped, or the summary when all are. */
export function firstUnanswered(keys: readonly string[], answered: ReadonlySet<string>): Screen {
  const index = keys.findIndex((key) => !answered.has(key));
  return index === -1 ? { kind: "summary" } : { kind: "question", index };
}

/** The screen after a question: the next one, or the summary after the last. */
export function nextScreen(index: number, total: number): Screen {
  return index + 1 < total ? { kind: "question", index: index + 1 } : { kind: "summary" };
}

/** The screen before: the previous question, or none from the first one. */
export function previousScreen(screen: Screen, total: number): Screen | null {
  if (screen.kind === "summary") return total > 0 ? { kind: "question", index: total - 1 } : null;
  return screen.index > 0 ? { kind: "question", index: screen.index - 1 } : null;
}

/** "3 / 7": the question's number and the count, and how many are done (for the bar). */
export function progress(
  index: number,
  total: number,
  answered: ReadonlySet<string>,
  keys: readonly string[],
) {
  const done = keys.filter((key) => answered.has(key)).length;
  return {
    current: Math.min(index + 1, total),
    total,
    done,
    percent: total === 0 ? 0 : Math.round((done / total) * 100),
  };
}

export type RowState = "answered" | "skipped" | "unanswered";

export interface SummaryRow {
  key: string;
  index: number;
  state: RowState;
  score: number | null;
}

/** One row per dimension for the summary screen, in order. */
export function summaryRows(
  dimensions: readonly Pick<Dimension, "key">[],
  progressed: Progressed,
): SummaryRow[] {
  return dimensions.map(({ key }, index) => {
    const score: Score | undefined = progressed.scores[key];
    if (!progressed.answered.has(key) || score === undefined)
      return { key, index, state: "unanswered", score: null };
    return score === null
      ? { key, index, state: "skipped", score: null }
      : { key, index, state: "answered", score };
  });
}

/** Counts for the summary's lead text. */
export function summaryCounts(rows: readonly SummaryRow[]) {
  return {
    answered: rows.filter((r) => r.state === "answered").length,
    skipped: rows.filter((r) => r.state === "skipped").length,
    unanswered: rows.filter((r) => r.state === "unanswered").length,
  };
}

/** Submitting needs at least one number: an answer of skips alone says nothing. */
export const canSubmit = (rows: readonly SummaryRow[]) => rows.some((r) => r.state === "answered");
