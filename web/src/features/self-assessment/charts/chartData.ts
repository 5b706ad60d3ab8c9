import type { ComparisonEntry } from "./summary";

// The history reshaped for the charts and their tables. Pure, so it is tested without a browser (and
// without recharts, which is only loaded with the charts).

/** An answer of the history: its day and its scores by key (null = skipped). */
export interface HistoryAnswer {
  id: string;
  answeredOn: string;
  scores: Record<string, number | null>;
}

export interface HistoryLike {
  dimensions: readonly { key: string }[];
  answers: readonly HistoryAnswer[];
  comparison: readonly ComparisonEntry[];
}

/** One spoke of the radar: a dimension with its first and latest score (null when never answered). */
export interface RadarPoint {
  key: string;
  label: string;
  first: number | null;
  latest: number | null;
  firstOn: string | null;
  latestOn: string | null;
}

/**
 * The radar's spokes in the instrument's order, from the comparison (the first and latest score each
 * dimension got, so a question skipped once still has both). Dimensions never answered are left out.
 */
export function radarPoints(history: HistoryLike, labelOf: (key: string) => string): RadarPoint[] {
  const byKey = new Map(history.comparison.map((c) => [c.key, c]));
  return history.dimensions.flatMap(({ key }) => {
    const c = byKey.get(key);
    if (!c || (!c.first && !c.latest)) return [];
    return [
      {
        key,
        label: labelOf(key),
        first: c.first?.score ?? null,
        latest: c.latest?.score ?? null,
        firstOn: c.first?.answeredOn ?? null,
        latestOn: c.latest?.answeredOn ?? null,
      },
    ];
  });
}

/** Whether the radar has two things to compare: at least one dimension answered on two different days. */
export const hasComparison = (points: readonly RadarPoint[]) =>
  points.some((p) => p.firstOn !== null && p.latestOn !== null && p.firstOn !== p.latestOn);

/** A dimension's scores over time, oldest first; skipped answers are left out. */
export interface DimensionSeries {
  key: string;
  label: string;
  points: { answeredOn: string; time: number; score: number }[];
}

export const dayTime = (iso: string) => Date.parse(`${iso}T12:00:00Z`);

export function dimensionSeries(history: HistoryLike, labelOf: (key: string) => string): DimensionSeries[] {
  return history.dimensions.flatMap(({ key }) => {
    const points = history.answers.flatMap((a) => {
      const score = a.scores[key];
      return typeof score === "number"
        ? [{ answeredOn: a.answeredOn, time: dayTime(a.answeredOn), score }]
        : [];
    });
    return points.length === 0 ? [] : [{ key, label: labelOf(key), points }];
  });
}

/**
 * The text alternative of the radar: each dimension's first and latest score ("Arki 4 → 7"), or the one
 * score there is.
 */
export function radarFigures(points: readonly RadarPoint[]): string[] {
  return points.map((p) =>
    p.first !== null && p.latest !== null && p.firstOn !== p.latestOn
      ? `${p.label} ${p.first} → ${p.latest}`
      : `${p.label} ${p.latest ?? p.first}`,
  );
}

/** The text alternative of one dimension's line: its scores with their days, oldest first. */
export function seriesFigures(series: DimensionSeries, formatDay: (iso: string) => string): string {
  return series.points.map((p) => `${formatDay(p.answeredOn)} ${p.score}`).join(", ");
}

/** The "over time" table: a row per dimension, a cell per answer ("" when skipped or not asked). */
export function scoreTable(
  history: HistoryLike,
  labelOf: (key: string) => string,
): {
  columns: { id: string; answeredOn: string }[];
  rows: { key: string; label: string; cells: (number | null)[] }[];
} {
  const columns = history.answers.map((a) => ({ id: a.id, answeredOn: a.answeredOn }));
  const rows = history.dimensions.map(({ key }) => ({
    key,
    label: labelOf(key),
    cells: history.answers.map((a) => {
      const score = a.scores[key];
      return typeof score === "number" ? score : null;
    }),
  }));
  return { columns, rows };
}
