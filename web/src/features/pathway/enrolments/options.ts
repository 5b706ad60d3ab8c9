import type { FunderExitData, FunderFollowUpData } from "../../../../../server/src/modules/funder/schema";
import type {
  CaseloadFlag,
  CaseloadItem,
  Enrolment,
} from "../../../../../server/src/modules/pathway/api-enrolments";

// Value lists and small rules of the enrolment forms and the caseload. The server's lists live beside its
// tables, so they are not bundled; `satisfies Record<…>` makes the compiler insist every value is here.

export type Outcome = NonNullable<Enrolment["outcome"]>;
export type ExitSituation = NonNullable<FunderExitData["situation"]>;
export type StepKind = NonNullable<CaseloadItem["nextStep"]>["kind"];
export type { CaseloadFlag };

const keysOf = <K extends string>(record: Record<K, number>) =>
  (Object.keys(record) as K[]).sort((a, b) => record[a] - record[b]);

export const OUTCOMES = keysOf({
  employed_open_market: 1,
  subsidised_work: 2,
  self_employed: 3,
  education: 4,
  rehabilitation: 5,
  pension: 6,
  other_service: 7,
  moved_away: 8,
  unknown: 9,
} satisfies Record<Outcome, number>);

export const EXIT_SITUATIONS = keysOf({
  employed: 1,
  self_employed: 2,
  job_searching: 3,
  in_education: 4,
  inactive: 5,
} satisfies Record<ExitSituation, number>);

export const CASELOAD_FLAGS = keysOf({
  follow_up_due: 1,
  statutory_limit: 2,
  no_contact_30_days: 3,
  no_pathway_consent: 4,
  self_assessment_due: 5,
} satisfies Record<CaseloadFlag, number>);

/** Yes/no questions of the funder that may also be left unanswered. */
export const EXIT_QUESTIONS = ["inEducationOrTraining", "gainedQualification", "jobSearching"] as const;
export const FOLLOW_UP_QUESTIONS = ["employed", "selfEmployed", "improvedSituation"] as const;
export type ExitQuestion = (typeof EXIT_QUESTIONS)[number] & keyof FunderExitData;
export type FollowUpQuestion = (typeof FOLLOW_UP_QUESTIONS)[number] & keyof FunderFollowUpData;

/** An optional yes/no as a form value: "" is not answered. */
export type Answer = "" | "yes" | "no";
export const answerOf = (value: boolean | undefined): Answer =>
  value === undefined ? "" : value ? "yes" : "no";
export const booleanOf = (answer: Answer): boolean | undefined =>
  answer === "" ? undefined : answer === "yes";

export const isOneOf = <T extends string>(
  values: readonly T[],
  value: string | null | undefined,
): value is T => value !== null && value !== undefined && (values as readonly string[]).includes(value);

/** Whole calendar days from one ISO date to another (positive when `to` is later). */
export function daysFrom(from: string, to: string): number {
  const utc = (iso: string) => {
    const [y = 0, m = 1, d = 1] = iso.split("-").map(Number);
    return Date.UTC(y, m - 1, d);
  };
  return Math.round((utc(to) - utc(from)) / 86_400_000);
}

/** The funder's exit answers without the unanswered ones. */
export function exitDataOf(values: {
  situation: ExitSituation | null;
  answers: Record<ExitQuestion, Answer>;
}): FunderExitData {
  const data: FunderExitData = {};
  if (values.situation) data.situation = values.situation;
  for (const q of EXIT_QUESTIONS) {
    const value = booleanOf(values.answers[q]);
    if (value !== undefined) data[q] = value;
  }
  return data;
}

/** The funder's follow-up answers without the unanswered ones. */
export function followUpDataOf(answers: Record<FollowUpQuestion, Answer>): FunderFollowUpData {
  const data: FunderFollowUpData = {};
  for (const q of FOLLOW_UP_QUESTIONS) {
    const value = booleanOf(answers[q]);
    if (value !== undefined) data[q] = value;
  }
  return data;
}
