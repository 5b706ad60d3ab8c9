// Distance travelled of a cohort (kuljettu matka): the statistics, their types and the reference
// computation. Pure TypeScript without imports, so that it is the reference the SQL of cohort-service.ts
// is tested against (cohort-sql.test.ts) and gets property tests with many runs (cohort-stats.test.ts);
// which figures may be shown is cohort-suppression.ts. Decision record 020 explains the choices.

/** No figure rests on fewer people than this. */
export const SUPPRESSION_THRESHOLD = 5;

/**
 * Age bands at the latest answer in the period. They follow the funders' breaks (ESF 2014–2020 "under
 * 25" and "over 54", ESF+ "18–29" and "55 and over"): 16–24, 25–29, 30–54, 55+. Anyone younger than 16
 * (the services start at 16) falls in the first band.
 */
export const AGE_BANDS = ["16_24", "25_29", "30_54", "55_plus"] as const;
export type AgeBand = (typeof AGE_BANDS)[number];

/** The stage group of a person with no stage recorded. */
export const NO_STAGE = "none";

export const DIRECTIONS = ["improved", "same", "declined"] as const;
export type Direction = (typeof DIRECTIONS)[number];

export const SUPPRESSION_REASONS = [
  /** The cohort has fewer than the threshold of people: the whole report is withheld. */
  "cohort_too_small",
  /** Fewer than the threshold of people behind this figure. */
  "too_few_people",
  /**
   * The figure is fine on its own, but together with another report (without the project or group
   * filter, or for another age band or stage) it would give the figures of a group smaller than the threshold.
   */
  "would_reveal_small_group",
  /** This cell (improved, same or declined) has 1 to threshold − 1 people. */
  "small_cell",
  /** Hidden so that a hidden cell cannot be worked out from the total and the other cells. */
  "complementary",
] as const;
export type SuppressionReason = (typeof SUPPRESSION_REASONS)[number];

export interface Suppression {
  reason: SuppressionReason;
  threshold: number;
}

/** The filters of a report (the instrument is fixed by the caller). Dates are YYYY-MM-DD, inclusive. */
export interface CohortFilters {
  projectId: string | null;
  /**
   * A group (ryhmä) by its key (cohort-groups.ts): people with a group step of that group overlapping the
   * period (any time without a period).
   */
  groupKey: string | null;
  ageBand: AgeBand | null;
  stage: string | null;
  from: string | null;
  to: string | null;
}

/** People by direction of change on one dimension. n = improved + same + declined. */
export interface Counts {
  n: number;
  improved: number;
  same: number;
  declined: number;
}

/** The cohort's own figures on one dimension. */
export interface DimensionFigures extends Counts {
  /** Mean of latest − first; null when n = 0. */
  mean: number | null;
  /** Median of latest − first (the mean of the two middle values when n is even); null when n = 0. */
  median: number | null;
}

/**
 * People in a group: with at least one score in the period, and with at least two scores on some
 * dimension (so that some change can be told: "at least two answers").
 */
export interface CohortCounts {
  participants: number;
  withTwoAnswers: number;
}

/** The counts of one group of people: overall and per dimension key (keys without anyone are left out). */
export interface GroupCounts {
  cohort: CohortCounts;
  dimensions: Record<string, Counts>;
}

/**
 * What the database computes for one report: the cohort's own figures, and the counts of the groups
 * next to it that someone could compare it with (see `suppressCohort` in cohort-suppression.ts).
 */
export interface CohortAggregates {
  cohort: CohortCounts;
  /** Keys with at least one person with two answers on it. */
  dimensions: Record<string, DimensionFigures>;
  /** Only with a project filter: the same cohort without it. */
  withoutProject: GroupCounts | null;
  /** Only with a group filter: the same cohort without it. */
  withoutGroup: GroupCounts | null;
  /** Only with an age band filter: every age band with the other filters (absent bands have nobody). */
  byAgeBand: Record<string, GroupCounts> | null;
  /** Only with a stage filter: every stage, and NO_STAGE, with the other filters. */
  byStage: Record<string, GroupCounts> | null;
}

