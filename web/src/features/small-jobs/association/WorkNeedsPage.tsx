import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { Button, Heading, Paragraph } from "suomifi-ui-components";
import { fieldErrors } from "../../../app/api";
import { useSession } from "../../../app/session";
import { AppLink } from "../../../ui/AppLink";
import { Loading } from "../../../ui/Loading";
import { SuccessNotice } from "../../../ui/Notice";
import { PageTitle } from "../../../ui/PageTitle";
import { ProblemAlert } from "../../../ui/ProblemAlert";
import { type JobCategory, SEASONS, type Season, useJobLabels } from "../shared";
import { FormActions } from "../shared/FormActions";
import {
  AreaField,
  CategoryField,
  ChoiceField,
  type FieldBinding,
  JobPayFields,
  JobWhenFields,
  OrganisationField,
  TextField,
} from "../shared/JobFieldset";
import { checkJobTerms, fieldErrorsOf, type JobTermValues } from "../shared/jobFields";
import { usePostNeed, useSaveNeed, useWorkNeeds } from "./api";
import { useJobFormTexts } from "./JobFormPage";
import type { JobFormError } from "./jobForm";
import { posterOrganisationsOf } from "./roles";
import type { WorkNeed } from "./types";
import "./jobs-admin.css";

/** The need's field that shows a server message about a body field. */
const needKeyOf = (key: string): keyof NeedValues | null =>
  key in EMPTY_NEED ? (key as keyof NeedValues) : null;

/** The post form's field that shows a server message about a body field ("payCents" → "pay"). */
const termKeyOf = (key: string): keyof JobTermValues | null =>
  key === "estimatedMinutes"
    ? "hours"
    : key === "payCents"
      ? "pay"
      : ["startsOn", "endsOn", "payType", "places"].includes(key)
        ? (key as keyof JobTermValues)
        : null;

interface NeedValues {
  title: string;
  description: string;
  category: JobCategory | null;
  village: string;
  municipality: string;
  place: string;
  season: Season | null;
  effortHours: string;
  beneficiaries: string;
}

const EMPTY_NEED: NeedValues = {
  title: "",
  description: "",
  category: null,
  village: "",
  municipality: "",
  place: "",
  season: null,
  effortHours: "",
  beneficiaries: "",
};

const needValues = (n: WorkNeed): NeedValues => ({
  title: n.title,
  description: n.description,
  category: n.category,
  village: n.village,
  municipality: n.municipality ?? "",
  place: n.place ?? "",
  season: n.season,
  effortHours: n.effortHours === null ? "" : String(n.effortHours),
  beneficiaries: n.beneficiaries,
});

function useFocusOnMount<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  useEffect(() => ref.current?.focus(), []);
  return ref;
}

