import { useTranslation } from "react-i18next";
import { Paragraph } from "suomifi-ui-components";
import { useLanguage } from "../../../app/useLanguage";
import { Loading } from "../../../ui/Loading";
import { PageTitle } from "../../../ui/PageTitle";
import { useMyEarnings } from "./api";
import { EarningsView } from "./EarningsView";
import { JobsProblem, SeekerNav } from "./SeekerNav";
import "./jobs-seeker.css";

/** What the seeker has earned through Polku per benefit period, and what it does to their benefit. */
export function MyEarningsPage() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const earnings = useMyEarnings(language);
  return (
    <div className="me-page jobs-page">
      <PageTitle>{t("jobsSeeker.earnings.title")}</PageTitle>
      <SeekerNav />
      {earnings.isPending && <Loading />}
      {earnings.error != null && <JobsProblem error={earnings.error} />}
      {earnings.data && (
        <EarningsView
          earnings={earnings.data.data}
          audience="self"
          jobLink={(jobId) => `/me/jobs/${encodeURIComponent(jobId)}`}
        />
      )}
      <Paragraph className="me-text muted" mt="l">
        {t("jobsSeeker.earnings.disclaimer")}
      </Paragraph>
    </div>
  );
}
