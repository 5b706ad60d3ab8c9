import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useParams } from "react-router";
import { Button, Heading, Paragraph, TextInput } from "suomifi-ui-components";
import { ApiError, fieldErrors } from "../../../app/api";
import { isoToInputDate, todayIso } from "../../../app/dates";
import { formatDate, formatDateTime } from "../../../app/format";
import { useLanguage } from "../../../app/useLanguage";
import { AppLink } from "../../../ui/AppLink";
import { DateField } from "../../../ui/DateField";
import { DescriptionList } from "../../../ui/Details";
import { Loading } from "../../../ui/Loading";
import { SuccessNotice } from "../../../ui/Notice";
import { PageTitle } from "../../../ui/PageTitle";
import { ProblemAlert } from "../../../ui/ProblemAlert";
import { JobStatusTag, minutesToInput, useJobLabels } from "../shared";
import { payStatementUrl, type SeekerJobDetailData, useConfirmHours, useMyJob } from "./api";
import { downloadFile } from "./download";
import { EstimateBlock, formatDays } from "./EstimateText";
import { checkHours, type HoursValues } from "./hoursForm";
import { ApplicationTag, ApplyButtons, JobFactsList, JobNeeds } from "./JobCard";
import { JobsProblem } from "./SeekerNav";
import "./jobs-seeker.css";

/** The earlier of two ISO days (strings compare in calendar order). */
const earlierDay = (a: string, b: string) => [a, b].sort()[0] ?? a;

type Worker = NonNullable<SeekerJobDetailData["worker"]>;

function Section({ id, heading, children }: { id: string; heading: string; children: React.ReactNode }) {
  return (
    <section aria-labelledby={id} className="section">
      <Heading variant="h2" id={id} mb="s">
        {heading}
      </Heading>
      {children}
    </section>
  );
}

/** After the work: the worker gives their hours and the days worked (the orderer confirms theirs). */
function HoursForm({ job, worker }: { job: SeekerJobDetailData; worker: Worker }) {
  const { t } = useTranslation();
  const confirm = useConfirmHours();
  const today = todayIso();
  const [values, setValues] = useState<HoursValues>({
    hours: minutesToInput(worker.workerMinutes ?? job.estimatedMinutes),
    workedFrom: isoToInputDate(earlierDay(job.startsOn, today)),
    workedTo: isoToInputDate(earlierDay(job.endsOn, today)),
  });
  const [submitted, setSubmitted] = useState(false);
  const { errors } = checkHours(values, today);
  const server = fieldErrors(confirm.error);
  const shown = (field: keyof HoursValues) =>
    submitted && errors[field] ? t(`jobsSeeker.hours.errors.${errors[field]}`) : server[field];

  function submit(event: React.FormEvent) {
    event.preventDefault();
    setSubmitted(true);
    const { body } = checkHours(values, today);
    if (body) confirm.mutate({ workerId: worker.id, body });
  }

  return (
    <form onSubmit={submit} noValidate className="form" aria-labelledby="job-hours-form">
      <Heading variant="h3" id="job-hours-form">
        {worker.workerMinutes === null
          ? t("jobsSeeker.hours.formHeading")
          : t("jobsSeeker.hours.changeHeading")}
      </Heading>
      <TextInput
        id="job-hours"
        labelText={t("jobsSeeker.hours.hours")}
        hintText={t("jobsSeeker.hours.hoursHint")}
        inputMode="decimal"
        value={values.hours}
        onChange={(value) => setValues((v) => ({ ...v, hours: String(value ?? "") }))}
        status={shown("hours") ? "error" : "default"}
        statusText={shown("hours")}
      />
      <DateField
        id="job-worked-from"
        label={t("jobsSeeker.hours.workedFrom")}
        hint={t("jobsSeeker.filters.dateHint")}
        value={values.workedFrom}
        onChange={(workedFrom) => setValues((v) => ({ ...v, workedFrom }))}
        error={shown("workedFrom")}
        maxDate={new Date()}
      />
      <DateField
        id="job-worked-to"
        label={t("jobsSeeker.hours.workedTo")}
        hint={t("jobsSeeker.filters.dateHint")}
        value={values.workedTo}
        onChange={(workedTo) => setValues((v) => ({ ...v, workedTo }))}
        error={shown("workedTo")}
        maxDate={new Date()}
      />
      <ProblemAlert error={Object.keys(server).length > 0 ? null : confirm.error} />
      <div aria-live="polite">
        {confirm.isSuccess && <SuccessNotice>{t("jobsSeeker.hours.saved")}</SuccessNotice>}
      </div>
      <div className="form__actions">
        <Button type="submit" disabled={confirm.isPending}>
          {t("jobsSeeker.hours.submit")}
        </Button>
      </div>
    </form>
  );
}

