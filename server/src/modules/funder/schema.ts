import { boolean, check, integer, jsonb, pgTable, text, unique } from "drizzle-orm/pg-core";
import { type Static, Type } from "typebox";
import { oneOf } from "../../db/checks";
import { id } from "../../db/columns";
import { StringEnum } from "../../http/typebox";
import { PROGRAMME_PERIODS } from "../projects/schema";

/** What the funder asks of a participant at entry (ESF / ESF+ participant data). Every field may be unknown. */
export const GENDERS = ["female", "male", "non_binary"] as const;
export const LABOUR_MARKET_STATUSES = [
  "unemployed",
  "inactive_in_education",
  "inactive_not_in_education",
  "employed",
  "self_employed",
] as const;
export const YES_NO_DECLINED = ["yes", "no", "declined"] as const;
export const HOUSEHOLD_SITUATIONS = [
  "jobless_with_children",
  "jobless_without_children",
  "single_adult_with_children",
  "other",
] as const;

export const FunderEntryData = Type.Object(
  {
    gender: Type.Optional(StringEnum(GENDERS)),
    labourMarketStatus: Type.Optional(StringEnum(LABOUR_MARKET_STATUSES)),
    /** Months of unemployment before entry; long-term means 12 or more (6 or more under 25). */
    unemploymentMonths: Type.Optional(Type.Integer({ minimum: 0, maximum: 600 })),
    /** Highest completed education as ISCED 2011 level 0–8. */
    educationIsced: Type.Optional(Type.Integer({ minimum: 0, maximum: 8 })),
    foreignBackground: Type.Optional(StringEnum(YES_NO_DECLINED)),
    thirdCountryNational: Type.Optional(StringEnum(YES_NO_DECLINED)),
    minority: Type.Optional(StringEnum(YES_NO_DECLINED)),
    disability: Type.Optional(StringEnum(YES_NO_DECLINED)),
    household: Type.Optional(StringEnum(HOUSEHOLD_SITUATIONS)),
    homeless: Type.Optional(Type.Boolean()),
    rural: Type.Optional(Type.Boolean()),
    otherDisadvantage: Type.Optional(StringEnum(YES_NO_DECLINED)),
  },
  { additionalProperties: false },
);
export type FunderEntryData = Static<typeof FunderEntryData>;

export const EXIT_SITUATIONS = [
  "employed",
  "self_employed",
  "job_searching",
  "in_education",
  "inactive",
] as const;

/** What the funder asks at exit (tulokset poistuessa). */
export const FunderExitData = Type.Object(
  {
    situation: Type.Optional(StringEnum(EXIT_SITUATIONS)),
    inEducationOrTraining: Type.Optional(Type.Boolean()),
    gainedQualification: Type.Optional(Type.Boolean()),
    jobSearching: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false },
);
export type FunderExitData = Static<typeof FunderExitData>;

/** What the funder asks six months after exit. */
export const FunderFollowUpData = Type.Object(
  {
    employed: Type.Optional(Type.Boolean()),
    selfEmployed: Type.Optional(Type.Boolean()),
    improvedSituation: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false },
);
export type FunderFollowUpData = Static<typeof FunderFollowUpData>;

export const INDICATOR_PHASES = ["entry", "exit", "six_months"] as const;
export type IndicatorPhase = (typeof INDICATOR_PHASES)[number];

/**
 * The funder's indicator definitions, per programme period (data, not code: a new period is rows).
 * `fields` names what the period asks in this phase and the values it accepts; `criteria` says who counts.
 */
export const programmePeriodFields = pgTable(
  "programme_period_fields",
  {
    id: id(),
    programmePeriod: text("programme_period").notNull(),
    phase: text("phase").notNull(),
    field: text("field").notNull(),
    /** Accepted values, or null for any value the schema allows. */
    allowedValues: jsonb("allowed_values"),
    required: boolean("required").notNull().default(true),
    /** Required only when another field has a value, e.g. unemployment months when unemployed: {"labourMarketStatus": ["unemployed"]}. */
    requiredWhen: jsonb("required_when"),
    position: integer("position").notNull().default(0),
  },
  (t) => [
    unique("programme_period_fields_key").on(t.programmePeriod, t.phase, t.field),
    check("programme_period_fields_period_check", oneOf(t.programmePeriod, PROGRAMME_PERIODS)),
    check("programme_period_fields_phase_check", oneOf(t.phase, INDICATOR_PHASES)),
  ],
);

export const indicatorDefinitions = pgTable(
  "indicator_definitions",
  {
    id: id(),
    programmePeriod: text("programme_period").notNull(),
    phase: text("phase").notNull(),
    code: text("code").notNull(),
    nameFi: text("name_fi").notNull(),
    nameSv: text("name_sv").notNull(),
    nameEn: text("name_en").notNull(),
    /** Who counts: {"all": [...]}, {"any": [...]}, {"field": "x", "in": [...]}, {"field": "age", "lt": 25} … */
    criteria: jsonb("criteria").notNull(),
    /** False where domain.md marks the code UNVERIFIED: the UI says so. */
    verified: boolean("verified").notNull().default(false),
    /** Reported by gender. */
    byGender: boolean("by_gender").notNull().default(true),
    position: integer("position").notNull().default(0),
  },
  (t) => [
    unique("indicator_definitions_key").on(t.programmePeriod, t.phase, t.code),
    check("indicator_definitions_period_check", oneOf(t.programmePeriod, PROGRAMME_PERIODS)),
    check("indicator_definitions_phase_check", oneOf(t.phase, INDICATOR_PHASES)),
  ],
);

export const FunderCompleteness = Type.Object({
  programmePeriod: StringEnum(PROGRAMME_PERIODS),
  phase: StringEnum(INDICATOR_PHASES),
  /** Fields the period asks that are not yet answered. */
  missing: Type.Array(Type.String()),
  /** Fields whose value the period does not accept (e.g. non-binary gender in 2014–2020). */
  invalid: Type.Array(Type.Object({ field: Type.String(), value: Type.Unknown() })),
  /** Indicators the participant counts for. */
  indicators: Type.Array(Type.Object({ code: Type.String(), name: Type.String(), verified: Type.Boolean() })),
});
export type FunderCompleteness = Static<typeof FunderCompleteness>;
