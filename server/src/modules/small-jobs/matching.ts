import { type SQL, sql } from "drizzle-orm";
import { rowsOf, type Tx } from "../../db/client";
import type { SignedInUser } from "../../http/context";
import { dayNumber, fromDayNumber, todayIso } from "../../lib/dates";
import { visibleTo } from "../participants/policy";
import { grossCentsOf } from "./money";
import type { JobRow } from "./policy";
import type { ApplicationStatus } from "./schema";

/**
 * How well a job and a seeker fit (issue 5 point 6), and the seekers for a job. The same facts rank a
 * seeker's jobs (search.ts) and a job's seekers (below): each fact that holds adds its weight to the
 * score (0–100) and its code to the reasons; a fact that fails goes to `missing`. The SQL of both lists
 * sums the same weights (scoreSql), so their order and the reasons shown agree (matching.test.ts).
 */

export const FIT_REASONS = [
  "same_village",
  "same_municipality",
  "likes_category",
  "has_requirements",
  "free_in_window",
  "under_ceiling",
] as const;
export type FitReason = (typeof FIT_REASONS)[number];

/** What keeps a seeker from a job besides a requirement they lack (whose code is listed itself). */
export const FIT_GAPS = ["busy_in_window", "weekdays_not_free", "over_ceiling"] as const;

/** Points per fact. The village and the municipality exclude each other: the village counts, not both. */
export const FIT_WEIGHTS = {
  same_village: 40,
  same_municipality: 20,
  likes_category: 15,
  has_requirements: 20,
  free_in_window: 15,
  under_ceiling: 10,
} as const satisfies Record<FitReason, number>;

/** The facts of one job × seeker pair, as the SQL of the lists returns them. */
export interface FitFacts {
  sameVillage: boolean;
  sameMunicipality: boolean;
  likesCategory: boolean;
  /** Requirements of the job the seeker does not have (empty: has them all). */
  missingRequirements: string[];
  /** Their free weekdays meet the job's window (or they named none). */
  weekdaysFree: boolean;
  /** They are a picked worker of another job whose window overlaps this one. */
  busy: boolean;
  /** This job's pay would take the month of its last day over their personal ceiling. */
  overCeiling: boolean;
}

export interface Fit {
  score: number;
  reasons: FitReason[];
  missing: string[];
}

/** The score, reasons and gaps of a pair's facts. */
export function fitOf(f: FitFacts): Fit {
  const reasons: FitReason[] = [];
  if (f.sameVillage) reasons.push("same_village");
  else if (f.sameMunicipality) reasons.push("same_municipality");
  if (f.likesCategory) reasons.push("likes_category");
  if (f.missingRequirements.length === 0) reasons.push("has_requirements");
  if (f.weekdaysFree && !f.busy) reasons.push("free_in_window");
  if (!f.overCeiling) reasons.push("under_ceiling");
  const missing = [...f.missingRequirements].sort();
  if (f.busy) missing.push("busy_in_window");
  if (!f.weekdaysFree) missing.push("weekdays_not_free");
  if (f.overCeiling) missing.push("over_ceiling");
  return { score: reasons.reduce((s, r) => s + FIT_WEIGHTS[r], 0), reasons, missing };
}

/** All facts hold that a coach needs before suggesting the seeker (place and consent are filters). */
export const isSuitable = (f: FitFacts) =>
  f.missingRequirements.length === 0 && f.weekdaysFree && !f.busy && !f.overCeiling;

/**
 * fitOf's score in SQL over a row with the columns same_village, same_municipality, likes_category,
 * has_requirements (no requirement missing), weekdays_free, busy and over_ceiling.
 */
export const scoreSql = (r: string) =>
  sql.raw(`(case when ${r}.same_village then ${FIT_WEIGHTS.same_village} when ${r}.same_municipality then ${FIT_WEIGHTS.same_municipality} else 0 end
    + case when ${r}.likes_category then ${FIT_WEIGHTS.likes_category} else 0 end
    + case when ${r}.has_requirements then ${FIT_WEIGHTS.has_requirements} else 0 end
    + case when ${r}.weekdays_free and not ${r}.busy then ${FIT_WEIGHTS.free_in_window} else 0 end
    + case when not ${r}.over_ceiling then ${FIT_WEIGHTS.under_ceiling} else 0 end)`);

