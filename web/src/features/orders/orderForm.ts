import { inputDateToIso, isoToInputDate } from "../../app/dates";
import {
  type Employer,
  type JobCategory,
  type JobRequirement,
  type PayType,
  parseEuros,
  parseHours,
} from "../small-jobs/shared";
import type { OrderCreate } from "./api";

// The household order form's pure parts: the values as typed, sensible defaults (so that a phone user
// fills in little), the checks made before sending, and the body. The server checks again and its
// messages land at the same fields.

export interface OrderFormValues {
  regionCode: string;
  organisationId: string;
  title: string;
  category: JobCategory | null;
  description: string;
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
  name: string;
  email: string;
  phone: string;
  billingDifferent: boolean;
  billingAddress: string;
  /** The hidden field people never see (a bot's tell). */
  website: string;
}

export type OrderFormError =
  | "required"
  | "date"
  | "startsInPast"
  | "windowEndsBeforeStart"
  | "hours"
  | "amount"
  | "places"
  | "email";

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

/** Whole places 1–50. */
export function parsePlaces(text: string): number | null {
  if (!/^\d{1,2}$/.test(text.trim())) return null;
  const places = Number(text.trim());
  return places >= 1 && places <= 50 ? places : null;
}

/** The checks made before sending, by field, and the body when there are none. */
export function checkOrder(
  values: OrderFormValues,
  today: string,
  language: "fi" | "sv" | "en",
): { errors: Partial<Record<keyof OrderFormValues, OrderFormError>>; body: OrderCreate | null } {
  const errors: Partial<Record<keyof OrderFormValues, OrderFormError>> = {};
  const required = (key: keyof OrderFormValues) => {
    const value = values[key];
    if (typeof value === "string" && value.trim() === "") errors[key] = "required";
  };
  for (const key of ["regionCode", "organisationId", "title", "village", "address", "name"] as const)
    required(key);
  if (values.category === null) errors.category = "required";
  if (values.email.trim() === "") errors.email = "required";
  else if (!EMAIL.test(values.email.trim())) errors.email = "email";
  const startsOn = inputDateToIso(values.startsOn);
  const endsOn = inputDateToIso(values.endsOn);
  if (values.startsOn.trim() === "") errors.startsOn = "required";
  else if (!startsOn) errors.startsOn = "date";
  else if (startsOn < today) errors.startsOn = "startsInPast";
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
  if (values.billingDifferent && values.billingAddress.trim() === "") errors.billingAddress = "required";
  if (
    Object.keys(errors).length > 0 ||
    values.category === null ||
    !startsOn ||
    !endsOn ||
    minutes === null ||
    payCents === null ||
    places === null
  ) {
    return { errors, body: null };
  }
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
      job: {
        title: values.title.trim(),
        description: values.description.trim(),
        category: values.category,
        village: values.village.trim(),
        municipality: null,
        address: null,
        startsOn,
        endsOn,
        estimatedMinutes: minutes,
        payType: values.payType,
        payCents,
        places,
        requirements: values.requirements,
        safetyNotes: values.safetyNotes.trim(),
        employer: values.employer,
      },
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

/** What one worker earns gross if the estimate holds: hourly = round-half-up(minutes × rate / 60). */
export function estimatedGross(payType: PayType, payCents: number, minutes: number): number {
  return payType === "lump_sum" ? payCents : Math.floor((minutes * payCents * 2 + 60) / 120);
}
