import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate, useParams } from "react-router";
import {
  Button,
  Checkbox,
  CheckboxGroup,
  Dropdown,
  DropdownItem,
  Paragraph,
  RadioButton,
  RadioButtonGroup,
  Textarea,
  TextInput,
} from "suomifi-ui-components";
import { fieldErrors } from "../../../app/api";
import { useSession } from "../../../app/session";
import { AppLink } from "../../../ui/AppLink";
import { DateField } from "../../../ui/DateField";
import { Loading } from "../../../ui/Loading";
import { PageTitle } from "../../../ui/PageTitle";
import { ProblemAlert } from "../../../ui/ProblemAlert";
import {
  EMPLOYERS,
  JOB_CATEGORIES,
  JOB_REQUIREMENTS,
  type Job,
  PAY_TYPES,
  parseEuros,
  parseHours,
  useJobLabels,
} from "../shared";
import { useCreateJob, useJob, useUpdateJob } from "./api";
import {
  checkJobForm,
  EMPTY_JOB,
  estimatedGross,
  formKeyOf,
  type JobBody,
  type JobFormValues,
  jobValues,
} from "./jobForm";
import { posterOrganisationsOf } from "./roles";
import "./jobs-admin.css";

const isOneOf = <T extends string>(list: readonly T[], value: string): value is T =>
  (list as readonly string[]).includes(value);

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
  const labels = useJobLabels();
  const [values, setValues] = useState(initial);
  const [organisationId, setOrganisationId] = useState(organisations?.[0]?.id ?? "");
  const [submitted, setSubmitted] = useState(false);
  const { errors } = checkJobForm(values);
  const server: Partial<Record<keyof JobFormValues, string>> = {};
  for (const [key, message] of Object.entries(fieldErrors(error))) {
    const field = formKeyOf(key);
    if (field && server[field] === undefined) server[field] = message;
  }
  const errorOf = (key: keyof JobFormValues) => {
    const local = submitted ? errors[key] : undefined;
    return local ? t(`jobsAdmin.form.errors.${local}`) : server[key];
  };
  const status = (key: keyof JobFormValues) => (errorOf(key) ? "error" : "default");
  const set = <K extends keyof JobFormValues>(key: K, value: JobFormValues[K]) =>
    setValues((v) => ({ ...v, [key]: value }));
  const fid = (name: string) => `${id}-${name}`;

  function submit(publish: boolean) {
    setSubmitted(true);
    const { body } = checkJobForm(values);
    if (body) onSubmit(body, { publish, organisationId: organisationId || null });
  }

  const minutes = parseHours(values.hours);
  const pay = parseEuros(values.pay);
  const estimate =
    minutes !== null && pay !== null && minutes >= 15 ? estimatedGross(values.payType, pay, minutes) : null;

  return (
    <form
      className="form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        submit(false);
      }}
    >
      {organisations && organisations.length > 1 && (
        <Dropdown
          id={fid("organisation")}
          labelText={t("jobsAdmin.form.organisation")}
          value={organisationId}
          onChange={setOrganisationId}
          fullWidth
        >
          {organisations.map((o) => (
            <DropdownItem key={o.id} value={o.id}>
              {o.name}
            </DropdownItem>
          ))}
        </Dropdown>
      )}
      <TextInput
        id={fid("title")}
        labelText={t("jobsAdmin.form.title")}
        value={values.title}
        maxLength={200}
        onChange={(v) => set("title", String(v ?? ""))}
        status={status("title")}
        statusText={errorOf("title")}
        fullWidth
      />
      <Textarea
        id={fid("description")}
        labelText={t("jobsAdmin.form.description")}
        optionalText={t("common.optional")}
        value={values.description}
        maxLength={4000}
        onChange={(e) => set("description", e.target.value)}
        status={status("description")}
        statusText={errorOf("description")}
        fullWidth
      />
      <Dropdown
        id={fid("category")}
        labelText={t("jobsAdmin.form.category")}
        visualPlaceholder={t("common.choose")}
        value={values.category ?? ""}
        onChange={(v) => set("category", isOneOf(JOB_CATEGORIES, v) ? v : null)}
        status={status("category")}
        statusText={errorOf("category")}
        fullWidth
      >
        {JOB_CATEGORIES.map((c) => (
          <DropdownItem key={c} value={c}>
            {labels.category(c)}
          </DropdownItem>
        ))}
      </Dropdown>
      <TextInput
        id={fid("village")}
        labelText={t("jobsAdmin.form.village")}
        value={values.village}
        maxLength={100}
        onChange={(v) => set("village", String(v ?? ""))}
        status={status("village")}
        statusText={errorOf("village")}
        fullWidth
      />
      <TextInput
        id={fid("municipality")}
        labelText={t("jobsAdmin.form.municipality")}
        optionalText={t("common.optional")}
        value={values.municipality}
        maxLength={100}
        onChange={(v) => set("municipality", String(v ?? ""))}
        status={status("municipality")}
        statusText={errorOf("municipality")}
        fullWidth
      />
      <TextInput
        id={fid("address")}
        labelText={t("jobsAdmin.form.address")}
        hintText={t("jobsAdmin.form.addressHint")}
        optionalText={t("common.optional")}
        value={values.address}
        maxLength={300}
        onChange={(v) => set("address", String(v ?? ""))}
        status={status("address")}
        statusText={errorOf("address")}
        fullWidth
      />
      <DateField
        id={fid("startsOn")}
        label={t("jobsAdmin.form.startsOn")}
        hint={t("jobsAdmin.form.dateHint")}
        value={values.startsOn}
        onChange={(v) => set("startsOn", v)}
        error={errorOf("startsOn")}
      />
      <DateField
        id={fid("endsOn")}
        label={t("jobsAdmin.form.endsOn")}
        hint={t("jobsAdmin.form.dateHint")}
        value={values.endsOn}
        onChange={(v) => set("endsOn", v)}
        error={errorOf("endsOn")}
      />
      <TextInput
        id={fid("hours")}
        labelText={t("jobsAdmin.form.hours")}
        hintText={t("jobsAdmin.form.hoursHint")}
        inputMode="decimal"
        value={values.hours}
        onChange={(v) => set("hours", String(v ?? ""))}
        status={status("hours")}
        statusText={errorOf("hours")}
      />
      <RadioButtonGroup
        id={fid("payType")}
        name={fid("payType")}
        labelText={t("jobsAdmin.form.payType")}
        value={values.payType}
        onChange={(v) => isOneOf(PAY_TYPES, v) && set("payType", v)}
      >
        {PAY_TYPES.map((p) => (
          <RadioButton key={p} value={p}>
            {labels.payType(p)}
          </RadioButton>
        ))}
      </RadioButtonGroup>
      <TextInput
        id={fid("pay")}
        labelText={
          values.payType === "hourly" ? t("jobsAdmin.form.payHourly") : t("jobsAdmin.form.payLumpSum")
        }
        hintText={t("jobsAdmin.form.payHint")}
        inputMode="decimal"
        value={values.pay}
        onChange={(v) => set("pay", String(v ?? ""))}
        status={status("pay")}
        statusText={errorOf("pay")}
      />
      {estimate !== null && (
        <Paragraph className="muted" aria-live="polite">
          {t("jobsAdmin.form.estimate", { amount: labels.euros(estimate) })}
        </Paragraph>
      )}
      <TextInput
        id={fid("places")}
        labelText={t("jobsAdmin.form.places")}
        inputMode="numeric"
        value={values.places}
        onChange={(v) => set("places", String(v ?? ""))}
        status={status("places")}
        statusText={errorOf("places")}
      />
      <CheckboxGroup
        id={fid("requirements")}
        labelText={t("jobsAdmin.form.requirements")}
        groupHintText={t("jobsAdmin.form.requirementsHint")}
        groupStatus={errorOf("requirements") ? "error" : "default"}
        groupStatusText={errorOf("requirements")}
      >
        {JOB_REQUIREMENTS.map((r) => (
          <Checkbox
            key={r}
            checked={values.requirements.includes(r)}
            onClick={({ checkboxState }) =>
              set(
                "requirements",
                checkboxState
                  ? [...values.requirements.filter((x) => x !== r), r]
                  : values.requirements.filter((x) => x !== r),
              )
            }
          >
            {labels.requirement(r)}
          </Checkbox>
        ))}
      </CheckboxGroup>
      <Textarea
        id={fid("safetyNotes")}
        labelText={t("jobsAdmin.form.safetyNotes")}
        hintText={t("jobsAdmin.form.safetyNotesHint")}
        optionalText={t("common.optional")}
        value={values.safetyNotes}
        maxLength={2000}
        onChange={(e) => set("safetyNotes", e.target.value)}
        status={status("safetyNotes")}
        statusText={errorOf("safetyNotes")}
        fullWidth
      />
      <RadioButtonGroup
        id={fid("employer")}
        name={fid("employer")}
        labelText={t("jobsAdmin.form.employer")}
        groupHintText={t("jobsAdmin.form.employerHint")}
        value={values.employer}
        onChange={(v) => isOneOf(EMPLOYERS, v) && set("employer", v)}
      >
        {EMPLOYERS.map((e) => (
          <RadioButton key={e} value={e}>
            {labels.employer(e)}
          </RadioButton>
        ))}
      </RadioButtonGroup>
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
