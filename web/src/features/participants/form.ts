import type { FunderEntryData } from "../../../../server/src/modules/funder/schema";
import type {
  DuplicateQuery,
  Participant,
  ParticipantCreate,
  ParticipantUpdate,
} from "../../../../server/src/modules/participants/api";
import { inputDateToIso, isoToInputDate } from "../../app/dates";
import type { Language } from "../../app/types";
import { checkIdentityCode } from "./identity";
import {
  COMMON_LANGUAGES,
  type Gender,
  type Household,
  ISCED_LEVELS,
  type IscedLevel,
  type LabourMarketStatus,
  type YesNoDeclined,
} from "./options";

// The participant form as the browser holds it (text as typed, "" for "not answered") and its mapping to
// and from the API bodies. Pure, so that it is tested without a browser.

type Choice<T extends string> = T | "";

export interface EntryValues {
  gender: Choice<Gender>;
  labourMarketStatus: Choice<LabourMarketStatus>;
  unemploymentMonths: string;
  educationIsced: Choice<IscedLevel>;
  foreignBackground: Choice<YesNoDeclined>;
  thirdCountryNational: Choice<YesNoDeclined>;
  minority: Choice<YesNoDeclined>;
  disability: Choice<YesNoDeclined>;
  household: Choice<Household>;
  homeless: Choice<"yes" | "no">;
  rural: Choice<"yes" | "no">;
  otherDisadvantage: Choice<YesNoDeclined>;
}

export interface ParticipantValues {
  firstName: string;
  lastName: string;
  /** As typed, d.M.yyyy */
  birthDate: string;
  identityCode: string;
  phone: string;
  email: string;
  address: string;
  postalCode: string;
  municipality: string;
  village: string;
  /** Chosen from the common languages */
  languages: string[];
  /** Other ISO 639 codes, typed, separated by commas or spaces */
  otherLanguages: string;
  preferredLanguage: Language;
  entry: EntryValues;
}

export const emptyEntry: EntryValues = {
  gender: "",
  labourMarketStatus: "",
  unemploymentMonths: "",
  educationIsced: "",
  foreignBackground: "",
  thirdCountryNational: "",
  minority: "",
  disability: "",
  household: "",
  homeless: "",
  rural: "",
  otherDisadvantage: "",
};

export const emptyParticipant: ParticipantValues = {
  firstName: "",
  lastName: "",
  birthDate: "",
  identityCode: "",
  phone: "",
  email: "",
  address: "",
  postalCode: "",
  municipality: "",
  village: "",
  languages: [],
  otherLanguages: "",
  preferredLanguage: "fi",
  entry: emptyEntry,
};

/** Fields of the form that can carry an error; the keys are the API's field paths (see fieldErrors). */
export const FIELD_ORDER = [
  "firstName",
  "lastName",
  "birthDate",
  "identityCode",
  "phone",
  "email",
  "address",
  "postalCode",
  "municipality",
  "village",
  "languages",
  "preferredLanguage",
  "entryData.gender",
  "entryData.labourMarketStatus",
  "entryData.unemploymentMonths",
  "entryData.educationIsced",
  "entryData.foreignBackground",
  "entryData.thirdCountryNational",
  "entryData.minority",
  "entryData.disability",
  "entryData.household",
  "entryData.homeless",
  "entryData.rural",
  "entryData.otherDisadvantage",
] as const;
export type FieldKey = (typeof FIELD_ORDER)[number];

/** The id of a field's input, for labels and the error summary. */
export const fieldId = (key: FieldKey) => `participant-${key.replace(".", "-")}`;

/**
 * The element the error summary moves focus to: the input itself, the button of a dropdown (Suomi.fi
 * puts the given id on the dropdown's wrapper and `<id>_button` on its button), or for the languages the
 * typed codes, which are what can be wrong there.
 */
export function focusTargetOf(key: FieldKey): string {
  if (key === "languages") return "participant-otherLanguages";
  if (key.startsWith("entryData.") && key !== "entryData.unemploymentMonths") return `${fieldId(key)}_button`;
  return fieldId(key);
}

/** Why a value is refused; each has a text under participants.errors. */
export type FieldError =
  | "required"
  | "dateInvalid"
  | "birthDateFuture"
  | "identityCodeShape"
  | "identityCodeDate"
  | "identityCodeChecksum"
  | "identityCodeBirthDate"
  | "phone"
  | "email"
  | "postalCode"
  | "languageCode"
  | "tooManyLanguages"
  | "unemploymentMonths";

export type FieldErrors = Partial<Record<FieldKey, FieldError>>;

