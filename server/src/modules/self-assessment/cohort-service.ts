import { type SQL, sql } from "drizzle-orm";
import { rowsOf, type Tx } from "../../db/client";
import { fieldProblem, notFound } from "../../http/problem";
import type { Stage } from "../pathway/schema";
import type {
  CohortDimension,
  CohortGroupOption,
  CohortInstrumentOption,
  CohortQuery,
  CohortReport,
} from "./cohort-api";
import { cohortGroups, groupMembers } from "./cohort-groups";
import {
  type CohortAggregates,
  type CohortFilters,
  type Counts,
  type DimensionFigures,
  type GroupCounts,
  NO_STAGE,
  SUPPRESSION_THRESHOLD,
} from "./cohort-stats";
import { suppressCohort } from "./cohort-suppression";
import type { DimensionTexts } from "./schema";

// The cohort report (distance travelled): one SQL statement computes the figures in the database, the
// pure rules of cohort-stats.ts withhold what would show a small group. Reads across the participants,
// pathway and self-assessment tables as a read model (like the caseload): a report over thousands of
// people cannot go through other modules' per-record services.

/** The instrument a report is made of when none is asked for. */
export const DEFAULT_INSTRUMENT_KEY = "polku-work-ability";

const TRUE = sql`true`;

/**
 * Memory for the report's hash tables and sorts, for this transaction only: the whole region's scores
 * (about a million rows at national scale, docs/performance.md) then aggregate in memory instead of in
 * temporary files. A report is an occasional read by a manager, not a concurrent load.
 */
export const COHORT_WORK_MEM = sql`SET LOCAL work_mem = '64MB'`;

/**
 * The statistics of a report as one statement: the cohort's own figures per dimension key and overall,
 * and the counts of the neighbouring groups that suppression compares with (without the project filter;
 * without the group filter; every age band; every stage). Each row is one JSON object: {grp, val, key, ...}.
 *
 * Scores are those of the instrument's submitted answers (self_assessment_scores) in the period, skipped
 * ones left out. A person belongs when they have at least one score in the period, and has "two answers"
 * with at least two scores on some dimension; their age band is taken at their latest score in the
 * period, their stage is the current one. The change on a key is latest − first score, for people with at
 * least two scores on it; of several scores of the same day the lowest counts. First and latest come out
 * of one pass as min and max of (day × 16 + score), so the scores are read once and aggregated by
 * hashing, with no sort. Age, stage, project and group are looked up only when that filter is set.
 */
