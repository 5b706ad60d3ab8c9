import type { LegalReference, StatutoryLimit } from "../../../../server/src/modules/rules/api";
import { inputDateToIso, isoToInputDate } from "../../app/dates";
import type { Language } from "../../app/types";
import { LIMIT_RULES, type LimitRule, STEP_KINDS, type StepKind } from "../steps/stepForm";

// The statutory limits page's pure parts: grouping by measure, and the form's values and checks.

export type LimitState = "inForce" | "upcoming" | "ended";

/** Whether a row is in force, upcoming or ended on a date. */
export function limitState(l: Pick<StatutoryLimit, "validFrom" | "validTo">, today: string): LimitState {
  if (l.validFrom > today) return "upcoming";
  if (l.validTo !== null && l.validTo < today) return "ended";
  return "inForce";
}

/** The rows grouped by measure (in the order of the step kinds), rules in a fixed order, then by date. */
export function groupByMeasure(limits: StatutoryLimit[]): { stepKind: StepKind; rows: StatutoryLimit[] }[] {
  return STEP_KINDS.map((stepKind) => ({
    stepKind,
    rows: limits
      .filter((l) => l.stepKind === stepKind)
      .sort((a, b) =>
        a.rule === b.rule
          ? a.validFrom.localeCompare(b.validFrom)
          : LIMIT_RULES.indexOf(a.rule) - LIMIT_RULES.indexOf(b.rule),
      ),
  })).filter((g) => g.rows.length > 0);
}

/** The law's name as the reader sees it: in the UI language (the server keeps all three). */
export const referenceIn = (reference: LegalReference, language: Language) => reference[language];

/** The form's fields of the law's name, one a language, in the order the form shows them. */
export const REFERENCE_FIELDS = [
  { language: "fi", field: "legalReferenceFi" },
  { language: "sv", field: "legalReferenceSv" },
  { language: "en", field: "legalReferenceEn" },
] as const;
export type ReferenceField = (typeof REFERENCE_FIELDS)[number]["field"];

export interface LimitFormValues {
  stepKind: StepKind | null;
  rule: LimitRule | null;
  value: string;
  validFrom: string;
  validTo: string;
  legalReferenceFi: string;
  legalReferenceSv: string;
  legalReferenceEn: string;
}

/** An empty form (a new limit). */
export const EMPTY_LIMIT: LimitFormValues = {
  stepKind: null,
  rule: null,
  value: "",
  validFrom: "",
  validTo: "",
  legalReferenceFi: "",
  legalReferenceSv: "",
  legalReferenceEn: "",
};

/** Where the server's problem names a field of the form ("legalReference.sv" for legalReferenceSv). */
export function serverKeyOf(field: keyof LimitFormValues): string {
  const reference = REFERENCE_FIELDS.find((f) => f.field === field);
  return reference ? `legalReference.${reference.language}` : field;
}

export const hasValue = (rule: LimitRule | null) => rule !== "no_company_provider";

export const limitValues = (l: StatutoryLimit): LimitFormValues => ({
  stepKind: l.stepKind,
  rule: l.rule,
  value: l.value === null ? "" : String(l.value).replace(".", ","),
  validFrom: isoToInputDate(l.validFrom),
  validTo: isoToInputDate(l.validTo),
  legalReferenceFi: l.legalReference.fi,
  legalReferenceSv: l.legalReference.sv,
  legalReferenceEn: l.legalReference.en,
});

export type LimitFieldError = "required" | "invalidNumber" | "invalidDate" | "toBeforeFrom";

export interface LimitBody {
  stepKind: StepKind;
  rule: LimitRule;
  value: number | null;
  validFrom: string;
  validTo: string | null;
  legalReference: LegalReference;
}

/** The body to send, or the errors by field. */
export function checkLimitForm(v: LimitFormValues): {
  body: LimitBody | null;
  errors: Partial<Record<keyof LimitFormValues, LimitFieldError>>;
} {
  const errors: Partial<Record<keyof LimitFormValues, LimitFieldError>> = {};
  if (v.stepKind === null) errors.stepKind = "required";
  if (v.rule === null) errors.rule = "required";
  let value: number | null = null;
  if (hasValue(v.rule)) {
    const text = v.value.trim().replace(",", ".");
    value = Number(text);
    if (text === "") errors.value = "required";
    else if (!/^\d+(\.\d+)?$/.test(text) || value <= 0) errors.value = "invalidNumber";
  }
  const validFrom = inputDateToIso(v.validFrom);
  if (v.validFrom.trim() === "") errors.validFrom = "required";
  else if (!validFrom) errors.validFrom = "invalidDate";
  const validTo = v.validTo.trim() === "" ? null : inputDateToIso(v.validTo);
  if (v.validTo.trim() !== "" && !validTo) errors.validTo = "invalidDate";
  else if (validFrom && validTo && validTo < validFrom) errors.validTo = "toBeforeFrom";
  for (const { field } of REFERENCE_FIELDS) if (v[field].trim() === "") errors[field] = "required";
  if (Object.keys(errors).length > 0 || v.stepKind === null || v.rule === null || !validFrom) {
    return { body: null, errors };
  }
  return {
    errors,
    body: {
      stepKind: v.stepKind,
      rule: v.rule,
      value: hasValue(v.rule) ? value : null,
      validFrom,
      validTo,
      legalReference: {
        fi: v.legalReferenceFi.trim(),
        sv: v.legalReferenceSv.trim(),
        en: v.legalReferenceEn.trim(),
      },
    },
  };
}