// ---------------------------------------------------------------------------------------------------
// Ages and the statistics of one list of changes.

/** Age in whole years on a day (YYYY-MM-DD); a birthday on 29.2. comes on 1.3. in other years. */
export function ageOn(birthDate: string, day: string): number {
  const years = Number(day.slice(0, 4)) - Number(birthDate.slice(0, 4));
  return day.slice(5) < birthDate.slice(5) ? years - 1 : years;
}

export function ageBandOf(age: number): AgeBand {
  if (age < 25) return "16_24";
  if (age < 30) return "25_29";
  if (age < 55) return "30_54";
  return "55_plus";
}

/** n, mean, median and the directions of a list of changes (latest − first). */
export function changeStatistics(changes: readonly number[]): DimensionFigures {
  const n = changes.length;
  const sorted = [...changes].sort((a, b) => a - b);
  const mid = Math.floor(n / 2);
  const median =
    n === 0 ? null : n % 2 === 1 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
  return {
    n,
    improved: changes.filter((c) => c > 0).length,
    same: changes.filter((c) => c === 0).length,
    declined: changes.filter((c) => c < 0).length,
    mean: n === 0 ? null : changes.reduce((a, b) => a + b, 0) / n,
    median,
  };
}

// ---------------------------------------------------------------------------------------------------
// The reference: the same aggregates as the SQL, from the answers themselves.

export interface ReferencePerson {
  id: string;
  birthDate: string;
  /** The current stage (latest stage change), or NO_STAGE. */
  stage: string;
  /** Projects the person is or was enrolled in. */
  projects: readonly string[];
  /** The person's group steps: the group's key and the step's days (endsOn null = open). */
  groups?: readonly ReferenceGroupStep[];
}

export interface ReferenceGroupStep {
  key: string;
  startsOn: string;
  endsOn: string | null;
}

/** Whether a group step overlaps the period (inclusive; an open end or side never limits). */
export const groupStepInPeriod = (step: ReferenceGroupStep, filters: CohortFilters): boolean =>
  (filters.to === null || step.startsOn <= filters.to) &&
  (filters.from === null || step.endsOn === null || step.endsOn >= filters.from);

/** A submitted answer of the instrument: score per dimension key, null = skipped. */
export interface ReferenceAnswer {
  id: string;
  participantId: string;
  answeredOn: string;
  scores: Readonly<Record<string, number | null>>;
}

interface PersonInScope {
  person: ReferencePerson;
  /** At least two scores on some dimension: some change can be told. */
  two: boolean;
  band: AgeBand;
  inProject: boolean;
  /** In the filter's group during the period. */
  inGroup: boolean;
  /** latest − first non-null score per key, for keys with at least two. */
  changes: Map<string, number>;
}

/**
 * The people of a report before any filter but the period: everyone with at least one non-null score in
 * the period, with their age band at their latest such score and their change per dimension: the score
 * of the latest day minus that of the first day, the lowest counting when a day has several (as the SQL
 * does).
 */