export function cohortQuery(regionId: string, instrumentId: string, filters: CohortFilters): SQL {
  const region = sql`${regionId}::uuid`;
  const period = [
    filters.from ? sql` AND x.answered_on >= ${filters.from}::date` : sql``,
    filters.to ? sql` AND x.answered_on <= ${filters.to}::date` : sql``,
  ];
  const band = filters.ageBand
    ? sql`CASE WHEN a.age < 25 THEN '16_24' WHEN a.age < 30 THEN '25_29' WHEN a.age < 55 THEN '30_54'
          ELSE '55_plus' END`
    : sql`NULL::text`;
  const ageJoin = filters.ageBand
    ? sql`JOIN participants p ON p.region_id = ${region} AND p.id = d.participant_id
      CROSS JOIN LATERAL (SELECT extract(year FROM age(d.latest, p.birth_date))::int AS age) a`
    : sql``;
  const currentStage = filters.stage
    ? sql`current_stage AS (
      SELECT DISTINCT ON (sc.participant_id) sc.participant_id, sc.stage FROM stage_changes sc
      WHERE sc.region_id = ${region} ORDER BY sc.participant_id, sc.changed_on DESC, sc.created_at DESC
    ), `
    : sql``;
  const stageJoin = filters.stage
    ? sql`LEFT JOIN current_stage cs ON cs.participant_id = d.participant_id`
    : sql``;
  const stage = filters.stage ? sql`coalesce(cs.stage, ${NO_STAGE})` : sql`NULL::text`;
  const inProject = filters.projectId
    ? sql`d.participant_id IN (SELECT e.participant_id FROM enrolments e
        WHERE e.region_id = ${region} AND e.project_id = ${filters.projectId}::uuid)`
    : TRUE;
  const inGroup = filters.groupKey
    ? sql`d.participant_id IN (${groupMembers(region, filters.groupKey, filters)})`
    : TRUE;
  const projectOk = filters.projectId ? sql`in_project` : TRUE;
  const groupOk = filters.groupKey ? sql`in_group` : TRUE;
  const bandOk = filters.ageBand ? sql`band = ${filters.ageBand}` : TRUE;
  const stageOk = filters.stage ? sql`stage = ${filters.stage}` : TRUE;

  const dimensionCounts = sql`'n', count(*), 'improved', count(*) FILTER (WHERE change > 0),
    'same', count(*) FILTER (WHERE change = 0), 'declined', count(*) FILTER (WHERE change < 0)`;
  const cohortCounts = sql`'participants', count(*), 'withTwoAnswers', count(*) FILTER (WHERE two)`;
  /** The counts of a neighbouring group (or family of groups by `val`). */
  const group = (grp: string, where: SQL, val: SQL | null) => sql`
    UNION ALL
    SELECT json_build_object('grp', ${grp}::text, 'val', ${val ?? sql`NULL::text`}, 'key', dimension_key, ${dimensionCounts})
      FROM c WHERE ${where} GROUP BY dimension_key${val ? sql`, ${val}` : sql``}
    UNION ALL
    SELECT json_build_object('grp', ${grp}::text, 'val', ${val ?? sql`NULL::text`}, 'key', NULL, ${cohortCounts})
      FROM people WHERE ${where}${val ? sql` GROUP BY ${val}` : sql``}`;

  return sql`
    WITH ${currentStage}pk AS (
      SELECT x.participant_id, x.dimension_key, count(*) AS n,
        min((x.answered_on - DATE '1900-01-01') * 16 + x.score) AS first,
        max((x.answered_on - DATE '1900-01-01') * 16 + 15 - x.score) AS last
      FROM self_assessment_scores x
      WHERE x.region_id = ${region} AND x.instrument_id = ${instrumentId}::uuid
        AND x.score IS NOT NULL${period[0]}${period[1]}
      GROUP BY x.participant_id, x.dimension_key
    ), people AS (
      SELECT d.participant_id, d.two, ${band} AS band, ${stage} AS stage, ${inProject} AS in_project,
        ${inGroup} AS in_group
      FROM (
        SELECT participant_id, max(n) >= 2 AS two, DATE '1900-01-01' + max(last) / 16 AS latest
        FROM pk GROUP BY participant_id
      ) d
      ${ageJoin}
      ${stageJoin}
    ), c AS (
      SELECT people.band, people.stage, people.in_project, people.in_group, pk.dimension_key,
        (15 - pk.last % 16) - pk.first % 16 AS change
      FROM pk JOIN people USING (participant_id) WHERE pk.n >= 2
    )
    SELECT json_build_object('grp', 'own', 'val', NULL, 'key', dimension_key, ${dimensionCounts},
        'mean', avg(change), 'median', percentile_cont(0.5) WITHIN GROUP (ORDER BY change)) AS row
      FROM c WHERE ${projectOk} AND ${groupOk} AND ${bandOk} AND ${stageOk} GROUP BY dimension_key
    UNION ALL
    SELECT json_build_object('grp', 'own', 'val', NULL, 'key', NULL, ${cohortCounts})
      FROM people WHERE ${projectOk} AND ${groupOk} AND ${bandOk} AND ${stageOk}
    ${filters.projectId ? group("without_project", sql`${groupOk} AND ${bandOk} AND ${stageOk}`, null) : sql``}
    ${filters.groupKey ? group("without_group", sql`${projectOk} AND ${bandOk} AND ${stageOk}`, null) : sql``}
    ${filters.ageBand ? group("age_band", sql`${projectOk} AND ${groupOk} AND ${stageOk}`, sql`band`) : sql``}
    ${filters.stage ? group("stage", sql`${projectOk} AND ${groupOk} AND ${bandOk}`, sql`stage`) : sql``}`;
}

interface AggregateRow {
  grp: "own" | "without_project" | "without_group" | "age_band" | "stage";
  val: string | null;
  key: string | null;
  n?: number;
  improved?: number;
  same?: number;
  declined?: number;
  mean?: number | string | null;
  median?: number | null;
  participants?: number;
  withTwoAnswers?: number;
}

