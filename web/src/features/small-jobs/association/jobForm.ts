import { inputDateToIso, isoToInputDate } from "../../../app/dates";
import type { Language } from "../../../app/types";
import {
  centsToInput,
  type Employer,
  type Job,
  type JobCategory,
  type JobRequirement,
  minutesToInput,
  type PayType,
  parseEuros,
  parseHours,
} from "../shared";

// The job form's pure parts: what the fields hold (text as typed), the checks made before sending, and
// the body sent. The server checks again and its messages are shown at the same fields.

export interface JobFormValues {
  title: string;
  description: string;
  category: JobCategory | null;
  village: string;
  municipality: string;
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

export type JobFormError = "required" | "date" | "windowEndsBeforeStart" | "hours" | "amount" | "places";

export type JobBody = {
  title: string;
  description: string;
  category: JobCategory;
  village: string;
  municipality: string | null;
  address: string | null;
  startsOn: string;
  endsOn: string;
  estimatedMinutes: number;
  payType: PayType;
  payCents: number;
  places: number;
  requirements: JobRequirement[];
  safetyNotes: string;
  employer: Employer;
};

export const EMPTY_JOB: JobFormValues = {
  title: "",
  description: "",
  category: null,
  village: "",
  municipality: "",
  address: "",
  startsOn: "",
  endsOn: "",
  hours: "",
  payType: "hourly",
  pay: "",
  places: "1",
  requirements: [],
  safetyNotes: "",
  employer: "association",
};

export function jobValues(job: Job, language: Language): JobFormValues {
  return {
    title: job.title,
    description: job.description,
    category: job.category,
    village: job.village,
    municipality: job.municipality ?? "",
    address: job.address ?? "",
    startsOn: isoToInputDate(job.startsOn),
    endsOn: isoToInputDate(job.endsOn),
    hours: minutesToInput(job.estimatedMinutes),
    payType: job.payType,
    pay: centsToInput(job.payCents, language),
    places: String(job.places),
    requirements: [...job.requirements],
    safetyNotes: job.safetyNotes,
    employer: job.employer,
  };
}

/** Whole places 1–50. */
export function parsePlaces(text: string): number | null {
  const value = text.trim();
  if (!/^\d{1,2}$/.test(value)) return null;
  const places = Number(value);
  return places >= 1 && places <= 50 ? places : null;
}

/** The checks made before sending, by field, and the body when there are none. */
export function checkJobForm(values: JobFormValues): {
  errors: Partial<Record<keyof JobFormValues, JobFormError>>;
  body: JobBody | null;
} {
  const errors: Partial<Record<keyof JobFormValues, JobFormError>> = {};
  if (values.title.trim() === "") errors.title = "required";
  if (values.category === null) errors.category = "required";
  if (values.village.trim() === "") errors.village = "required";
  const startsOn = inputDateToIso(values.startsOn);
  const endsOn = inputDateToIso(values.endsOn);
  if (values.startsOn.trim() === "") errors.startsOn = "required";
  else if (!startsOn) errors.startsOn = "date";
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
  if (Object.keys(errors).length > 0 || !values.category || !startsOn || !endsOn)
    return { errors, body: null };
  return {
    errors,
    body: {
      title: values.title.trim(),
      description: values.description.trim(),
      category: values.category,
      village: values.village.trim(),
      municipality: values.municipality.trim() || null,
      address: values.address.trim() || null,
      startsOn,
      endsOn,
      estimatedMinutes: minutes ?? 0,
      payType: values.payType,
      payCents: payCents ?? 0,
      places: places ?? 1,
      requirements: values.requirements,
      safetyNotes: values.safetyNotes.trim(),
      employer: values.employer,
    },
  };
}

/** The form field that shows a server message about a body field ("payCents" → "pay"). */
export function formKeyOf(serverKey: string): keyof JobFormValues | null {
  const map: Record<string, keyof JobFormValues> = {
    estimatedMinutes: "hours",
    payCents: "pay",
  };
  if (map[serverKey]) return map[serverKey];
  const key = serverKey.split(".")[0] ?? "";
  return key in EMPTY_JOB ? (key as keyof JobFormValues) : null;
}

/** Estimated gross for one worker, to show beside the pay: hourly = round-half-up(minutes × rate / 60). */
export function estimatedGross(payType: PayType, payCents: number, minutes: number): number {
  if (payType === "lump_sum") return payCents;
  return Math.floor((minutes * payCents * 2 + 60) / 120);
}

/** A tax-card withholding per cent as basis points: "15" → 1500, "15,5" → 1550; null if not 0–100. */
export function parseBasisPoints(text: string): number | null {
  const match = /^(\d{1,3})(?:[.,](\d{1,2}))?\s*%?$/.exec(text.trim());
  if (!match) return null;
  const points = Number(match[1]) * 100 + Number((match[2] ?? "").padEnd(2, "0"));
  return points <= 10_000 ? points : null;
}

/** Whole days 7–60 for an invoice's term of payment. */
export function parseDueDays(text: string): number | null {
  if (!/^\d{1,2}$/.test(text.trim())) return null;
  const days = Number(text.trim());
  return days >= 7 && days <= 60 ? days : null;
}
