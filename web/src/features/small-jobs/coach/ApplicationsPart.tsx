import { useTranslation } from "react-i18next";
import { Heading, Paragraph } from "suomifi-ui-components";
import { formatDate } from "../../../app/format";
import { AppLink } from "../../../ui/AppLink";
import { Loading } from "../../../ui/Loading";
import { ProblemAlert } from "../../../ui/ProblemAlert";
import { formatDays } from "../seeker/EstimateText";
import { ApplicationTag } from "../seeker/JobCard";
import { useJobLabels } from "../shared";
import { type ParticipantApplication, useParticipantApplications } from "./api";
import { type ApplicationFact, applicationFacts } from "./applicationFacts";

function useFactText() {
  const { t } = useTranslation();
  const labels = useJobLabels();
  const date = (iso: string) => formatDate(iso, labels.language);
  const hours = (m: number | null) => (m === null ? "–" : labels.minutes(m));
  return (f: ApplicationFact): string => {
    switch (f.key) {
      case "proposedOn":
        return t("jobsCoach.applications.proposedOn", { date: date(f.at) });
      case "appliedOn":
        return t("jobsCoach.applications.appliedOn", { date: date(f.at) });
      case "pickedOn":
        return t("jobsCoach.applications.pickedOn", { date: date(f.at) });
      case "notPickedOn":
        return t("jobsCoach.applications.notPickedOn", { date: date(f.at) });
      case "hours":
        return t("jobsCoach.applications.hours", { hours: labels.minutes(f.minutes) });
      case "hoursDiffer":
        return t("jobsCoach.applications.hoursDiffer", {
          worker: hours(f.workerMinutes),
          orderer: hours(f.ordererMinutes),
        });
      case "hoursOpen":
        return t("jobsCoach.applications.hoursOpen");
      case "gross":
        return t("jobsCoach.applications.gross", { amount: labels.euros(f.cents) });
      case "paidOn":
        return t("jobsCoach.applications.paidOn", { date: date(f.on) });
      case "notPaid":
        return t("jobsCoach.applications.notPaid");
    }
  };
}

function ApplicationCard({ application }: { application: ParticipantApplication }) {
  const labels = useJobLabels();
  const text = useFactText();
  const { job } = application;
  const headingId = `sj-application-${application.id}`;
  return (
    <li className="me-card jobs-card" aria-labelledby={headingId}>
      <h4 id={headingId} className="jobs-match__title">
        <AppLink to={`/jobs/${encodeURIComponent(job.id)}`}>{job.title}</AppLink>
      </h4>
      <ApplicationTag status={application.status} voice="staff" />
      <p className="jobs-card__kind">
        {[
          job.organisationName,
          labels.category(job.category),
          [job.village, job.municipality].filter(Boolean).join(", "),
          formatDays(job.startsOn, job.endsOn, labels.language),
        ].join(" · ")}
      </p>
      <ul className="jobs-match-reasons">
        {applicationFacts(application).map((f) => (
          <li key={f.key}>{text(f)}</li>
        ))}
      </ul>
    </li>
  );
}

/** The participant's proposals, applications and work, newest first, each linking to the job. */
export function ApplicationsPart({ participantId }: { participantId: string }) {
  const { t } = useTranslation();
  const applications = useParticipantApplications(participantId);
  const data = applications.data?.data;
  return (
    <section aria-labelledby="sj-applications" className="section">
      <Heading variant="h3" id="sj-applications" mb="s">
        {t("jobsCoach.applications.heading")}
      </Heading>
      {applications.isPending && <Loading />}
      <ProblemAlert error={applications.error} />
      {data && data.length === 0 && <Paragraph>{t("jobsCoach.applications.none")}</Paragraph>}
      {data && data.length > 0 && (
        <ul className="me-list" aria-labelledby="sj-applications">
          {data.map((a) => (
            <ApplicationCard key={a.id} application={a} />
          ))}
        </ul>
      )}
    </section>
  );
}
