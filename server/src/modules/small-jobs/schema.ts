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
import { steps } from "../pathway/schema";
import { regions } from "../regions/schema";
import { users } from "../users/schema";

/**
 * Small jobs (pienet työt, hanttihommat): a village's undone work, job posts by associations, companies
 * and households, applications, the workers picked, their hours and pay, and the benefit rules that
 * say what the pay does to an unemployment benefit. Money is always integer cents; time is integer
 * minutes.
 */

/** What kind of work a job is, for filters and a seeker's interests. */
export const JOB_CATEGORIES = [
  "yard",
  "snow",
  "cleaning",
  "moving",
  "forest",
  "renovation",
  "events",
  "animals",
  "errands",
  "other",
] as const;
export type JobCategory = (typeof JOB_CATEGORIES)[number];

/** What a job may need of the worker; a seeker's profile says which of these they have. */
export const JOB_REQUIREMENTS = [
  "driving_licence",
  "own_car",
  "hygiene_passport",
  "own_tools",
  "work_clothes",
  "first_aid",
  "occupational_safety_card",
] as const;
export type JobRequirement = (typeof JOB_REQUIREMENTS)[number];

export const SEASONS = ["spring", "summer", "autumn", "winter", "all_year"] as const;
export type Season = (typeof SEASONS)[number];

/** draft → open → filled → done → paid, or cancelled (with a reason) from any state before paid. */
export const JOB_STATUSES = ["draft", "open", "filled", "done", "paid", "cancelled"] as const;
export type JobStatus = (typeof JOB_STATUSES)[number];

/** Who posted: the association itself, a company (signed in), or a household (by e-mail link). */
export const POSTER_KINDS = ["association", "company", "household"] as const;
export type PosterKind = (typeof POSTER_KINDS)[number];

/** The employer of record: the association (as intermediary) or the orderer. */
export const EMPLOYERS = ["association", "orderer"] as const;
export type Employer = (typeof EMPLOYERS)[number];

export const PAY_TYPES = ["hourly", "lump_sum"] as const;
export type PayType = (typeof PAY_TYPES)[number];

/**
 * applied (by the seeker) or proposed (by a coach, until the seeker applies) → accepted (picked) or
 * declined (not picked); withdrawn by the seeker at any point before the work is done.
 */
export const APPLICATION_STATUSES = ["proposed", "applied", "accepted", "declined", "withdrawn"] as const;
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];

/** How a benefit is adjusted: per calendar month or per 4 weeks (sovittelujakso). */
export const ADJUSTMENT_PERIODS = ["month", "four_weeks"] as const;
export type AdjustmentPeriod = (typeof ADJUSTMENT_PERIODS)[number];

/**
 * A benefit-adjustment rule with validity dates (domain.md, Earnings and benefits): a period is computed
 * under the rule in force on the day the period began. Administrators add a row when the law changes.
 */
