import { inputDateToIso, isoToInputDate } from "../../../app/dates";
import type { Language } from "../../../app/types";
import { centsToInput, parseEuros } from "../shared/money";
import type { JobCategory, JobRequirement } from "../shared/types";
import type { SeekerProfile, SeekerProfileInput } from "./api";

// The seeker profile as a form: what the seeker has, likes and when they are free, their place, how
// their benefit is adjusted; the personal monthly ceiling only when the coach edits it.

export interface ProfileValues {
  active: boolean;
  has: JobRequirement[];
  categories: JobCategory[];
  weekdays: number[];
  village: string;
  municipality: string;
  receivesBenefit: boolean;
  adjustmentPeriod: "month" | "four_weeks";
  periodAnchor: string;
  /** Euros as typed; "" = no ceiling. */
  ceiling: string;
}

export type ProfileError = "anchorNeeded" | "dateInvalid" | "ceilingInvalid";

export function profileValues(profile: SeekerProfile, language: Language): ProfileValues {
  return {
    active: profile.active,
    has: [...profile.has],
    categories: [...profile.categories],
    weekdays: [...profile.weekdays].sort((a, b) => a - b),
    village: profile.village ?? "",
    municipality: profile.municipality ?? "",
    receivesBenefit: profile.receivesBenefit,
    adjustmentPeriod: profile.adjustmentPeriod,
    periodAnchor: isoToInputDate(profile.periodAnchor),
    ceiling: centsToInput(profile.monthlyCeilingCents, language),
  };
}

/** Adds or removes one item of a set held as a list, keeping the order given. */
export function toggled<T>(list: readonly T[], item: T, on: boolean, order: readonly T[]): T[] {
  const next = new Set(list);
  if (on) next.add(item);
  else next.delete(item);
  return order.filter((x) => next.has(x));
}

const blankToNull = (text: string) => (text.trim() === "" ? null : text.trim());

/**
 * The PUT body, or the fields to fix. The 4-week anchor day is needed only for a 4-week adjustment;
 * the ceiling is sent only when `withCeiling` (a coach): "" clears it, otherwise at least 1 €.
 */
export function profileBody(
  values: ProfileValues,
  version: number,
  options: { withCeiling: boolean },
):
  | { body: SeekerProfileInput; errors: null }
  | { body: null; errors: Partial<Record<keyof ProfileValues, ProfileError>> } {
  const errors: Partial<Record<keyof ProfileValues, ProfileError>> = {};
  let periodAnchor: string | null = null;
  if (values.adjustmentPeriod === "four_weeks") {
    periodAnchor = values.periodAnchor.trim() === "" ? null : inputDateToIso(values.periodAnchor);
    // Without a benefit the period does not matter: an unusable anchor falls back to months quietly.
    if (values.receivesBenefit && values.periodAnchor.trim() === "") errors.periodAnchor = "anchorNeeded";
    else if (values.receivesBenefit && periodAnchor === null) errors.periodAnchor = "dateInvalid";
  }
  const fourWeeks = values.adjustmentPeriod === "four_weeks" && periodAnchor !== null;
  let ceiling: number | null = null;
  if (options.withCeiling && values.ceiling.trim() !== "") {
    ceiling = parseEuros(values.ceiling);
    if (ceiling === null || ceiling < 100) errors.ceiling = "ceilingInvalid";
  }
  if (Object.keys(errors).length > 0) return { body: null, errors };
  const body: SeekerProfileInput = {
    active: values.active,
    has: values.has,
    categories: values.categories,
    weekdays: values.weekdays,
    village: blankToNull(values.village),
    municipality: blankToNull(values.municipality),
    receivesBenefit: values.receivesBenefit,
    adjustmentPeriod: fourWeeks ? "four_weeks" : "month",
    periodAnchor: fourWeeks ? periodAnchor : null,
    version,
  };
  if (options.withCeiling) body.monthlyCeilingCents = ceiling;
  return { body, errors: null };
}
