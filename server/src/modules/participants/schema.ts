import { sql } from "drizzle-orm";
import { check, date, foreignKey, index, jsonb, pgTable, text, unique, uuid } from "drizzle-orm/pg-core";
import { oneOf } from "../../db/checks";
import { createdAt, id, regionId, updatedAt, version } from "../../db/columns";
import type { FunderEntryData } from "../funder/schema";
import { organisations } from "../organisations/schema";
import { regions } from "../regions/schema";
import { users } from "../users/schema";

/** Why a consent is given (suostumuksen käyttötarkoitus). */
export const CONSENT_PURPOSES = [
  /** the pathway work itself */
  "pathway",
  /** sharing with one named organisation, limited to scopes */
  "sharing",
  "funder_reporting",
  /** contact about small jobs and events */
  "contact",
] as const;
export type ConsentPurpose = (typeof CONSENT_PURPOSES)[number];

/** What a sharing consent opens to the other organisation. */
export const SHARING_SCOPES = ["basic", "plan", "assessments", "notes"] as const;
export type SharingScope = (typeof SHARING_SCOPES)[number];

export const CONSENT_METHODS = ["signed_paper", "in_person", "electronic"] as const;
export type ConsentMethod = (typeof CONSENT_METHODS)[number];

/**
 * A participant (asiakas, osallistuja). The registering organisation keeps the record; others see it
 * only through a sharing consent in force.
 */
export const participants = pgTable(
  "participants",
  {
    id: id(),
    regionId: regionId().references(() => regions.id),
    firstName: text("first_name").notNull(),
    lastName: text("last_name").notNull(),
    birthDate: date("birth_date", { mode: "string" }).notNull(),
    /** Henkilötunnus, upper case. Sensitive: searchable by exact match, never in lists, logs or the audit trail. */
    identityCode: text("identity_code"),
    phone: text("phone"),
    /** Digits only, for search. */
    phoneDigits: text("phone_digits"),
    email: text("email"),
    address: text("address"),
    postalCode: text("postal_code"),
    municipality: text("municipality"),
    /** Village or district (kylä, kaupunginosa). */
    village: text("village"),
    languages: text("languages").array().notNull().default(sql`'{}'::text[]`),
    /** Language Polku speaks to them in. */
    preferredLanguage: text("preferred_language").notNull().default("fi"),
    /** Lower-cased "last first", for prefix search (first-name-first search uses an expression index). */
    searchName: text("search_name").notNull(),
    /** Lower-cased "first last", kept by the database, for first-name-first prefix search. */
    searchNameFirst: text("search_name_first").generatedAlwaysAs(sql`lower(first_name || ' ' || last_name)`),
    /** Entry data asked by the funder (ESF), as known at registration. */
    entryData: jsonb("entry_data").$type<FunderEntryData>().notNull().default(sql`'{}'::jsonb`),
    /** The registering organisation, which keeps the record (rekisterinpitäjä within the network). */
    organisationId: uuid("organisation_id").notNull(),
    /** The participant's own sign-in, once they have one. */
    userId: uuid("user_id"),
    createdBy: uuid("created_by"),
    version: version(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    unique("participants_region_id_id_key").on(t.regionId, t.id),
    unique("participants_identity_code_key").on(t.regionId, t.identityCode),
    unique("participants_user_key").on(t.regionId, t.userId),
    foreignKey({
      columns: [t.regionId, t.organisationId],
      foreignColumns: [organisations.regionId, organisations.id],
    }),
    foreignKey({ columns: [t.regionId, t.userId], foreignColumns: [users.regionId, users.id] }),
    index("participants_search_name_idx").on(t.regionId, sql`${t.searchName} text_pattern_ops`),
    index("participants_search_name_first_idx").on(t.regionId, sql`${t.searchNameFirst} text_pattern_ops`),
    index("participants_phone_idx").on(t.regionId, t.phoneDigits),
    index("participants_birth_idx").on(t.regionId, t.birthDate),
    index("participants_org_idx").on(t.regionId, t.organisationId),
    check(
      "participants_name_check",
      sql`length(trim(${t.firstName})) between 1 and 100 and length(trim(${t.lastName})) between 1 and 100`,
    ),
    check(
      "participants_identity_code_check",
      sql`${t.identityCode} is null or ${t.identityCode} ~ '^[0-9]{6}[-+A-FU-Y][0-9]{3}[0-9A-Y]$'`,
    ),
    check("participants_language_check", oneOf(t.preferredLanguage, ["fi", "sv", "en"])),
  ],
);

/**
 * A consent (suostumus), by purpose. Sharing consents name the organisation and the scopes. Withdrawal
 * is recorded on the row; the row is never deleted.
 */
export const consents = pgTable(
  "consents",
  {
    id: id(),
    regionId: regionId().references(() => regions.id),
    participantId: uuid("participant_id").notNull(),
    purpose: text("purpose", { enum: CONSENT_PURPOSES }).notNull(),
    /** For sharing: the organisation that may see. */
    organisationId: uuid("organisation_id"),
    scopes: text("scopes").array().notNull().default(sql`'{}'::text[]`),
    givenOn: date("given_on", { mode: "string" }).notNull(),
    method: text("method", { enum: CONSENT_METHODS }).notNull(),
    recordedBy: uuid("recorded_by"),
    withdrawnOn: date("withdrawn_on", { mode: "string" }),
    withdrawnBy: uuid("withdrawn_by"),
    withdrawalNote: text("withdrawal_note"),
    version: version(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    unique("consents_region_id_id_key").on(t.regionId, t.id),
    foreignKey({
      columns: [t.regionId, t.participantId],
      foreignColumns: [participants.regionId, participants.id],
    }),
    foreignKey({
      columns: [t.regionId, t.organisationId],
      foreignColumns: [organisations.regionId, organisations.id],
    }),
    index("consents_participant_idx").on(t.regionId, t.participantId),
    index("consents_sharing_idx")
      .on(t.regionId, t.organisationId, t.participantId)
      .where(sql`${t.purpose} = 'sharing' and ${t.withdrawnOn} is null`),
    check("consents_purpose_check", oneOf(t.purpose, CONSENT_PURPOSES)),
    check("consents_method_check", oneOf(t.method, CONSENT_METHODS)),
    check(
      "consents_sharing_check",
      sql`(${t.purpose} = 'sharing') = (${t.organisationId} is not null) and (${t.purpose} = 'sharing' or cardinality(${t.scopes}) = 0)`,
    ),
    check("consents_scopes_check", sql`${t.scopes} <@ array['basic','plan','assessments','notes']::text[]`),
    check("consents_withdrawal_check", sql`${t.withdrawnOn} is null or ${t.withdrawnOn} >= ${t.givenOn}`),
  ],
);