export const benefitRules = pgTable(
  "benefit_rules",
  {
    id: id(),
    regionId: regionId().references(() => regions.id),
    /** Which benefit; today only the adjusted unemployment benefit (soviteltu työttömyysetuus). */
    benefit: text("benefit").notNull().default("unemployment_benefit"),
    validFrom: date("valid_from", { mode: "string" }).notNull(),
    validTo: date("valid_to", { mode: "string" }),
    /** Protected amount (suojaosa) per calendar month, cents; 0 when there is none. */
    protectedMonthCents: integer("protected_month_cents").notNull().default(0),
    /** Protected amount per 4-week period, cents. */
    protectedFourWeeksCents: integer("protected_four_weeks_cents").notNull().default(0),
    /** Share of the earnings above the protected amount by which the benefit falls, in per cent. */
    reductionPercent: smallint("reduction_percent").notNull(),
    nameFi: text("name_fi").notNull(),
    nameSv: text("name_sv").notNull(),
    nameEn: text("name_en").notNull(),
    legalReferenceFi: text("legal_reference_fi").notNull(),
    legalReferenceSv: text("legal_reference_sv").notNull(),
    legalReferenceEn: text("legal_reference_en").notNull(),
    version: version(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    unique("benefit_rules_region_id_id_key").on(t.regionId, t.id),
    index("benefit_rules_valid_idx").on(t.regionId, t.benefit, t.validFrom),
    check("benefit_rules_benefit_check", oneOf(t.benefit, ["unemployment_benefit"])),
    check("benefit_rules_dates_check", sql`${t.validTo} is null or ${t.validTo} >= ${t.validFrom}`),
    check(
      "benefit_rules_amounts_check",
      sql`${t.protectedMonthCents} >= 0 and ${t.protectedFourWeeksCents} >= 0 and ${t.reductionPercent} between 0 and 100`,
    ),
  ],
);

/**
 * A participant as a job seeker: what they have, what they would like to do, when they are free, how
 * their benefit is adjusted, and a personal monthly ceiling. Seeing jobs at all also needs the
 * participant's `contact` consent in force.
 */
export const seekerProfiles = pgTable(
  "seeker_profiles",
  {
    id: id(),
    regionId: regionId().references(() => regions.id),
    participantId: uuid("participant_id").notNull(),
    /** Looking for small jobs now. */
    active: boolean("active").notNull().default(true),
    has: text("has").array().notNull().default(sql`'{}'::text[]`),
    categories: text("categories").array().notNull().default(sql`'{}'::text[]`),
    /** ISO weekdays 1 (Mon) – 7 (Sun) they are free; empty means any day. */
    weekdays: smallint("weekdays").array().notNull().default(sql`'{}'::smallint[]`),
    /**
     * Village or district they look near. Saved as the participant's own when the profile names none
     * (profiles.ts; migration 0013 filled the older rows), so matching reads the place here alone.
     */
    village: text("village"),
    municipality: text("municipality"),
    /** Whether they receive an unemployment benefit that earnings adjust. */
    receivesBenefit: boolean("receives_benefit").notNull().default(true),
    adjustmentPeriod: text("adjustment_period", { enum: ADJUSTMENT_PERIODS }).notNull().default("month"),
    /** First day of one 4-week period; the others follow every 28 days either side. */
    periodAnchor: date("period_anchor", { mode: "string" }),
    /** Personal ceiling of earnings per month, cents, set with the coach; null = none. */
    monthlyCeilingCents: integer("monthly_ceiling_cents"),
    updatedBy: uuid("updated_by"),
    version: version(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    unique("seeker_profiles_region_id_id_key").on(t.regionId, t.id),
    unique("seeker_profiles_participant_key").on(t.regionId, t.participantId),
    foreignKey({
      columns: [t.regionId, t.participantId],
      foreignColumns: [participants.regionId, participants.id],
    }),
    /**
     * Migration 0013 adds INCLUDE (participant_id, has, categories, weekdays, monthly_ceiling_cents): matching
     * reads the active profiles of a municipality by index-only scan.
     */
    index("seeker_profiles_place_idx").on(t.regionId, t.municipality, t.village).where(sql`${t.active}`),
    check("seeker_profiles_period_check", oneOf(t.adjustmentPeriod, ADJUSTMENT_PERIODS)),
    check(
      "seeker_profiles_anchor_check",
      sql`${t.adjustmentPeriod} = 'month' or ${t.periodAnchor} is not null`,
    ),
    check(
      "seeker_profiles_ceiling_check",
      sql`${t.monthlyCeilingCents} is null or ${t.monthlyCeilingCents} > 0`,
    ),
    check(
      "seeker_profiles_has_check",
      sql`${t.has} <@ array[${sql.raw(JOB_REQUIREMENTS.map((r) => `'${r}'`).join(","))}]::text[]`,
    ),
    check(
      "seeker_profiles_categories_check",
      sql`${t.categories} <@ array[${sql.raw(JOB_CATEGORIES.map((r) => `'${r}'`).join(","))}]::text[]`,
    ),
    check("seeker_profiles_weekdays_check", sql`${t.weekdays} <@ array[1,2,3,4,5,6,7]::smallint[]`),
  ],
);

/** Work a village needs that nobody does yet (Laavu's inventory), kept by an association. */
export const workNeeds = pgTable(
  "work_needs",
  {
    id: id(),
    regionId: regionId().references(() => regions.id),
    organisationId: uuid("organisation_id").notNull(),
    title: text("title").notNull(),
    description: text("description").notNull().default(""),
    category: text("category", { enum: JOB_CATEGORIES }).notNull(),
    village: text("village").notNull(),
    municipality: text("municipality"),
    /** Where exactly, in words (a place, not a home address). */
    place: text("place"),
    season: text("season", { enum: SEASONS }).notNull(),
    /** Rough effort in hours over a season. */
    effortHours: integer("effort_hours"),
    /** Who benefits (the elderly of the village, the school, everyone...). */
    beneficiaries: text("beneficiaries").notNull().default(""),
    /** open, or archived when no longer needed; a need can be posted as jobs many times. */
    archived: boolean("archived").notNull().default(false),
    createdBy: uuid("created_by").notNull(),
    version: version(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    unique("work_needs_region_id_id_key").on(t.regionId, t.id),
    foreignKey({
      columns: [t.regionId, t.organisationId],
      foreignColumns: [organisations.regionId, organisations.id],
    }),
    index("work_needs_org_idx").on(t.regionId, t.organisationId),
    index("work_needs_village_idx").on(t.regionId, t.village),
    check("work_needs_category_check", oneOf(t.category, JOB_CATEGORIES)),
    check("work_needs_season_check", oneOf(t.season, SEASONS)),
    check("work_needs_title_check", sql`length(trim(${t.title})) between 1 and 200`),
    check("work_needs_effort_check", sql`${t.effortHours} is null or ${t.effortHours} between 1 and 100000`),
  ],
);

/**
 * A household (or a company without a Polku account) that ordered a job by e-mail. Personal data of the
 * orderer: shown only to the brokering association and the orderer. The one-time link confirms the
 * e-mail address; the orderer's own link (a secret kept hashed) opens their order afterwards.
 */
export const jobOrderers = pgTable(
  "job_orderers",
  {
    id: id(),
    regionId: regionId().references(() => regions.id),
    name: text("name").notNull(),
    email: text("email").notNull(),
    phone: text("phone"),
    /** Where the work is done (a home address); shown to the picked workers only. */
    address: text("address"),
    /** Billing details, if different. */
    billingAddress: text("billing_address"),
    language: text("language").notNull().default("fi"),
    /** One-time confirmation link, hashed; cleared when used. */
    confirmTokenHash: text("confirm_token_hash"),
    confirmExpiresAt: timestamp("confirm_expires_at", { withTimezone: true, mode: "string" }),
    confirmedAt: timestamp("confirmed_at", { withTimezone: true, mode: "string" }),
    /** The orderer's access secret (cookie or link), hashed. */
    accessTokenHash: text("access_token_hash"),
    accessExpiresAt: timestamp("access_expires_at", { withTimezone: true, mode: "string" }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    unique("job_orderers_region_id_id_key").on(t.regionId, t.id),
    uniqueIndex("job_orderers_confirm_key").on(t.confirmTokenHash),
    uniqueIndex("job_orderers_access_key").on(t.accessTokenHash),
    check("job_orderers_language_check", oneOf(t.language, ["fi", "sv", "en"])),
    check("job_orderers_name_check", sql`length(trim(${t.name})) between 1 and 200`),
    check("job_orderers_email_check", sql`${t.email} ~ '^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$'`),
  ],
);

/** A job post (pieni työ). */
export const jobs = pgTable(
  "jobs",
  {
    id: id(),
    regionId: regionId().references(() => regions.id),
    /** The organisation responsible: the posting association or company, or the household's broker. */
    organisationId: uuid("organisation_id").notNull(),
    posterKind: text("poster_kind", { enum: POSTER_KINDS }).notNull(),
    /** For a household order (or a company without an account). */
    ordererId: uuid("orderer_id"),
    workNeedId: uuid("work_need_id"),
    title: text("title").notNull(),
    description: text("description").notNull().default(""),
    category: text("category", { enum: JOB_CATEGORIES }).notNull(),
    village: text("village").notNull(),
    municipality: text("municipality"),
    /** A street address, shown only to the picked workers and the poster. */
    address: text("address"),
    startsOn: date("starts_on", { mode: "string" }).notNull(),
    endsOn: date("ends_on", { mode: "string" }).notNull(),
    estimatedMinutes: integer("estimated_minutes").notNull(),
    payType: text("pay_type", { enum: PAY_TYPES }).notNull(),
    /** Gross pay in cents: per hour when hourly, for the whole job per worker when a lump sum. */
    payCents: integer("pay_cents").notNull(),
    places: smallint("places").notNull().default(1),
    requirements: text("requirements").array().notNull().default(sql`'{}'::text[]`),
    safetyNotes: text("safety_notes").notNull().default(""),
    employer: text("employer", { enum: EMPLOYERS }).notNull().default("association"),
    status: text("status", { enum: JOB_STATUSES }).notNull().default("draft"),
    /** Places taken; kept by the service under the job's row lock, checked here against places. */
    acceptedCount: smallint("accepted_count").notNull().default(0),
    cancelReason: text("cancel_reason"),
    publishedAt: timestamp("published_at", { withTimezone: true, mode: "string" }),
    filledAt: timestamp("filled_at", { withTimezone: true, mode: "string" }),
    doneAt: timestamp("done_at", { withTimezone: true, mode: "string" }),
    paidAt: timestamp("paid_at", { withTimezone: true, mode: "string" }),
    cancelledAt: timestamp("cancelled_at", { withTimezone: true, mode: "string" }),
    createdBy: uuid("created_by"),
    version: version(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    unique("jobs_region_id_id_key").on(t.regionId, t.id),
    foreignKey({
      columns: [t.regionId, t.organisationId],
      foreignColumns: [organisations.regionId, organisations.id],
    }),
    foreignKey({
      columns: [t.regionId, t.ordererId],
      foreignColumns: [jobOrderers.regionId, jobOrderers.id],
    }),
    foreignKey({ columns: [t.regionId, t.workNeedId], foreignColumns: [workNeeds.regionId, workNeeds.id] }),
    /** Open jobs near a place and window: what a seeker's search and the bench read. */
    index("jobs_open_place_idx")
      .on(t.regionId, t.municipality, t.village, t.startsOn)
      .where(sql`${t.status} = 'open'`),
    index("jobs_open_window_idx").on(t.regionId, t.endsOn).where(sql`${t.status} = 'open'`),
    index("jobs_org_idx").on(t.regionId, t.organisationId, t.status),
    index("jobs_orderer_idx").on(t.regionId, t.ordererId),
    check("jobs_category_check", oneOf(t.category, JOB_CATEGORIES)),
    check("jobs_poster_check", oneOf(t.posterKind, POSTER_KINDS)),
    check("jobs_employer_check", oneOf(t.employer, EMPLOYERS)),
    check("jobs_pay_type_check", oneOf(t.payType, PAY_TYPES)),
    check("jobs_status_check", oneOf(t.status, JOB_STATUSES)),
    check("jobs_title_check", sql`length(trim(${t.title})) between 1 and 200`),
    check("jobs_window_check", sql`${t.endsOn} >= ${t.startsOn}`),
    check("jobs_minutes_check", sql`${t.estimatedMinutes} between 15 and 100000`),
    check("jobs_pay_check", sql`${t.payCents} between 1 and 10000000`),
    check("jobs_places_check", sql`${t.places} between 1 and 50`),
    check("jobs_accepted_check", sql`${t.acceptedCount} between 0 and ${t.places}`),
    check(
      "jobs_requirements_check",
      sql`${t.requirements} <@ array[${sql.raw(JOB_REQUIREMENTS.map((r) => `'${r}'`).join(","))}]::text[]`,
    ),
    check("jobs_household_check", sql`(${t.posterKind} = 'household') <= (${t.ordererId} is not null)`),
    check("jobs_cancel_check", sql`(${t.status} = 'cancelled') = (${t.cancelReason} is not null)`),
  ],
);

/** A seeker's application to a job, or a coach's proposal of it to them. One per job and participant. */
export const jobApplications = pgTable(
  "job_applications",
  {
    id: id(),
    regionId: regionId().references(() => regions.id),
    jobId: uuid("job_id").notNull(),
    participantId: uuid("participant_id").notNull(),
    status: text("status", { enum: APPLICATION_STATUSES }).notNull(),
    /** The coach who proposed the job, if one did. */
    proposedBy: uuid("proposed_by"),
    /** A short message from the seeker to the poster (optional). */
    message: text("message"),
    appliedAt: timestamp("applied_at", { withTimezone: true, mode: "string" }),
    decidedAt: timestamp("decided_at", { withTimezone: true, mode: "string" }),
    decidedBy: uuid("decided_by"),
    withdrawnAt: timestamp("withdrawn_at", { withTimezone: true, mode: "string" }),
    version: version(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    unique("job_applications_region_id_id_key").on(t.regionId, t.id),
    unique("job_applications_once_key").on(t.regionId, t.jobId, t.participantId),
    foreignKey({ columns: [t.regionId, t.jobId], foreignColumns: [jobs.regionId, jobs.id] }),
    foreignKey({
      columns: [t.regionId, t.participantId],
      foreignColumns: [participants.regionId, participants.id],
    }),
    foreignKey({ columns: [t.regionId, t.proposedBy], foreignColumns: [users.regionId, users.id] }),
    index("job_applications_participant_idx").on(t.regionId, t.participantId, t.status),
    check("job_applications_status_check", oneOf(t.status, APPLICATION_STATUSES)),
  ],
);

/**
 * A picked worker on a job: the hours each side confirms, the pay, and the payment. Written when an
 * application is accepted. Amounts are integer cents.
 */
export const jobWorkers = pgTable(
  "job_workers",
  {
    id: id(),
    regionId: regionId().references(() => regions.id),
    jobId: uuid("job_id").notNull(),
    participantId: uuid("participant_id").notNull(),
    applicationId: uuid("application_id").notNull(),
    /** Minutes as the worker confirms them. */
    workerMinutes: integer("worker_minutes"),
    workerConfirmedAt: timestamp("worker_confirmed_at", { withTimezone: true, mode: "string" }),
    /** Minutes as the orderer (or the association for its own job) confirms them. */
    ordererMinutes: integer("orderer_minutes"),
    ordererConfirmedAt: timestamp("orderer_confirmed_at", { withTimezone: true, mode: "string" }),
    /** The days the work was done. */
    workedFrom: date("worked_from", { mode: "string" }),
    workedTo: date("worked_to", { mode: "string" }),
    /** Gross pay, cents, fixed when the hours agree (hourly: minutes × rate / 60, rounded to the cent). */
    grossCents: integer("gross_cents"),
    /** Tax withheld (ennakonpidätys), cents, from the worker's tax card. */
    withholdingCents: integer("withholding_cents"),
    /** Withholding rate from the tax card, in basis points (e.g. 1500 = 15 %). */
    withholdingBasisPoints: integer("withholding_basis_points"),
    /** The day the pay was paid: earnings count in the benefit period that contains it. */
    paidOn: date("paid_on", { mode: "string" }),
    paidBy: uuid("paid_by"),
    paymentReference: text("payment_reference"),
    /** The small-jobs step this work became in the participant's pathway. */
    stepId: uuid("step_id"),
    version: version(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    unique("job_workers_region_id_id_key").on(t.regionId, t.id),
    unique("job_workers_once_key").on(t.regionId, t.jobId, t.participantId),
    foreignKey({ columns: [t.regionId, t.jobId], foreignColumns: [jobs.regionId, jobs.id] }),
    foreignKey({
      columns: [t.regionId, t.participantId],
      foreignColumns: [participants.regionId, participants.id],
    }),
    foreignKey({
      columns: [t.regionId, t.applicationId],
      foreignColumns: [jobApplications.regionId, jobApplications.id],
    }),
    foreignKey({ columns: [t.regionId, t.stepId], foreignColumns: [steps.regionId, steps.id] }),
    /** Earnings of a participant by the day paid: the benefit periods and the ceiling read this. */
    index("job_workers_earnings_idx")
      .on(t.regionId, t.participantId, t.paidOn)
      .where(sql`${t.paidOn} is not null`),
    check(
      "job_workers_minutes_check",
      sql`(${t.workerMinutes} is null or ${t.workerMinutes} between 1 and 100000) and (${t.ordererMinutes} is null or ${t.ordererMinutes} between 1 and 100000)`,
    ),
    check(
      "job_workers_money_check",
      sql`(${t.grossCents} is null or ${t.grossCents} >= 0) and (${t.withholdingCents} is null or ${t.withholdingCents} between 0 and ${t.grossCents})`,
    ),
    check(
      "job_workers_rate_check",
      sql`${t.withholdingBasisPoints} is null or ${t.withholdingBasisPoints} between 0 and 10000`,
    ),
    check("job_workers_paid_check", sql`${t.paidOn} is null or ${t.grossCents} is not null`),
    check("job_workers_days_check", sql`${t.workedTo} is null or ${t.workedTo} >= ${t.workedFrom}`),
  ],
);

/** One line of an invoice: labour is always its own line (for the household tax credit). */
export interface InvoiceLine {
  kind: "labour" | "materials" | "travel" | "fee";
  description: string;
  amountCents: number;
  /** VAT in basis points (2550 = 25.5 %); 0 for an association outside VAT. */
  vatBasisPoints: number;
}

/** An invoice to the orderer, made once the work is done. Numbered per region. */
export const jobInvoices = pgTable(
  "job_invoices",
  {
    id: id(),
    regionId: regionId().references(() => regions.id),
    jobId: uuid("job_id").notNull(),
    organisationId: uuid("organisation_id").notNull(),
    number: integer("number").notNull(),
    /** Finnish reference number (viitenumero) with its check digit. */
    reference: text("reference").notNull(),
    issuedOn: date("issued_on", { mode: "string" }).notNull(),
    dueOn: date("due_on", { mode: "string" }).notNull(),
    lines: jsonb("lines").$type<InvoiceLine[]>().notNull(),
    labourCents: integer("labour_cents").notNull(),
    totalCents: integer("total_cents").notNull(),
    createdBy: uuid("created_by"),
    createdAt: createdAt(),
  },
  (t) => [
    unique("job_invoices_region_id_id_key").on(t.regionId, t.id),
    unique("job_invoices_number_key").on(t.regionId, t.organisationId, t.number),
    unique("job_invoices_job_key").on(t.regionId, t.jobId),
    foreignKey({ columns: [t.regionId, t.jobId], foreignColumns: [jobs.regionId, jobs.id] }),
    foreignKey({
      columns: [t.regionId, t.organisationId],
      foreignColumns: [organisations.regionId, organisations.id],
    }),
    check("job_invoices_due_check", sql`${t.dueOn} >= ${t.issuedOn}`),
    check("job_invoices_amounts_check", sql`${t.labourCents} >= 0 and ${t.totalCents} >= ${t.labourCents}`),
  ],
);
