import { type SQL, sql } from "drizzle-orm";
import { rowsOf, type Tx } from "../../db/client";
import { fieldProblem, notFound } from "../../http/problem";
import { todayIso } from "../../lib/dates";
import type { JobSummary } from "./api-jobs";
import { type Fit, type FitFacts, fitOf, grossOf, scoreSql, smallintArray, textArray } from "./matching";
import { iso } from "./present";
import type { ApplicationStatus, JobCategory } from "./schema";

/**
 * A seeker's job search (GET /me/jobs, GET /participants/:id/job-matches): open jobs of the region near
 * the seeker, best fit first (matching.ts), paged by a keyset cursor over (score, start day, id). One
 * statement; the place filter uses jobs_open_place_idx, the window jobs_open_window_idx.
 */

/** What the search knows of the seeker: their profile, or the participant's own place without one. */
export interface Seeker {
  participantId: string;
  village: string | null;
  municipality: string | null;
  has: string[];
  categories: string[];
  /** ISO weekdays they are free; empty = any day. */
  weekdays: number[];
  monthlyCeilingCents: number | null;
}

/** The seeker facts of a participant: the seeker profile where there is one. */
export async function seekerOf(
  tx: Tx,
  participant: { id: string; village: string | null; municipality: string | null },
): Promise<Seeker> {
  const [profile] = rowsOf<{ row: Omit<Seeker, "participantId"> }>(
    await tx.execute(sql`
      SELECT json_build_object('village', village, 'municipality', municipality, 'has', has,
        'categories', categories, 'weekdays', weekdays, 'monthlyCeilingCents', monthly_ceiling_cents) AS row
      FROM seeker_profiles WHERE participant_id = ${participant.id}::uuid`),
  ).map((r) => r.row);
  return {
    participantId: participant.id,
    village: profile?.village ?? participant.village,
    municipality: profile?.municipality ?? participant.municipality,
    has: profile?.has ?? [],
    categories: profile?.categories ?? [],
    weekdays: profile?.weekdays ?? [],
    monthlyCeilingCents: profile?.monthlyCeilingCents ?? null,
  };
}

export interface JobSearch {
  village?: string;
  municipality?: string;
  /** near (default): the seeker's municipality (or village); all: the whole region, near ones first. */
  scope?: "near" | "all";
  /** Jobs whose window overlaps from–to; from defaults to today. */
  from?: string;
  to?: string;
  category?: JobCategory;
  limit: number;
  cursor?: string;
}

export interface FoundJob {
  job: JobSummary;
  fit: Fit;
  myApplication: ApplicationStatus | null;
}

interface Cursor {
  score: number;
  startsOn: string;
  id: string;
}

export const encodeCursor = (c: Cursor) => Buffer.from(JSON.stringify(c)).toString("base64url");

function decodeCursor(text: string): Cursor {
  try {
    const c = JSON.parse(Buffer.from(text, "base64url").toString("utf8")) as Cursor;
    if (Number.isInteger(c.score) && /^\d{4}-\d{2}-\d{2}$/.test(c.startsOn) && /^[0-9a-f-]{36}$/i.test(c.id))
      return c;
  } catch {
    // fall through
  }
  throw fieldProblem(400, "smallJobs.badCursor", "/cursor");
}

/** The job columns a seeker may see (JobSummary: never the address or the orderer), as JSON. */
export const summaryJson = (j: string, o: string) =>
  sql.raw(`json_build_object(
    'id', ${j}.id, 'title', ${j}.title, 'description', ${j}.description, 'category', ${j}.category,
    'village', ${j}.village, 'municipality', ${j}.municipality, 'startsOn', ${j}.starts_on, 'endsOn', ${j}.ends_on,
    'estimatedMinutes', ${j}.estimated_minutes, 'payType', ${j}.pay_type, 'payCents', ${j}.pay_cents,
    'estimatedGrossCents', ${grossOf(j, `${j}.estimated_minutes`)},
    'places', ${j}.places, 'placesLeft', ${j}.places - ${j}.accepted_count, 'requirements', ${j}.requirements,
    'safetyNotes', ${j}.safety_notes, 'employer', ${j}.employer, 'posterKind', ${j}.poster_kind,
    'organisationId', ${j}.organisation_id, 'organisationName', ${o}.name, 'status', ${j}.status,
    'publishedAt', ${j}.published_at)`);

/** The requirements of job `j` the seeker lacks, sorted (an array: only for the rows shown). */
const missingSql = (seeker: Seeker, j: string) =>
  sql`array(SELECT r FROM unnest(${sql.raw(j)}.requirements) r WHERE NOT r = any(${textArray(seeker.has)}) ORDER BY r)`;

/**
 * The facts of matching.ts for job `j` and the seeker as columns, cheap enough for every candidate:
 * same_village … over_ceiling, with has_requirements (the job's requirements are all among what the
 * seeker has: both arrays hold codes, never null) in place of the missing ones. The CTEs `busy` (the
 * seeker's picked jobs' windows) and `earned` (their pay by month) must be in scope.
 */
