import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Dropdown, DropdownItem, Heading, Paragraph } from "suomifi-ui-components";
import { withQuery } from "../../../app/api";
import { inputDateToIso, isoToInputDate, todayIso } from "../../../app/dates";
import { localeFor } from "../../../app/language";
import { DataTable } from "../../../ui/DataTable";
import { DateField } from "../../../ui/DateField";
import { Loading } from "../../../ui/Loading";
import { PageTitle } from "../../../ui/PageTitle";
import { ProblemAlert } from "../../../ui/ProblemAlert";
import { useJobLabels } from "../shared";
import { useFigures } from "./api";
import type { Figures } from "./types";
import "./jobs-admin.css";

const ALL = "all";

/** "2025-05" → "toukokuu 2025" / "maj 2025" / "May 2025". */
function monthName(month: string, locale: string): string {
  const [year, m] = month.split("-").map(Number);
  return new Intl.DateTimeFormat(locale, { month: "long", year: "numeric", timeZone: "UTC" }).format(
    new Date(Date.UTC(year ?? 2000, (m ?? 1) - 1, 1)),
  );
}

function yearAgo(today: string): string {
  const year = Number(today.slice(0, 4)) - 1;
  return `${year}-${today.slice(5, 7)}-01`;
}

/** /jobs/figures — brokering figures by month, association and village; counts and sums, no persons. */
export function FiguresPage() {
  const { t } = useTranslation();
  const labels = useJobLabels();
  const locale = localeFor(labels.language);
  const today = todayIso();
  const [from, setFrom] = useState(isoToInputDate(yearAgo(today)));
  const [to, setTo] = useState(isoToInputDate(today));
  const [organisationId, setOrganisationId] = useState(ALL);
  const [village, setVillage] = useState(ALL);
  const fromIso = inputDateToIso(from) ?? undefined;
  const toIso = inputDateToIso(to) ?? undefined;
  const period = { from: fromIso, to: toIso };
  const query = {
    ...period,
    organisationId: organisationId === ALL ? undefined : organisationId,
    village: village === ALL ? undefined : village,
  };
  const figures = useFigures(query);
  // The filter options: every association and village of the period.
  const options = useFigures(period);
  const optionRows = options.data?.data.rows ?? [];
  const organisations = [
    ...new Map(optionRows.map((r) => [r.organisationId, r.organisationName])).entries(),
  ].sort((a, b) => a[1].localeCompare(b[1], locale));
  const villages = [...new Set(optionRows.map((r) => r.village))].sort((a, b) => a.localeCompare(b, locale));
  const number = new Intl.NumberFormat(locale);
  const hours = (minutes: number) =>
    new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(Math.round(minutes / 6) / 10);
  const data: Figures | undefined = figures.data?.data;
  const columns = [
    { key: "month", labelText: t("jobsAdmin.figures.month") },
    { key: "organisation", labelText: t("jobsAdmin.figures.organisation") },
    { key: "village", labelText: t("jobsAdmin.figures.village") },
    { key: "posted", labelText: t("jobsAdmin.figures.posted") },
    { key: "filled", labelText: t("jobsAdmin.figures.filled") },
    { key: "done", labelText: t("jobsAdmin.figures.done") },
    { key: "hours", labelText: t("jobsAdmin.figures.hours") },
    { key: "paid", labelText: t("jobsAdmin.figures.paid") },
    { key: "earners", labelText: t("jobsAdmin.figures.earners") },
  ] as const;
  const rows = (data?.rows ?? []).map((r) => ({
    id: `${r.month}-${r.organisationId}-${r.village}`,
    month: monthName(r.month, locale),
    organisation: r.organisationName,
    village: r.village,
    posted: number.format(r.posted),
    filled: number.format(r.filled),
    done: number.format(r.done),
    hours: hours(r.minutes),
    paid: labels.euros(r.paidCents),
    earners: number.format(r.earners),
  }));
  if (data && rows.length > 0) {
    rows.push({
      id: "totals",
      month: t("jobsAdmin.figures.total"),
      organisation: "",
      village: "",
      posted: number.format(data.totals.posted),
      filled: number.format(data.totals.filled),
      done: number.format(data.totals.done),
      hours: hours(data.totals.minutes),
      paid: labels.euros(data.totals.paidCents),
      earners: number.format(data.totals.earners),
    });
  }
  const exportQuery = { ...query, lang: labels.language };
  return (
    <>
      <PageTitle>{t("jobsAdmin.figures.title")}</PageTitle>
      <Paragraph mb="m">{t("jobsAdmin.figures.intro")}</Paragraph>
      <div className="filters">
        <DateField
          id="figures-from"
          label={t("jobsAdmin.figures.from")}
          hint={t("jobsAdmin.form.dateHint")}
          value={from}
          onChange={setFrom}
          error={fromIso || from.trim() === "" ? undefined : t("jobsAdmin.form.errors.date")}
        />
        <DateField
          id="figures-to"
          label={t("jobsAdmin.figures.to")}
          hint={t("jobsAdmin.form.dateHint")}
          value={to}
          onChange={setTo}
          error={toIso || to.trim() === "" ? undefined : t("jobsAdmin.form.errors.date")}
        />
        <Dropdown
          id="figures-organisation"
          labelText={t("jobsAdmin.figures.organisation")}
          value={organisationId}
          onChange={setOrganisationId}
        >
          {[
            <DropdownItem key={ALL} value={ALL}>
              {t("jobsAdmin.figures.allOrganisations")}
            </DropdownItem>,
            ...organisations.map(([id, name]) => (
              <DropdownItem key={id} value={id}>
                {name}
              </DropdownItem>
            )),
          ]}
        </Dropdown>
        <Dropdown
          id="figures-village"
          labelText={t("jobsAdmin.figures.village")}
          value={village}
          onChange={setVillage}
        >
          {[
            <DropdownItem key={ALL} value={ALL}>
              {t("jobsAdmin.figures.allVillages")}
            </DropdownItem>,
            ...villages.map((v) => (
              <DropdownItem key={v} value={v}>
                {v}
              </DropdownItem>
            )),
          ]}
        </Dropdown>
      </div>
      <div className="button-row">
        <a
          className="plain-link download-link"
          href={withQuery("/api/small-jobs/figures.csv", exportQuery)}
          download
        >
          {t("jobsAdmin.figures.csv")}
        </a>
        <a
          className="plain-link download-link"
          href={withQuery("/api/small-jobs/figures.xlsx", exportQuery)}
          download
        >
          {t("jobsAdmin.figures.xlsx")}
        </a>
      </div>
      {figures.isPending && <Loading />}
      <ProblemAlert error={figures.error} />
      {data && (
        <section aria-labelledby="figures-table-heading" className="section">
          <Heading variant="h2" id="figures-table-heading" mb="s">
            {t("jobsAdmin.figures.tableHeading")}
          </Heading>
          {rows.length === 0 ? (
            <Paragraph>{t("jobsAdmin.figures.none")}</Paragraph>
          ) : (
            <DataTable caption={t("jobsAdmin.figures.caption")} columns={columns} rows={rows} />
          )}
        </section>
      )}
    </>
  );
}
