import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Paragraph } from "suomifi-ui-components";
import { inputDateToIso, isoToInputDate, todayIso } from "../../../app/dates";
import { useSession } from "../../../app/session";
import { AppLink } from "../../../ui/AppLink";
import { DateField } from "../../../ui/DateField";
import { PageTitle } from "../../../ui/PageTitle";
import { useJobLabels } from "../shared";
import { OrganisationField } from "../shared/JobFieldset";
import { downloads } from "./api";
import { posterOrganisationsOf } from "./roles";
import "./jobs-admin.css";

/** The first day of the month of an ISO day. */
const monthStart = (iso: string) => `${iso.slice(0, 8)}01`;

/** /jobs/payroll — the association's payroll export (CSV) for a period of payment days. */
export function PayrollPage() {
  const { t } = useTranslation();
  const { language } = useJobLabels();
  const { session } = useSession();
  const organisations = posterOrganisationsOf(session);
  const [organisationId, setOrganisationId] = useState(organisations[0]?.id ?? "");
  const today = todayIso();
  const [from, setFrom] = useState(isoToInputDate(monthStart(today)));
  const [to, setTo] = useState(isoToInputDate(today));
  const fromIso = inputDateToIso(from);
  const toIso = inputDateToIso(to);
  const fromError = fromIso ? undefined : t("jobsAdmin.form.errors.date");
  const toError = !toIso
    ? t("jobsAdmin.form.errors.date")
    : fromIso && toIso < fromIso
      ? t("jobsAdmin.payroll.toBeforeFrom")
      : undefined;
  const ready = organisationId !== "" && fromIso && toIso && !toError;
  return (
    <>
      <PageTitle>{t("jobsAdmin.payroll.title")}</PageTitle>
      <Paragraph mb="s">{t("jobsAdmin.payroll.intro")}</Paragraph>
      <Paragraph mb="m">
        <AppLink to="/jobs">{t("jobsAdmin.backToJobs")}</AppLink>
      </Paragraph>
      {organisations.length === 0 ? (
        <Paragraph>{t("jobsAdmin.notPoster")}</Paragraph>
      ) : (
        <div className="form">
          <OrganisationField
            id="payroll-organisation"
            organisations={organisations}
            value={organisationId}
            onChange={setOrganisationId}
          />
          <DateField
            id="payroll-from"
            label={t("jobsAdmin.payroll.from")}
            hint={t("jobsAdmin.form.dateHint")}
            value={from}
            onChange={setFrom}
            error={from.trim() ? fromError : undefined}
          />
          <DateField
            id="payroll-to"
            label={t("jobsAdmin.payroll.to")}
            hint={t("jobsAdmin.form.dateHint")}
            value={to}
            onChange={setTo}
            error={to.trim() ? toError : undefined}
          />
          <Paragraph>
            {ready ? (
              <a
                className="plain-link download-link"
                href={`${downloads.payroll(organisationId, fromIso, toIso)}&lang=${language}`}
                download
              >
                {t("jobsAdmin.payroll.download")}
              </a>
            ) : (
              <span className="muted">{t("jobsAdmin.payroll.fixDates")}</span>
            )}
          </Paragraph>
        </div>
      )}
    </>
  );
}
