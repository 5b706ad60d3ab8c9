import { useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import {
  Button,
  Modal,
  ModalContent,
  ModalFooter,
  ModalTitle,
  Paragraph,
  StaticChip,
} from "suomifi-ui-components";
import { AppLink } from "../../../ui/AppLink";
import { ProblemAlert } from "../../../ui/ProblemAlert";
import { type JobRequirement, useJobLabels } from "../shared";
import { type JobEstimate, type SeekerJob, useApplicationMutations } from "./api";
import { EstimateBlock, formatDays, useEstimateText } from "./EstimateText";
import { needsCeilingConfirmation } from "./estimate";

const smallScreen = () =>
  typeof window !== "undefined" && window.matchMedia?.("(max-width: 600px)").matches === true;

type JobFacts = Pick<
  SeekerJob,
  | "village"
  | "municipality"
  | "organisationName"
  | "startsOn"
  | "endsOn"
  | "estimatedMinutes"
  | "payType"
  | "payCents"
  | "estimatedGrossCents"
>;

/** Where, when, how long and what it pays: the facts a seeker compares jobs by. */
export function JobFactsList({ job }: { job: JobFacts }) {
  const { t } = useTranslation();
  const labels = useJobLabels();
  const place = [job.village, job.municipality].filter(Boolean).join(", ");
  return (
    <dl className="jobs-facts">
      <div>
        <dt>{t("jobsSeeker.card.where")}</dt>
        <dd>{place}</dd>
      </div>
      <div>
        <dt>{t("jobsSeeker.card.when")}</dt>
        <dd>{formatDays(job.startsOn, job.endsOn, labels.language)}</dd>
      </div>
      <div>
        <dt>{t("jobsSeeker.card.hours")}</dt>
        <dd>{t("jobsSeeker.card.about", { value: labels.minutes(job.estimatedMinutes) })}</dd>
      </div>
      <div>
        <dt>{t("jobsSeeker.card.pay")}</dt>
        <dd>
          {labels.pay(job)}
          {job.payType === "hourly" &&
            `, ${t("jobsSeeker.card.grossAbout", { amount: labels.euros(job.estimatedGrossCents) })}`}
        </dd>
      </div>
      <div>
        <dt>{t("jobsSeeker.card.poster")}</dt>
        <dd>{job.organisationName}</dd>
      </div>
    </dl>
  );
}

/** What the job needs, and for each whether the seeker has it by their profile (the fit's `missing`). */
export function JobNeeds({
  requirements,
  missing,
  voice = "self",
}: {
  requirements: JobRequirement[];
  missing: string[];
  /** "self": "you have it"; "staff": "they have it". */
  voice?: "self" | "staff";
}) {
  const { t } = useTranslation();
  const labels = useJobLabels();
  if (requirements.length === 0) {
    return <p className="jobs-needs__none">{t("jobsSeeker.card.needsNothing")}</p>;
  }
  return (
    <div className="jobs-needs">
      <p className="jobs-needs__title">{t("jobsSeeker.card.needs")}</p>
      <ul>
        {requirements.map((r) => {
          const has = !missing.includes(r);
          return (
            <li key={r} className={has ? "jobs-needs__has" : "jobs-needs__missing"}>
              <span aria-hidden="true">{has ? "✓ " : "– "}</span>
              {labels.requirement(r)}:{" "}
              {voice === "self"
                ? t(has ? "jobsSeeker.card.youHave" : "jobsSeeker.card.youLack")
                : t(has ? "jobsCoach.needs.has" : "jobsCoach.needs.lacks")}
            </li>
          );
        })}
      </ul>
    </div>
  );
}

/** The seeker's application as a tag: applied, proposed by the coach, picked… */
export function ApplicationTag({
  status,
  voice = "self",
}: {
  status: NonNullable<SeekerJob["myApplication"]>;
  /** "self": in the seeker's own words ("You applied"); "staff": the plain state ("Applied"). */
  voice?: "self" | "staff";
}) {
  const { t } = useTranslation();
  const labels = useJobLabels();
  return (
    <StaticChip className={`jobs-application-tag jobs-application-tag--${status}`}>
      {voice === "self" ? t(`jobsSeeker.application.${status}`) : labels.applicationStatus(status)}
    </StaticChip>
  );
}

/** Whether the seeker may (re)apply or withdraw in this state of their application. */
export const canApply = (status: SeekerJob["myApplication"]) =>
  status === null || status === "proposed" || status === "withdrawn";
export const canWithdraw = (status: SeekerJob["myApplication"]) =>
  status === "applied" || status === "accepted";

/**
 * Apply with one tap, or withdraw. Only a job that would take the month over the personal ceiling asks
 * first, in a dialog that says so.
 */
export function ApplyButtons({
  job,
}: {
  job: Pick<SeekerJob, "id" | "title" | "myApplication"> & { estimate: JobEstimate | null };
}) {
  const { t } = useTranslation();
  const text = useEstimateText();
  const { apply, withdraw } = useApplicationMutations();
  const [confirming, setConfirming] = useState(false);
  const applyButton = useRef<HTMLButtonElement>(null);
  const status = job.myApplication;

  const send = () => apply.mutate({ jobId: job.id, body: {} }, { onSettled: () => setConfirming(false) });

  return (
    <div className="jobs-actions">
      <div aria-live="polite">
        {apply.isSuccess && status === "applied" && (
          <p className="jobs-actions__done">{t("jobsSeeker.card.applied")}</p>
        )}
        {withdraw.isSuccess && status === "withdrawn" && (
          <p className="jobs-actions__done">{t("jobsSeeker.card.withdrawn")}</p>
        )}
      </div>
      <ProblemAlert error={apply.error ?? withdraw.error} />
      <div className="button-row">
        {canApply(status) && (
          <Button
            ref={applyButton}
            disabled={apply.isPending}
            aria-label={t("jobsSeeker.card.applyTo", { title: job.title })}
            onClick={() =>
              job.estimate && needsCeilingConfirmation(job.estimate) ? setConfirming(true) : send()
            }
          >
            {t("jobsSeeker.card.apply")}
          </Button>
        )}
        {canWithdraw(status) && (
          <Button
            variant="secondary"
            disabled={withdraw.isPending}
            aria-label={t("jobsSeeker.card.withdrawFrom", { title: job.title })}
            onClick={() => withdraw.mutate(job.id)}
          >
            {t("jobsSeeker.card.withdraw")}
          </Button>
        )}
      </div>
      {confirming && job.estimate && (
        <Modal
          appElementId="root"
          visible
          variant={smallScreen() ? "smallScreen" : "default"}
          onEscKeyDown={() => setConfirming(false)}
          focusOnCloseRef={applyButton}
        >
          <ModalContent>
            <ModalTitle>{t("jobsSeeker.confirm.title")}</ModalTitle>
            <Paragraph mb="s">{text.ceiling(job.estimate)}</Paragraph>
            <Paragraph>{t("jobsSeeker.confirm.body")}</Paragraph>
          </ModalContent>
          <ModalFooter>
            <Button onClick={send} disabled={apply.isPending}>
              {t("jobsSeeker.confirm.apply")}
            </Button>
            <Button variant="secondary" onClick={() => setConfirming(false)}>
              {t("jobsSeeker.confirm.cancel")}
            </Button>
          </ModalFooter>
        </Modal>
      )}
    </div>
  );
}

/** One open job in the seeker's list. */
export function JobCard({ job }: { job: SeekerJob }) {
  const { t } = useTranslation();
  const labels = useJobLabels();
  const headingId = `job-${job.id}`;
  return (
    <li className="me-card jobs-card" aria-labelledby={headingId}>
      <h3 id={headingId}>
        <AppLink to={`/me/jobs/${job.id}`}>{job.title}</AppLink>
      </h3>
      <p className="jobs-card__kind">
        {labels.category(job.category)}
        {job.placesLeft > 1 && ` · ${t("jobsSeeker.card.placesLeft", { count: job.placesLeft })}`}
      </p>
      {job.myApplication && <ApplicationTag status={job.myApplication} />}
      <JobFactsList job={job} />
      <JobNeeds requirements={job.requirements} missing={job.fit.missing} />
      <EstimateBlock estimate={job.estimate} />
      <ApplyButtons job={job} />
    </li>
  );
}
