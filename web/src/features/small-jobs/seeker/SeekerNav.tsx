import { useTranslation } from "react-i18next";
import { NavLink } from "react-router";
import { Heading, InlineAlert, Paragraph } from "suomifi-ui-components";
import { AppLink } from "../../../ui/AppLink";
import { ProblemAlert, useProblemText } from "../../../ui/ProblemAlert";
import { isConsentNeeded } from "./api";

const LINKS = [
  { to: "/me/jobs", key: "jobsSeeker.subnav.jobs" },
  { to: "/me/jobs/earnings", key: "jobsSeeker.subnav.earnings" },
  { to: "/me/jobs/profile", key: "jobsSeeker.subnav.profile" },
] as const;

/** The small-jobs pages of a seeker: open jobs, earnings, the seeker profile. */
export function SeekerNav() {
  const { t } = useTranslation();
  return (
    <nav aria-label={t("jobsSeeker.subnav.label")} className="jobs-subnav">
      <ul>
        {LINKS.map((link) => (
          <li key={link.to}>
            <NavLink to={link.to} end className="jobs-subnav__link">
              {t(link.key)}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/**
 * Without the `contact` consent the server refuses the jobs (403 smallJobs.contactConsentNeeded): say so
 * kindly, with the server's own words, and what to do next. Other errors show as problems.
 */
export function JobsProblem({ error }: { error: unknown }) {
  const { t } = useTranslation();
  const text = useProblemText();
  if (!isConsentNeeded(error)) return <ProblemAlert error={error} />;
  return (
    <section aria-labelledby="jobs-consent-heading" className="jobs-consent">
      <InlineAlert status="neutral" mb="m">
        <Heading variant="h2" id="jobs-consent-heading" mb="xs">
          {t("jobsSeeker.consent.heading")}
        </Heading>
        <Paragraph mb="s">{text(error)}</Paragraph>
        <Paragraph mb="s">{t("jobsSeeker.consent.why")}</Paragraph>
        <Paragraph>{t("jobsSeeker.consent.what")}</Paragraph>
      </InlineAlert>
      <AppLink to="/me">{t("jobsSeeker.consent.toPathway")}</AppLink>
    </section>
  );
}
