import { inputDateToIso, isoToInputDate } from "../../../app/dates";
import type { Language } from "../../../app/types";
import { centsToInput, parseEuros } from "../shared";
import type { BenefitRule, BenefitRuleCreate } from "./types";

// The benefit-rules page's pure parts: the form's values and checks, and a rule's state on a day.

export const LANGUAGES = ["fi", "sv", "en"] as const;

export interface RuleFormValues {
  validFrom: string;
  validTo: string;
  protectedMonth: string;
  protectedFourWeeks: string;
  reductionPercent: string;
  names: Record<Language, string>;
  legalReferences: Record<Language, string>;
}

export type RuleFormError = "required" | "date" | "validToBeforeFrom" | "amount" | "percentWhole";

export const EMPTY_RULE: RuleFormValues = {
  validFrom: "",
  validTo: "",
  protectedMonth: "0",
  protectedFourWeeks: "0",
  reductionPercent: "50",
  names: { fi: "", sv: "", en: "" },
  legalReferences: { fi: "", sv: "", en: "" },
};

export function ruleValues(rule: BenefitRule, language: Language): RuleFormValues {
  return {
    validFrom: isoToInputDate(rule.validFrom),
    validTo: isoToInputDate(rule.validTo),
    protectedMonth: centsToInput(rule.protectedMonthCents, language),
    protectedFourWeeks: centsToInput(rule.protectedFourWeeksCents, language),
    reductionPercent: String(rule.reductionPercent),
    names: { ...rule.names },
    legalReferences: { ...rule.legalReferences },
  };
}

/** Field keys as the server names them in its problems ("names.sv", "protectedMonthCents"). */
export type RuleField =
  | "validFrom"
  | "validTo"
  | "protectedMonthCents"
  | "protectedFourWeeksCents"
  | "reductionPercent"
  | `names.${Language}`
  | `legalReferences.${Language}`;

export function checkRuleForm(values: RuleFormValues): {
  errors: Partial<Record<RuleField, RuleFormError>>;
  body: BenefitRuleCreate | null;
} {
  const errors: Partial<Record<RuleField, RuleFormError>> = {};
  const validFrom = inputDateToIso(values.validFrom);
  const validTo = values.validTo.trim() === "" ? null : inputDateToIso(values.validTo);
  if (values.validFrom.trim() === "") errors.validFrom = "required";
  else if (!validFrom) errors.validFrom = "date";
  if (values.validTo.trim() !== "" && !validTo) errors.validTo = "date";
  else if (validFrom && validTo && validTo < validFrom) errors.validTo = "validToBeforeFrom";
  const month = parseEuros(values.protectedMonth);
  const fourWeeks = parseEuros(values.protectedFourWeeks);
  if (month === null) errors.protectedMonthCents = "amount";
  if (fourWeeks === null) errors.protectedFourWeeksCents = "amount";
  const percentText = values.reductionPercent.trim();
  const percent = /^\d{1,3}$/.test(percentText) ? Number(percentText) : null;
  if (percent === null || percent > 100) errors.reductionPercent = "percentWhole";
  for (const language of LANGUAGES) {
    if (values.names[language].trim() === "") errors[`names.${language}`] = "required";
    if (values.legalReferences[language].trim() === "") errors[`legalReferences.${language}`] = "required";
  }
  if (
    Object.keys(errors).length > 0 ||
    !validFrom ||
    month === null ||
    fourWeeks === null ||
    percent === null
  ) {
    return { errors, body: null };
  }
  const trimmed = (texts: Record<Language, string>) => ({
    fi: texts.fi.trim(),
    sv: texts.sv.trim(),
    en: texts.en.trim(),
  });
  return {
    errors,
    body: {
      validFrom,
      validTo,
      protectedMonthCents: month,
      protectedFourWeeksCents: fourWeeks,
      reductionPercent: percent,
      names: trimmed(values.names),
      legalReferences: trimmed(values.legalReferences),
    },
  };
}

export type RuleState = "inForce" | "upcoming" | "ended";

export function ruleState(rule: Pick<BenefitRule, "validFrom" | "validTo">, today: string): RuleState {
  if (rule.validFrom > today) return "upcoming";
  if (rule.validTo !== null && rule.validTo < today) return "ended";
  return "inForce";
}