const counts = (r: AggregateRow): Counts => ({
  n: Number(r.n ?? 0),
  improved: Number(r.improved ?? 0),
  same: Number(r.same ?? 0),
  declined: Number(r.declined ?? 0),
});

/** The rows of `cohortQuery` as aggregates. */
export function aggregatesOf(rows: readonly AggregateRow[], filters: CohortFilters): CohortAggregates {
  const emptyGroup = (): GroupCounts => ({ cohort: { participants: 0, withTwoAnswers: 0 }, dimensions: {} });
  const agg: CohortAggregates = {
    cohort: { participants: 0, withTwoAnswers: 0 },
    dimensions: {},
    withoutProject: filters.projectId ? emptyGroup() : null,
    withoutGroup: filters.groupKey ? emptyGroup() : null,
    byAgeBand: filters.ageBand ? {} : null,
    byStage: filters.stage ? {} : null,
  };
  for (const r of rows) {
    if (r.grp === "own") {
      if (r.key === null) {
        agg.cohort = {
          participants: Number(r.participants ?? 0),
          withTwoAnswers: Number(r.withTwoAnswers ?? 0),
        };
      } else {
        const figures: DimensionFigures = {
          ...counts(r),
          mean: r.mean === null || r.mean === undefined ? null : Number(r.mean),
          median: r.median === null || r.median === undefined ? null : Number(r.median),
        };
        agg.dimensions[r.key] = figures;
      }
      continue;
    }
    let target: GroupCounts | null = null;
    const family = r.grp === "age_band" ? agg.byAgeBand : r.grp === "stage" ? agg.byStage : null;
    if (r.grp === "without_project") target = agg.withoutProject;
    else if (r.grp === "without_group") target = agg.withoutGroup;
    else if (family !== null && r.val !== null) {
      family[r.val] ??= emptyGroup();
      target = family[r.val] ?? null;
    }
    if (!target) continue;
    if (r.key === null) {
      target.cohort = {
        participants: Number(r.participants ?? 0),
        withTwoAnswers: Number(r.withTwoAnswers ?? 0),
      };
    } else {
      target.dimensions[r.key] = counts(r);
    }
  }
  return agg;
}

/** Runs the report's statement in the caller's region (row-level security applies as well). */
export async function cohortAggregates(
  tx: Tx,
  regionId: string,
  instrumentId: string,
  filters: CohortFilters,
): Promise<CohortAggregates> {
  await tx.execute(COHORT_WORK_MEM);
  const rows = rowsOf<{ row: AggregateRow }>(await tx.execute(cohortQuery(regionId, instrumentId, filters)));
  return aggregatesOf(
    rows.map((r) => r.row),
    filters,
  );
}

/** The region's instruments that have been published, current first (the default instrument leading). */
export async function cohortInstruments(tx: Tx): Promise<CohortInstrumentOption[]> {
  const rows = rowsOf<{ row: CohortInstrumentOption }>(
    await tx.execute(sql`
      SELECT json_build_object('id', i.id, 'key', i.key, 'name', i.name, 'archived', i.archived_at IS NOT NULL) AS row
      FROM instruments i
      WHERE EXISTS (SELECT 1 FROM instrument_versions v WHERE v.instrument_id = i.id AND v.status <> 'draft')
      ORDER BY i.archived_at IS NOT NULL, i.key <> ${DEFAULT_INSTRUMENT_KEY}, i.name->>'fi', i.id`),
  );
  return rows.map((r) => r.row);
}

interface DimensionRow {
  key: string;
  position: number;
  texts: DimensionTexts;
  number: number;
}

/**
 * The dimensions to report, in the order of the instrument's newest published version; keys only older
 * versions asked follow (by key) when someone in the cohort has answered them.
 */
