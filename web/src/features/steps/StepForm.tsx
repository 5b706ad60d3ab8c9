import { useEffect, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import {
  Button,
  Dropdown,
  DropdownItem,
  Heading,
  Paragraph,
  Textarea,
  TextInput,
} from "suomifi-ui-components";
import type { Step } from "../../../../server/src/modules/pathway/api-steps";
import { fieldErrors } from "../../app/api";
import { DateField } from "../../ui/DateField";
import { ProblemAlert } from "../../ui/ProblemAlert";
import { useOrganisations } from "../admin/organisations/api";
import { useAddStep, useStepCheck, useUpdateStep } from "./api";
import { StepWarnings } from "./StepWarnings";
import {
  checkStepForm,
  draftForCheck,
  emptyStep,
  isOneOf,
  STEP_KINDS,
  STEP_STATUSES,
  type StepFormValues,
  valuesOf,
} from "./stepForm";

/** The provider choice "no organisation of the network" (a dropdown item needs a value). */
const NO_ORGANISATION = "none";

/** How long typing may pause before the form asks the server which limits the draft would break. */
const CHECK_DELAY_MS = 400;

/** The draft's warnings, asked of the server a moment after the person stops typing. */
function useDraftWarnings(participantId: string, values: StepFormValues, stepId: string | null) {
  const draft = useMemo(() => draftForCheck(values), [values]);
  const [debounced, setDebounced] = useState(draft);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(draft), CHECK_DELAY_MS);
    return () => clearTimeout(timer);
  }, [draft]);
  return useStepCheck(participantId, debounced && (stepId ? { ...debounced, stepId } : debounced));
}

/**
 * Adds a step or changes one. While the person types, the form shows the statutory limits the step
 * would break; they may save all the same (a warning, not a block).
 */