function cheapFacts(seeker: Seeker, j: string): SQL {
  const job = sql.raw(j);
  const gross = sql.raw(grossOf(j, `${j}.estimated_minutes`));
  return sql`
    coalesce(lower(${job}.village) = lower(${seeker.village}::text), false) AS same_village,
    coalesce(${job}.municipality = ${seeker.municipality}::text, false) AS same_municipality,
    ${job}.category = any(${textArray(seeker.categories)}) AS likes_category,
    ${job}.requirements <@ ${textArray(seeker.has)} AS has_requirements,
    (${seeker.weekdays.length === 0} OR EXISTS (
      SELECT 1 FROM unnest(${smallintArray(seeker.weekdays)}) wd
      WHERE (wd - extract(isodow FROM ${job}.starts_on)::int + 7) % 7 <= ${job}.ends_on - ${job}.starts_on)) AS weekdays_free,
    EXISTS (SELECT 1 FROM busy b WHERE b.id <> ${job}.id AND b.starts_on <= ${job}.ends_on AND b.ends_on >= ${job}.starts_on) AS busy,
    (${seeker.monthlyCeilingCents}::integer IS NOT NULL AND coalesce((
      SELECT sum(e.cents) FROM earned e WHERE e.month = date_trunc('month', ${job}.ends_on)::date AND e.job_id <> ${job}.id), 0)
      + ${gross} > ${seeker.monthlyCeilingCents}::integer) AS over_ceiling`;
}

/** cheapFacts with the missing requirements themselves (for one job or a page of them). */
export const seekerFacts = (seeker: Seeker, j: string): SQL =>
  sql`${cheapFacts(seeker, j)}, ${missingSql(seeker, j)} AS missing_requirements`;

/**
 * The seeker's picked jobs, and their work by month as earnings.ts counts it for the ceiling: paid
 * work in the month paid, the rest (not cancelled) in the month of the job's last day, at the agreed
 * gross or the estimate.
 */
export const seekerCtes = (participantId: string) => sql`
  busy AS MATERIALIZED (
    SELECT bj.id, bj.starts_on, bj.ends_on FROM job_applications ba
    JOIN jobs bj ON bj.region_id = ba.region_id AND bj.id = ba.job_id
    WHERE ba.participant_id = ${participantId}::uuid AND ba.status = 'accepted'
      AND bj.status IN ('open', 'filled', 'done')
  ),
  earned AS MATERIALIZED (
    SELECT ej.id AS job_id, date_trunc('month', coalesce(w.paid_on, ej.ends_on))::date AS month,
      coalesce(w.gross_cents, ${sql.raw(grossOf("ej", "coalesce(w.worker_minutes, w.orderer_minutes, ej.estimated_minutes)"))}) AS cents
    FROM job_workers w JOIN jobs ej ON ej.region_id = w.region_id AND ej.id = w.job_id
    WHERE w.participant_id = ${participantId}::uuid AND ej.status <> 'cancelled'
  )`;

/**
 * The search as one statement (also what bench/small-jobs.ts times as bare SQL). It ranks every
 * candidate job with cheap facts only (booleans of the job's own columns and the seeker's few picked
 * jobs), takes the page by the keyset, and builds the JSON, the missing requirements and the
 * application of the page's jobs alone.
 */
export function searchQuery(seeker: Seeker, q: JobSearch, today: string): SQL {
  const filters: SQL[] = [sql`j.status = 'open'`, sql`j.ends_on >= ${q.from ?? today}::date`];
  if (q.to) filters.push(sql`j.starts_on <= ${q.to}::date`);
  if (q.category) filters.push(sql`j.category = ${q.category}`);
  if (q.village) filters.push(sql`j.village = ${q.village}`);
  if (q.municipality) filters.push(sql`j.municipality = ${q.municipality}`);
  if (!q.village && !q.municipality && (q.scope ?? "near") === "near") {
    if (seeker.municipality) filters.push(sql`j.municipality = ${seeker.municipality}`);
    else if (seeker.village) filters.push(sql`j.village = ${seeker.village}`);
  }
  const after = q.cursor ? decodeCursor(q.cursor) : null;
  const page = after
    ? sql`WHERE (c.score < ${after.score} OR (c.score = ${after.score} AND (c.starts_on > ${after.startsOn}::date
        OR (c.starts_on = ${after.startsOn}::date AND c.id > ${after.id}::uuid))))`
    : sql``;
  return sql`
    WITH ${seekerCtes(seeker.participantId)},
    page AS MATERIALIZED (
      SELECT c.* FROM (
        SELECT g.*, ${scoreSql("g")} AS score FROM (
          SELECT j.id, j.starts_on, ${cheapFacts(seeker, "j")}
          FROM jobs j
          WHERE ${sql.join(filters, sql` AND `)}
          -- OFFSET 0: the facts are computed once per job, not again for the score and the order.
          OFFSET 0
        ) g
      ) c
      ${page}
      ORDER BY c.score DESC, c.starts_on, c.id
      LIMIT ${q.limit + 1}
    )
    SELECT json_build_object('job', ${summaryJson("j", "o")}, 'score', p.score, 'sameVillage', p.same_village,
      'sameMunicipality', p.same_municipality, 'likesCategory', p.likes_category,
      'missingRequirements', ${missingSql(seeker, "j")}, 'weekdaysFree', p.weekdays_free, 'busy', p.busy,
      'overCeiling', p.over_ceiling, 'myApplication', a.status) AS row
    FROM page p
    JOIN jobs j ON j.id = p.id
    JOIN organisations o ON o.region_id = j.region_id AND o.id = j.organisation_id
    LEFT JOIN job_applications a
      ON a.region_id = j.region_id AND a.job_id = j.id AND a.participant_id = ${seeker.participantId}::uuid
    ORDER BY p.score DESC, p.starts_on, p.id`;
}