/** Adding or changing a need: what, where, season, rough effort, who benefits. */
function NeedForm({
  need,
  onDone,
  onCancel,
}: {
  need: WorkNeed | null;
  onDone: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const labels = useJobLabels();
  const { session } = useSession();
  const organisations = posterOrganisationsOf(session);
  const save = useSaveNeed(need);
  const [values, setValues] = useState(need ? needValues(need) : EMPTY_NEED);
  const [organisationId, setOrganisationId] = useState(need?.organisationId ?? organisations[0]?.id ?? "");
  const [submitted, setSubmitted] = useState(false);
  const heading = useFocusOnMount<HTMLHeadingElement>();
  const set = <K extends keyof NeedValues>(key: K, value: NeedValues[K]) =>
    setValues((v) => ({ ...v, [key]: value }));
  const effort =
    values.effortHours.trim() === ""
      ? null
      : /^\d{1,6}$/.test(values.effortHours.trim())
        ? Number(values.effortHours)
        : NaN;
  const local: Partial<Record<keyof NeedValues, JobFormError | "wholeHours">> = {};
  if (values.title.trim() === "") local.title = "required";
  if (values.village.trim() === "") local.village = "required";
  if (values.category === null) local.category = "required";
  if (values.season === null) local.season = "required";
  if (Number.isNaN(effort) || effort === 0) local.effortHours = "wholeHours";
  const id = need ? `need-${need.id}` : "need-new";
  const f: FieldBinding<NeedValues> = {
    id: (name) => `${id}-${name}`,
    values,
    set,
    errorOf: fieldErrorsOf(local, submitted, fieldErrors(save.error), needKeyOf, (e) =>
      t(`jobsAdmin.form.errors.${e as JobFormError | "wholeHours"}`),
    ),
  };
  const headingText = need ? t("jobsAdmin.needs.editHeading") : t("jobsAdmin.needs.addHeading");

  function submit(event: React.FormEvent) {
    event.preventDefault();
    setSubmitted(true);
    if (Object.keys(local).length > 0 || !values.category || !values.season) return;
    save.mutate(
      {
        organisationId,
        title: values.title.trim(),
        description: values.description.trim(),
        category: values.category,
        village: values.village.trim(),
        municipality: values.municipality.trim() || null,
        place: values.place.trim() || null,
        season: values.season,
        effortHours: effort,
        beneficiaries: values.beneficiaries.trim(),
      },
      { onSuccess: onDone },
    );
  }

  return (
    <section aria-labelledby={`${id}-heading`} className="section">
      <Heading variant="h2" id={`${id}-heading`} ref={heading} tabIndex={-1} mb="s">
        {headingText}
      </Heading>
      <form className="form" noValidate onSubmit={submit}>
        {!need && (
          <OrganisationField
            id={`${id}-organisation`}
            organisations={organisations}
            value={organisationId}
            onChange={setOrganisationId}
          />
        )}
        <TextField f={f} name="title" label={t("jobsAdmin.needs.what")} maxLength={200} />
        <AreaField
          f={f}
          name="description"
          label={t("jobsAdmin.form.description")}
          optional
          maxLength={4000}
        />
        <CategoryField f={f} label={t("jobsAdmin.form.category")} />
        <TextField f={f} name="village" label={t("jobsAdmin.form.village")} maxLength={100} />
        <TextField
          f={f}
          name="municipality"
          label={t("jobsAdmin.form.municipality")}
          optional
          maxLength={100}
        />
        <TextField
          f={f}
          name="place"
          label={t("jobsAdmin.needs.where")}
          hint={t("jobsAdmin.needs.whereHint")}
          optional
          maxLength={300}
        />
        <ChoiceField
          f={f}
          name="season"
          label={t("jobsAdmin.needs.season")}
          options={SEASONS}
          labelOf={labels.season}
        />
        <TextField
          f={f}
          name="effortHours"
          id={`${id}-effort`}
          label={t("jobsAdmin.needs.effort")}
          hint={t("jobsAdmin.needs.effortHint")}
          optional
          inputMode="numeric"
          fullWidth={false}
        />
        <AreaField
          f={f}
          name="beneficiaries"
          label={t("jobsAdmin.needs.beneficiaries")}
          hint={t("jobsAdmin.needs.beneficiariesHint")}
          optional
          maxLength={1000}
        />
        <FormActions
          error={save.error}
          pending={save.isPending}
          submitLabel={t("jobsAdmin.save")}
          onCancel={onCancel}
        />
      </form>
    </section>
  );
}

/** "Post as a job" in one step: the window, hours, pay and places; the need gives the rest. */
function PostNeedForm({ need, onCancel }: { need: WorkNeed; onCancel: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const post = usePostNeed(need.id);
  const [values, setValues] = useState<JobTermValues>({
    startsOn: "",
    endsOn: "",
    hours: need.effortHours ? String(need.effortHours) : "",
    payType: "hourly",
    pay: "",
    places: "1",
  });
  const [submitted, setSubmitted] = useState(false);
  const heading = useFocusOnMount<HTMLHeadingElement>();
  const { errors, parsed } = checkJobTerms(values);
  const id = `post-${need.id}`;
  const f: FieldBinding<JobTermValues> = {
    id: (name) => `${id}-${name}`,
    values,
    set: (key, value) => setValues((v) => ({ ...v, [key]: value })),
    errorOf: fieldErrorsOf(errors, submitted, fieldErrors(post.error), termKeyOf, (e) =>
      t(`jobsAdmin.form.errors.${e as JobFormError}`),
    ),
  };
  const texts = useJobFormTexts();

  function submit(publish: boolean) {
    setSubmitted(true);
    if (!parsed) return;
    post.mutate(
      {
        startsOn: parsed.startsOn,
        endsOn: parsed.endsOn,
        estimatedMinutes: parsed.minutes,
        payType: values.payType,
        payCents: parsed.payCents,
        places: parsed.places,
        publish,
      },
      { onSuccess: (answer) => navigate(`/jobs/${answer.data.id}`) },
    );
  }

  return (
    <section aria-labelledby={`${id}-heading`} className="section">
      <Heading variant="h2" id={`${id}-heading`} ref={heading} tabIndex={-1} mb="s">
        {t("jobsAdmin.needs.postHeading", { need: need.title })}
      </Heading>
      <Paragraph mb="m">{t("jobsAdmin.needs.postIntro")}</Paragraph>
      <form
        className="form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          submit(true);
        }}
      >
        <JobWhenFields f={f} texts={texts} />
        <JobPayFields f={f} texts={texts} />
        <FormActions
          error={post.error}
          pending={post.isPending}
          submitLabel={t("jobsAdmin.needs.postPublish")}
          onCancel={onCancel}
        >
          <Button type="button" variant="secondary" disabled={post.isPending} onClick={() => submit(false)}>
            {t("jobsAdmin.needs.postDraft")}
          </Button>
        </FormActions>
      </form>
    </section>
  );
}