export function peopleInScope(
  people: readonly ReferencePerson[],
  answers: readonly ReferenceAnswer[],
  filters: CohortFilters,
): PersonInScope[] {
  const inPeriod = answers.filter(
    (a) =>
      (filters.from === null || a.answeredOn >= filters.from) &&
      (filters.to === null || a.answeredOn <= filters.to),
  );
  const result: PersonInScope[] = [];
  for (const person of people) {
    const byKey = new Map<string, { day: string; score: number }[]>();
    let latest: string | null = null;
    for (const answer of inPeriod) {
      if (answer.participantId !== person.id) continue;
      for (const [key, score] of Object.entries(answer.scores)) {
        if (score === null) continue;
        byKey.set(key, [...(byKey.get(key) ?? []), { day: answer.answeredOn, score }]);
        if (latest === null || answer.answeredOn > latest) latest = answer.answeredOn;
      }
    }
    if (latest === null) continue;
    const changes = new Map<string, number>();
    for (const [key, scores] of byKey) {
      if (scores.length < 2) continue;
      const days = scores.map((s) => s.day).sort();
      const lowestOn = (day: string | undefined) =>
        Math.min(...scores.filter((s) => s.day === day).map((s) => s.score));
      changes.set(key, lowestOn(days.at(-1)) - lowestOn(days[0]));
    }
    result.push({
      person,
      two: changes.size > 0,
      band: ageBandOf(ageOn(person.birthDate, latest)),
      inProject: filters.projectId !== null && person.projects.includes(filters.projectId),
      inGroup:
        filters.groupKey !== null &&
        (person.groups ?? []).some((g) => g.key === filters.groupKey && groupStepInPeriod(g, filters)),
      changes,
    });
  }
  return result;
}

type Test = (p: PersonInScope) => boolean;

function groupCounts(scope: readonly PersonInScope[], test: Test): GroupCounts {
  const members = scope.filter(test);
  const changesByKey = new Map<string, number[]>();
  for (const m of members) {
    for (const [key, change] of m.changes) changesByKey.set(key, [...(changesByKey.get(key) ?? []), change]);
  }
  const dimensions: Record<string, Counts> = {};
  for (const [key, changes] of changesByKey) {
    const { n, improved, same, declined } = changeStatistics(changes);
    dimensions[key] = { n, improved, same, declined };
  }
  return {
    cohort: { participants: members.length, withTwoAnswers: members.filter((m) => m.two).length },
    dimensions,
  };
}

/** The aggregates of a report computed in memory from the answers: the reference for the SQL. */
export function referenceAggregates(
  people: readonly ReferencePerson[],
  answers: readonly ReferenceAnswer[],
  filters: CohortFilters,
): CohortAggregates {
  const scope = peopleInScope(people, answers, filters);
  const projectOk: Test = (p) => filters.projectId === null || p.inProject;
  const groupOk: Test = (p) => filters.groupKey === null || p.inGroup;
  const bandOk: Test = (p) => filters.ageBand === null || p.band === filters.ageBand;
  const stageOk: Test = (p) => filters.stage === null || p.person.stage === filters.stage;
  const own = scope.filter((p) => projectOk(p) && groupOk(p) && bandOk(p) && stageOk(p));
  const byKey = new Map<string, number[]>();
  for (const m of own) for (const [key, c] of m.changes) byKey.set(key, [...(byKey.get(key) ?? []), c]);
  const groupBy = (value: (p: PersonInScope) => string, test: Test) => {
    const out: Record<string, GroupCounts> = {};
    for (const v of new Set(scope.filter(test).map(value))) {
      out[v] = groupCounts(scope, (p) => test(p) && value(p) === v);
    }
    return out;
  };
  return {
    cohort: { participants: own.length, withTwoAnswers: own.filter((m) => m.two).length },
    dimensions: Object.fromEntries([...byKey].map(([key, changes]) => [key, changeStatistics(changes)])),
    withoutProject:
      filters.projectId === null ? null : groupCounts(scope, (p) => groupOk(p) && bandOk(p) && stageOk(p)),
    withoutGroup:
      filters.groupKey === null ? null : groupCounts(scope, (p) => projectOk(p) && bandOk(p) && stageOk(p)),
    byAgeBand:
      filters.ageBand === null
        ? null
        : groupBy(
            (p) => p.band,
            (p) => projectOk(p) && groupOk(p) && stageOk(p),
          ),
    byStage:
      filters.stage === null
        ? null
        : groupBy(
            (p) => p.person.stage,
            (p) => projectOk(p) && groupOk(p) && bandOk(p),
          ),
  };
}
