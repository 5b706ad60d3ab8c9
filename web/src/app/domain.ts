import type { Language, OrganisationKind, OutboxStatus, Role, UserStatus } from "./types";

// Value lists for selects and filters. `satisfies Record<…>` makes the compiler insist that
// every member of each union is listed, so a new role or kind cannot be forgotten here.

const roleOrder = {
  administrator: 1,
  project_manager: 2,
  coach: 3,
  partner_worker: 4,
  association_contact: 5,
  participant: 6,
} as const satisfies Record<Role, number>;
export const ROLES = Object.keys(roleOrder) as Role[];

const kindOrder = {
  municipality: 1,
  wellbeing_county: 2,
  employment_authority: 3,
  kela: 4,
  association: 5,
  parish: 6,
  company: 7,
  service_provider: 8,
} as const satisfies Record<OrganisationKind, number>;
export const ORGANISATION_KINDS = Object.keys(kindOrder) as OrganisationKind[];

/** Each language written in itself, as language switches conventionally show them. */
export const LANGUAGE_NAMES = {
  fi: "Suomi",
  sv: "Svenska",
  en: "English",
} as const satisfies Record<Language, string>;
export const LANGUAGES = Object.keys(LANGUAGE_NAMES) as Language[];

const statusOrder = { invited: 1, active: 2, deactivated: 3 } as const satisfies Record<UserStatus, number>;
export const USER_STATUSES = Object.keys(statusOrder) as UserStatus[];

const outboxOrder = { pending: 1, sent: 2, failed: 3, not_configured: 4 } as const satisfies Record<
  OutboxStatus,
  number
>;
export const OUTBOX_STATUSES = Object.keys(outboxOrder) as OutboxStatus[];

export function isLanguage(value: unknown): value is Language {
  return value === "fi" || value === "sv" || value === "en";
}

export function isRole(value: unknown): value is Role {
  return typeof value === "string" && value in roleOrder;
}

export function isOrganisationKind(value: unknown): value is OrganisationKind {
  return typeof value === "string" && value in kindOrder;
}

export function isUserStatus(value: unknown): value is UserStatus {
  return typeof value === "string" && value in statusOrder;
}
