import type { FunderEntryData } from "../../../../server/src/modules/funder/schema";
import type { Consent, ParticipantListItem } from "../../../../server/src/modules/participants/api";

// Value lists for the participant forms. The server's lists live beside its tables (with Drizzle), so
// they are not bundled; `satisfies Record<…>` makes the compiler insist every member of each union is
// listed here, so a new value on the server cannot be forgotten in the browser.

export type Gender = NonNullable<FunderEntryData["gender"]>;
export type LabourMarketStatus = NonNullable<FunderEntryData["labourMarketStatus"]>;
export type YesNoDeclined = NonNullable<FunderEntryData["disability"]>;
export type Household = NonNullable<FunderEntryData["household"]>;
export type Stage = NonNullable<ParticipantListItem["stage"]>;
export type ConsentPurpose = Consent["purpose"];
export type ConsentMethod = Consent["method"];
export type SharingScope = Consent["scopes"][number];

const keysOf = <K extends string>(record: Record<K, number>) =>
  (Object.keys(record) as K[]).sort((a, b) => record[a] - record[b]);

export const GENDERS = keysOf({ female: 1, male: 2, non_binary: 3 } satisfies Record<Gender, number>);

export const LABOUR_MARKET_STATUSES = keysOf({
  unemployed: 1,
  inactive_in_education: 2,
  inactive_not_in_education: 3,
  employed: 4,
  self_employed: 5,
} satisfies Record<LabourMarketStatus, number>);

export const YES_NO_DECLINED = keysOf({ yes: 1, no: 2, declined: 3 } satisfies Record<YesNoDeclined, number>);

export const HOUSEHOLD_SITUATIONS = keysOf({
  jobless_with_children: 1,
  jobless_without_children: 2,
  single_adult_with_children: 3,
  other: 4,
} satisfies Record<Household, number>);

/** ISCED 2011 levels 0–8 (highest completed education). */
export const ISCED_LEVELS = ["0", "1", "2", "3", "4", "5", "6", "7", "8"] as const;
export type IscedLevel = (typeof ISCED_LEVELS)[number];

export const STAGES = keysOf({
  reached: 1,
  life_management: 2,
  resources_and_goals: 3,
  guided_onward: 4,
  network: 5,
} satisfies Record<Stage, number>);

export const CONSENT_PURPOSES = keysOf({
  pathway: 1,
  sharing: 2,
  funder_reporting: 3,
  contact: 4,
} satisfies Record<ConsentPurpose, number>);

export const CONSENT_METHODS = keysOf({
  signed_paper: 1,
  in_person: 2,
  electronic: 3,
} satisfies Record<ConsentMethod, number>);

export const SHARING_SCOPES = keysOf({
  basic: 1,
  plan: 2,
  assessments: 3,
  notes: 4,
} satisfies Record<SharingScope, number>);

/** Languages offered as checkboxes (ISO 639-1); any other code can be typed. */
export const COMMON_LANGUAGES = ["fi", "sv", "en", "ru", "et", "ar", "so", "fa", "uk", "ku"] as const;

export function isOneOf<T extends string>(list: readonly T[], value: unknown): value is T {
  return typeof value === "string" && (list as readonly string[]).includes(value);
}

/**
 * A language's name in the UI language ("so" → "Somali" / "somali" / "somaliska"), first letter capitalised
 * for lists; the code itself when the browser does not know it.
 */
export function languageName(code: string, uiLanguage: string): string {
  let name = code;
  try {
    name = new Intl.DisplayNames([uiLanguage], { type: "language", fallback: "code" }).of(code) ?? code;
  } catch {
    // Not a well-formed language code: show it as typed.
  }
  return name === code ? code : name.charAt(0).toLocaleUpperCase(uiLanguage) + name.slice(1);
}
