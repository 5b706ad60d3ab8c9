import { useState } from "react";
import { useTranslation } from "react-i18next";
import {
  Button,
  Checkbox,
  CheckboxGroup,
  Heading,
  RadioButton,
  RadioButtonGroup,
  TextInput,
} from "suomifi-ui-components";
import { fieldErrors } from "../../../app/api";
import { formatDate } from "../../../app/format";
import { useLanguage } from "../../../app/useLanguage";
import { DateField } from "../../../ui/DateField";
import { DescriptionList } from "../../../ui/Details";
import { ProblemAlert } from "../../../ui/ProblemAlert";
import { JOB_CATEGORIES, JOB_REQUIREMENTS, useJobLabels } from "../shared";
import type { SeekerProfile, SeekerProfileInput } from "./api";
import { type ProfileValues, profileBody, profileValues, toggled } from "./profileForm";

const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;
type Weekday = (typeof WEEKDAYS)[number];

/** The seeker profile as read: what they have, like, when they are free, their place and benefit. */
export function ProfileSummary({
  profile,
  audience,
}: {
  profile: SeekerProfile;
  audience: "self" | "coach";
}) {
  const { t } = useTranslation();
  const labels = useJobLabels();
  const list = (items: string[]) => (items.length > 0 ? items.join(", ") : t("jobsSeeker.profile.nothing"));
  return (
    <DescriptionList
      items={[
        {
          label: t("jobsSeeker.profile.activeLabel"),
          value: profile.active ? t("jobsSeeker.profile.activeYes") : t("jobsSeeker.profile.activeNo"),
        },
        { label: t(`jobsSeeker.profile.has.${audience}`), value: list(profile.has.map(labels.requirement)) },
        {
          label: t(`jobsSeeker.profile.categories.${audience}`),
          value: list(profile.categories.map(labels.category)),
        },
        {
          label: t(`jobsSeeker.profile.weekdays.${audience}`),
          value:
            profile.weekdays.length === 0
              ? t("jobsSeeker.profile.anyDay")
              : [...profile.weekdays]
                  .sort((a, b) => a - b)
                  .map((d) => t(`jobsSeeker.weekday.${d as Weekday}`))
                  .join(", "),
        },
        {
          label: t("jobsSeeker.profile.place"),
          value: [profile.village, profile.municipality].filter(Boolean).join(", ") || "–",
        },
        {
          label: t(`jobsSeeker.profile.benefit.${audience}`),
          value: !profile.receivesBenefit
            ? t("common.no")
            : profile.adjustmentPeriod === "month"
              ? t("jobsSeeker.profile.adjustedMonthly")
              : t("jobsSeeker.profile.adjustedFourWeeks", {
                  date: profile.periodAnchor ? formatDate(profile.periodAnchor, labels.language) : "–",
                }),
        },
        {
          label: t("jobsSeeker.profile.ceiling"),
          value:
            profile.monthlyCeilingCents === null
              ? t("jobsSeeker.profile.noCeiling")
              : labels.euros(profile.monthlyCeilingCents),
        },
      ]}
    />
  );
}

/**
 * Edit the seeker profile. The seeker edits everything but the ceiling (shown, set by the coach); the
 * coach (`withCeiling`) also sets the personal monthly ceiling in euros.
 */
