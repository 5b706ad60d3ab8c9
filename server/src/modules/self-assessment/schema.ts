import { sql } from "drizzle-orm";
import {
  boolean,
  check,
  date,
  foreignKey,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  unique,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { oneOf } from "../../db/checks";
import { createdAt, id, regionId, updatedAt, version } from "../../db/columns";
import { organisations } from "../organisations/schema";
import { participants } from "../participants/schema";
import { regions } from "../regions/schema";
import { users } from "../users/schema";

/**
 * The languages an instrument is written in: the three of the UI and plain Finnish (selkokieli), which
 * a participant may choose for the questions.
 */
export const INSTRUMENT_LANGUAGES = ["fi", "sv", "en", "plain"] as const;
export type InstrumentLanguage = (typeof INSTRUMENT_LANGUAGES)[number];

/** A text in every instrument language. */
export type InstrumentText = Record<InstrumentLanguage, string>;

/** What one dimension asks, in one language: the question, an explanation, and the words at 0 and 10. */
export interface DimensionWording {
  question: string;
  explanation: string;
  /** What 0 means. */
  low: string;
  /** What 10 means. */
  high: string;
}
export type DimensionTexts = Record<InstrumentLanguage, DimensionWording>;

export const INSTRUMENT_VERSION_STATUSES = ["draft", "published", "retired"] as const;
export type InstrumentVersionStatus = (typeof INSTRUMENT_VERSION_STATUSES)[number];

/** How an answer was taken. */
export const ANSWER_MODES = [
  /** The participant alone, signed in on their own device. */
  "self",
  /** The participant with the coach beside them, on the coach's device. */
  "with_coach",
  /** Scores taken with an external tool (e.g. Kykyviisari) and recorded by a coach. */
  "external",
] as const;
export type AnswerMode = (typeof ANSWER_MODES)[number];

export const ANSWER_STATUSES = ["draft", "submitted"] as const;
export type AnswerStatus = (typeof ANSWER_STATUSES)[number];

/**
 * A self-assessment instrument (itsearviointimittari), per region. Its wording lives in versions: a
 * published version is never changed, so old answers keep the meaning they were given under.
 */
export const instruments = pgTable(
  "instruments",
  {
    id: id(),
    regionId: regionId().references(() => regions.id),
    /** Stable name for code and exports, e.g. "polku-work-ability". */
    key: text("key").notNull(),
    name: jsonb("name").$type<InstrumentText>().notNull(),
    description: jsonb("description").$type<InstrumentText>().notNull(),
    /** Answers are no longer started with an archived instrument; old answers stay. */
    archivedAt: timestamp("archived_at", { withTimezone: true, mode: "string" }),
    version: version(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    unique("instruments_region_id_id_key").on(t.regionId, t.id),
    unique("instruments_key_key").on(t.regionId, t.key),
  ],
);

/**
 * One version of an instrument's dimensions. At most one draft (being edited) and one published (used
 * for new answers) at a time; publishing a new version retires the previous one.
 */
export const instrumentVersions = pgTable(
  "instrument_versions",
  {
    id: id(),
    regionId: regionId().references(() => regions.id),
    instrumentId: uuid("instrument_id").notNull(),
    number: integer("number").notNull(),
    status: text("status", { enum: INSTRUMENT_VERSION_STATUSES }).notNull().default("draft"),
    publishedAt: timestamp("published_at", { withTimezone: true, mode: "string" }),
    publishedBy: uuid("published_by"),
    version: version(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    unique("instrument_versions_region_id_id_key").on(t.regionId, t.id),
    unique("instrument_versions_number_key").on(t.instrumentId, t.number),
    foreignKey({
      columns: [t.regionId, t.instrumentId],
      foreignColumns: [instruments.regionId, instruments.id],
    }),
    uniqueIndex("instrument_versions_one_draft_key").on(t.instrumentId).where(sql`${t.status} = 'draft'`),
    uniqueIndex("instrument_versions_one_published_key")
      .on(t.instrumentId)
      .where(sql`${t.status} = 'published'`),
    check("instrument_versions_status_check", oneOf(t.status, INSTRUMENT_VERSION_STATUSES)),
    check("instrument_versions_published_check", sql`(${t.status} = 'draft') = (${t.publishedAt} is null)`),
  ],
);

/**
 * A dimension of an instrument version, answered on a 0–10 scale. The key carries the meaning across
 * versions ("everyday_life"): answers are compared over time by key, so a new version keeps a key only
 * when the dimension still asks the same thing.
 */
export const instrumentDimensions = pgTable(
  "instrument_dimensions",
  {
    id: id(),
    regionId: regionId().references(() => regions.id),
    instrumentVersionId: uuid("instrument_version_id").notNull(),
    key: text("key").notNull(),
    position: smallint("position").notNull(),
    texts: jsonb("texts").$type<DimensionTexts>().notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    unique("instrument_dimensions_region_id_id_key").on(t.regionId, t.id),
    unique("instrument_dimensions_key_key").on(t.instrumentVersionId, t.key),
    foreignKey({
      columns: [t.regionId, t.instrumentVersionId],
      foreignColumns: [instrumentVersions.regionId, instrumentVersions.id],
    }).onDelete("cascade"),
    check("instrument_dimensions_key_check", sql`${t.key} ~ '^[a-z][a-z0-9_]{0,39}$'`),
  ],
);

/**
 * One answering of an instrument by a participant (itsearvio). A draft keeps its scores in
 * `draftScores` so a half-finished answer survives a lost connection; submitting writes the scores to
 * `self_assessment_scores`, which is what charts and cohort reports read.
 */
export const selfAssessments = pgTable(
  "self_assessments",
  {
    id: id(),
    regionId: regionId().references(() => regions.id),
    participantId: uuid("participant_id").notNull(),
    instrumentId: uuid("instrument_id").notNull(),
    instrumentVersionId: uuid("instrument_version_id").notNull(),
    mode: text("mode", { enum: ANSWER_MODES }).notNull(),
    /** The external tool's name, e.g. "Kykyviisari"; only for mode external. */
    externalTool: text("external_tool"),
    /** The day the answers were given. */
    answeredOn: date("answered_on", { mode: "string" }).notNull(),
    status: text("status", { enum: ANSWER_STATUSES }).notNull().default("draft"),
    /** Scores of a draft by dimension key; null = skipped. Emptied on submit. */
    draftScores: jsonb("draft_scores")
      .$type<Record<string, number | null>>()
      .notNull()
      .default(sql`'{}'::jsonb`),
    /** Language the questions were shown in. */
    language: text("language", { enum: INSTRUMENT_LANGUAGES }).notNull().default("fi"),
    startedBy: uuid("started_by").notNull(),
    /** The organisation of the staff member who recorded it; none when the participant answered alone. */
    organisationId: uuid("organisation_id"),
    submittedAt: timestamp("submitted_at", { withTimezone: true, mode: "string" }),
    version: version(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    unique("self_assessments_region_id_id_key").on(t.regionId, t.id),
    foreignKey({
      columns: [t.regionId, t.participantId],
      foreignColumns: [participants.regionId, participants.id],
    }),
    foreignKey({
      columns: [t.regionId, t.instrumentVersionId],
      foreignColumns: [instrumentVersions.regionId, instrumentVersions.id],
    }),
    foreignKey({
      columns: [t.regionId, t.instrumentId],
      foreignColumns: [instruments.regionId, instruments.id],
    }),
    foreignKey({ columns: [t.regionId, t.startedBy], foreignColumns: [users.regionId, users.id] }),
    foreignKey({
      columns: [t.regionId, t.organisationId],
      foreignColumns: [organisations.regionId, organisations.id],
    }),
    index("self_assessments_participant_idx").on(t.regionId, t.participantId, t.answeredOn),
    /** One unfinished answer per participant and instrument: opening the form again continues it. */
    uniqueIndex("self_assessments_one_draft_key")
      .on(t.participantId, t.instrumentId)
      .where(sql`${t.status} = 'draft'`),
    check("self_assessments_mode_check", oneOf(t.mode, ANSWER_MODES)),
    check("self_assessments_status_check", oneOf(t.status, ANSWER_STATUSES)),
    check("self_assessments_language_check", oneOf(t.language, INSTRUMENT_LANGUAGES)),
    check(
      "self_assessments_external_check",
      sql`(${t.mode} = 'external') = (${t.externalTool} is not null and length(trim(${t.externalTool})) > 0)`,
    ),
    check(
      "self_assessments_submitted_check",
      sql`(${t.status} = 'submitted') = (${t.submittedAt} is not null)`,
    ),
  ],
);

/**
 * Submitted scores, one row per answered (or skipped) dimension. Participant, instrument, key and day
 * are copied from the answer so charts and cohort statistics read this table alone.
 */
export const selfAssessmentScores = pgTable(
  "self_assessment_scores",
  {
    regionId: regionId().references(() => regions.id),
    selfAssessmentId: uuid("self_assessment_id").notNull(),
    dimensionId: uuid("dimension_id").notNull(),
    participantId: uuid("participant_id").notNull(),
    instrumentId: uuid("instrument_id").notNull(),
    dimensionKey: text("dimension_key").notNull(),
    answeredOn: date("answered_on", { mode: "string" }).notNull(),
    /** 0–10; null when the participant skipped the question. */
    score: smallint("score"),
  },
  (t) => [
    primaryKey({ columns: [t.selfAssessmentId, t.dimensionId] }),
    foreignKey({
      columns: [t.regionId, t.selfAssessmentId],
      foreignColumns: [selfAssessments.regionId, selfAssessments.id],
    }),
    foreignKey({
      columns: [t.regionId, t.dimensionId],
      foreignColumns: [instrumentDimensions.regionId, instrumentDimensions.id],
    }),
    index("self_assessment_scores_participant_idx").on(
      t.regionId,
      t.participantId,
      t.instrumentId,
      t.dimensionKey,
      t.answeredOn,
    ),
    /** Migration 0011 adds INCLUDE (participant_id, answered_on, score): the cohort report scans it index-only. */
    index("self_assessment_scores_instrument_idx").on(t.regionId, t.instrumentId, t.dimensionKey),
    check("self_assessment_scores_score_check", sql`${t.score} is null or ${t.score} between 0 and 10`),
  ],
);

/**
 * A coach's reminder to repeat an instrument with a participant every so many months. The due date
 * moves forward when an answer is submitted; the caseload shows the due ones.
 */
export const assessmentReminders = pgTable(
  "assessment_reminders",
  {
    id: id(),
    regionId: regionId().references(() => regions.id),
    participantId: uuid("participant_id").notNull(),
    instrumentId: uuid("instrument_id").notNull(),
    intervalMonths: smallint("interval_months").notNull(),
    nextDue: date("next_due", { mode: "string" }).notNull(),
    active: boolean("active").notNull().default(true),
    setBy: uuid("set_by").notNull(),
    version: version(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    unique("assessment_reminders_region_id_id_key").on(t.regionId, t.id),
    unique("assessment_reminders_participant_key").on(t.regionId, t.participantId, t.instrumentId),
    foreignKey({
      columns: [t.regionId, t.participantId],
      foreignColumns: [participants.regionId, participants.id],
    }),
    foreignKey({
      columns: [t.regionId, t.instrumentId],
      foreignColumns: [instruments.regionId, instruments.id],
    }),
    index("assessment_reminders_due_idx").on(t.regionId, t.nextDue).where(sql`${t.active}`),
    check("assessment_reminders_interval_check", sql`${t.intervalMonths} between 1 and 24`),
  ],
);
