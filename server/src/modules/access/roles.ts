/** The roles a membership can give. A user may hold several, each through an organisation. */
export const ROLES = [
  "administrator",
  "project_manager",
  /** oma valmentaja */
  "coach",
  "partner_worker",
  "association_contact",
  "participant",
] as const;
export type Role = (typeof ROLES)[number];

export const LANGUAGES = ["fi", "sv", "en"] as const;
export type Language = (typeof LANGUAGES)[number];

export const ORGANISATION_KINDS = [
  "municipality",
  /** hyvinvointialue */
  "wellbeing_county",
  /** työvoimaviranomainen */
  "employment_authority",
  "kela",
  /** yhdistys, kyläyhdistys */
  "association",
  /** seurakunta */
  "parish",
  "company",
  "service_provider",
] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];