async function reportDimensions(
  tx: Tx,
  instrumentId: string,
  answered: ReadonlySet<string>,
): Promise<{ key: string; texts: DimensionTexts; current: boolean }[]> {
  const rows = rowsOf<{ row: DimensionRow }>(
    await tx.execute(sql`
      SELECT json_build_object('key', d.key, 'position', d.position, 'texts', d.texts, 'number', v.number) AS row
      FROM instrument_dimensions d
      JOIN instrument_versions v ON v.region_id = d.region_id AND v.id = d.instrument_version_id
      WHERE v.instrument_id = ${instrumentId}::uuid AND v.status <> 'draft'
      ORDER BY v.number DESC, d.position`),
  ).map((r) => r.row);
  const newest = rows[0]?.number;
  const seen = new Set<string>();
  const current: DimensionRow[] = [];
  const older: DimensionRow[] = [];
  for (const r of rows) {
    if (seen.has(r.key)) continue;
    seen.add(r.key);
    if (r.number === newest) current.push(r);
    else if (answered.has(r.key)) older.push(r);
  }
  older.sort((a, b) => (a.key < b.key ? -1 : 1));
  return [
    ...current.map((r) => ({ key: r.key, texts: r.texts, current: true })),
    ...older.map((r) => ({ key: r.key, texts: r.texts, current: false })),
  ];
}

/** The filters of a query, checked: 400 for a reversed period, an unknown project or group. */
async function checkedFilters(
  tx: Tx,
  query: CohortQuery,
  groups: readonly CohortGroupOption[],
): Promise<{
  filters: CohortFilters;
  project: { id: string; name: string } | null;
  group: CohortGroupOption | null;
}> {
  if (query.from && query.to && query.from > query.to)
    throw fieldProblem(400, "cohort.periodReversed", "/to");
  let project: { id: string; name: string } | null = null;
  if (query.projectId) {
    const [row] = rowsOf<{ id: string; name: string }>(
      await tx.execute(sql`SELECT id, name FROM projects WHERE id = ${query.projectId}::uuid`),
    );
    if (!row) throw fieldProblem(400, "cohort.projectNotFound", "/projectId");
    project = row;
  }
  const group = query.group ? (groups.find((g) => g.key === query.group) ?? null) : null;
  if (query.group && !group) throw fieldProblem(400, "cohort.groupNotFound", "/group");
  return {
    filters: {
      projectId: query.projectId ?? null,
      groupKey: group?.key ?? null,
      ageBand: query.ageBand ?? null,
      stage: query.stage ?? null,
      from: query.from ?? null,
      to: query.to ?? null,
    },
    project,
    group,
  };
}

/**
 * The distance-travelled report of a cohort with what may be shown, and the instruments to choose from.
 * The region is the caller's (row-level security); an unknown instrument is 404.
 */
export async function cohortReport(
  tx: Tx,
  regionId: string,
  query: CohortQuery,
): Promise<{ report: CohortReport; instruments: CohortInstrumentOption[]; groups: CohortGroupOption[] }> {
  const instruments = await cohortInstruments(tx);
  const instrument = query.instrumentId
    ? instruments.find((i) => i.id === query.instrumentId)
    : instruments[0];
  if (!instrument) throw notFound();
  const groups = await cohortGroups(tx);
  const { filters, project, group } = await checkedFilters(tx, query, groups);
  const agg = await cohortAggregates(tx, regionId, instrument.id, filters);
  const dimensions = await reportDimensions(tx, instrument.id, new Set(Object.keys(agg.dimensions)));
  const result = suppressCohort(
    agg,
    filters,
    dimensions.map((d) => d.key),
  );
  const rows: CohortDimension[] = result.dimensions.map((r, i) => {
    const d = dimensions[i];
    if (!d) throw new Error("dimension list out of step");
    return { ...r, texts: d.texts, current: d.current };
  });
  return {
    instruments,
    groups,
    report: {
      filters: {
        instrument,
        project,
        group: group && { key: group.key, name: group.name, provider: group.provider },
        ageBand: filters.ageBand,
        stage: (filters.stage as Stage | null) ?? null,
        from: filters.from,
        to: filters.to,
      },
      threshold: SUPPRESSION_THRESHOLD,
      suppressed: result.suppressed,
      participants: result.participants,
      participantsSuppressed: result.participantsSuppressed,
      withTwoAnswers: result.withTwoAnswers,
      withTwoAnswersSuppressed: result.withTwoAnswersSuppressed,
      dimensions: rows,
    },
  };
}