/** The ISO weekdays (1 = Monday … 7 = Sunday) that a window of days touches. */
export function weekdaysOf(startsOn: string, endsOn: string): number[] {
  const first = dayNumber(startsOn);
  const last = dayNumber(endsOn);
  if (last - first >= 6) return [1, 2, 3, 4, 5, 6, 7];
  const out: number[] = [];
  // Day 0 (1.1.1970) was a Thursday, ISO weekday 4.
  for (let d = first; d <= last; d++) out.push(((d + 3) % 7) + 1);
  return out.sort((a, b) => a - b);
}

/** The first and last day of the calendar month holding `date` (the personal ceiling is per month). */
export function monthOf(date: string): { start: string; end: string } {
  const y = Number(date.slice(0, 4));
  const m = Number(date.slice(5, 7));
  const next = m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, "0")}-01`;
  return { start: `${date.slice(0, 7)}-01`, end: fromDayNumber(dayNumber(next) - 1) };
}

/**
 * A job's gross for `minutes` in SQL, as money.ts's grossCentsOf: hourly round-half-up(minutes × rate
 * / 60) in integers, or the lump sum.
 */
export const grossOf = (j: string, minutes: string) =>
  `(case when ${j}.pay_type = 'hourly' then (2::bigint * ${minutes} * ${j}.pay_cents + 60) / 120 else ${j}.pay_cents::bigint end)`;

/** A text[] or smallint[] literal of codes or numbers (never free text). */
export const textArray = (values: readonly string[]) => sql`${`{${values.join(",")}}`}::text[]`;
export const smallintArray = (values: readonly number[]) => sql`${`{${values.join(",")}}`}::smallint[]`;

/** A seeker the coach may suggest for a job. */
export interface SeekerMatch {
  participantId: string;
  firstName: string;
  lastName: string;
  village: string | null;
  municipality: string | null;
  suitable: boolean;
  fit: Fit;
  /** Their application to this job, when they already have one (marked, listed after the others). */
  application: ApplicationStatus | null;
}

interface MatchRow extends FitFacts {
  participantId: string;
  firstName: string;
  lastName: string;
  village: string | null;
  municipality: string | null;
  application: ApplicationStatus | null;
}

/**
 * The tiers of matching, best first: every suitable seeker of a tier outranks every suitable seeker of
 * the tiers after it, whatever the rest of their facts. Near the job everyone is of its municipality
 * (same_municipality); the village's points exceed the municipality's and the liked kind of work
 * together, and a liked kind adds points (so: village and kind > village > kind > neither). Then once the tiers ranked so far hold a page of suitable
 * seekers who have not applied, the later tiers cannot change the page (matchQuery).
 */
const TIERED =
  FIT_WEIGHTS.same_village > FIT_WEIGHTS.same_municipality + FIT_WEIGHTS.likes_category &&
  FIT_WEIGHTS.likes_category > 0;

/**
 * The seekers for a job, as one statement over seeker_profiles (its place index): active profiles near
 * the job (its municipality; its village when it names none) of participants the coach may see
 * (`visibleTo`) with the contact consent in force. With `partial`, also those who lack a requirement,
 * are busy, not free on the window's weekdays or over their ceiling, with what is missing; otherwise
 * only the suitable. Those who already applied (or were proposed, picked...) are marked and come last.
 *
 * For speed (the same rows and order as ranking everyone at once; matching-tiers.test.ts):
 * - the profiles near the job are read once (`cand`), from the place index alone (the profile always
 *   holds its place); without `partial`, those whose profile alone makes them unsuitable (a
 *   requirement, the weekdays) and who have no application are dropped there, before their
 *   participant row, consent, busy windows and ceiling are looked up;
 * - the rest are ranked in tiers (TIERED): the job's village and its kind of work, the village, the
 *   others who like its kind of work, the rest; a tier is ranked only while those before it hold fewer than a page of
 *   suitable seekers without an application;
 * - the consent is probed per seeker the coach may see, and the missing requirements are listed for
 *   the page's rows alone.
 */
export function matchQuery(user: SignedInUser, job: JobRow, opts: { partial: boolean; limit: number }): SQL {
  const gross = grossCentsOf(job, job.estimatedMinutes);
  const month = monthOf(job.endsOn);
  const requirements = textArray(job.requirements);
  const jobWeekdays = smallintArray(weekdaysOf(job.startsOn, job.endsOn));
  const village = sql`lower(${job.village}::text)`;
  // Near the job: its municipality, or its village when it names none. The profile always holds its
  // place (the participant's own when saved without one: profiles.ts, migration 0013).
  const near = job.municipality
    ? sql`sp.municipality = ${job.municipality}`
    : sql`sp.village = ${job.village}`;
  const needed = opts.partial
    ? sql`true`
    : sql`((${requirements} <@ sp.has AND (cardinality(sp.weekdays) = 0 OR sp.weekdays && ${jobWeekdays}))
        OR sp.participant_id = any(array(SELECT ax.participant_id FROM job_applications ax WHERE ax.job_id = ${job.id}::uuid)))`;
  // contactConsentInForce() of policy.ts, probed per seeker the coach may see (consents_participant_idx):
  // OFFSET 0 keeps PostgreSQL from hashing every contact consent of the region first.
  const consent = sql`exists (
    select 1 from consents c where c.region_id = "participants"."region_id" and c.participant_id = "participants"."id"
      and c.purpose = 'contact' and c.withdrawn_on is null and c.given_on <= ${todayIso()}::date offset 0)`;
  const suitable = (f: string) =>
    sql.raw(`(${f}.has_requirements and ${f}.weekdays_free and not ${f}.busy and not ${f}.over_ceiling)`);
  const order = (f: string) =>
    sql`${sql.raw(f)}.application IS NOT NULL, ${suitable(f)} DESC, ${scoreSql(f)} DESC, ${sql.raw(f)}.first_name, ${sql.raw(f)}.last_name, ${sql.raw(f)}.participant_id`;
  /** The facts of the candidates in `where`, the best page of them. */
  const pass = (where: SQL) => sql`
    SELECT f.* FROM (
      SELECT participants.id AS participant_id, participants.first_name, participants.last_name,
        sp.village, sp.municipality, sp.has,
        coalesce(lower(sp.village) = ${village}, false) AS same_village,
        coalesce(sp.municipality = ${job.municipality}, false) AS same_municipality,
        sp.likes_category, sp.has_requirements, sp.weekdays_free,
        EXISTS (
          SELECT 1 FROM job_applications b
          JOIN jobs j2 ON j2.region_id = b.region_id AND j2.id = b.job_id
          WHERE b.region_id = sp.region_id AND b.participant_id = sp.participant_id AND b.status = 'accepted'
            AND b.job_id <> ${job.id}::uuid AND j2.status IN ('open', 'filled', 'done')
            AND j2.starts_on <= ${job.endsOn}::date AND j2.ends_on >= ${job.startsOn}::date
        ) AS busy,
        (sp.monthly_ceiling_cents IS NOT NULL AND coalesce((
          SELECT sum(w.gross_cents) FROM job_workers w
          JOIN jobs pj ON pj.region_id = w.region_id AND pj.id = w.job_id
          WHERE w.region_id = sp.region_id AND w.participant_id = sp.participant_id
            AND w.paid_on BETWEEN ${month.start}::date AND ${month.end}::date
            AND pj.id <> ${job.id}::uuid AND pj.status <> 'cancelled'
        ), 0) + coalesce((
          SELECT sum(coalesce(w.gross_cents, ${sql.raw(grossOf("uj", "coalesce(w.worker_minutes, w.orderer_minutes, uj.estimated_minutes)"))}))
          FROM job_applications ua
          JOIN jobs uj ON uj.region_id = ua.region_id AND uj.id = ua.job_id
          JOIN job_workers w ON w.region_id = ua.region_id AND w.job_id = ua.job_id AND w.participant_id = ua.participant_id
          WHERE ua.region_id = sp.region_id AND ua.participant_id = sp.participant_id AND ua.status = 'accepted'
            AND w.paid_on IS NULL AND uj.id <> ${job.id}::uuid AND uj.status <> 'cancelled'
            AND uj.ends_on BETWEEN ${month.start}::date AND ${month.end}::date
        ), 0) + ${gross} > sp.monthly_ceiling_cents) AS over_ceiling,
        a.status AS application
      FROM cand sp
      JOIN participants ON participants.region_id = sp.region_id AND participants.id = sp.participant_id
      LEFT JOIN job_applications a
        ON a.region_id = sp.region_id AND a.job_id = ${job.id}::uuid AND a.participant_id = sp.participant_id
      WHERE ${where} AND CASE WHEN ${visibleTo(user)} THEN ${consent} ELSE false END
      -- OFFSET 0 keeps the facts a subquery of their own: each is computed once per seeker, not again
      -- for the filter, the order and the output.
      OFFSET 0
    ) f
    WHERE ${opts.partial ? sql`true` : sql`(${suitable("f")} OR f.application IS NOT NULL)`}
    ORDER BY ${order("f")}
    LIMIT ${opts.limit}`;
  // The active profiles near the job (an index-only scan of seeker_profiles_place_idx, whose INCLUDE holds
  // the rest of the columns read here) and the facts of the profile alone.
  const cand = sql`cand AS MATERIALIZED (
      SELECT sp.region_id, sp.participant_id, sp.village, sp.municipality, sp.has, sp.monthly_ceiling_cents,
        ${job.category} = any(sp.categories) AS likes_category,
        ${requirements} <@ sp.has AS has_requirements,
        (cardinality(sp.weekdays) = 0 OR sp.weekdays && ${jobWeekdays}) AS weekdays_free
      FROM seeker_profiles sp
      WHERE sp.active AND ${near} AND ${needed}
    )`;
  // Disjoint tiers, best first: the job's village (when it names one) and who likes its kind of work, the
  // village and not, the others who like it, the rest. Without a municipality everyone near the job is of
  // its village: one tier.
  const sameVillage = sql`lower(sp.village) = ${village}`;
  const kinds = [sql`sp.likes_category`, sql`sp.likes_category IS NOT TRUE`];
  const tiers: SQL[] =
    !TIERED || job.municipality === null
      ? [sql`true`]
      : job.village === null
        ? kinds
        : [
            ...kinds.map((kind) => sql`(${sameVillage}) AND ${kind}`),
            ...kinds.map((kind) => sql`(${sameVillage}) IS NOT TRUE AND ${kind}`),
          ];
  // t1 … tn, and after each the count n1 … nn of suitable seekers without an application so far: a
  // tier is ranked only while the count before it is under the page (a one-time filter).
  const ctes = tiers.flatMap((where, i) => {
    const t = sql.raw(`t${i + 1}`);
    const before = i === 0 ? null : sql.raw(`(SELECT n FROM n${i})`);
    return [
      sql`${t} AS MATERIALIZED (${pass(before ? sql`${before} < ${opts.limit} AND ${where}` : where)})`,
      sql`${sql.raw(`n${i + 1}`)} AS MATERIALIZED (
        SELECT ${before ?? sql`0`} + count(*) AS n FROM ${t} x WHERE x.application IS NULL AND ${suitable("x")})`,
    ];
  });
  return sql`
    WITH ${cand}, ${sql.join(ctes, sql`, `)}
    SELECT json_build_object(
      'participantId', r.participant_id, 'firstName', r.first_name, 'lastName', r.last_name,
      'village', r.village, 'municipality', r.municipality,
      'sameVillage', r.same_village, 'sameMunicipality', r.same_municipality, 'likesCategory', r.likes_category,
      'missingRequirements', array(SELECT q FROM unnest(${requirements}) q WHERE NOT q = any(r.has) ORDER BY q),
      'weekdaysFree', r.weekdays_free, 'busy', r.busy, 'overCeiling', r.over_ceiling, 'application', r.application) AS row
    FROM (${sql.join(
      tiers.map((_, i) => sql.raw(`SELECT * FROM t${i + 1}`)),
      sql` UNION ALL `,
    )}) r
    ORDER BY ${order("r")}
    LIMIT ${opts.limit}`;
}

/** The seekers for a job that the coach may see (see matchQuery), best first. */
export async function seekersForJob(
  tx: Tx,
  user: SignedInUser,
  job: JobRow,
  opts: { partial: boolean; limit: number },
): Promise<SeekerMatch[]> {
  const rows = rowsOf<{ row: MatchRow }>(await tx.execute(matchQuery(user, job, opts))).map((r) => r.row);
  return rows.map((r) => ({
    participantId: r.participantId,
    firstName: r.firstName,
    lastName: r.lastName,
    village: r.village,
    municipality: r.municipality,
    suitable: isSuitable(r),
    fit: fitOf(r),
    application: r.application,
  }));
}
