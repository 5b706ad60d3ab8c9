import {
  CartesianGrid,
  type DotItemDotProps,
  LabelList,
  Line,
  LineChart,
  PolarAngleAxis,
  PolarGrid,
  PolarRadiusAxis,
  Radar,
  RadarChart,
  ResponsiveContainer,
  XAxis,
  YAxis,
} from "recharts";
import type { DimensionSeries, RadarPoint } from "./chartData";
import { FIRST_COLOUR, FIRST_DASH, GRID_COLOUR, LATEST_COLOUR, TEXT_COLOUR } from "./chartStyle";

// The only module that imports recharts: the pages load it lazily (React.lazy), so the main bundle does
// not carry it. The SVGs are drawings only: the wrapping figure gives them role="img" and a name with the
// figures, and each chart has a table view; the keyboard layer of recharts is off (nothing to operate).

/** The first answer's marker: a hollow square (the latest answer's is a filled circle). */
export function SquareMarker({ cx, cy }: Pick<DotItemDotProps, "cx" | "cy">) {
  if (typeof cx !== "number" || typeof cy !== "number") return null;
  return (
    <rect x={cx - 4} y={cy - 4} width={8} height={8} fill="white" stroke={FIRST_COLOUR} strokeWidth={2} />
  );
}

export function CircleMarker({ cx, cy }: Pick<DotItemDotProps, "cx" | "cy">) {
  if (typeof cx !== "number" || typeof cy !== "number") return null;
  return <circle cx={cx} cy={cy} r={4.5} fill={LATEST_COLOUR} stroke="white" strokeWidth={1} />;
}

/** The radar: first (dashed grey, squares) and latest (solid blue, filled, circles) on a 0–10 scale. */
export function RadarView({
  points,
  compare,
  narrow,
}: {
  points: readonly RadarPoint[];
  /** Draw the first answer too (there are two days to compare). */
  compare: boolean;
  narrow: boolean;
}) {
  return (
    <ResponsiveContainer width="100%" height={narrow ? 280 : 380}>
      <RadarChart
        data={[...points]}
        outerRadius={narrow ? "64%" : "72%"}
        margin={{ top: 8, right: 8, bottom: 8, left: 8 }}
        accessibilityLayer={false}
      >
        <PolarGrid stroke={GRID_COLOUR} />
        <PolarAngleAxis dataKey="label" tick={{ fill: TEXT_COLOUR, fontSize: narrow ? 12 : 14 }} />
        <PolarRadiusAxis
          domain={[0, 10]}
          tickCount={6}
          // Between the first two spokes, so the scale's numbers do not cover a dimension's name.
          angle={90 - 180 / Math.max(points.length, 1)}
          tick={{ fill: TEXT_COLOUR, fontSize: 11 }}
          axisLine={false}
        />
        {compare && (
          <Radar
            dataKey="first"
            stroke={FIRST_COLOUR}
            strokeWidth={2}
            strokeDasharray={FIRST_DASH}
            fill="none"
            dot={SquareMarker}
            isAnimationActive={false}
          />
        )}
        <Radar
          dataKey="latest"
          stroke={LATEST_COLOUR}
          strokeWidth={2.5}
          fill={LATEST_COLOUR}
          fillOpacity={0.12}
          dot={CircleMarker}
          isAnimationActive={false}
        />
      </RadarChart>
    </ResponsiveContainer>
  );
}

const DAY = 86_400_000;

/** One dimension over time: a line with each score written beside its point. */
export function LineView({
  series,
  formatTick,
}: {
  series: DimensionSeries;
  formatTick: (iso: string) => string;
}) {
  const times = series.points.map((p) => p.time);
  const min = Math.min(...times);
  const max = Math.max(...times);
  // A single answer still needs a span for the axis.
  const domain: [number, number] = min === max ? [min - 15 * DAY, max + 15 * DAY] : [min, max];
  const ticks = min === max ? [min] : [min, max];
  const tickDays = new Map(series.points.map((p) => [p.time, p.answeredOn]));
  return (
    <ResponsiveContainer width="100%" height={150}>
      <LineChart
        data={series.points}
        margin={{ top: 22, right: 28, bottom: 4, left: 0 }}
        accessibilityLayer={false}
      >
        <CartesianGrid stroke={GRID_COLOUR} strokeDasharray="2 4" vertical={false} />
        <XAxis
          dataKey="time"
          type="number"
          scale="time"
          domain={domain}
          ticks={ticks}
          tickFormatter={(time: number) =>
            formatTick(tickDays.get(time) ?? new Date(time).toISOString().slice(0, 10))
          }
          tick={{ fill: TEXT_COLOUR, fontSize: 12 }}
          stroke={GRID_COLOUR}
          padding={{ left: 14, right: 4 }}
        />
        <YAxis
          domain={[0, 10]}
          ticks={[0, 5, 10]}
          width={28}
          tick={{ fill: TEXT_COLOUR, fontSize: 12 }}
          stroke={GRID_COLOUR}
        />
        <Line
          dataKey="score"
          stroke={LATEST_COLOUR}
          strokeWidth={2.5}
          dot={CircleMarker}
          isAnimationActive={false}
        >
          <LabelList dataKey="score" position="top" fill={TEXT_COLOUR} fontSize={13} fontWeight={600} />
        </Line>
      </LineChart>
    </ResponsiveContainer>
  );
}
