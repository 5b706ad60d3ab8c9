import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import {
  Button,
  Dropdown,
  DropdownItem,
  Heading,
  Paragraph,
  RadioButton,
  RadioButtonGroup,
  Textarea,
  TextInput,
} from "suomifi-ui-components";
import { fieldErrors } from "../../../app/api";
import { inputDateToIso } from "../../../app/dates";
import { useSession } from "../../../app/session";
import { AppLink } from "../../../ui/AppLink";
import { DateField } from "../../../ui/DateField";
import { Loading } from "../../../ui/Loading";
import { SuccessNotice } from "../../../ui/Notice";
import { PageTitle } from "../../../ui/PageTitle";
import { ProblemAlert } from "../../../ui/ProblemAlert";
import {
  JOB_CATEGORIES,
  type JobCategory,
  PAY_TYPES,
  type PayType,
  parseEuros,
  parseHours,
  SEASONS,
  type Season,
  useJobLabels,
} from "../shared";
import { usePostNeed, useSaveNeed, useWorkNeeds } from "./api";
import { type JobFormError, parsePlaces } from "./jobForm";
import { posterOrganisationsOf } from "./roles";
import type { WorkNeed } from "./types";
import "./jobs-admin.css";

const isOneOf = <T extends string>(list: readonly T[], value: string): value is T =>
  (list as readonly string[]).includes(value);

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
  const server = fieldErrors(save.error);
  const errorOf = (key: keyof NeedValues) =>
    submitted && local[key] ? t(`jobsAdmin.form.errors.${local[key]}`) : server[key];
  const id = need ? `need-${need.id}` : "need-new";
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
        {!need && organisations.length > 1 && (
          <Dropdown
            id={`${id}-organisation`}
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
          id={`${id}-title`}
          labelText={t("jobsAdmin.needs.what")}
          value={values.title}
          maxLength={200}
          onChange={(v) => set("title", String(v ?? ""))}
          status={errorOf("title") ? "error" : "default"}
          statusText={errorOf("title")}
          fullWidth
        />
        <Textarea
          id={`${id}-description`}
          labelText={t("jobsAdmin.form.description")}
          optionalText={t("common.optional")}
          value={values.description}
          maxLength={4000}
          onChange={(e) => set("description", e.target.value)}
          status={errorOf("description") ? "error" : "default"}
          statusText={errorOf("description")}
          fullWidth
        />
        <Dropdown
          id={`${id}-category`}
          labelText={t("jobsAdmin.form.category")}
          visualPlaceholder={t("common.choose")}
          value={values.category ?? ""}
          onChange={(v) => set("category", isOneOf(JOB_CATEGORIES, v) ? v : null)}
          status={errorOf("category") ? "error" : "default"}
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
          id={`${id}-village`}
          labelText={t("jobsAdmin.form.village")}
          value={values.village}
          maxLength={100}
          onChange={(v) => set("village", String(v ?? ""))}
          status={errorOf("village") ? "error" : "default"}
          statusText={errorOf("village")}
          fullWidth
        />
        <TextInput
          id={`${id}-municipality`}
          labelText={t("jobsAdmin.form.municipality")}
          optionalText={t("common.optional")}
          value={values.municipality}
          maxLength={100}
          onChange={(v) => set("municipality", String(v ?? ""))}
          status={errorOf("municipality") ? "error" : "default"}
          statusText={errorOf("municipality")}
          fullWidth
        />
        <TextInput
          id={`${id}-place`}
          labelText={t("jobsAdmin.needs.where")}
          hintText={t("jobsAdmin.needs.whereHint")}
          optionalText={t("common.optional")}
          value={values.place}
          maxLength={300}
          onChange={(v) => set("place", String(v ?? ""))}
          status={errorOf("place") ? "error" : "default"}
          statusText={errorOf("place")}
          fullWidth
        />
        <Dropdown
          id={`${id}-season`}
          labelText={t("jobsAdmin.needs.season")}
          visualPlaceholder={t("common.choose")}
          value={values.season ?? ""}
          onChange={(v) => set("season", isOneOf(SEASONS, v) ? v : null)}
          status={errorOf("season") ? "error" : "default"}
          statusText={errorOf("season")}
          fullWidth
        >
          {SEASONS.map((s) => (
            <DropdownItem key={s} value={s}>
              {labels.season(s)}
            </DropdownItem>
          ))}
        </Dropdown>
        <TextInput
          id={`${id}-effort`}
          labelText={t("jobsAdmin.needs.effort")}
          hintText={t("jobsAdmin.needs.effortHint")}
          optionalText={t("common.optional")}
          inputMode="numeric"
          value={values.effortHours}
          onChange={(v) => set("effortHours", String(v ?? ""))}
          status={errorOf("effortHours") ? "error" : "default"}
          statusText={errorOf("effortHours")}
        />
        <Textarea
          id={`${id}-beneficiaries`}
          labelText={t("jobsAdmin.needs.beneficiaries")}
          hintText={t("jobsAdmin.needs.beneficiariesHint")}
          optionalText={t("common.optional")}
          value={values.beneficiaries}
          maxLength={1000}
          onChange={(e) => set("beneficiaries", e.target.value)}
          status={errorOf("beneficiaries") ? "error" : "default"}
          statusText={errorOf("beneficiaries")}
          fullWidth
        />
        <ProblemAlert error={save.error} />
        <div className="form__actions">
          <Button type="submit" disabled={save.isPending}>
            {t("jobsAdmin.save")}
          </Button>
          <Button type="button" variant="secondary" onClick={onCancel}>
            {t("jobsAdmin.cancel")}
          </Button>
        </div>
      </form>
    </section>
  );
}

