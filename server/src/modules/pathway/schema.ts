import { sql } from "drizzle-orm";
import {
  boolean,
  check,
  date,
  foreignKey,
  index,
  jsonb,
  numeric,
  pgTable,
  smallint,
  text,
  timestamp,
  unique,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { oneOf } from "../../db/checks";
import { createdAt, id, regionId, updatedAt, version } from "../../db/columns";
import type { FunderEntryData, FunderExitData, FunderFollowUpData } from "../funder/schema";
import { organisations } from "../organisations/schema";
import { participants } from "../participants/schema";
import { projects } from "../projects/schema";
import { regions } from "../regions/schema";
import { users } from "../users/schema";

/** How a participation ends (poistumisen syy / tilanne poistuessa). */
export const OUTCOMES = [
  "employed_open_market",
  "subsidised_work",
  "self_employed",
  "education",
  "rehabilitation",
  "pension",
  "other_service",
  "moved_away",
  "unknown",
] as const;
export type Outcome = (typeof OUTCOMES)[number];

/** Barrier areas of the initial assessment (alkukartoitus). */
export const BARRIER_AREAS = [
  "health",
  "housing",
  "finances",
  "skills",
  "language",
  "social_network",
] as const;
export type BarrierArea = (typeof BARRIER_AREAS)[number];

/** Typed pathway steps (polun askeleet). */
export const STEP_KINDS = [
  "association_activity",
  "part_time_work",
  /** kuntouttava työtoiminta (Act 189/2001) */
  "rehabilitative_work",
  /** työkokeilu */
  "work_trial",
  /** palkkatukityö */
  "wage_subsidy",
  "education",
  /** työ- ja toimintakyvyn arviointi */
  "work_ability_assessment",
  /** hanttihommat */
  "small_jobs",
  "group",
  "other_service",
] as const;
export type StepKind = (typeof STEP_KINDS)[number];

export const STEP_STATUSES = ["planned", "ongoing", "completed", "interrupted"] as const;
export type StepStatus = (typeof STEP_STATUSES)[number];

/** The five low-threshold stages of the Vaasa model (Osallisuuden askeleet). */
export const STAGES = [
  "reached",
  "life_management",
  "resources_and_goals",
  "guided_onward",
  "network",
] as const;
export type Stage = (typeof STAGES)[number];

export const GOAL_STATUSES = ["open", "in_progress", "achieved", "dropped"] as const;
export type GoalStatus = (typeof GOAL_STATUSES)[number];

export const CONTACT_KINDS = ["in_person", "phone", "outreach", "group", "online", "note"] as const;
export type ContactKind = (typeof CONTACT_KINDS)[number];

/** Enrolment in a project (hankkeeseen osallistuminen): entry, the personal coach, exit and follow-up. */
export const enrolments = pgTable(
  "enrolments",
  {
    id: id(),
    regionId: regionId().references(() => regions.id),
    participantId: uuid("participant_id").notNull(),
    projectId: uuid("project_id").notNull(),
    /** oma valmentaja */
    coachId: uuid("coach_id").notNull(),
    entryDate: date("entry_date", { mode: "string" }).notNull(),
    /** The funder's entry data as it stood on the entry date. */
    entryData: jsonb("entry_data").$type<FunderEntryData>().notNull().default(sql`'{}'::jsonb`),
    exitDate: date("exit_date", { mode: "string" }),
    outcome: text("outcome", { enum: OUTCOMES }),
    exitData: jsonb("exit_data").$type<FunderExitData>(),
    followUpDue: date("follow_up_due", { mode: "string" }),
    followUpOn: date("follow_up_on", { mode: "string" }),
    followUpData: jsonb("follow_up_data").$type<FunderFollowUpData>(),
    version: version(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    unique("enrolments_region_id_id_key").on(t.regionId, t.id),
    foreignKey({
      columns: [t.regionId, t.participantId],
      foreignColumns: [participants.regionId, participants.id],
    }),
    foreignKey({ columns: [t.regionId, t.projectId], foreignColumns: [projects.regionId, projects.id] }),
    foreignKey({ columns: [t.regionId, t.coachId], foreignColumns: [users.regionId, users.id] }),
    uniqueIndex("enrolments_open_key").on(t.participantId, t.projectId).where(sql`${t.exitDate} is null`),
    index("enrolments_coach_idx").on(t.regionId, t.coachId).where(sql`${t.exitDate} is null`),
    /** The caseload's exited participants whose six-month follow-up is still to be recorded. */
    index("enrolments_coach_follow_up_idx")
      .on(t.regionId, t.coachId, t.followUpDue)
      .where(sql`${t.exitDate} is not null and ${t.followUpOn} is null`),
    index("enrolments_participant_idx").on(t.regionId, t.participantId),
    index("enrolments_follow_up_idx")
      .on(t.followUpDue)
      .where(sql`${t.followUpOn} is null and ${t.followUpDue} is not null`),
    check("enrolments_outcome_check", sql`${t.outcome} is null or ${oneOf(t.outcome, OUTCOMES)}`),
    check(
      "enrolments_exit_check",
      sql`(${t.exitDate} is null) = (${t.outcome} is null) and (${t.exitDate} is null or ${t.exitDate} >= ${t.entryDate})`,
    ),
    check("enrolments_follow_up_check", sql`${t.followUpOn} is null or ${t.exitDate} is not null`),
  ],
);

/** Initial and later assessments (alkukartoitus). Texts are sensitive: redacted in the audit trail. */
export const assessments = pgTable(
  "assessments",
  {
    id: id(),
    regionId: regionId().references(() => regions.id),
    participantId: uuid("participant_id").notNull(),
    assessedOn: date("assessed_on", { mode: "string" }).notNull(),
    situation: text("situation").notNull().default(""),
    strengths: text("strengths").notNull().default(""),
    wishes: text("wishes").notNull().default(""),
    /** Per area: { level: 0–3 (none, some, considerable, severe), note }. */
    barriers: jsonb("barriers")
      .$type<Partial<Record<BarrierArea, { level: number; note: string }>>>()
      .notNull(),
    organisationId: uuid("organisation_id").notNull(),
    authorId: uuid("author_id").notNull(),
    version: version(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    unique("assessments_region_id_id_key").on(t.regionId, t.id),
    foreignKey({
      columns: [t.regionId, t.participantId],
      foreignColumns: [participants.regionId, participants.id],
    }),
    foreignKey({
      columns: [t.regionId, t.organisationId],
      foreignColumns: [organisations.regionId, organisations.id],
    }),
    index("assessments_participant_idx").on(t.regionId, t.participantId),
  ],
);

/** The plan (suunnitelma): one per participant, saved whole with its goals under one version. */
export const plans = pgTable(
  "plans",
  {
    id: id(),
    regionId: regionId().references(() => regions.id),
    participantId: uuid("participant_id").notNull(),
    summary: text("summary").notNull().default(""),
    agreedOn: date("agreed_on", { mode: "string" }),
    nextReviewOn: date("next_review_on", { mode: "string" }),
    updatedBy: uuid("updated_by"),
    version: version(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    unique("plans_region_id_id_key").on(t.regionId, t.id),
    unique("plans_participant_key").on(t.regionId, t.participantId),
    foreignKey({
      columns: [t.regionId, t.participantId],
      foreignColumns: [participants.regionId, participants.id],
    }),
  ],
);

export const goals = pgTable(
  "goals",
  {
    id: id(),
    regionId: regionId().references(() => regions.id),
    planId: uuid("plan_id").notNull(),
    title: text("title").notNull(),
    description: text("description").notNull().default(""),
    targetDate: date("target_date", { mode: "string" }),
    status: text("status", { enum: GOAL_STATUSES }).notNull().default("open"),
    position: smallint("position").notNull().default(0),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    unique("goals_region_id_id_key").on(t.regionId, t.id),
    foreignKey({ columns: [t.regionId, t.planId], foreignColumns: [plans.regionId, plans.id] }).onDelete(
      "cascade",
    ),
    index("goals_plan_idx").on(t.regionId, t.planId),
    check("goals_status_check", oneOf(t.status, GOAL_STATUSES)),
    check("goals_title_check", sql`length(trim(${t.title})) between 1 and 300`),
  ],
);

/** A review of a goal (tavoitteen arviointi): append-only. */
export const goalReviews = pgTable(
  "goal_reviews",
  {
    id: id(),
    regionId: regionId().references(() => regions.id),
    goalId: uuid("goal_id").notNull(),
    reviewedOn: date("reviewed_on", { mode: "string" }).notNull(),
    status: text("status", { enum: GOAL_STATUSES }).notNull(),
    note: text("note").notNull().default(""),
    authorId: uuid("author_id").notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    foreignKey({ columns: [t.regionId, t.goalId], foreignColumns: [goals.regionId, goals.id] }).onDelete(
      "cascade",
    ),
    index("goal_reviews_goal_idx").on(t.regionId, t.goalId),
    check("goal_reviews_status_check", oneOf(t.status, GOAL_STATUSES)),
  ],
);

/** A pathway step (askel). */
export const steps = pgTable(
  "steps",
  {
    id: id(),
    regionId: regionId().references(() => regions.id),
    participantId: uuid("participant_id").notNull(),
    kind: text("kind", { enum: STEP_KINDS }).notNull(),
    title: text("title").notNull().default(""),
    /** The organisation in the network that provides it, if it is one. */
    providerOrganisationId: uuid("provider_organisation_id"),
    /** The provider or host by name (a workplace outside the network), used for the same-host rules. */
    providerName: text("provider_name"),
    startsOn: date("starts_on", { mode: "string" }).notNull(),
    endsOn: date("ends_on", { mode: "string" }),
    daysPerWeek: numeric("days_per_week", { precision: 3, scale: 1 }),
    hoursPerDay: numeric("hours_per_day", { precision: 3, scale: 1 }),
    status: text("status", { enum: STEP_STATUSES }).notNull().default("planned"),
    interruptionReason: text("interruption_reason"),
    authorId: uuid("author_id").notNull(),
    organisationId: uuid("organisation_id").notNull(),
    version: version(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    unique("steps_region_id_id_key").on(t.regionId, t.id),
    foreignKey({
      columns: [t.regionId, t.participantId],
      foreignColumns: [participants.regionId, participants.id],
    }),
    foreignKey({
      columns: [t.regionId, t.providerOrganisationId],
      foreignColumns: [organisations.regionId, organisations.id],
    }),
    index("steps_participant_idx").on(t.regionId, t.participantId, t.startsOn),
    check("steps_kind_check", oneOf(t.kind, STEP_KINDS)),
    check("steps_status_check", oneOf(t.status, STEP_STATUSES)),
    check("steps_dates_check", sql`${t.endsOn} is null or ${t.endsOn} >= ${t.startsOn}`),
    check("steps_days_check", sql`${t.daysPerWeek} is null or ${t.daysPerWeek} between 0.5 and 7`),
    check("steps_hours_check", sql`${t.hoursPerDay} is null or ${t.hoursPerDay} between 0.5 and 24`),
    check(
      "steps_interruption_check",
      sql`(${t.status} = 'interrupted') = (${t.interruptionReason} is not null and length(trim(${t.interruptionReason})) > 0)`,
    ),
  ],
);

/** Stage changes in the Vaasa model: append-only; the latest is the current stage. */
export const stageChanges = pgTable(
  "stage_changes",
  {
    id: id(),
    regionId: regionId().references(() => regions.id),
    participantId: uuid("participant_id").notNull(),
    stage: text("stage", { enum: STAGES }).notNull(),
    changedOn: date("changed_on", { mode: "string" }).notNull(),
    note: text("note").notNull().default(""),
    authorId: uuid("author_id").notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    foreignKey({
      columns: [t.regionId, t.participantId],
      foreignColumns: [participants.regionId, participants.id],
    }),
    index("stage_changes_participant_idx").on(t.regionId, t.participantId, t.changedOn),
    check("stage_changes_stage_check", oneOf(t.stage, STAGES)),
  ],
);

/**
 * Meetings, contacts and notes (tapaamiset, yhteydenotot, muistiinpanot). The note stays with the
 * authoring organisation unless shared with the network (then only to organisations with a 'notes'
 * sharing consent) or with the participant.
 */
export const contacts = pgTable(
  "contacts",
  {
    id: id(),
    regionId: regionId().references(() => regions.id),
    participantId: uuid("participant_id").notNull(),
    kind: text("kind", { enum: CONTACT_KINDS }).notNull(),
    happenedAt: timestamp("happened_at", { withTimezone: true, mode: "string" }).notNull(),
    note: text("note").notNull().default(""),
    sharedWithNetwork: boolean("shared_with_network").notNull().default(false),
    sharedWithParticipant: boolean("shared_with_participant").notNull().default(false),
    organisationId: uuid("organisation_id").notNull(),
    authorId: uuid("author_id").notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    unique("contacts_region_id_id_key").on(t.regionId, t.id),
    foreignKey({
      columns: [t.regionId, t.participantId],
      foreignColumns: [participants.regionId, participants.id],
    }),
    foreignKey({
      columns: [t.regionId, t.organisationId],
      foreignColumns: [organisations.regionId, organisations.id],
    }),
    index("contacts_participant_idx").on(t.regionId, t.participantId, t.happenedAt),
    check("contacts_kind_check", oneOf(t.kind, CONTACT_KINDS)),
  ],
);

export const EVENT_KINDS = [
  "registered",
  "consent_given",
  "consent_withdrawn",
  "enrolled",
  "coach_changed",
  "assessment",
  "plan_saved",
  "goal_reviewed",
  "step_added",
  "step_changed",
  "stage_changed",
  "contact",
  "exited",
  "follow_up",
  /** A self-assessment was submitted (self-assessment module; scope assessments). */
  "self_assessment",
] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

/** Which sharing scope an event belongs to: a partner sees it only with that scope consented. */
export const EVENT_SCOPES = ["basic", "plan", "assessments", "notes"] as const;

/**
 * The pathway's append-only history (tapahtumat), from which the timeline is read. The summary holds
 * only non-sensitive facts (kinds, dates, statuses); texts stay in their own tables.
 */
export const pathwayEvents = pgTable(
  "pathway_events",
  {
    id: id(),
    regionId: regionId().references(() => regions.id),
    participantId: uuid("participant_id").notNull(),
    at: timestamp("at", { withTimezone: true, mode: "string" }).notNull(),
    kind: text("kind", { enum: EVENT_KINDS }).notNull(),
    scope: text("scope", { enum: EVENT_SCOPES }).notNull(),
    /** The row the event is about (step, contact, plan…). */
    refId: uuid("ref_id"),
    summary: jsonb("summary").$type<Record<string, unknown>>().notNull().default(sql`'{}'::jsonb`),
    organisationId: uuid("organisation_id"),
    actorId: uuid("actor_id"),
    /** For notes: shared beyond the authoring organisation. */
    sharedWithNetwork: boolean("shared_with_network").notNull().default(true),
    sharedWithParticipant: boolean("shared_with_participant").notNull().default(true),
    createdAt: createdAt(),
  },
  (t) => [
    foreignKey({
      columns: [t.regionId, t.participantId],
      foreignColumns: [participants.regionId, participants.id],
    }),
    index("pathway_events_participant_idx").on(t.regionId, t.participantId, t.at),
    check("pathway_events_kind_check", oneOf(t.kind, EVENT_KINDS)),
    check("pathway_events_scope_check", oneOf(t.scope, EVENT_SCOPES)),
  ],
);