/** The worker's own part: where and when, hours, pay and the pay statement. */
function MyWork({ job, worker }: { job: SeekerJobDetailData; worker: Worker }) {
  const { t } = useTranslation();
  const labels = useJobLabels();
  const { language } = useLanguage();
  const download = useMutation({
    mutationFn: () => downloadFile(payStatementUrl(worker.id), "palkkalaskelma.pdf", language),
  });
  const hoursOpen = job.status === "done" && worker.paidOn === null;
  return (
    <>
      <Section id="job-where" heading={t("jobsSeeker.detail.whereHeading")}>
        <DescriptionList
          items={[
            { label: t("jobsSeeker.detail.address"), value: job.address ?? t("jobsSeeker.detail.noAddress") },
            { label: t("jobsSeeker.card.when"), value: formatDays(job.startsOn, job.endsOn, language) },
          ]}
        />
      </Section>
      <Section id="job-hours-section" heading={t("jobsSeeker.hours.heading")}>
        {worker.workerMinutes !== null ? (
          <Paragraph className="me-text" mb="s">
            {t("jobsSeeker.hours.youConfirmed", { hours: labels.minutes(worker.workerMinutes) })}
            {worker.ordererMinutes !== null &&
              ` ${t("jobsSeeker.hours.ordererConfirmed", { hours: labels.minutes(worker.ordererMinutes) })}`}
          </Paragraph>
        ) : (
          !hoursOpen && (
            <Paragraph className="me-text" mb="s">
              {t("jobsSeeker.hours.later")}
            </Paragraph>
          )
        )}
        {hoursOpen && <HoursForm job={job} worker={worker} />}
      </Section>
      <Section id="job-pay" heading={t("jobsSeeker.pay.heading")}>
        {worker.paidOn === null ? (
          <Paragraph className="me-text">
            {worker.grossCents === null
              ? t("jobsSeeker.pay.notYet")
              : t("jobsSeeker.pay.coming", { gross: labels.euros(worker.grossCents) })}
          </Paragraph>
        ) : (
          <>
            <DescriptionList
              items={[
                { label: t("jobsSeeker.pay.paidOn"), value: formatDate(worker.paidOn, language) },
                { label: t("jobsSeeker.pay.gross"), value: labels.euros(worker.grossCents ?? 0) },
                {
                  label: t("jobsSeeker.pay.withholding"),
                  value: labels.euros(worker.withholdingCents ?? 0),
                },
                {
                  label: t("jobsSeeker.pay.net"),
                  value: labels.euros((worker.grossCents ?? 0) - (worker.withholdingCents ?? 0)),
                },
              ]}
            />
            <div aria-live="polite">
              {download.isSuccess && (
                <SuccessNotice>{t("jobsSeeker.pay.downloaded", { file: download.data })}</SuccessNotice>
              )}
            </div>
            <ProblemAlert error={download.error} />
            <Button onClick={() => download.mutate()} disabled={download.isPending}>
              {t("jobsSeeker.pay.download")}
            </Button>
          </>
        )}
      </Section>
    </>
  );
}

/** One job as the seeker sees it: details, the estimate with its rule, their application and work. */
export function MyJobPage() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const { id = "" } = useParams();
  const query = useMyJob(id, language);
  const job = query.data?.data;

  if (query.isPending) return <Loading />;
  if (!job) {
    const notFound = query.error instanceof ApiError && query.error.status === 404;
    return (
      <div className="me-page jobs-page">
        <PageTitle>{notFound ? t("jobsSeeker.detail.notFound") : t("jobsSeeker.detail.error")}</PageTitle>
        {!notFound && <JobsProblem error={query.error} />}
        <AppLink to="/me/jobs">{t("jobsSeeker.detail.back")}</AppLink>
      </div>
    );
  }

  const status = job.application?.status ?? job.myApplication;
  return (
    <div className="me-page jobs-page">
      <p className="jobs-back">
        <AppLink to="/me/jobs">{t("jobsSeeker.detail.back")}</AppLink>
      </p>
      <PageTitle>{job.title}</PageTitle>
      <div className="jobs-tags">
        <JobStatusTag status={job.status} />
        {status && <ApplicationTag status={status} />}
      </div>
      {job.description && <Paragraph className="me-text jobs-description">{job.description}</Paragraph>}
      <JobFactsList job={job} />
      <JobNeeds requirements={job.requirements} missing={job.fit.missing} />
      {job.safetyNotes && (
        <Section id="job-safety" heading={t("jobsSeeker.detail.safety")}>
          <Paragraph className="me-text jobs-description">{job.safetyNotes}</Paragraph>
        </Section>
      )}
      <Section id="job-estimate" heading={t("jobsSeeker.detail.estimateHeading")}>
        {job.worker?.paidOn ? (
          // Once paid it is no longer an estimate: the pay is in the period's earnings.
          <Paragraph className="me-text">
            {t("jobsSeeker.detail.paidInEarnings")}{" "}
            <AppLink to="/me/jobs/earnings">{t("jobsSeeker.subnav.earnings")}</AppLink>
          </Paragraph>
        ) : (
          <EstimateBlock estimate={job.estimate} showRule />
        )}
      </Section>
      <Section id="job-application" heading={t("jobsSeeker.detail.applicationHeading")}>
        <Paragraph className="me-text" mb="s">
          {status ? t(`jobsSeeker.detail.status.${status}`) : t("jobsSeeker.detail.status.none")}
          {job.application?.appliedAt &&
            ` ${t("jobsSeeker.detail.appliedAt", { when: formatDateTime(job.application.appliedAt, language) })}`}
        </Paragraph>
        {(job.status === "open" || (job.status === "filled" && status === "accepted")) && (
          <ApplyButtons
            job={{ id: job.id, title: job.title, estimate: job.estimate, myApplication: status }}
          />
        )}
      </Section>
      {job.worker && <MyWork job={job} worker={job.worker} />}
    </div>
  );
}
