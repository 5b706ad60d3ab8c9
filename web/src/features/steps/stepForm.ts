import type { Step, StepCreate } from "../../../../server/src/modules/pathway/api-steps";
import { inputDateToIso, isoToInputDate, todayIso } from "../../app/dates";

// The step form as the browser holds it (dates as typed d.M.yyyy, numbers as typed with a comma or a
// point) and its mapping to the API body. Pure, so that it is tested without a browser.

export type StepKind = Step["kind"];
export type StepStatus = Step["status"];
export type LimitRule = Step["warnings"][number]["rule"];

const keysOf = <K extends string>(record: Record<K, number>) =>
  (Object.keys(record) as K[]).sort((a, b) => record[a] - record[b]);

/** Every kind of step, in the order of the issue (the compiler insists all are listed). */
export const STEP_KINDS = keysOf({
  association_activity: 1,
  part_time_work: 2,
  rehabilitative_work: 3,
  work_trial: 4,
  wage_subsidy: 5,
  education: 6,
  work_ability_assessment: 7,
  small_jobs: 8,
  group: 9,
  other_service: 10,
} satisfies Record<StepKind, number>);

export const STEP_STATUSES = keysOf({ planned: 1, ongoing: 2, completed: 3, interrupted: 4 } satisfies Record<
  StepStatus,
  number
>);

export const LIMIT_RULES = keysOf({
  min_days_per_week: 1,
  max_days_per_week: 2,
  min_hours_per_day: 3,
  max_hours_per_day: 4,
  min_months: 5,
  max_months: 6,
  max_months_same_host: 7,
  max_months_total: 8,
  no_company_provider: 9,
  same_provider_gap_months: 10,
} satisfies Record<LimitRule, number>);

export const isOneOf = <T extends string>(values: readonly T[], value: unknown): value is T =>
  typeof value === "string" && (values as readonly string[]).includes(value);

export interface StepFormValues {
  kind: StepKind | null;
  title: string;
  /** "" = no organisation of the network. */
  providerOrganisationId: string;
  providerName: string;
  startsOn: string;
  endsOn: string;
  daysPerWeek: string;
  hoursPerDay: string;
  status: StepStatus;
  interruptionReason: string;
}

export const emptyStep = (): StepFormValues => ({
  kind: null,
  title: "",
  providerOrganisationId: "",
  providerName: "",
  startsOn: isoToInputDate(todayIso()),
  endsOn: "",
  daysPerWeek: "",
  hoursPerDay: "",
  status: "planned",
  interruptionReason: "",
});

const decimalText = (n: number | null) => (n === null ? "" : String(n).replace(".", ","));

export const valuesOf = (s: Step): StepFormValues => ({
  kind: s.kind,
  title: s.title,
  providerOrganisationId: s.providerOrganisationId ?? "",
  providerName: s.providerName ?? "",
  startsOn: isoToInputDate(s.startsOn),
  endsOn: isoToInputDate(s.endsOn),
  daysPerWeek: decimalText(s.daysPerWeek),
  hoursPerDay: decimalText(s.hoursPerDay),
  status: s.status,
  interruptionReason: s.interruptionReason ?? "",
});

/** A number as typed ("4", "4,5", "4.5"); null when empty; "invalid" when not a number in the range. */
export function parseDecimal(text: string, min: number, max: number): number | null | "invalid" {
  const value = text.trim().replace(",", ".");
  if (value === "") return null;
  if (!/^\d+(\.\d+)?$/.test(value)) return "invalid";
  const n = Number(value);
  return n >= min && n <= max ? Math.round(n * 10) / 10 : "invalid";
}

export type StepFieldError = "required" | "invalidDate" | "endsBeforeStart" | "invalidDays" | "invalidHours";
export type StepFormErrors = Partial<Record<keyof StepFormValues, StepFieldError>>;

/** The API body of the form, or the errors that keep it from being sent. */
export function checkStepForm(v: StepFormValues): { body: StepCreate | null; errors: StepFormErrors } {
  const errors: StepFormErrors = {};
  if (v.kind === null) errors.kind = "required";
  const startsOn = v.startsOn.trim() === "" ? null : inputDateToIso(v.startsOn);
  if (v.startsOn.trim() === "") errors.startsOn = "required";
  else if (!startsOn) errors.startsOn = "invalidDate";
  const endsOn = v.endsOn.trim() === "" ? null : inputDateToIso(v.endsOn);
  if (v.endsOn.trim() !== "" && !endsOn) errors.endsOn = "invalidDate";
  else if (startsOn && endsOn && endsOn < startsOn) errors.endsOn = "endsBeforeStart";
  const days = parseDecimal(v.daysPerWeek, 0.5, 7);
  if (days === "invalid") errors.daysPerWeek = "invalidDays";
  const hours = parseDecimal(v.hoursPerDay, 0.5, 24);
  if (hours === "invalid") errors.hoursPerDay = "invalidHours";
  if (v.status === "interrupted" && v.interruptionReason.trim() === "")
    errors.interruptionReason = "required";
  if (
    Object.keys(errors).length > 0 ||
    v.kind === null ||
    !startsOn ||
    days === "invalid" ||
    hours === "invalid"
  ) {
    return { body: null, errors };
  }
  return {
    errors,
    body: {
      kind: v.kind,
      title: v.title.trim(),
      providerOrganisationId: v.providerOrganisationId === "" ? null : v.providerOrganisationId,
      providerName: v.providerName.trim() === "" ? null : v.providerName.trim(),
      startsOn,
      endsOn,
      daysPerWeek: days,
      hoursPerDay: hours,
      status: v.status,
      interruptionReason: v.status === "interrupted" ? v.interruptionReason.trim() : null,
    },
  };
}

/**
 * The body for the dry run while the person is typing: enough to check once the kind and a valid start
 * date are there; a field not yet valid is left out rather than holding the check back.
 */
export function draftForCheck(v: StepFormValues): StepCreate | null {
  const startsOn = inputDateToIso(v.startsOn);
  if (v.kind === null || !startsOn) return null;
  const endsOn = inputDateToIso(v.endsOn);
  const days = parseDecimal(v.daysPerWeek, 0.5, 7);
  const hours = parseDecimal(v.hoursPerDay, 0.5, 24);
  return {
    kind: v.kind,
    providerOrganisationId: v.providerOrganisationId === "" ? null : v.providerOrganisationId,
    providerName: v.providerName.trim() === "" ? null : v.providerName.trim(),
    startsOn,
    endsOn: endsOn && endsOn >= startsOn ? endsOn : null,
    daysPerWeek: days === "invalid" ? null : days,
    hoursPerDay: hours === "invalid" ? null : hours,
    status: v.status,
  };
}
