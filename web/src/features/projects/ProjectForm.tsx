import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Button, Dropdown, DropdownItem, TextInput } from "suomifi-ui-components";
import { fieldErrors } from "../../app/api";
import { DateField } from "../../ui/DateField";
import { checkProjectForm, PROGRAMME_PERIODS, type ProjectFormValues } from "./projectForm";

export type ProjectBody = NonNullable<ReturnType<typeof checkProjectForm>["body"]>;

/** Name, code, programme period, organisation and dates; checks them before sending. */
export function ProjectForm({
  id,
  initial,
  organisations,
  submitLabel,
  submitting,
  error,
  onSubmit,
  onCancel,
}: {
  id: string;
  initial: ProjectFormValues;
  organisations: { id: string; name: string }[];
  submitLabel: string;
  submitting: boolean;
  error: unknown;
  onSubmit: (body: ProjectBody) => void;
  onCancel?: () => void;
}) {
  const { t } = useTranslation();
  const [values, setValues] = useState(initial);
  const [submitted, setSubmitted] = useState(false);
  const { errors } = checkProjectForm(values);
  const server = fieldErrors(error);
  const errorOf = (key: keyof ProjectFormValues) => {
    const local = submitted ? errors[key] : undefined;
    return local ? t(`projects.errors.${local}`) : server[key];
  };
  const set = <K extends keyof ProjectFormValues>(key: K, value: ProjectFormValues[K]) =>
    setValues((v) => ({ ...v, [key]: value }));

  function submit(event: React.FormEvent) {
    event.preventDefault();
    setSubmitted(true);
    const { body } = checkProjectForm(values);
    if (body) onSubmit(body);
  }

  return (
    <form onSubmit={submit} noValidate className="form">
      <TextInput
        id={`${id}-name`}
        labelText={t("projects.name")}
        value={values.name}
        maxLength={200}
        onChange={(value) => set("name", String(value ?? ""))}
        status={errorOf("name") ? "error" : "default"}
        statusText={errorOf("name")}
        fullWidth
      />
      <TextInput
        id={`${id}-code`}
        labelText={t("projects.code")}
        hintText={t("projects.codeHint")}
        optionalText={t("common.optional")}
        value={values.code}
        maxLength={50}
        onChange={(value) => set("code", String(value ?? ""))}
        status={errorOf("code") ? "error" : "default"}
        statusText={errorOf("code")}
        fullWidth
      />
      <Dropdown
        id={`${id}-period`}
        labelText={t("projects.programmePeriod")}
        visualPlaceholder={t("common.choose")}
        value={values.programmePeriod ?? ""}
        onChange={(period) => set("programmePeriod", PROGRAMME_PERIODS.find((p) => p === period) ?? null)}
        status={errorOf("programmePeriod") ? "error" : "default"}
        statusText={errorOf("programmePeriod")}
        fullWidth
      >
        {PROGRAMME_PERIODS.map((period) => (
          <DropdownItem key={period} value={period}>
            {t(`funder.programmePeriod.${period}`)}
          </DropdownItem>
        ))}
      </Dropdown>
      <Dropdown
        id={`${id}-organisation`}
        labelText={t("projects.organisation")}
        visualPlaceholder={t("common.choose")}
        value={values.organisationId ?? ""}
        onChange={(org) => set("organisationId", organisations.some((o) => o.id === org) ? org : null)}
        status={errorOf("organisationId") ? "error" : "default"}
        statusText={errorOf("organisationId")}
        fullWidth
      >
        {organisations.map((o) => (
          <DropdownItem key={o.id} value={o.id}>
            {o.name}
          </DropdownItem>
        ))}
      </Dropdown>
      <DateField
        id={`${id}-startsOn`}
        label={t("projects.startsOn")}
        hint={t("steps.fields.dateHint")}
        value={values.startsOn}
        onChange={(value) => set("startsOn", value)}
        error={errorOf("startsOn")}
      />
      <DateField
        id={`${id}-endsOn`}
        label={t("projects.endsOn")}
        hint={t("steps.fields.dateHint")}
        optionalText={t("common.optional")}
        value={values.endsOn}
        onChange={(value) => set("endsOn", value)}
        error={errorOf("endsOn")}
      />
      <div className="form__actions">
        <Button type="submit" disabled={submitting}>
          {submitLabel}
        </Button>
        {onCancel && (
          <Button type="button" variant="secondary" onClick={onCancel}>
            {t("projects.cancel")}
          </Button>
        )}
      </div>
    </form>
  );
}
