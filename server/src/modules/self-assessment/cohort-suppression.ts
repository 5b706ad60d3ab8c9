// Which figures of a cohort report may be shown: every figure that rests on 1 to threshold − 1 people,
// or would let such a group be worked out from this report and another, is withheld with a reason. Pure,
// property-tested in cohort-stats.test.ts; decision record 020 explains the rules.
import {
  type CohortAggregates,
  type CohortCounts,
  type CohortFilters,
  type Counts,
  DIRECTIONS,
  type Direction,
  type GroupCounts,
  SUPPRESSION_THRESHOLD,
  type Suppression,
  type SuppressionReason,
} from "./cohort-stats";

export interface DimensionResult {
  key: string;
  n: number | null;
  meanChange: number | null;
  medianChange: number | null;
  improved: number | null;
  same: number | null;
  declined: number | null;
  /** Shares of n, 0–1. */
  improvedShare: number | null;
  sameShare: number | null;
  declinedShare: number | null;
  /** Set when the whole row is withheld. */
  suppressed: Suppression | null;
  /** Why a cell is withheld (all three carry the row's reason when the row is withheld). */
  cells: Record<Direction, Suppression | null>;
}

export interface CohortResult {
  /** Set when the whole report is withheld. */
  suppressed: Suppression | null;
  participants: number | null;
  participantsSuppressed: Suppression | null;
  withTwoAnswers: number | null;
  withTwoAnswersSuppressed: Suppression | null;
  dimensions: DimensionResult[];
}

const ZERO: Counts = { n: 0, improved: 0, same: 0, declined: 0 };

/**
 * The groups a report could be compared with, each of whose figures would follow from this report's and
 * another's: the people outside the project (the report without the project filter minus this one),
 * likewise outside the group, and every other age band or stage (with all of them and the report without
 * that filter, the last one follows by subtraction). `pick` takes the counts of interest out of a group.
 */
function neighbours<T>(
  agg: CohortAggregates,
  filters: CohortFilters,
  pick: (g: GroupCounts) => T,
  minus: (a: T, b: T) => T,
  own: T,
): { outside: T[]; families: T[][] } {
  // People can be in several projects and groups: those filters are no family, only "this or not".
  const outside = [agg.withoutProject, agg.withoutGroup].flatMap((wider) =>
    wider ? [minus(pick(wider), own)] : [],
  );
  const families: T[][] = [];
  for (const [chosen, family] of [
    [filters.ageBand, agg.byAgeBand],
    [filters.stage, agg.byStage],
  ] as const) {
    if (chosen === null || family === null) continue;
    // The chosen group itself is a member: its cells count like the others' (see the cell rule).
    families.push(Object.values(family).map(pick));
  }
  return { outside, families };
}

const subtractCounts = (a: Counts, b: Counts): Counts => ({
  n: a.n - b.n,
  improved: a.improved - b.improved,
  same: a.same - b.same,
  declined: a.declined - b.declined,
});

/**
 * The report as it may be shown: every figure that rests on 1 to threshold − 1 people, or that would let
 * such a group be worked out, is null with a reason.
 *
 * - The whole report is withheld when the cohort has fewer than the threshold.
 * - A count of people (participants, with two answers, n) is withheld when it is under the threshold, or
 *   when a neighbouring group (see `neighbours`) has 1 to threshold − 1 people. (The cohort itself is
 *   at least the threshold here, so its participants are withheld only for a neighbour.)
 * - The split into improved / same / declined: a cell of 1 to threshold − 1 is withheld, and so is a cell
 *   whose neighbour outside the project or the group is that small; then more cells, smallest first, until at least
 *   two are withheld and together hold at least the threshold, so none can be worked out from n. With an
 *   age band or stage filter, the split is shown only if every cell of every age band (stage) is 0 or at
 *   least the threshold; otherwise it is withheld in all of them alike, so that subtracting the bands
 *   from the report without the filter reveals nothing.
 */