const blank = (v: string) => v.trim() === "";
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const LANGUAGE_CODE = /^[a-z]{2,3}$/;

/** The typed extra languages: lower-cased words; invalid ones are kept so that validation can name them. */
export function parseLanguageCodes(text: string): string[] {
  return text
    .split(/[\s,;]+/)
    .map((code) => code.trim().toLowerCase())
    .filter((code) => code !== "");
}

/** Every language the person speaks, chosen and typed, without repeats. */
export function allLanguages(values: Pick<ParticipantValues, "languages" | "otherLanguages">): string[] {
  return [...new Set([...values.languages, ...parseLanguageCodes(values.otherLanguages)])];
}

/** Checks an identity code as typed; null when it is empty or valid. */
export function identityCodeError(code: string): FieldError | null {
  if (blank(code)) return null;
  const check = checkIdentityCode(code);
  if (check.valid) return null;
  switch (check.reason) {
    case "shape":
      return "identityCodeShape";
    case "date":
      return "identityCodeDate";
    case "checksum":
      return "identityCodeChecksum";
  }
}

/** The same checks the server makes, so that most mistakes are shown before sending. */
export function validateParticipant(values: ParticipantValues, today: string): FieldErrors {
  const errors: FieldErrors = {};
  if (blank(values.firstName)) errors.firstName = "required";
  if (blank(values.lastName)) errors.lastName = "required";
  const birthDate = inputDateToIso(values.birthDate);
  if (blank(values.birthDate)) errors.birthDate = "required";
  else if (!birthDate) errors.birthDate = "dateInvalid";
  else if (birthDate > today) errors.birthDate = "birthDateFuture";
  const codeError = identityCodeError(values.identityCode);
  if (codeError) errors.identityCode = codeError;
  else if (!blank(values.identityCode) && birthDate) {
    const check = checkIdentityCode(values.identityCode);
    if (check.valid && check.birthDate !== birthDate) errors.birthDate = "identityCodeBirthDate";
  }
  if (!/^[+0-9 ()-]*$/.test(values.phone.trim())) errors.phone = "phone";
  if (!blank(values.email) && !EMAIL.test(values.email.trim())) errors.email = "email";
  if (!blank(values.postalCode) && !/^[0-9]{5}$/.test(values.postalCode.trim())) {
    errors.postalCode = "postalCode";
  }
  const languages = allLanguages(values);
  if (languages.some((code) => !LANGUAGE_CODE.test(code))) errors.languages = "languageCode";
  else if (languages.length > 10) errors.languages = "tooManyLanguages";
  if (values.entry.labourMarketStatus === "unemployed" && !blank(values.entry.unemploymentMonths)) {
    const months = values.entry.unemploymentMonths.trim();
    if (!/^[0-9]{1,3}$/.test(months) || Number(months) > 600) {
      errors["entryData.unemploymentMonths"] = "unemploymentMonths";
    }
  }
  return errors;
}

const yesNo = (value: boolean | undefined): Choice<"yes" | "no"> =>
  value === undefined ? "" : value ? "yes" : "no";

/** The funder entry data as the form shows it. */
export function entryValuesOf(data: FunderEntryData | null | undefined): EntryValues {
  if (!data) return emptyEntry;
  return {
    gender: data.gender ?? "",
    labourMarketStatus: data.labourMarketStatus ?? "",
    unemploymentMonths: data.unemploymentMonths === undefined ? "" : String(data.unemploymentMonths),
    educationIsced: ISCED_LEVELS.find((level) => level === String(data.educationIsced)) ?? "",
    foreignBackground: data.foreignBackground ?? "",
    thirdCountryNational: data.thirdCountryNational ?? "",
    minority: data.minority ?? "",
    disability: data.disability ?? "",
    household: data.household ?? "",
    homeless: yesNo(data.homeless),
    rural: yesNo(data.rural),
    otherDisadvantage: data.otherDisadvantage ?? "",
  };
}

/** The funder entry data to send: unanswered questions left out; months only when unemployed. */
export function entryDataOf(entry: EntryValues): FunderEntryData {
  const data: FunderEntryData = {};
  if (entry.gender) data.gender = entry.gender;
  if (entry.labourMarketStatus) data.labourMarketStatus = entry.labourMarketStatus;
  const months = entry.unemploymentMonths.trim();
  if (entry.labourMarketStatus === "unemployed" && /^[0-9]+$/.test(months)) {
    data.unemploymentMonths = Number(months);
  }
  if (entry.educationIsced) data.educationIsced = Number(entry.educationIsced);
  if (entry.foreignBackground) data.foreignBackground = entry.foreignBackground;
  if (entry.thirdCountryNational) data.thirdCountryNational = entry.thirdCountryNational;
  if (entry.minority) data.minority = entry.minority;
  if (entry.disability) data.disability = entry.disability;
  if (entry.household) data.household = entry.household;
  if (entry.homeless) data.homeless = entry.homeless === "yes";
  if (entry.rural) data.rural = entry.rural === "yes";
  if (entry.otherDisadvantage) data.otherDisadvantage = entry.otherDisadvantage;
  return data;
}