export function ProfileForm({
  profile,
  withCeiling,
  saving,
  error,
  onSave,
  onCancel,
  idPrefix,
  audience,
}: {
  profile: SeekerProfile;
  withCeiling: boolean;
  saving: boolean;
  error: unknown;
  onSave: (body: SeekerProfileInput) => void;
  onCancel?: () => void;
  idPrefix: string;
  audience: "self" | "coach";
}) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const labels = useJobLabels();
  const [values, setValues] = useState<ProfileValues>(() => profileValues(profile, language));
  const [submitted, setSubmitted] = useState(false);
  const check = profileBody(values, profile.version, { withCeiling });
  const server = fieldErrors(error);
  const shown = (field: keyof ProfileValues) =>
    submitted && check.errors?.[field]
      ? t(`jobsSeeker.profile.errors.${check.errors[field]}`)
      : server[field];
  const id = (name: string) => `${idPrefix}-${name}`;
  const update = (patch: Partial<ProfileValues>) => setValues((v) => ({ ...v, ...patch }));

  function submit(event: React.FormEvent) {
    event.preventDefault();
    setSubmitted(true);
    if (check.body) onSave(check.body);
  }

  const ceilingError = shown("ceiling") ?? server.monthlyCeilingCents;
  return (
    <form onSubmit={submit} noValidate className="form jobs-profile-form" aria-labelledby={id("heading")}>
      <Heading variant="h3" id={id("heading")}>
        {t("jobsSeeker.profile.editHeading")}
      </Heading>
      <Checkbox
        id={id("active")}
        checked={values.active}
        onClick={({ checkboxState }) => update({ active: checkboxState })}
        hintText={t("jobsSeeker.profile.activeHint")}
      >
        {t(`jobsSeeker.profile.active.${audience}`)}
      </Checkbox>
      <CheckboxGroup id={id("has")} labelText={t(`jobsSeeker.profile.has.${audience}`)}>
        {JOB_REQUIREMENTS.map((r) => (
          <Checkbox
            key={r}
            id={id(`has-${r}`)}
            checked={values.has.includes(r)}
            onClick={({ checkboxState }) =>
              update({ has: toggled(values.has, r, checkboxState, JOB_REQUIREMENTS) })
            }
          >
            {labels.requirement(r)}
          </Checkbox>
        ))}
      </CheckboxGroup>
      <CheckboxGroup id={id("categories")} labelText={t(`jobsSeeker.profile.categories.${audience}`)}>
        {JOB_CATEGORIES.map((c) => (
          <Checkbox
            key={c}
            id={id(`category-${c}`)}
            checked={values.categories.includes(c)}
            onClick={({ checkboxState }) =>
              update({ categories: toggled(values.categories, c, checkboxState, JOB_CATEGORIES) })
            }
          >
            {labels.category(c)}
          </Checkbox>
        ))}
      </CheckboxGroup>
      <CheckboxGroup
        id={id("weekdays")}
        labelText={t(`jobsSeeker.profile.weekdays.${audience}`)}
        groupHintText={t("jobsSeeker.profile.weekdaysHint")}
      >
        {WEEKDAYS.map((d) => (
          <Checkbox
            key={d}
            id={id(`weekday-${d}`)}
            checked={values.weekdays.includes(d)}
            onClick={({ checkboxState }) =>
              update({ weekdays: toggled(values.weekdays, d, checkboxState, WEEKDAYS) })
            }
          >
            {t(`jobsSeeker.weekday.${d}`)}
          </Checkbox>
        ))}
      </CheckboxGroup>
      <TextInput
        id={id("village")}
        labelText={t("jobsSeeker.profile.village")}
        hintText={t("jobsSeeker.profile.villageHint")}
        optionalText={t("common.optional")}
        value={values.village}
        onChange={(value) => update({ village: String(value ?? "") })}
        status={server.village ? "error" : "default"}
        statusText={server.village}
      />
      <TextInput
        id={id("municipality")}
        labelText={t("jobsSeeker.profile.municipality")}
        optionalText={t("common.optional")}
        value={values.municipality}
        onChange={(value) => update({ municipality: String(value ?? "") })}
        status={server.municipality ? "error" : "default"}
        statusText={server.municipality}
      />
      <RadioButtonGroup
        id={id("benefit")}
        name={id("benefit")}
        labelText={t(`jobsSeeker.profile.benefit.${audience}`)}
        groupHintText={t("jobsSeeker.profile.benefitHint")}
        value={values.receivesBenefit ? "yes" : "no"}
        onChange={(next) => update({ receivesBenefit: next === "yes" })}
      >
        <RadioButton value="yes">{t("common.yes")}</RadioButton>
        <RadioButton value="no">{t("common.no")}</RadioButton>
      </RadioButtonGroup>
      {values.receivesBenefit && (
        <RadioButtonGroup
          id={id("period")}
          name={id("period")}
          labelText={t("jobsSeeker.profile.period")}
          groupHintText={t("jobsSeeker.profile.periodHint")}
          value={values.adjustmentPeriod}
          onChange={(next) => update({ adjustmentPeriod: next === "four_weeks" ? "four_weeks" : "month" })}
        >
          <RadioButton value="month">{t("jobsSeeker.profile.periodMonth")}</RadioButton>
          <RadioButton value="four_weeks">{t("jobsSeeker.profile.periodFourWeeks")}</RadioButton>
        </RadioButtonGroup>
      )}
      {values.receivesBenefit && values.adjustmentPeriod === "four_weeks" && (
        <DateField
          id={id("anchor")}
          label={t("jobsSeeker.profile.anchor")}
          hint={t("jobsSeeker.profile.anchorHint")}
          value={values.periodAnchor}
          onChange={(periodAnchor) => update({ periodAnchor })}
          error={shown("periodAnchor")}
        />
      )}
      {withCeiling ? (
        <TextInput
          id={id("ceiling")}
          labelText={t("jobsSeeker.profile.ceilingEuros")}
          hintText={t("jobsSeeker.profile.ceilingHint")}
          optionalText={t("common.optional")}
          inputMode="decimal"
          value={values.ceiling}
          onChange={(value) => update({ ceiling: String(value ?? "") })}
          status={ceilingError ? "error" : "default"}
          statusText={ceilingError}
        />
      ) : (
        <p className="jobs-profile-form__ceiling">
          <strong>{t("jobsSeeker.profile.ceiling")}: </strong>
          {profile.monthlyCeilingCents === null
            ? t("jobsSeeker.profile.noCeiling")
            : labels.euros(profile.monthlyCeilingCents)}{" "}
          <span className="muted">{t("jobsSeeker.profile.ceilingByCoach")}</span>
        </p>
      )}
      <ProblemAlert error={Object.keys(server).length > 0 ? null : error} />
      <div className="form__actions">
        <Button type="submit" disabled={saving}>
          {t("jobsSeeker.profile.save")}
        </Button>
        {onCancel && (
          <Button type="button" variant="secondary" onClick={onCancel}>
            {t("jobsSeeker.profile.cancel")}
          </Button>
        )}
      </div>
    </form>
  );
}
