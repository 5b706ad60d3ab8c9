import { isoToInputDate } from "../../app/dates";
import {
  checkJobFields,
  type JobFieldError,
  type JobFieldValues,
  jobBodyOf,
} from "../small-jobs/shared/jobFields";
import type { OrderCreate } from "./api";

// The household order form's pure parts: the values as typed, sensible defaults (so that a phone user
// fills in little), the checks made before sending, and the body. The server checks again and its
// messages land at the same fields.

export { estimatedGross } from "../small-jobs/shared/jobFields";

/** The job's fields (the address is the household's own) and the orderer's. */
export interface OrderFormValues extends JobFieldValues {
  regionCode: string;
  organisationId: string;
  name: string;
  email: string;
  phone: string;
  billingDifferent: boolean;
  billingAddress: string;
  /** The hidden field people never see (a bot's tell). */
  website: string;
}

export type OrderFormError = JobFieldError | "email";

const DAY = 86_400_000;
/** An ISO day plus days, in whole UTC days (a calendar date has no time zone). */
export function addDays(iso: string, days: number): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);
}

/** The defaults: the window from tomorrow for a week, 2 hours, 15 €/h, one worker, the association employs. */
export function initialOrder(today: string, language: "fi" | "sv" | "en"): OrderFormValues {
  return {
    regionCode: "",
    organisationId: "",
    title: "",
    category: null,
    description: "",
    village: "",
    address: "",
    startsOn: isoToInputDate(addDays(today, 1)),
    endsOn: isoToInputDate(addDays(today, 7)),
    hours: "2",
    payType: "hourly",
    pay: language === "en" ? "15.00" : "15,00",
    places: "1",
    requirements: [],
    safetyNotes: "",
    employer: "association",
    name: "",
    email: "",
    phone: "",
    billingDifferent: false,
    billingAddress: "",
    website: "",
  };
}

const EMAIL = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;

/** The checks made before sending, by field, and the body when there are none. */
export function checkOrder(
  values: OrderFormValues,
  today: string,
  language: "fi" | "sv" | "en",
): { errors: Partial<Record<keyof OrderFormValues, OrderFormError>>; body: OrderCreate | null } {
  const job = checkJobFields(values, { notBefore: today });
  const errors: Partial<Record<keyof OrderFormValues, OrderFormError>> = { ...job.errors };
  for (const key of ["regionCode", "organisationId", "address", "name"] as const)
    if (values[key].trim() === "") errors[key] = "required";
  if (values.email.trim() === "") errors.email = "required";
  else if (!EMAIL.test(values.email.trim())) errors.email = "email";
  if (values.billingDifferent && values.billingAddress.trim() === "") errors.billingAddress = "required";
  const { parsed } = job;
  if (Object.keys(errors).length > 0 || parsed === null) return { errors, body: null };
  return {
    errors,
    body: {
      regionCode: values.regionCode,
      organisationId: values.organisationId,
      language,
      orderer: {
        name: values.name.trim(),
        email: values.email.trim(),
        phone: values.phone.trim() || null,
        address: values.address.trim(),
        billingAddress: values.billingDifferent ? values.billingAddress.trim() : null,
      },
      job: { ...jobBodyOf(values, parsed), municipality: null, address: null },
      ...(values.website ? { website: values.website } : {}),
    },
  };
}

/** The form field that shows a server message about a body path ("job.payCents" → "pay"). */
export function formKeyOf(serverPath: string): keyof OrderFormValues | null {
  const map: Record<string, keyof OrderFormValues> = {
    regionCode: "regionCode",
    organisationId: "organisationId",
    "orderer.name": "name",
    "orderer.email": "email",
    "orderer.phone": "phone",
    "orderer.address": "address",
    "orderer.billingAddress": "billingAddress",
    "job.title": "title",
    "job.category": "category",
    "job.description": "description",
    "job.village": "village",
    "job.startsOn": "startsOn",
    "job.endsOn": "endsOn",
    "job.estimatedMinutes": "hours",
    "job.payCents": "pay",
    "job.places": "places",
    "job.requirements": "requirements",
    "job.safetyNotes": "safetyNotes",
  };
  return map[serverPath] ?? null;
}