type Mode = { kind: "view" } | { kind: "add" } | { kind: "edit" | "post"; need: WorkNeed };

/** /jobs/needs — the villages' undone work, by village; a need becomes a job in one step. */
export function WorkNeedsPage() {
  const { t } = useTranslation();
  const labels = useJobLabels();
  const needs = useWorkNeeds();
  const [mode, setMode] = useState<Mode>({ kind: "view" });
  const [saved, setSaved] = useState(false);
  const byVillage = new Map<string, WorkNeed[]>();
  for (const need of needs.data?.data ?? []) {
    byVillage.set(need.village, [...(byVillage.get(need.village) ?? []), need]);
  }
  const villages = [...byVillage.keys()].sort((a, b) => a.localeCompare(b, labels.language));
  const open = (next: Mode) => {
    setSaved(false);
    setMode(next);
  };
  return (
    <>
      <PageTitle>{t("jobsAdmin.needs.title")}</PageTitle>
      <Paragraph mb="s">{t("jobsAdmin.needs.intro")}</Paragraph>
      <Paragraph mb="m">
        <AppLink to="/jobs">{t("jobsAdmin.backToJobs")}</AppLink>
      </Paragraph>
      {saved && <SuccessNotice>{t("jobsAdmin.needs.saved")}</SuccessNotice>}
      {needs.isPending && <Loading />}
      <ProblemAlert error={needs.error} />
      {mode.kind === "view" && needs.data?.can.create && (
        <Button onClick={() => open({ kind: "add" })}>{t("jobsAdmin.needs.add")}</Button>
      )}
      {mode.kind === "add" && (
        <NeedForm
          need={null}
          onDone={() => {
            setMode({ kind: "view" });
            setSaved(true);
          }}
          onCancel={() => setMode({ kind: "view" })}
        />
      )}
      {mode.kind === "edit" && (
        <NeedForm
          key={mode.need.id}
          need={mode.need}
          onDone={() => {
            setMode({ kind: "view" });
            setSaved(true);
          }}
          onCancel={() => setMode({ kind: "view" })}
        />
      )}
      {mode.kind === "post" && (
        <PostNeedForm key={mode.need.id} need={mode.need} onCancel={() => setMode({ kind: "view" })} />
      )}
      {needs.data && needs.data.data.length === 0 && (
        <Paragraph mt="m">{t("jobsAdmin.needs.none")}</Paragraph>
      )}
      {villages.map((village) => (
        <section key={village} aria-labelledby={`village-${village}`} className="section">
          <Heading variant="h2" id={`village-${village}`} mb="s">
            {village}
          </Heading>
          <ul className="job-list">
            {(byVillage.get(village) ?? []).map((need) => (
              <li key={need.id} className="job-card">
                <Heading variant="h3" className="job-card__title">
                  {need.title}
                </Heading>
                <p className="job-card__meta">
                  {[
                    labels.category(need.category),
                    labels.season(need.season),
                    need.effortHours ? t("jobsAdmin.needs.effortValue", { hours: need.effortHours }) : null,
                    need.place,
                  ]
                    .filter(Boolean)
                    .join(" · ")}
                </p>
                {need.description && <p className="job-card__meta">{need.description}</p>}
                {need.beneficiaries && (
                  <p className="job-card__meta">
                    {t("jobsAdmin.needs.benefits", { who: need.beneficiaries })}
                  </p>
                )}
                {need.jobCount > 0 && (
                  <p className="muted">{t("jobsAdmin.needs.jobCount", { count: need.jobCount })}</p>
                )}
                <div className="button-row">
                  <Button
                    aria-label={t("jobsAdmin.needs.postNamed", { need: need.title })}
                    onClick={() => open({ kind: "post", need })}
                  >
                    {t("jobsAdmin.needs.post")}
                  </Button>
                  <Button
                    variant="secondary"
                    aria-label={t("jobsAdmin.needs.editNamed", { need: need.title })}
                    onClick={() => open({ kind: "edit", need })}
                  >
                    {t("jobsAdmin.needs.edit")}
                  </Button>
                </div>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}
