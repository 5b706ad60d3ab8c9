import { useTranslation } from "react-i18next";
import { Heading, InlineAlert, Paragraph } from "suomifi-ui-components";
import type {
  CohortDimension,
  CohortReport,
} from "../../../../../server/src/modules/self-assessment/cohort-api";
import type { SuppressionReason } from "../../../../../server/src/modules/self-assessment/cohort-stats";
import { isoToInputDate } from "../../../app/dates";
import { useLanguage } from "../../../app/useLanguage";
import { DataTable } from "../../../ui/DataTable";
import { useDimensionNames } from "../charts/useDimensionNames";
import {
  type DIRECTIONS,
  formatChange,
  formatShare,
  groupName,
  noteNumbers,
  sentenceOf,
} from "./cohortReport";

type Notes = Map<SuppressionReason, number>;

/** A withheld figure: a dash, said as "not shown", with a link to the footnote that says why. */
function Hidden({ reason, notes }: { reason: SuppressionReason | undefined; notes: Notes }) {
  const { t } = useTranslation();
  const number = reason ? notes.get(reason) : undefined;
  return (
    <span className="cohort-hidden">
      <span aria-hidden="true">–</span>
      <span className="visually-hidden">{t("cohort.hidden")}</span>
      {number !== undefined && (
        <sup>
          <a href={`#cohort-note-${number}`} className="cohort-note-link">
            <span aria-hidden="true">{number}</span>
            <span className="visually-hidden">{t("cohort.noteLink", { number })}</span>
          </a>
        </sup>
      )}
    </span>
  );
}

/** "Filters: instrument, project, group, age band, stage, period" in words. */
function AppliedFilters({ report }: { report: CohortReport }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const f = report.filters;
  const from = f.from ? isoToInputDate(f.from) : null;
  const to = f.to ? isoToInputDate(f.to) : null;
  const period =
    from && to
      ? t("cohort.periodBoth", { from, to })
      : from
        ? t("cohort.periodFrom", { date: from })
        : to
          ? t("cohort.periodTo", { date: to })
          : t("cohort.wholePeriod");
  const parts = [
    f.instrument.name[language],
    f.project?.name ?? t("cohort.allProjects"),
    f.group ? groupName(f.group) : t("cohort.allGroups"),
    f.ageBand ? t(`cohort.ageBands.${f.ageBand}`) : t("cohort.allAges"),
    f.stage ? t(`record.stageName.${f.stage}`) : t("cohort.allStages"),
    period,
  ];
  return <Paragraph mb="m">{t("cohort.applied", { filters: parts.join(", ") })}</Paragraph>;
}

function Counts({ report, notes }: { report: CohortReport; notes: Notes }) {
  const { t } = useTranslation();
  const line = (label: string, value: number | null, reason: SuppressionReason | undefined) => (
    <div className="description-list__row">
      <dt>{label}</dt>
      <dd>
        {value === null ? <Hidden reason={reason} notes={notes} /> : t("cohort.people", { count: value })}
      </dd>
    </div>
  );
  return (
    <dl className="description-list cohort-counts">
      {line(t("cohort.participants"), report.participants, report.participantsSuppressed?.reason)}
      {line(t("cohort.withTwoAnswers"), report.withTwoAnswers, report.withTwoAnswersSuppressed?.reason)}
    </dl>
  );
}

