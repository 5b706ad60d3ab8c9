import { useTranslation } from "react-i18next";
import { Heading, InlineAlert, Paragraph } from "suomifi-ui-components";
import { formatDate } from "../../../app/format";
import { localeFor } from "../../../app/language";
import type { Language } from "../../../app/types";
import { useLanguage } from "../../../app/useLanguage";
import { AppLink } from "../../../ui/AppLink";
import { DataTable } from "../../../ui/DataTable";
import { DescriptionList } from "../../../ui/Details";
import { useJobLabels } from "../shared";
import type { EarningsPeriod, EarningsResponse } from "./api";
import { formatDays, useEstimateText } from "./EstimateText";

/** "toukokuu 2026" for a month, "4.5.2026–31.5.2026" for a 4-week period. */
export function periodName(
  period: Pick<EarningsPeriod, "start" | "end" | "kind">,
  language: Language,
): string {
  if (period.kind === "month") {
    const [year, month] = period.start.split("-").map(Number);
    const date = new Date(Date.UTC(year ?? 2000, (month ?? 1) - 1, 15));
    return new Intl.DateTimeFormat(localeFor(language), {
      month: "long",
      year: "numeric",
      timeZone: "UTC",
    }).format(date);
  }
  return formatDays(period.start, period.end, language);
}

/** "2026-05" → "toukokuu 2026". */
const monthName = (month: string, language: Language) =>
  periodName({ start: `${month}-01`, end: `${month}-01`, kind: "month" }, language);

function PeriodCard({
  period,
  headingLevel,
  jobLink,
}: {
  period: EarningsPeriod;
  headingLevel: "h3" | "h4" | "h5";
  jobLink: ((jobId: string) => string) | undefined;
}) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const labels = useJobLabels();
  const text = useEstimateText();
  const id = `earnings-${period.start}`;
  const items = [
    { label: t("jobsSeeker.earnings.paid"), value: labels.euros(period.earnedCents) },
    ...(period.expectedCents > 0
      ? [{ label: t("jobsSeeker.earnings.expected"), value: labels.euros(period.expectedCents) }]
      : []),
    {
      label: t("jobsSeeker.earnings.rule"),
      value: period.rule ? text.rule(period.rule) : t("jobsSeeker.earnings.noRule"),
    },
    ...(period.rule && period.rule.protectedCents > 0
      ? [{ label: t("jobsSeeker.earnings.protected"), value: labels.euros(period.rule.protectedCents) }]
      : []),
    {
      label: t("jobsSeeker.earnings.reduction"),
      value:
        period.expectedCents > 0 && period.reductionWithExpectedCents !== period.reductionCents
          ? t("jobsSeeker.earnings.reductionWithExpected", {
              now: labels.euros(period.reductionCents),
              expected: labels.euros(period.reductionWithExpectedCents),
            })
          : labels.euros(period.reductionCents),
    },
    ...(period.ceiling
      ? period.ceiling.months.map((m) => ({
          label: t("jobsSeeker.earnings.ceilingOf", { month: monthName(m.month, language) }),
          value: t(
            m.exceeds
              ? "jobsSeeker.earnings.ceilingExceeded"
              : m.near
                ? "jobsSeeker.earnings.ceilingNear"
                : "jobsSeeker.earnings.ceilingUnder",
            {
              earned: labels.euros(m.earnedCents),
              ceiling: labels.euros(period.ceiling?.monthlyCeilingCents ?? 0),
            },
          ),
        }))
      : []),
  ];
  return (
    <li className="me-card jobs-period" aria-labelledby={id}>
      <Heading variant={headingLevel} id={id}>
        {periodName(period, language)}
      </Heading>
      <DescriptionList items={items} />
      {period.jobs.length > 0 && (
        <>
          <p className="jobs-period__jobs-title">{t("jobsSeeker.earnings.jobsHeading")}</p>
          <ul className="jobs-period__jobs">
            {period.jobs.map((job) => (
              <li key={job.jobWorkerId}>
                <span className="jobs-period__job-title">
                  {jobLink ? <AppLink to={jobLink(job.jobId)}>{job.title}</AppLink> : job.title}
                </span>
                <span>
                  {t(job.paid ? "jobsSeeker.earnings.jobPaid" : "jobsSeeker.earnings.jobExpected", {
                    gross: labels.euros(job.grossCents),
                    date: formatDate(job.payDay, language),
                  })}
                </span>
                <span className="muted">{job.organisationName}</span>
              </li>
            ))}
          </ul>
        </>
      )}
    </li>
  );
}

/**
 * Earnings through Polku per benefit period: paid, the rule in force, the estimated reduction of the
 * benefit, the personal ceiling; the jobs in each. A three-column summary table fits a phone; the
 * details of each period follow as cards.
 */
export function EarningsView({
  earnings,
  audience,
  headingLevel = "h2",
  jobLink,
}: {
  earnings: EarningsResponse["data"];
  audience: "self" | "coach";
  headingLevel?: "h2" | "h3" | "h4";
  /** Where a job's title links to (the seeker's own job page); no link without it. */
  jobLink?: (jobId: string) => string;
}) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const labels = useJobLabels();
  // Periods without pay, expected pay or work say nothing; the server lists every period of its range.
  const periods = earnings.periods.filter(
    (p) => p.earnedCents > 0 || p.expectedCents > 0 || p.jobs.length > 0,
  );
  const sub = ({ h2: "h3", h3: "h4", h4: "h5" } as const)[headingLevel];
  return (
    <div className="jobs-earnings">
      <Paragraph className="me-text" mb="m">
        {t(
          earnings.adjustmentPeriod === "month"
            ? `jobsSeeker.earnings.byMonth.${audience}`
            : `jobsSeeker.earnings.byFourWeeks.${audience}`,
        )}
      </Paragraph>
      {!earnings.receivesBenefit && (
        <InlineAlert status="neutral" mb="m">
          {t(`jobsSeeker.earnings.noBenefit.${audience}`)}
        </InlineAlert>
      )}
      {periods.length === 0 ? (
        <Paragraph className="me-text">{t(`jobsSeeker.earnings.none.${audience}`)}</Paragraph>
      ) : (
        <>
          <DataTable
            caption={t("jobsSeeker.earnings.caption")}
            columns={
              [
                { key: "period", labelText: t("jobsSeeker.earnings.period") },
                { key: "paid", labelText: t("jobsSeeker.earnings.paid") },
                { key: "reduction", labelText: t("jobsSeeker.earnings.reductionShort") },
              ] as const
            }
            rows={periods.map((p) => ({
              id: p.start,
              period: periodName(p, language),
              paid: labels.euros(p.earnedCents),
              reduction: earnings.receivesBenefit ? labels.euros(p.reductionCents) : "–",
            }))}
          />
          <Heading variant={headingLevel} mt="l" mb="s" id="earnings-periods-heading">
            {t("jobsSeeker.earnings.periodsHeading")}
          </Heading>
          <ul className="me-list" aria-labelledby="earnings-periods-heading">
            {periods.map((p) => (
              <PeriodCard key={p.start} period={p} headingLevel={sub} jobLink={jobLink} />
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
