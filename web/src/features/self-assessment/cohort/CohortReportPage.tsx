import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";
import { Heading, InlineAlert, Paragraph } from "suomifi-ui-components";
import { useLanguage } from "../../../app/useLanguage";
import { Loading } from "../../../ui/Loading";
import { PageTitle } from "../../../ui/PageTitle";
import { ProblemAlert } from "../../../ui/ProblemAlert";
import { useCohortReport } from "./api";
import { Filters } from "./CohortFilters";
import { Results } from "./CohortResults";
import {
  type CohortForm,
  type CohortFormError,
  downloadUrl,
  formOf,
  paramsOf,
  queryFromParams,
  queryOfForm,
} from "./cohortReport";
import "../../participants/participants.css";
import "./cohort.css";

/**
 * Distance travelled (kuljettu matka) for project managers and administrators: how self-assessment
 * scores changed from first to latest answer in a cohort, with small groups withheld, and the same as
 * CSV and XLSX. The filters live in the address, so a report can be reloaded and shared.
 */
export function CohortReportPage() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const [params, setParams] = useSearchParams();
  const query = queryFromParams(params);
  const report = useCohortReport(query);
  const [draft, setDraft] = useState<CohortForm | null>(null);
  const [errors, setErrors] = useState<Partial<Record<"from" | "to", CohortFormError>>>({});
  const data = report.data;
  const form = draft ?? formOf(query, data?.data.filters.instrument.id ?? "");

  const submit = () => {
    const result = queryOfForm(form);
    if (result.errors) {
      setErrors(result.errors);
      return;
    }
    setErrors({});
    setDraft(null);
    setParams(paramsOf(result.query));
  };

  return (
    <>
      <PageTitle>{t("cohort.title")}</PageTitle>
      <Paragraph mb="s">{t("cohort.intro")}</Paragraph>
      <Paragraph mb="m">{t("cohort.privacy")}</Paragraph>
      {report.isPending && <Loading />}
      <ProblemAlert error={report.error} />
      {data &&
        (data.instruments.length === 0 ? (
          <InlineAlert status="neutral">{t("cohort.noInstruments")}</InlineAlert>
        ) : (
          <>
            <section aria-labelledby="cohort-filters-heading" className="section">
              <Heading variant="h2" id="cohort-filters-heading" mb="m">
                {t("cohort.filtersHeading")}
              </Heading>
              <Filters response={data} form={form} errors={errors} onChange={setDraft} onSubmit={submit} />
            </section>
            <p role="status" className="visually-hidden">
              {report.isFetching ? "" : t("cohort.status")}
            </p>
            <section
              aria-labelledby="cohort-results-heading"
              className="section"
              aria-busy={report.isFetching}
            >
              <Heading variant="h2" id="cohort-results-heading" mb="m">
                {t("cohort.resultsHeading")}
              </Heading>
              <Results report={data.data} />
            </section>
            <section aria-labelledby="cohort-export-heading" className="section">
              <Heading variant="h2" id="cohort-export-heading" mb="s">
                {t("cohort.exportHeading")}
              </Heading>
              <Paragraph mb="m">{t("cohort.exportIntro")}</Paragraph>
              <div className="cohort-downloads">
                <a className="button-link" href={downloadUrl("csv", query, language)} download>
                  {t("cohort.csv")}
                </a>
                <a className="button-link" href={downloadUrl("xlsx", query, language)} download>
                  {t("cohort.xlsx")}
                </a>
              </div>
            </section>
          </>
        ))}
    </>
  );
}
