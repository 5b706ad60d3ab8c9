import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate, useParams } from "react-router";
import { Button, Paragraph } from "suomifi-ui-components";
import { fieldErrors } from "../../../app/api";
import { useSession } from "../../../app/session";
import { AppLink } from "../../../ui/AppLink";
import { Loading } from "../../../ui/Loading";
import { PageTitle } from "../../../ui/PageTitle";
import { ProblemAlert } from "../../../ui/ProblemAlert";
import { type Job, useJobLabels } from "../shared";
import { type FieldBinding, JobFieldset, type JobFieldTexts, OrganisationField } from "../shared/JobFieldset";
import { fieldErrorsOf } from "../shared/jobFields";
import { useCreateJob, useJob, useUpdateJob } from "./api";
import {
  checkJobForm,
  EMPTY_JOB,
  formKeyOf,
  type JobBody,
  type JobFormError,
  type JobFormValues,
  jobValues,
} from "./jobForm";
import { posterOrganisationsOf } from "./roles";
import "./jobs-admin.css";

/** The job's fields in the association's words (also the need's post form). */
export function useJobFormTexts(): JobFieldTexts {
  const { t } = useTranslation();
  const labels = useJobLabels();
  return {
    title: t("jobsAdmin.form.title"),
    category: t("jobsAdmin.form.category"),
    description: t("jobsAdmin.form.description"),
    village: t("jobsAdmin.form.village"),
    municipality: t("jobsAdmin.form.municipality"),
    address: t("jobsAdmin.form.address"),
    addressHint: t("jobsAdmin.form.addressHint"),
    startsOn: t("jobsAdmin.form.startsOn"),
    endsOn: t("jobsAdmin.form.endsOn"),
    dateHint: t("jobsAdmin.form.dateHint"),
    endsOnHint: t("jobsAdmin.form.dateHint"),
    hours: t("jobsAdmin.form.hours"),
    hoursHint: t("jobsAdmin.form.hoursHint"),
    payType: t("jobsAdmin.form.payType"),
    payHourly: t("jobsAdmin.form.payHourly"),
    payLumpSum: t("jobsAdmin.form.payLumpSum"),
    payHint: t("jobsAdmin.form.payHint"),
    estimate: (amount) => t("jobsAdmin.form.estimate", { amount }),
    places: t("jobsAdmin.form.places"),
    requirements: t("jobsAdmin.form.requirements"),
    requirementsHint: t("jobsAdmin.form.requirementsHint"),
    safetyNotes: t("jobsAdmin.form.safetyNotes"),
    safetyNotesHint: t("jobsAdmin.form.safetyNotesHint"),
    employer: t("jobsAdmin.form.employer"),
    employerHint: t("jobsAdmin.form.employerHint"),
    employerChoice: labels.employer,
  };
}

/** The job's fields. Local checks first; the server's messages land at the same fields. */
export function JobForm({
  id,
  initial,
  organisations,
  submitting,
  error,
  submitLabels,
  onSubmit,
  onCancel,
}: {
  id: string;
  initial: JobFormValues;
  organisations?: { id: string; name: string }[];
  submitting: boolean;
  error: unknown;
  submitLabels: { save: string; publish?: string };
  onSubmit: (body: JobBody, options: { publish: boolean; organisationId: string | null }) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const texts = useJobFormTexts();
  const [values, setValues] = useState(initial);
  const [organisationId, setOrganisationId] = useState(organisations?.[0]?.id ?? "");
  const [submitted, setSubmitted] = useState(false);
  const { errors } = checkJobForm(values);
  const f: FieldBinding<JobFormValues> = {
    id: (name) => `${id}-${name}`,
    values,
    set: (key, value) => setValues((v) => ({ ...v, [key]: value })),
    errorOf: fieldErrorsOf(errors, submitted, fieldErrors(error), formKeyOf, (e) =>
      t(`jobsAdmin.form.errors.${e as JobFormError}`),
    ),
  };

  function submit(publish: boolean) {
    setSubmitted(true);
    const { body } = checkJobForm(values);
    if (body) onSubmit(body, { publish, organisationId: organisationId || null });
  }

  return (
    <form
      className="form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        submit(false);
      }}
    >
      <OrganisationField
        id={`${id}-organisation`}
        organisations={organisations}
        value={organisationId}
        onChange={setOrganisationId}
      />
      <JobFieldset f={f} texts={texts} />
      {submitted && Object.keys(errors).length > 0 && (
        <Paragraph role="alert" className="form-error-note">
          {t("jobsAdmin.form.fixErrors")}
        </Paragraph>
      )}
      <ProblemAlert error={error} />
      <div className="form__actions">
        {submitLabels.publish && (
          <Button type="button" disabled={submitting} onClick={() => submit(true)}>
            {submitLabels.publish}
          </Button>
        )}
        <Button type="submit" variant={submitLabels.publish ? "secondary" : "default"} disabled={submitting}>
          {submitLabels.save}
        </Button>
        <Button type="button" variant="secondary" onClick={onCancel}>
          {t("jobsAdmin.cancel")}
        </Button>
      </div>
    </form>
  );
}

/** /jobs/new: a new job of the caller's association (or company), saved as a draft or published. */
export function NewJobPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { session } = useSession();
  const create = useCreateJob();
  const organisations = posterOrganisationsOf(session);
  return (
    <>
      <PageTitle>{t("jobsAdmin.newJob")}</PageTitle>
      <Paragraph mb="m">
        <AppLink to="/jobs">{t("jobsAdmin.backToJobs")}</AppLink>
      </Paragraph>
      {organisations.length === 0 ? (
        <Paragraph>{t("jobsAdmin.notPoster")}</Paragraph>
      ) : (
        <JobForm
          id="job-new"
          initial={EMPTY_JOB}
          organisations={organisations}
          submitting={create.isPending}
          error={create.error}
          submitLabels={{ save: t("jobsAdmin.saveDraft"), publish: t("jobsAdmin.publishNow") }}
          onSubmit={(body, { publish, organisationId }) =>
            create.mutate(
              { ...body, organisationId: organisationId ?? organisations[0]?.id ?? "", publish },
              { onSuccess: (answer) => navigate(`/jobs/${answer.data.id}`) },
            )
          }
          onCancel={() => navigate("/jobs")}
        />
      )}
    </>
  );
}

function EditJob({ job }: { job: Job }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const labels = useJobLabels();
  const update = useUpdateJob(job.id);
  return (
    <JobForm
      id="job-edit"
      initial={jobValues(job, labels.language)}
      submitting={update.isPending}
      error={update.error}
      submitLabels={{ save: t("jobsAdmin.save") }}
      onSubmit={(body) =>
        update.mutate({ ...body, version: job.version }, { onSuccess: () => navigate(`/jobs/${job.id}`) })
      }
      onCancel={() => navigate(`/jobs/${job.id}`)}
    />
  );
}

/** /jobs/:id/edit */
export function EditJobPage() {
  const { t } = useTranslation();
  const { id = "" } = useParams();
  const job = useJob(id);
  return (
    <>
      <PageTitle>{t("jobsAdmin.editJob")}</PageTitle>
      <Paragraph mb="m">
        <AppLink to={`/jobs/${id}`}>{t("jobsAdmin.backToJob")}</AppLink>
      </Paragraph>
      {job.isPending && <Loading />}
      <ProblemAlert error={job.error} />
      {job.data &&
        (job.data.can.edit ? (
          <EditJob key={job.data.data.version} job={job.data.data} />
        ) : (
          <Paragraph>{t("jobsAdmin.cannotEdit")}</Paragraph>
        ))}
    </>
  );
}
