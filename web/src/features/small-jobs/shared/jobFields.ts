import { inputDateToIso } from "../../../app/dates";
import { parseEuros } from "./money";
import { parseHours } from "./time";
import type { Employer, JobCategory, JobRequirement, PayType } from "./types";

// The job's fields as both job forms hold them (the household's order and the association's job): text
// as typed, the checks made before sending and the parsed values. Each form adds its own fields and
// checks; the server checks again and its messages land at the same fields.

export interface JobFieldValues {
  title: string;
  description: string;
  category: JobCategory | null;
  village: string;
  address: string;
  startsOn: string;
  endsOn: string;
  hours: string;
  payType: PayType;
  pay: string;
  places: string;
  requirements: JobRequirement[];
  safetyNotes: string;
  employer: Employer;
}

export type JobFieldError =
  | "required"
  | "date"
  | "startsInPast"
  | "windowEndsBeforeStart"
  | "hours"
  | "amount"
  | "places";

/** The job's fields once they pass the checks. */
export interface ParsedJobFields {
  category: JobCategory;
  startsOn: string;
  endsOn: string;
  minutes: number;
  payCents: number;
  places: number;
}

/** Whole places 1–50. */
export function parsePlaces(text: string): number | null {
  const value = text.trim();
  if (!/^\d{1,2}$/.test(value)) return null;
  const places = Number(value);
  return places >= 1 && places <= 50 ? places : null;
}

/** The job's window, hours, pay and places: what a need still needs to become a job. */
export type JobTermValues = Pick<
  JobFieldValues,
  "startsOn" | "endsOn" | "hours" | "payType" | "pay" | "places"
>;

/** The job's window, hours, pay and places once they pass the checks. */
export type ParsedJobTerms = Omit<ParsedJobFields, "category">;

/**
 * The checks of the job's window (real dates, not before `notBefore` when given), hours (at least 15
 * minutes), pay and places (1–50), by field; the parsed values when there are no errors.
 */
export function checkJobTerms(
  values: JobTermValues,
  options: { notBefore?: string } = {},
): { errors: Partial<Record<keyof JobTermValues, JobFieldError>>; parsed: ParsedJobTerms | null } {
  const errors: Partial<Record<keyof JobTermValues, JobFieldError>> = {};
  const startsOn = inputDateToIso(values.startsOn);
  const endsOn = inputDateToIso(values.endsOn);
  if (values.startsOn.trim() === "") errors.startsOn = "required";
  else if (!startsOn) errors.startsOn = "date";
  else if (options.notBefore && startsOn < options.notBefore) errors.startsOn = "startsInPast";
  if (values.endsOn.trim() === "") errors.endsOn = "required";
  else if (!endsOn) errors.endsOn = "date";
  else if (startsOn && endsOn < startsOn) errors.endsOn = "windowEndsBeforeStart";
  const minutes = parseHours(values.hours);
  if (values.hours.trim() === "") errors.hours = "required";
  else if (minutes === null || minutes < 15) errors.hours = "hours";
  const payCents = parseEuros(values.pay);
  if (values.pay.trim() === "") errors.pay = "required";
  else if (payCents === null || payCents < 1) errors.pay = "amount";
  const places = parsePlaces(values.places);
  if (places === null) errors.places = "places";
  const parsed =
    Object.keys(errors).length === 0 &&
    startsOn &&
    endsOn &&
    minutes !== null &&
    payCents !== null &&
    places !== null
      ? { startsOn, endsOn, minutes, payCents, places }
      : null;
  return { errors, parsed };
}

/** The checks of all the job's own fields: title, category and village needed, and the terms above. */
export function checkJobFields(
  values: JobFieldValues,
  options: { notBefore?: string } = {},
): { errors: Partial<Record<keyof JobFieldValues, JobFieldError>>; parsed: ParsedJobFields | null } {
  const terms = checkJobTerms(values, options);
  const errors: Partial<Record<keyof JobFieldValues, JobFieldError>> = {};
  if (values.title.trim() === "") errors.title = "required";
  if (values.category === null) errors.category = "required";
  if (values.village.trim() === "") errors.village = "required";
  Object.assign(errors, terms.errors);
  const parsed =
    Object.keys(errors).length === 0 && values.category !== null && terms.parsed
      ? { ...terms.parsed, category: values.category }
      : null;
  return { errors, parsed };
}

/** The job's part of a request body from checked fields (the caller adds where the job is, beyond the village). */
export function jobBodyOf(values: JobFieldValues, parsed: ParsedJobFields) {
  return {
    title: values.title.trim(),
    description: values.description.trim(),
    category: parsed.category,
    village: values.village.trim(),
    startsOn: parsed.startsOn,
    endsOn: parsed.endsOn,
    estimatedMinutes: parsed.minutes,
    payType: values.payType,
    payCents: parsed.payCents,
    places: parsed.places,
    requirements: values.requirements,
    safetyNotes: values.safetyNotes.trim(),
    employer: values.employer,
  };
}

/** What one worker earns gross if the estimate holds: hourly = round-half-up(minutes × rate / 60). */
export function estimatedGross(payType: PayType, payCents: number, minutes: number): number {
  return payType === "lump_sum" ? payCents : Math.floor((minutes * payCents * 2 + 60) / 120);
}

/** The estimate shown beside the pay, once the hours and the pay read. */
export function estimateOf(values: Pick<JobFieldValues, "hours" | "pay" | "payType">): number | null {
  const minutes = parseHours(values.hours);
  const pay = parseEuros(values.pay);
  return minutes !== null && pay !== null && minutes >= 15
    ? estimatedGross(values.payType, pay, minutes)
    : null;
}

/**
 * A form's field errors: its own checks once the person has tried to send (worded by `word`), else the
 * server's message mapped to a field by `formKeyOf`.
 */
export function fieldErrorsOf<K extends string>(
  local: Partial<Record<K, string>>,
  submitted: boolean,
  server: Record<string, string>,
  formKeyOf: (serverKey: string) => K | null,
  word: (error: string) => string,
): (key: K) => string | undefined {
  const byField: Partial<Record<K, string>> = {};
  for (const [key, message] of Object.entries(server)) {
    const field = formKeyOf(key);
    if (field && byField[field] === undefined) byField[field] = message;
  }
  return (key) => {
    const error = submitted ? local[key] : undefined;
    return error ? word(error) : byField[key];
  };
}