const isCommon = (code: string) => (COMMON_LANGUAGES as readonly string[]).includes(code);

/** A recorded participant as the edit form starts. The identity code is never put back into a field. */
export function participantValuesOf(p: Participant): ParticipantValues {
  return {
    firstName: p.firstName,
    lastName: p.lastName,
    birthDate: isoToInputDate(p.birthDate),
    identityCode: "",
    phone: p.phone ?? "",
    email: p.email ?? "",
    address: p.address ?? "",
    postalCode: p.postalCode ?? "",
    municipality: p.municipality ?? "",
    village: p.village ?? "",
    languages: p.languages.filter(isCommon),
    otherLanguages: p.languages.filter((code) => !isCommon(code)).join(", "),
    preferredLanguage: p.preferredLanguage,
    entry: entryValuesOf(p.entryData),
  };
}

function isoBirthDate(values: ParticipantValues): string {
  const iso = inputDateToIso(values.birthDate);
  if (!iso) throw new Error("validate the form before mapping it: the birth date is not a date");
  return iso;
}

const normalisedCode = (code: string) => code.trim().toUpperCase();

/** What the duplicate check asks about. */
export function duplicateQueryOf(values: ParticipantValues): DuplicateQuery {
  const query: DuplicateQuery = {
    firstName: values.firstName.trim(),
    lastName: values.lastName.trim(),
    birthDate: isoBirthDate(values),
  };
  if (!blank(values.identityCode)) query.identityCode = normalisedCode(values.identityCode);
  return query;
}

const TEXT_FIELDS = ["phone", "email", "address", "postalCode", "municipality", "village"] as const;

/** The registration body of a validated form; empty optional fields are left out. */
export function createBodyOf(values: ParticipantValues): ParticipantCreate {
  const body: ParticipantCreate = {
    firstName: values.firstName.trim(),
    lastName: values.lastName.trim(),
    birthDate: isoBirthDate(values),
    languages: allLanguages(values),
    preferredLanguage: values.preferredLanguage,
    entryData: entryDataOf(values.entry),
  };
  if (!blank(values.identityCode)) body.identityCode = normalisedCode(values.identityCode);
  for (const field of TEXT_FIELDS) {
    if (!blank(values[field])) body[field] = values[field].trim();
  }
  return body;
}

const sameList = (a: string[], b: string[]) => [...a].sort().join(",") === [...b].sort().join(",");

/**
 * The change body of a validated edit form: only what differs from where the form started, emptied
 * fields as null, and the version the form was based on. The identity code is sent only when a new
 * one was typed or removal was asked for.
 */
export function updateBodyOf(
  initial: ParticipantValues,
  values: ParticipantValues,
  version: number,
  removeIdentityCode = false,
): ParticipantUpdate {
  const body: ParticipantUpdate = { version };
  if (values.firstName.trim() !== initial.firstName.trim()) body.firstName = values.firstName.trim();
  if (values.lastName.trim() !== initial.lastName.trim()) body.lastName = values.lastName.trim();
  const birthDate = isoBirthDate(values);
  if (birthDate !== inputDateToIso(initial.birthDate)) body.birthDate = birthDate;
  if (removeIdentityCode) body.identityCode = null;
  else if (!blank(values.identityCode)) body.identityCode = normalisedCode(values.identityCode);
  for (const field of TEXT_FIELDS) {
    const next = values[field].trim();
    if (next !== initial[field].trim()) body[field] = next === "" ? null : next;
  }
  const languages = allLanguages(values);
  if (!sameList(languages, allLanguages(initial))) body.languages = languages;
  if (values.preferredLanguage !== initial.preferredLanguage)
    body.preferredLanguage = values.preferredLanguage;
  const entryData = entryDataOf(values.entry);
  if (JSON.stringify(entryData) !== JSON.stringify(entryDataOf(initial.entry))) body.entryData = entryData;
  return body;
}

/** True when the body changes nothing but would still be sent (only the version). */
export const changesNothing = (body: ParticipantUpdate) => Object.keys(body).length === 1;
