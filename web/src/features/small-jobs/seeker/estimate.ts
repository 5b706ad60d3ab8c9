import type { JobEstimate } from "../../../../../server/src/modules/small-jobs/api-money";

// The benefit estimate of a job in plain words (decision 024, issue 5 point 5): "Työ maksaa arviolta
// 80 € brutto. Työttömyysetuutesi toukokuulta pienenee arviolta 40 €." Pure: the sentences come back as
// i18n keys with their values, so the choice of sentence is tested without a browser.

/** A sentence to translate: an i18n key and its values (already formatted). */
type EstimateSentence =
  | "gross"
  | "noBenefit"
  | "noRule"
  | "reducesAboveProtected"
  | "underProtected"
  | "reduces"
  | "noChange"
  | "ceilingExceeds"
  | "ceilingNear";
type MonthNumber = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11 | 12;

/** The i18n keys the estimate speaks with (each a plain string in fi, sv and en). */
export type SentenceKey =
  | `${EstimateNamespace}.estimate.${EstimateSentence}`
  | `jobsSeeker.period.month.${MonthNumber}`
  | "jobsSeeker.period.fourWeeks";

/** The values the sentences take. */
type SentenceVar = "gross" | "period" | "effect" | "protectedAmount" | "ceiling" | "after" | "start" | "end";

export interface Sentence {
  key: SentenceKey;
  vars: Partial<Record<SentenceVar, string>>;
  /** Appended after the translated text (the year of a month that is not this year's). */
  suffix?: string;
}

/** Whose benefit the sentences speak of: the reader's own (seeker) or the participant's (coach). */
export type EstimateNamespace = "jobsSeeker" | "jobsCoach";

export interface Formatters {
  euros: (cents: number) => string;
  /** An ISO date as the reader writes it. */
  date: (iso: string) => string;
}

/** The months as "for May" phrases ("toukokuulta"), January first. */
const MONTH_KEYS = [
  "jobsSeeker.period.month.1",
  "jobsSeeker.period.month.2",
  "jobsSeeker.period.month.3",
  "jobsSeeker.period.month.4",
  "jobsSeeker.period.month.5",
  "jobsSeeker.period.month.6",
  "jobsSeeker.period.month.7",
  "jobsSeeker.period.month.8",
  "jobsSeeker.period.month.9",
  "jobsSeeker.period.month.10",
  "jobsSeeker.period.month.11",
  "jobsSeeker.period.month.12",
] as const satisfies readonly SentenceKey[];

/**
 * The benefit period as a phrase that fits "your benefit … falls": the month ("toukokuulta", with the year
 * when it is not this year) or the 4-week period's first and last day.
 */
export function periodPhrase(period: JobEstimate["period"], today: string, format: Formatters): Sentence {
  if (period.kind === "month") {
    const year = period.start.slice(0, 4);
    const sentence: Sentence = {
      key: MONTH_KEYS[Number(period.start.slice(5, 7)) - 1] ?? MONTH_KEYS[0],
      vars: {},
    };
    if (year !== today.slice(0, 4)) sentence.suffix = year;
    return sentence;
  }
  return {
    key: "jobsSeeker.period.fourWeeks",
    vars: { start: format.date(period.start), end: format.date(period.end) },
  };
}

/**
 * The estimate as sentences: what the job pays, what it does to the benefit in the period it is paid
 * (the protected amount named under a rule that has one), and the personal ceiling when crossed or near.
 * `period` is the translated period phrase.
 */
export function estimateSentences(
  estimate: JobEstimate,
  period: string,
  format: Formatters,
  ns: EstimateNamespace = "jobsSeeker",
): Sentence[] {
  const sentences: Sentence[] = [
    { key: `${ns}.estimate.gross`, vars: { gross: format.euros(estimate.grossCents) } },
  ];
  const { rule } = estimate;
  const effect = format.euros(estimate.benefitEffectCents);
  if (!estimate.receivesBenefit) {
    sentences.push({ key: `${ns}.estimate.noBenefit`, vars: {} });
  } else if (!rule) {
    sentences.push({ key: `${ns}.estimate.noRule`, vars: {} });
  } else if (rule.protectedCents > 0) {
    const protectedAmount = format.euros(rule.protectedCents);
    sentences.push(
      estimate.benefitEffectCents > 0
        ? { key: `${ns}.estimate.reducesAboveProtected`, vars: { period, effect, protectedAmount } }
        : { key: `${ns}.estimate.underProtected`, vars: { period, protectedAmount } },
    );
  } else {
    sentences.push(
      estimate.benefitEffectCents > 0
        ? { key: `${ns}.estimate.reduces`, vars: { period, effect } }
        : { key: `${ns}.estimate.noChange`, vars: { period } },
    );
  }
  return sentences;
}

/** The personal-ceiling warning for a job, or null when the ceiling is neither crossed nor near. */
export function ceilingWarning(
  estimate: JobEstimate,
  format: Formatters,
  ns: EstimateNamespace = "jobsSeeker",
): Sentence | null {
  const { ceiling } = estimate;
  if (!ceiling) return null;
  const vars = {
    ceiling: format.euros(ceiling.monthlyCeilingCents),
    after: format.euros(ceiling.afterCents),
  };
  if (ceiling.exceeds) return { key: `${ns}.estimate.ceilingExceeds`, vars };
  if (ceiling.near) return { key: `${ns}.estimate.ceilingNear`, vars };
  return null;
}

/** Applying needs a confirmation only when the job would take the month over the personal ceiling. */
export const needsCeilingConfirmation = (estimate: JobEstimate) => estimate.ceiling?.exceeds === true;