/** "Post as a job" in one step: the window, hours, pay and places; the need gives the rest. */
function PostNeedForm({ need, onCancel }: { need: WorkNeed; onCancel: () => void }) {
  const { t } = useTranslation();
  const labels = useJobLabels();
  const navigate = useNavigate();
  const post = usePostNeed(need.id);
  const [startsOn, setStartsOn] = useState("");
  const [endsOn, setEndsOn] = useState("");
  const [hours, setHours] = useState(need.effortHours ? String(need.effortHours) : "");
  const [payType, setPayType] = useState<PayType>("hourly");
  const [pay, setPay] = useState("");
  const [places, setPlaces] = useState("1");
  const [submitted, setSubmitted] = useState(false);
  const heading = useFocusOnMount<HTMLHeadingElement>();
  const startIso = inputDateToIso(startsOn);
  const endIso = inputDateToIso(endsOn);
  const minutes = parseHours(hours);
  const payCents = parseEuros(pay);
  const placeCount = parsePlaces(places);
  const local: Record<string, JobFormError | undefined> = {
    startsOn: startsOn.trim() === "" ? "required" : !startIso ? "date" : undefined,
    endsOn:
      endsOn.trim() === ""
        ? "required"
        : !endIso
          ? "date"
          : startIso && endIso < startIso
            ? "windowEndsBeforeStart"
            : undefined,
    estimatedMinutes:
      hours.trim() === "" ? "required" : minutes === null || minutes < 15 ? "hours" : undefined,
    payCents: pay.trim() === "" ? "required" : payCents === null || payCents < 1 ? "amount" : undefined,
    places: placeCount === null ? "places" : undefined,
  };
  const server = fieldErrors(post.error);
  const errorOf = (key: string) =>
    submitted && local[key] ? t(`jobsAdmin.form.errors.${local[key]}`) : server[key];
  const id = `post-${need.id}`;

  function submit(publish: boolean) {
    setSubmitted(true);
    if (
      Object.values(local).some(Boolean) ||
      !startIso ||
      !endIso ||
      minutes === null ||
      payCents === null ||
      placeCount === null
    )
      return;
    post.mutate(
      {
        startsOn: startIso,
        endsOn: endIso,
        estimatedMinutes: minutes,
        payType,
        payCents,
        places: placeCount,
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
        <DateField
          id={`${id}-startsOn`}
          label={t("jobsAdmin.form.startsOn")}
          hint={t("jobsAdmin.form.dateHint")}
          value={startsOn}
          onChange={setStartsOn}
          error={errorOf("startsOn")}
        />
        <DateField
          id={`${id}-endsOn`}
          label={t("jobsAdmin.form.endsOn")}
          hint={t("jobsAdmin.form.dateHint")}
          value={endsOn}
          onChange={setEndsOn}
          error={errorOf("endsOn")}
        />
        <TextInput
          id={`${id}-hours`}
          labelText={t("jobsAdmin.form.hours")}
          hintText={t("jobsAdmin.form.hoursHint")}
          inputMode="decimal"
          value={hours}
          onChange={(v) => setHours(String(v ?? ""))}
          status={errorOf("estimatedMinutes") ? "error" : "default"}
          statusText={errorOf("estimatedMinutes")}
        />
        <RadioButtonGroup
          id={`${id}-payType`}
          name={`${id}-payType`}
          labelText={t("jobsAdmin.form.payType")}
          value={payType}
          onChange={(v) => isOneOf(PAY_TYPES, v) && setPayType(v)}
        >
          {PAY_TYPES.map((p) => (
            <RadioButton key={p} value={p}>
              {labels.payType(p)}
            </RadioButton>
          ))}
        </RadioButtonGroup>
        <TextInput
          id={`${id}-pay`}
          labelText={payType === "hourly" ? t("jobsAdmin.form.payHourly") : t("jobsAdmin.form.payLumpSum")}
          hintText={t("jobsAdmin.form.payHint")}
          inputMode="decimal"
          value={pay}
          onChange={(v) => setPay(String(v ?? ""))}
          status={errorOf("payCents") ? "error" : "default"}
          statusText={errorOf("payCents")}
        />
        <TextInput
          id={`${id}-places`}
          labelText={t("jobsAdmin.form.places")}
          inputMode="numeric"
          value={places}
          onChange={(v) => setPlaces(String(v ?? ""))}
          status={errorOf("places") ? "error" : "default"}
          statusText={errorOf("places")}
        />
        <ProblemAlert error={post.error} />
        <div className="form__actions">
          <Button type="submit" disabled={post.isPending}>
            {t("jobsAdmin.needs.postPublish")}
          </Button>
          <Button type="button" variant="secondary" disabled={post.isPending} onClick={() => submit(false)}>
            {t("jobsAdmin.needs.postDraft")}
          </Button>
          <Button type="button" variant="secondary" onClick={onCancel}>
            {t("jobsAdmin.cancel")}
          </Button>
        </div>
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
