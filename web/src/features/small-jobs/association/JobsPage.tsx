import { useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { Button, Dropdown, DropdownItem, Heading, Paragraph } from "suomifi-ui-components";
import { formatDate } from "../../../app/format";
import { useSession } from "../../../app/session";
import { AppLink } from "../../../ui/AppLink";
import { Loading } from "../../../ui/Loading";
import { SuccessNotice } from "../../../ui/Notice";
import { PageTitle } from "../../../ui/PageTitle";
import { ProblemAlert } from "../../../ui/ProblemAlert";
import {
  JOB_STATUSES,
  type Job,
  type JobStatus,
  JobStatusTag,
  type JobSummary,
  useJobLabels,
} from "../shared";
import { useJobs } from "./api";
import { ProposeDialog } from "./ProposeDialog";
import { hasRole, posterOrganisationsOf } from "./roles";
import "./jobs-admin.css";

const isJobStatus = (v: string): v is JobStatus => (JOB_STATUSES as readonly string[]).includes(v);

function JobCard({ job, children }: { job: Job | JobSummary; children?: React.ReactNode }) {
  const { t } = useTranslation();
  const labels = useJobLabels();
  const window =
    job.startsOn === job.endsOn
      ? formatDate(job.startsOn, labels.language)
      : `${formatDate(job.startsOn, labels.language)} – ${formatDate(job.endsOn, labels.language)}`;
  const applicants = "applicantCount" in job ? job.applicantCount : null;
  return (
    <li className="job-card">
      <div className="job-card__head">
        <Heading variant="h3" as="h2" className="job-card__title">
          <AppLink to={`/jobs/${job.id}`}>{job.title}</AppLink>
        </Heading>
        <JobStatusTag status={job.status} />
      </div>
      <p className="job-card__meta">{[labels.category(job.category), job.village, window].join(" · ")}</p>
      <p className="job-card__meta">
        {[
          labels.pay(job),
          labels.minutes(job.estimatedMinutes),
          t("jobsAdmin.placesLeft", { left: job.placesLeft, places: job.places }),
          applicants !== null ? t("jobsAdmin.applicantCount", { count: applicants }) : null,
        ]
          .filter(Boolean)
          .join(" · ")}
      </p>
      {children}
    </li>
  );
}

/** The association's own jobs, by state. */
function PosterBoard() {
  const { t } = useTranslation();
  const labels = useJobLabels();
  const [status, setStatus] = useState<JobStatus | "">("");
  const jobs = useJobs({ status: status || undefined });
  return (
    <>
      <div className="button-row jobs-links">
        <AppLink to="/jobs/new">{t("jobsAdmin.newJob")}</AppLink>
        <AppLink to="/jobs/needs">{t("jobsAdmin.needs.title")}</AppLink>
        <AppLink to="/jobs/payroll">{t("jobsAdmin.payroll.title")}</AppLink>
      </div>
      <div className="filters">
        <Dropdown
          id="jobs-status"
          labelText={t("jobsAdmin.filterStatus")}
          value={status === "" ? "all" : status}
          onChange={(v) => setStatus(isJobStatus(v) ? v : "")}
        >
          {[
            <DropdownItem key="all" value="all">
              {t("jobsAdmin.allStatuses")}
            </DropdownItem>,
            ...JOB_STATUSES.map((s) => (
              <DropdownItem key={s} value={s}>
                {labels.status(s)}
              </DropdownItem>
            )),
          ]}
        </Dropdown>
      </div>
      {jobs.isPending && <Loading />}
      <ProblemAlert error={jobs.error} />
      {jobs.data && jobs.data.data.length === 0 && <Paragraph>{t("jobsAdmin.noJobs")}</Paragraph>}
      {jobs.data && jobs.data.data.length > 0 && (
        <ul className="job-list" aria-label={t("jobsAdmin.ownJobs")}>
          {jobs.data.data.map((job) => (
            <JobCard key={job.id} job={job} />
          ))}
        </ul>
      )}
    </>
  );
}

/** Coaches and project managers: the region's open jobs; a coach can propose one to a participant. */
function RegionBoard({ canPropose }: { canPropose: boolean }) {
  const { t } = useTranslation();
  const jobs = useJobs({ status: "open" });
  const [proposing, setProposing] = useState<JobSummary | null>(null);
  const [proposed, setProposed] = useState<string | null>(null);
  const opener = useRef<HTMLButtonElement | null>(null);
  return (
    <>
      <Paragraph mb="m">
        {canPropose ? t("jobsAdmin.regionIntroCoach") : t("jobsAdmin.regionIntro")}
      </Paragraph>
      <div className="button-row jobs-links">
        <AppLink to="/jobs/figures">{t("jobsAdmin.figures.title")}</AppLink>
      </div>
      {proposed && <SuccessNotice>{t("jobsAdmin.propose.done", { name: proposed })}</SuccessNotice>}
      {jobs.isPending && <Loading />}
      <ProblemAlert error={jobs.error} />
      {jobs.data && jobs.data.data.length === 0 && <Paragraph>{t("jobsAdmin.noOpenJobs")}</Paragraph>}
      {jobs.data && jobs.data.data.length > 0 && (
        <ul className="job-list" aria-label={t("jobsAdmin.openJobs")}>
          {jobs.data.data.map((job) => (
            <JobCard key={job.id} job={job}>
              {canPropose && (
                <Button
                  variant="secondary"
                  aria-label={t("jobsAdmin.propose.buttonNamed", { job: job.title })}
                  onClick={(event) => {
                    opener.current = event.currentTarget as HTMLButtonElement;
                    setProposed(null);
                    setProposing(job);
                  }}
                >
                  {t("jobsAdmin.propose.button")}
                </Button>
              )}
            </JobCard>
          ))}
        </ul>
      )}
      {proposing && (
        <ProposeDialog
          job={proposing}
          onClose={() => {
            setProposing(null);
            opener.current?.focus();
          }}
          onProposed={(name) => {
            setProposing(null);
            setProposed(name);
            opener.current?.focus();
          }}
        />
      )}
    </>
  );
}

/** /jobs: the association's job board, or the region's open jobs for coaches and project managers. */
export function JobsPage() {
  const { t } = useTranslation();
  const { session } = useSession();
  const poster = posterOrganisationsOf(session).length > 0;
  return (
    <>
      <PageTitle>{t("jobsAdmin.title")}</PageTitle>
      {poster ? (
        <>
          <Paragraph mb="m">{t("jobsAdmin.intro")}</Paragraph>
          <PosterBoard />
        </>
      ) : (
        <RegionBoard canPropose={hasRole(session, "coach")} />
      )}
    </>
  );
}