export function StepForm({
  participantId,
  step,
  onSaved,
  onCancel,
}: {
  participantId: string;
  step: Step | null;
  onSaved: (saved: Step) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const [values, setValues] = useState<StepFormValues>(() => (step ? valuesOf(step) : emptyStep()));
  const [submitted, setSubmitted] = useState(false);
  const add = useAddStep(participantId);
  const update = useUpdateStep(participantId, step?.id ?? "");
  const mutation = step ? update : add;
  const organisations = useOrganisations();
  const check = useDraftWarnings(participantId, values, step?.id ?? null);
  const { errors } = checkStepForm(values);
  const server = fieldErrors(mutation.error);
  const idBase = step ? `step-${step.id}` : "step-new";

  const set = <K extends keyof StepFormValues>(key: K, value: StepFormValues[K]) =>
    setValues((v) => ({ ...v, [key]: value }));
  const errorOf = (key: keyof StepFormValues): string | undefined => {
    const local = submitted ? errors[key] : undefined;
    return local ? t(`steps.errors.${local}`) : server[key];
  };

  function submit(event: React.FormEvent) {
    event.preventDefault();
    setSubmitted(true);
    const { body } = checkStepForm(values);
    if (!body) return;
    const options = { onSuccess: (response: { data: Step }) => onSaved(response.data) };
    if (step) update.mutate({ ...body, version: step.version }, options);
    else add.mutate(body, options);
  }

  const activeOrganisations = (organisations.data?.data ?? []).filter(
    (o) => o.active || o.id === values.providerOrganisationId,
  );
  const warnings = check.data?.data ?? [];

  return (
    <form onSubmit={submit} noValidate className="form step-form" aria-labelledby={`${idBase}-heading`}>
      <Heading variant="h3" id={`${idBase}-heading`}>
        {step ? t("steps.editHeading") : t("steps.addHeading")}
      </Heading>
      <Dropdown
        id={`${idBase}-kind`}
        labelText={t("steps.fields.kind")}
        visualPlaceholder={t("common.choose")}
        value={values.kind ?? ""}
        onChange={(kind) => set("kind", isOneOf(STEP_KINDS, kind) ? kind : null)}
        status={errorOf("kind") ? "error" : "default"}
        statusText={errorOf("kind")}
        fullWidth
      >
        {STEP_KINDS.map((kind) => (
          <DropdownItem key={kind} value={kind}>
            {t(`steps.kind.${kind}`)}
          </DropdownItem>
        ))}
      </Dropdown>
      <TextInput
        id={`${idBase}-title`}
        labelText={t("steps.fields.title")}
        hintText={t("steps.fields.titleHint")}
        optionalText={t("common.optional")}
        value={values.title}
        maxLength={200}
        onChange={(value) => set("title", String(value ?? ""))}
        status={errorOf("title") ? "error" : "default"}
        statusText={errorOf("title")}
        fullWidth
      />
      <Dropdown
        id={`${idBase}-provider`}
        labelText={t("steps.fields.providerOrganisation")}
        hintText={t("steps.fields.providerOrganisationHint")}
        optionalText={t("common.optional")}
        value={values.providerOrganisationId || NO_ORGANISATION}
        onChange={(id) => set("providerOrganisationId", id === NO_ORGANISATION ? "" : id)}
        status={errorOf("providerOrganisationId") ? "error" : "default"}
        statusText={errorOf("providerOrganisationId")}
        fullWidth
      >
        {[
          <DropdownItem key={NO_ORGANISATION} value={NO_ORGANISATION}>
            {t("steps.fields.noOrganisation")}
          </DropdownItem>,
          ...activeOrganisations.map((o) => (
            <DropdownItem key={o.id} value={o.id}>
              {o.name}
            </DropdownItem>
          )),
        ]}
      </Dropdown>
      <TextInput
        id={`${idBase}-providerName`}
        labelText={t("steps.fields.providerName")}
        hintText={t("steps.fields.providerNameHint")}
        optionalText={t("common.optional")}
        value={values.providerName}
        maxLength={200}
        onChange={(value) => set("providerName", String(value ?? ""))}
        fullWidth
      />
      <DateField
        id={`${idBase}-startsOn`}
        label={t("steps.fields.startsOn")}
        hint={t("steps.fields.dateHint")}
        value={values.startsOn}
        onChange={(value) => set("startsOn", value)}
        error={errorOf("startsOn")}
      />
      <DateField
        id={`${idBase}-endsOn`}
        label={t("steps.fields.endsOn")}
        hint={t("steps.fields.endsOnHint")}
        optionalText={t("common.optional")}
        value={values.endsOn}
        onChange={(value) => set("endsOn", value)}
        error={errorOf("endsOn")}
      />
      <div className="step-form__numbers">
        <TextInput
          id={`${idBase}-days`}
          labelText={t("steps.fields.daysPerWeek")}
          hintText={t("steps.fields.numberHint")}
          optionalText={t("common.optional")}
          inputMode="decimal"
          value={values.daysPerWeek}
          onChange={(value) => set("daysPerWeek", String(value ?? ""))}
          status={errorOf("daysPerWeek") ? "error" : "default"}
          statusText={errorOf("daysPerWeek")}
        />
        <TextInput
          id={`${idBase}-hours`}
          labelText={t("steps.fields.hoursPerDay")}
          hintText={t("steps.fields.numberHint")}
          optionalText={t("common.optional")}
          inputMode="decimal"
          value={values.hoursPerDay}
          onChange={(value) => set("hoursPerDay", String(value ?? ""))}
          status={errorOf("hoursPerDay") ? "error" : "default"}
          statusText={errorOf("hoursPerDay")}
        />
      </div>
      <Dropdown
        id={`${idBase}-status`}
        labelText={t("steps.fields.status")}
        value={values.status}
        onChange={(status) => set("status", isOneOf(STEP_STATUSES, status) ? status : "planned")}
        fullWidth
      >
        {STEP_STATUSES.map((status) => (
          <DropdownItem key={status} value={status}>
            {t(`steps.status.${status}`)}
          </DropdownItem>
        ))}
      </Dropdown>
      {values.status === "interrupted" && (
        <Textarea
          id={`${idBase}-reason`}
          labelText={t("steps.fields.interruptionReason")}
          hintText={t("exportDisclosure.interruptionReason")}
          value={values.interruptionReason}
          maxLength={1000}
          onChange={(event) => set("interruptionReason", event.target.value)}
          status={errorOf("interruptionReason") ? "error" : "default"}
          statusText={errorOf("interruptionReason")}
          fullWidth
        />
      )}
      <div aria-live="polite" className="step-form__check">
        {warnings.length > 0 ? (
          <StepWarnings warnings={warnings} intro={t("steps.warningsBeforeSave")} />
        ) : check.isSuccess && !check.isPlaceholderData ? (
          <Paragraph className="muted">{t("steps.withinLimits")}</Paragraph>
        ) : check.isError ? (
          <Paragraph className="muted">{t("steps.checkFailed")}</Paragraph>
        ) : null}
      </div>
      <ProblemAlert error={mutation.error} />
      <div className="form__actions">
        <Button type="submit" disabled={mutation.isPending}>
          {t("steps.save")}
        </Button>
        <Button type="button" variant="secondary" onClick={onCancel}>
          {t("steps.cancel")}
        </Button>
      </div>
    </form>
  );
}
