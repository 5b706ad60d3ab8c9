import { isoToInputDate } from "../../../app/dates";
import type { Language } from "../../../app/types";
import {
  centsToInput,
  type Employer,
  type Job,
  type JobCategory,
  type JobRequirement,
  minutesToInput,
  type PayType,
} from "../shared";
import { checkJobFields, type JobFieldError, type JobFieldValues, jobBodyOf } from "../shared/jobFields";

export { estimatedGross, parsePlaces } from "../shared/jobFields";

// The job form's pure parts: what the fields hold (text as typed), the checks made before sending, and
// the body sent. The server checks again and its messages are shown at the same fields.

export interface JobFormValues extends JobFieldValues {
  municipality: string;
}

/** The association's form has no "starts in the past" check (a job may be entered afterwards). */
export type JobFormError = Exclude<JobFieldError, "startsInPast">;

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

/** The checks made before sending, by field, and the body when there are none. */
export function checkJobForm(values: JobFormValues): {
  errors: Partial<Record<keyof JobFormValues, JobFormError>>;
  body: JobBody | null;
} {
  const { parsed, ...checked } = checkJobFields(values);
  const errors = checked.errors as Partial<Record<keyof JobFormValues, JobFormError>>;
  if (parsed === null) return { errors, body: null };
  return {
    errors,
    body: {
      ...jobBodyOf(values, parsed),
      municipality: values.municipality.trim() || null,
      address: values.address.trim() || null,
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