export function suppressCohort(
  agg: CohortAggregates,
  filters: CohortFilters,
  keys: readonly string[],
  threshold = SUPPRESSION_THRESHOLD,
): CohortResult {
  const small = (x: number) => x >= 1 && x < threshold;
  const because = (reason: SuppressionReason): Suppression => ({ reason, threshold });
  const hiddenRow = (key: string, reason: SuppressionReason): DimensionResult => ({
    key,
    n: null,
    meanChange: null,
    medianChange: null,
    improved: null,
    same: null,
    declined: null,
    improvedShare: null,
    sameShare: null,
    declinedShare: null,
    suppressed: because(reason),
    cells: { improved: because(reason), same: because(reason), declined: because(reason) },
  });

  if (agg.cohort.participants < threshold) {
    return {
      suppressed: because("cohort_too_small"),
      participants: null,
      participantsSuppressed: because("cohort_too_small"),
      withTwoAnswers: null,
      withTwoAnswersSuppressed: because("cohort_too_small"),
      dimensions: keys.map((key) => hiddenRow(key, "cohort_too_small")),
    };
  }

  // The cohort's counts. Those who answered only once (participants − with two) are not protected as a
  // cell of their own: answering once says nothing of how a person is doing.
  const cohortNear = neighbours<CohortCounts>(
    agg,
    filters,
    (g) => g.cohort,
    (a, b) => ({
      participants: a.participants - b.participants,
      withTwoAnswers: a.withTwoAnswers - b.withTwoAnswers,
    }),
    agg.cohort,
  );
  const nearCohorts = [...cohortNear.outside, ...cohortNear.families.flat()];
  const participantsSuppressed = nearCohorts.some((c) => small(c.participants))
    ? because("would_reveal_small_group")
    : null;
  const withTwoAnswersSuppressed = small(agg.cohort.withTwoAnswers)
    ? because("too_few_people")
    : nearCohorts.some((c) => small(c.withTwoAnswers))
      ? because("would_reveal_small_group")
      : null;

  const dimensions = keys.map((key): DimensionResult => {
    const figures = agg.dimensions[key];
    const own: Counts = figures ?? ZERO;
    if (!figures || own.n < threshold) return hiddenRow(key, "too_few_people");
    const near = neighbours<Counts>(agg, filters, (g) => g.dimensions[key] ?? ZERO, subtractCounts, own);
    const nearGroups = [...near.outside, ...near.families.flat()];
    if (nearGroups.some((g) => small(g.n))) return hiddenRow(key, "would_reveal_small_group");

    const cells: Record<Direction, Suppression | null> = { improved: null, same: null, declined: null };
    const familyHasSmallCell = near.families.some((family) =>
      family.some((g) => DIRECTIONS.some((d) => small(g[d]))),
    );
    for (const d of DIRECTIONS) {
      if (small(own[d])) cells[d] = because("small_cell");
      else if (near.outside.some((g) => small(g[d]))) cells[d] = because("would_reveal_small_group");
      else if (familyHasSmallCell) cells[d] = because("would_reveal_small_group");
    }
    // Complementary cells: at least two withheld, holding together at least the threshold.
    const hidden = () => DIRECTIONS.filter((d) => cells[d] !== null);
    const hiddenSum = () => hidden().reduce((sum, d) => sum + own[d], 0);
    while (hidden().length > 0 && (hidden().length === 1 || hiddenSum() < threshold)) {
      const visible = DIRECTIONS.filter((d) => cells[d] === null);
      const next = visible.reduce<Direction | null>(
        (best, d) => (best === null || own[d] < own[best] ? d : best),
        null,
      );
      if (next === null) break;
      cells[next] = because("complementary");
    }
    const shown = (d: Direction) => (cells[d] === null ? own[d] : null);
    const share = (d: Direction) => (cells[d] === null ? own[d] / own.n : null);
    return {
      key,
      n: own.n,
      meanChange: figures.mean,
      medianChange: figures.median,
      improved: shown("improved"),
      same: shown("same"),
      declined: shown("declined"),
      improvedShare: share("improved"),
      sameShare: share("same"),
      declinedShare: share("declined"),
      suppressed: null,
      cells,
    };
  });

  return {
    suppressed: null,
    participants: participantsSuppressed ? null : agg.cohort.participants,
    participantsSuppressed,
    withTwoAnswers: withTwoAnswersSuppressed ? null : agg.cohort.withTwoAnswers,
    withTwoAnswersSuppressed,
    dimensions,
  };
}
