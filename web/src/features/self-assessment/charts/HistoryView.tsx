import { lazy, Suspense, useEffect, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { Button, Heading, Paragraph } from "suomifi-ui-components";
import type { History } from "../../../../../server/src/modules/self-assessment/api";
import { todayIso } from "../../../app/dates";
import { formatDate } from "../../../app/format";
import { useLanguage } from "../../../app/useLanguage";
import {
  dimensionSeries,
  hasComparison,
  radarFigures,
  radarPoints,
  scoreTable,
  seriesFigures,
} from "./chartData";
import { FIRST_COLOUR, FIRST_DASH, LATEST_COLOUR } from "./chartStyle";
import type { Audience } from "./dimensions";
import { summaryLines, summarySentence } from "./summary";
import { type DimensionNames, useDimensionNames } from "./useDimensionNames";
import "./charts.css";

// recharts is loaded only when a chart is drawn.
const RadarView = lazy(() => import("./RechartsCharts").then((m) => ({ default: m.RadarView })));
const LineView = lazy(() => import("./RechartsCharts").then((m) => ({ default: m.LineView })));

type HeadingLevel = "h2" | "h3";

/** The day all of these are, or null when they differ. */
const sameDay = (days: readonly (string | null)[]) =>
  days.length > 0 && days.every((d) => d === days[0]) ? (days[0] ?? null) : null;

/** Whether the screen is phone-narrow (the radar then draws smaller to leave room for its labels). */
function useNarrow(): boolean {
  const query = "(max-width: 600px)";
  const [narrow, setNarrow] = useState(
    () => typeof window !== "undefined" && window.matchMedia?.(query).matches,
  );
  useEffect(() => {
    const list = window.matchMedia?.(query);
    if (!list) return;
    const change = () => setNarrow(list.matches);
    list.addEventListener("change", change);
    return () => list.removeEventListener("change", change);
  }, []);
  return narrow === true;
}

function ChartLoading({ height }: { height: number }) {
  const { t } = useTranslation();
  return (
    <div className="sa-chart__loading" style={{ minHeight: height }}>
      {t("selfAssessment.charts.loading")}
    </div>
  );
}

/** The plain-language summary: one sentence per dimension, rises, falls and the unchanged. */
export function HistorySummary({
  history,
  names,
  level,
}: {
  history: History;
  names: DimensionNames;
  level: HeadingLevel;
}) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const today = todayIso();
  const lines = summaryLines(history.comparison);
  return (
    <section aria-labelledby="sa-summary-heading" className="sa-block">
      <Heading variant={level} id="sa-summary-heading" mb="xs">
        {t("selfAssessment.summary.heading")}
      </Heading>
      {history.answers.length < 2 && <Paragraph mb="s">{t("selfAssessment.summary.onlyOne")}</Paragraph>}
      <ul className="sa-summary">
        {lines.map((line) => (
          <li key={line.key} className={`sa-summary__line sa-summary__line--${line.kind}`}>
            <span aria-hidden="true" className="sa-summary__mark">
              {line.kind === "rose" ? "▲" : line.kind === "fell" ? "▼" : "●"}
            </span>
            <span>
              {summarySentence(line, names.subject(line.key), language, today, (key, values) =>
                t(key, values),
              )}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}

function TableToggle({
  table,
  onToggle,
  chartName,
}: {
  table: boolean;
  onToggle: () => void;
  chartName: string;
}) {
  const { t } = useTranslation();
  return (
    <Button
      variant="secondaryNoBorder"
      className="sa-toggle"
      onClick={onToggle}
      aria-label={
        table
          ? t("selfAssessment.charts.showChartNamed", { chart: chartName })
          : t("selfAssessment.charts.showTableNamed", { chart: chartName })
      }
    >
      {table ? t("selfAssessment.charts.showChart") : t("selfAssessment.charts.showTable")}
    </Button>
  );
}

/** A table that scrolls sideways on its own (focusable, so it can be scrolled by keyboard). */
function ScrollTable({ caption, children }: { caption: string; children: React.ReactNode }) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard
    <section className="sa-table-scroll" aria-label={caption} tabIndex={0}>
      <table className="sa-table">
        <caption>{caption}</caption>
        {children}
      </table>
    </section>
  );
}

function Swatch({ first }: { first: boolean }) {
  return (
    <svg width="36" height="14" aria-hidden="true" focusable="false" className="sa-legend__swatch">
      <line
        x1="2"
        y1="7"
        x2="34"
        y2="7"
        stroke={first ? FIRST_COLOUR : LATEST_COLOUR}
        strokeWidth="2.5"
        strokeDasharray={first ? FIRST_DASH : undefined}
      />
      {first ? (
        <rect x="14" y="3" width="8" height="8" fill="white" stroke={FIRST_COLOUR} strokeWidth="2" />
      ) : (
        <circle cx="18" cy="7" r="4.5" fill={LATEST_COLOUR} />
      )}
    </svg>
  );
}

/** First and latest answer on a radar, or as a table. */
function RadarBlock({
  history,
  names,
  level,
}: {
  history: History;
  names: DimensionNames;
  level: HeadingLevel;
}) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const narrow = useNarrow();
  const [table, setTable] = useState(false);
  const captionId = useId();
  const points = radarPoints(history, names.axis);
  const compare = hasComparison(points);
  // One day for the whole series when every dimension's score is from the same answer; otherwise (a
  // question skipped once) the days differ by dimension and only the table tells them.
  const firstDay = sameDay(points.map((p) => p.firstOn));
  const latestDay = sameDay(points.map((p) => p.latestOn));
  const mixed = firstDay === null || latestDay === null;
  const date = (iso: string | null) => (iso ? formatDate(iso, language) : "–");
  const heading = compare
    ? t("selfAssessment.charts.radarHeading")
    : t("selfAssessment.charts.radarHeadingOne");
  const figures = radarFigures(points).join(", ");
  const alt = !compare
    ? t("selfAssessment.charts.radarAltOne", { latest: date(latestDay), figures })
    : mixed
      ? t("selfAssessment.charts.radarAltMixed", { figures })
      : t("selfAssessment.charts.radarAlt", { first: date(firstDay), latest: date(latestDay), figures });
  if (points.length === 0) return null;
  return (
    <section aria-labelledby="sa-radar-heading" className="sa-block">
      <div className="sa-block__head">
        <Heading variant={level} id="sa-radar-heading">
          {heading}
        </Heading>
        <TableToggle table={table} onToggle={() => setTable((v) => !v)} chartName={heading} />
      </div>
      {table ? (
        <ScrollTable caption={t("selfAssessment.charts.radarTableCaption")}>
          <thead>
            <tr>
              <th scope="col">{t("selfAssessment.charts.dimension")}</th>
              <th scope="col">{t("selfAssessment.charts.first")}</th>
              <th scope="col">{t("selfAssessment.charts.latest")}</th>
              <th scope="col">{t("selfAssessment.charts.change")}</th>
            </tr>
          </thead>
          <tbody>
            {points.map((p) => {
              const change =
                p.first !== null && p.latest !== null && p.firstOn !== p.latestOn ? p.latest - p.first : null;
              return (
                <tr key={p.key}>
                  <th scope="row">{names.label(p.key)}</th>
                  <td>
                    <span className="sa-table__score">{p.first ?? "–"}</span>
                    {p.firstOn && <span className="sa-table__day">{date(p.firstOn)}</span>}
                  </td>
                  <td>
                    <span className="sa-table__score">{p.latest ?? "–"}</span>
                    {p.latestOn && <span className="sa-table__day">{date(p.latestOn)}</span>}
                  </td>
                  <td>{change === null ? "–" : change > 0 ? `+${change}` : String(change)}</td>
                </tr>
              );
            })}
          </tbody>
        </ScrollTable>
      ) : (
        <figure className="sa-figure" aria-labelledby={captionId}>
          <figcaption id={captionId} className="sa-figure__caption">
            {!compare
              ? t("selfAssessment.charts.radarCaptionOne", { latest: date(latestDay) })
              : mixed
                ? t("selfAssessment.charts.radarCaptionMixed")
                : t("selfAssessment.charts.radarCaption", { first: date(firstDay), latest: date(latestDay) })}
          </figcaption>
          <ul className="sa-legend">
            {compare && (
              <li>
                <Swatch first />
                {firstDay
                  ? t("selfAssessment.charts.legendFirst", { date: date(firstDay) })
                  : t("selfAssessment.charts.legendFirstAny")}
              </li>
            )}
            <li>
              <Swatch first={false} />
              {latestDay
                ? t("selfAssessment.charts.legendLatest", { date: date(latestDay) })
                : t("selfAssessment.charts.legendLatestAny")}
            </li>
          </ul>
          <div role="img" aria-label={alt} className="sa-chart">
            <Suspense fallback={<ChartLoading height={narrow ? 280 : 380} />}>
              <RadarView points={points} compare={compare} narrow={narrow} />
            </Suspense>
          </div>
        </figure>
      )}
    </section>
  );
}

/** A small line chart per dimension over time, or one table of every answer. */
function LinesBlock({
  history,
  names,
  level,
}: {
  history: History;
  names: DimensionNames;
  level: HeadingLevel;
}) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const [table, setTable] = useState(false);
  const series = dimensionSeries(history, names.axis);
  const date = (iso: string) => formatDate(iso, language);
  const heading = t("selfAssessment.charts.linesHeading");
  if (series.length === 0) return null;
  const { columns, rows } = scoreTable(history, names.label);
  return (
    <section aria-labelledby="sa-lines-heading" className="sa-block">
      <div className="sa-block__head">
        <Heading variant={level} id="sa-lines-heading">
          {heading}
        </Heading>
        <TableToggle table={table} onToggle={() => setTable((v) => !v)} chartName={heading} />
      </div>
      {table ? (
        <ScrollTable caption={t("selfAssessment.charts.linesTableCaption")}>
          <thead>
            <tr>
              <th scope="col">{t("selfAssessment.charts.dimension")}</th>
              {columns.map((c) => (
                <th scope="col" key={c.id}>
                  {date(c.answeredOn)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.key}>
                <th scope="row">{row.label}</th>
                {row.cells.map((cell, i) => (
                  <td key={columns[i]?.id ?? i}>
                    {cell ?? (
                      <>
                        <span aria-hidden="true">–</span>
                        <span className="visually-hidden">{t("selfAssessment.charts.skipped")}</span>
                      </>
                    )}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </ScrollTable>
      ) : (
        <>
          <Paragraph mb="s" className="muted">
            {t("selfAssessment.charts.linesIntro")}
          </Paragraph>
          <ul className="sa-multiples">
            {series.map((s) => {
              const first = s.points[0];
              const last = s.points[s.points.length - 1];
              return (
                <li key={s.key}>
                  <figure className="sa-figure sa-figure--small" aria-labelledby={`sa-line-${s.key}`}>
                    <figcaption id={`sa-line-${s.key}`} className="sa-figure__caption">
                      <span className="sa-figure__name">{names.label(s.key)}</span>
                      {first && last && s.points.length > 1 && (
                        <span className="sa-figure__range">{`${first.score} → ${last.score}`}</span>
                      )}
                    </figcaption>
                    <div
                      role="img"
                      className="sa-chart"
                      aria-label={t("selfAssessment.charts.lineAlt", {
                        name: names.label(s.key),
                        figures: seriesFigures(s, date),
                      })}
                    >
                      <Suspense fallback={<ChartLoading height={150} />}>
                        <LineView series={s} formatTick={date} />
                      </Suspense>
                    </div>
                  </figure>
                </li>
              );
            })}
          </ul>
        </>
      )}
    </section>
  );
}

/**
 * A participant's self-assessment history: the plain summary, the radar of first and latest answer and
 * a line per dimension, each chart with a text alternative and a table view. `level` is the heading
 * level of its parts (h2 on a page of its own, h3 in the participant page's tab).
 */
export function HistoryView({
  history,
  audience,
  level,
}: {
  history: History;
  audience: Audience;
  level: HeadingLevel;
}) {
  const { t } = useTranslation();
  const names = useDimensionNames(history.dimensions, audience);
  if (history.answers.length === 0) {
    return <Paragraph mb="m">{t("selfAssessment.charts.none")}</Paragraph>;
  }
  return (
    <div className="sa-history">
      <HistorySummary history={history} names={names} level={level} />
      <RadarBlock history={history} names={names} level={level} />
      <LinesBlock history={history} names={names} level={level} />
    </div>
  );
}