interface SearchRow extends FitFacts {
  job: JobSummary;
  score: number;
  myApplication: ApplicationStatus | null;
}

const toFound = (r: SearchRow): FoundJob => ({
  job: { ...r.job, publishedAt: iso(r.job.publishedAt) },
  fit: fitOf(r),
  myApplication: r.myApplication,
});

/** One page of the seeker's search and the cursor of the next (null on the last page). */
export async function searchJobs(
  tx: Tx,
  seeker: Seeker,
  q: JobSearch,
): Promise<{ items: FoundJob[]; next: string | null }> {
  if (q.from && q.to && q.to < q.from) throw fieldProblem(400, "smallJobs.searchWindow", "/to");
  const rows = rowsOf<{ row: SearchRow }>(await tx.execute(searchQuery(seeker, q, todayIso()))).map(
    (r) => r.row,
  );
  const page = rows.slice(0, q.limit);
  const last = page[page.length - 1];
  return {
    items: page.map(toFound),
    next:
      rows.length > q.limit && last
        ? encodeCursor({ score: last.score, startsOn: last.job.startsOn, id: last.job.id })
        : null,
  };
}

export interface SeekerJobRow extends FoundJob {
  /** The street address: only for an accepted worker. */
  address: string | null;
  application: {
    id: string;
    status: ApplicationStatus;
    message: string | null;
    appliedAt: string | null;
  } | null;
  worker: {
    id: string;
    workerMinutes: number | null;
    ordererMinutes: number | null;
    grossCents: number | null;
    withholdingCents: number | null;
    paidOn: string | null;
  } | null;
}

/**
 * One job as the seeker sees it: an open job, or one they have an application to (any state but a
 * draft). A draft, another region's job or a closed job they had nothing to do with: 404.
 */
export async function seekerJob(tx: Tx, seeker: Seeker, jobId: string): Promise<SeekerJobRow> {
  const [row] = rowsOf<{
    row: SearchRow & {
      address: string | null;
      application: SeekerJobRow["application"];
      worker: SeekerJobRow["worker"];
    };
  }>(
    await tx.execute(sql`
      WITH ${seekerCtes(seeker.participantId)}
      SELECT json_build_object('job', g.job, 'sameVillage', g.same_village, 'sameMunicipality', g.same_municipality,
        'likesCategory', g.likes_category, 'missingRequirements', g.missing_requirements,
        'weekdaysFree', g.weekdays_free, 'busy', g.busy, 'overCeiling', g.over_ceiling,
        'myApplication', g.my_application, 'address', g.address, 'application', g.application,
        'worker', g.worker) AS row
      FROM (
        SELECT ${summaryJson("j", "o")} AS job, a.status AS my_application,
          CASE WHEN a.status = 'accepted' THEN j.address END AS address,
          CASE WHEN a.id IS NOT NULL THEN json_build_object('id', a.id, 'status', a.status, 'message', a.message,
            'appliedAt', a.applied_at) END AS application,
          CASE WHEN w.id IS NOT NULL THEN json_build_object('id', w.id, 'workerMinutes', w.worker_minutes,
            'ordererMinutes', w.orderer_minutes, 'grossCents', w.gross_cents,
            'withholdingCents', w.withholding_cents, 'paidOn', w.paid_on) END AS worker,
          ${seekerFacts(seeker, "j")}
        FROM jobs j
        JOIN organisations o ON o.region_id = j.region_id AND o.id = j.organisation_id
        LEFT JOIN job_applications a
          ON a.region_id = j.region_id AND a.job_id = j.id AND a.participant_id = ${seeker.participantId}::uuid
        LEFT JOIN job_workers w
          ON w.region_id = j.region_id AND w.job_id = j.id AND w.participant_id = ${seeker.participantId}::uuid
        WHERE j.id = ${jobId}::uuid AND j.status <> 'draft' AND (j.status = 'open' OR a.id IS NOT NULL)
      ) g`),
  ).map((r) => r.row);
  if (!row) throw notFound();
  return {
    ...toFound(row),
    address: row.address,
    application: row.application ? { ...row.application, appliedAt: iso(row.application.appliedAt) } : null,
    worker: row.worker,
  };
}
