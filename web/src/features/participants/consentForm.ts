import type {
  Consent,
  ConsentCreate,
  ConsentWithdraw,
} from "../../../../server/src/modules/participants/api";
import { inputDateToIso } from "../../app/dates";
import { CONSENT_PURPOSES, type ConsentMethod, type ConsentPurpose, type SharingScope } from "./options";

// The consent forms as typed and their API bodies; pure, so tested without a browser.

export interface ConsentValues {
  purpose: ConsentPurpose | null;
  organisationId: string | null;
  /** Beyond 'basic', which every sharing consent includes. */
  scopes: SharingScope[];
  /** As typed, d.M.yyyy */
  givenOn: string;
  method: ConsentMethod | null;
}

export type ConsentField = "purpose" | "organisationId" | "givenOn" | "method";
export type ConsentError = "required" | "dateInvalid" | "dateFuture";

export function validateConsent(
  values: ConsentValues,
  today: string,
): Partial<Record<ConsentField, ConsentError>> {
  const errors: Partial<Record<ConsentField, ConsentError>> = {};
  if (!values.purpose) errors.purpose = "required";
  if (values.purpose === "sharing" && !values.organisationId) errors.organisationId = "required";
  const givenOn = inputDateToIso(values.givenOn);
  if (values.givenOn.trim() === "") errors.givenOn = "required";
  else if (!givenOn) errors.givenOn = "dateInvalid";
  else if (givenOn > today) errors.givenOn = "dateFuture";
  if (!values.method) errors.method = "required";
  return errors;
}

/** The body of a validated consent form; the organisation and scopes go only with a sharing consent. */
export function consentBodyOf(values: ConsentValues): ConsentCreate {
  const givenOn = inputDateToIso(values.givenOn);
  if (!values.purpose || !values.method || !givenOn) {
    throw new Error("validate the consent form before mapping it");
  }
  const body: ConsentCreate = { purpose: values.purpose, givenOn, method: values.method };
  if (values.purpose === "sharing" && values.organisationId) {
    body.organisationId = values.organisationId;
    body.scopes = ["basic", ...values.scopes.filter((scope) => scope !== "basic")];
  }
  return body;
}

export interface WithdrawValues {
  withdrawnOn: string;
  note: string;
}

export function validateWithdrawal(
  values: WithdrawValues,
  consent: Pick<Consent, "givenOn">,
  today: string,
): "required" | "dateInvalid" | "dateFuture" | "beforeGiven" | null {
  if (values.withdrawnOn.trim() === "") return "required";
  const iso = inputDateToIso(values.withdrawnOn);
  if (!iso) return "dateInvalid";
  if (iso > today) return "dateFuture";
  if (iso < consent.givenOn) return "beforeGiven";
  return null;
}

export function withdrawBodyOf(values: WithdrawValues, consent: Pick<Consent, "version">): ConsentWithdraw {
  const withdrawnOn = inputDateToIso(values.withdrawnOn);
  if (!withdrawnOn) throw new Error("validate the withdrawal before mapping it");
  const note = values.note.trim();
  return { withdrawnOn, version: consent.version, ...(note ? { note } : {}) };
}

/** Consents by purpose, in the order the page shows the purposes; each group newest first. */
export function consentsByPurpose(consents: Consent[]): { purpose: ConsentPurpose; consents: Consent[] }[] {
  return CONSENT_PURPOSES.map((purpose) => ({
    purpose,
    consents: consents
      .filter((c) => c.purpose === purpose)
      .sort((a, b) => (a.givenOn < b.givenOn ? 1 : a.givenOn > b.givenOn ? -1 : 0)),
  }));
}