/** The filters in words, the counts, the table with its notes, and a sentence per dimension. */
export function Results({ report }: { report: CohortReport }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const names = useDimensionNames(report.dimensions, "staff");
  const notes = noteNumbers(report);
  const reasonText = (reason: SuppressionReason) =>
    t(`cohort.reasons.${reason}`, { threshold: report.threshold });

  const name = (d: CohortDimension) => {
    const label = names.label(d.key);
    const question = names.question(d.key);
    return (
      <>
        {label}
        {question !== label && <span className="cohort-secondary">{question}</span>}
        {!d.current && <span className="cohort-secondary">({t("cohort.formerDimension")})</span>}
      </>
    );
  };
  const countCell = (d: CohortDimension, dir: (typeof DIRECTIONS)[number]) => {
    const count = d[dir];
    const share = d[`${dir}Share`];
    if (count === null || share === null) return <Hidden reason={d.cells[dir]?.reason} notes={notes} />;
    return t("cohort.countShare", { count, share: formatShare(share, language) });
  };
  const columns = [
    { key: "dimension", labelText: t("cohort.column.dimension") },
    { key: "n", labelText: t("cohort.column.n") },
    { key: "mean", labelText: t("cohort.column.mean") },
    { key: "median", labelText: t("cohort.column.median") },
    { key: "improved", labelText: t("cohort.column.improved") },
    { key: "same", labelText: t("cohort.column.same") },
    { key: "declined", labelText: t("cohort.column.declined") },
  ] as const;

  const sentence = (d: CohortDimension) => {
    const s = sentenceOf(d);
    if (s.kind === "hidden") return reasonText(s.reason);
    const main = t(`cohort.sentence.${s.kind}`, {
      n: s.n,
      mean: formatChange(s.mean, language, false),
      median: formatChange(s.median, language),
    });
    const part = (direction: (typeof DIRECTIONS)[number], count: number) =>
      direction === "improved"
        ? t("cohort.sentence.partImproved", { count })
        : direction === "same"
          ? t("cohort.sentence.partSame", { count })
          : t("cohort.sentence.partDeclined", { count });
    const split =
      s.split.kind === "all"
        ? t("cohort.sentence.splitAll", s.split)
        : s.split.kind === "none"
          ? t("cohort.sentence.splitNone")
          : t("cohort.sentence.splitSome", {
              parts: s.split.parts.map((p) => part(p.direction, p.count)).join(", "),
            });
    return `${main} ${split}`;
  };

  return (
    <>
      <AppliedFilters report={report} />
      {report.suppressed ? (
        <InlineAlert status="neutral" mb="m">
          {reasonText(report.suppressed.reason)}
        </InlineAlert>
      ) : (
        <>
          <Counts report={report} notes={notes} />
          <div className="cohort-table">
            <DataTable
              caption={t("cohort.caption")}
              columns={columns}
              rows={report.dimensions.map((d) => ({
                id: d.key,
                dimension: name(d),
                n: d.n === null ? <Hidden reason={d.suppressed?.reason} notes={notes} /> : String(d.n),
                mean:
                  d.meanChange === null ? (
                    <Hidden reason={d.suppressed?.reason} notes={notes} />
                  ) : (
                    formatChange(d.meanChange, language)
                  ),
                median:
                  d.medianChange === null ? (
                    <Hidden reason={d.suppressed?.reason} notes={notes} />
                  ) : (
                    formatChange(d.medianChange, language)
                  ),
                improved: countCell(d, "improved"),
                same: countCell(d, "same"),
                declined: countCell(d, "declined"),
              }))}
            />
          </div>
          {notes.size > 0 && (
            <section aria-labelledby="cohort-notes-heading" className="cohort-notes">
              <Heading variant="h3" id="cohort-notes-heading" mb="s">
                {t("cohort.notesHeading")}
              </Heading>
              <ol>
                {[...notes].map(([reason, number]) => (
                  <li key={reason} id={`cohort-note-${number}`} tabIndex={-1}>
                    {reasonText(reason)}
                  </li>
                ))}
              </ol>
            </section>
          )}
          <section aria-labelledby="cohort-sentences-heading" className="cohort-sentences">
            <Heading variant="h3" id="cohort-sentences-heading" mb="s">
              {t("cohort.sentencesHeading")}
            </Heading>
            <ul>
              {report.dimensions.map((d) => (
                <li key={d.key}>
                  <strong>{names.label(d.key)}:</strong> {sentence(d)}
                </li>
              ))}
            </ul>
          </section>
        </>
      )}
    </>
  );
}
