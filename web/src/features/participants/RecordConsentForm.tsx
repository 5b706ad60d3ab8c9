import { useState } from "react";
import { useTranslation } from "react-i18next";
import {
  Button,
  Checkbox,
  CheckboxGroup,
  DateInput,
  Dropdown,
  DropdownItem,
  ErrorSummary,
  Heading,
  RadioButton,
  RadioButtonGroup,
} from "suomifi-ui-components";
import type { ParticipantResponse } from "../../../../server/src/modules/participants/api";
import { fieldErrors } from "../../app/api";
import { isoToInputDate, todayIso } from "../../app/dates";
import { useLanguage } from "../../app/useLanguage";
import { ProblemAlert } from "../../ui/ProblemAlert";
import { useOrganisations } from "../admin/organisations/api";
import { useConsentMutations } from "./api";
import { type ConsentField, type ConsentValues, consentBodyOf, validateConsent } from "./consentForm";
import { CONSENT_METHODS, CONSENT_PURPOSES, isOneOf, SHARING_SCOPES } from "./options";
import { useFocusRequest } from "./useFocusRequest";

const FIELDS: ConsentField[] = ["purpose", "organisationId", "givenOn", "method"];
const fieldIdOf = (field: ConsentField) => `consent-${field}`;
/** Where the error summary moves focus: the first radio button of a group, a dropdown's button. */
const focusTargetOf = (field: ConsentField) => {
  switch (field) {
    case "purpose":
      return `consent-purpose-${CONSENT_PURPOSES[0]}`;
    case "method":
      return `consent-method-${CONSENT_METHODS[0]}`;
    case "organisationId":
      return `${fieldIdOf(field)}_button`;
    case "givenOn":
      return fieldIdOf(field);
  }
};

const emptyConsent = (): ConsentValues => ({
  purpose: null,
  organisationId: null,
  scopes: [],
  givenOn: isoToInputDate(todayIso()),
  method: null,
});

/** Records a consent the participant has given: what for, with whom (sharing), when and how. */
export function RecordConsentForm({
  participant,
  onRecorded,
}: {
  participant: ParticipantResponse;
  onRecorded: () => void;
}) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const { give } = useConsentMutations(participant.data.id);
  const organisations = useOrganisations();
  const [values, setValues] = useState<ConsentValues>(emptyConsent);
  const [submitted, setSubmitted] = useState(false);
  const [summaryHeading, focusSummary] = useFocusRequest<HTMLHeadingElement>();
  const clientErrors = validateConsent(values, todayIso());
  const server = fieldErrors(give.error);
  const set = (change: Partial<ConsentValues>) => setValues((v) => ({ ...v, ...change }));

  const errorOf = (field: ConsentField): string | undefined => {
    const code = clientErrors[field];
    if (submitted && code) return t(`participants.consents.errors.${code}`);
    return server[field];
  };
  const summary = submitted
    ? FIELDS.flatMap((field) => {
        const message = errorOf(field);
        return message ? [{ field, message }] : [];
      })
    : [];

  const partners = (organisations.data?.data ?? []).filter(
    (o) => o.active && o.id !== participant.data.organisationId,
  );

  function submit(event: React.FormEvent) {
    event.preventDefault();
    setSubmitted(true);
    if (Object.keys(clientErrors).length > 0) {
      focusSummary();
      return;
    }
    give.mutate(consentBodyOf(values), {
      onSuccess: () => {
        setValues(emptyConsent());
        setSubmitted(false);
        onRecorded();
      },
      onError: (error) => {
        if (Object.keys(fieldErrors(error)).length > 0) {
          focusSummary();
        }
      },
    });
  }

  const purposeError = errorOf("purpose");
  const organisationError = errorOf("organisationId");
  const givenOnError = errorOf("givenOn");
  const methodError = errorOf("method");

  return (
    <section aria-labelledby="record-consent" className="section">
      <Heading variant="h2" id="record-consent" mb="m">
        {t("participants.consents.recordHeading")}
      </Heading>
      <form onSubmit={submit} noValidate className="form">
        <div hidden={summary.length === 0}>
          <ErrorSummary
            headingRef={summaryHeading}
            headingText={t("participants.form.errorSummary", { count: summary.length })}
            headingVariant="h3"
            items={summary.map(({ field, message }) => ({
              text: `${t(`participants.consents.fields.${field}`)}: ${message}`,
              inputId: focusTargetOf(field),
            }))}
          />
        </div>
        <RadioButtonGroup
          id={fieldIdOf("purpose")}
          labelText={t("participants.consents.fields.purpose")}
          name="purpose"
          value={values.purpose ?? ""}
          onChange={(purpose) => set({ purpose: isOneOf(CONSENT_PURPOSES, purpose) ? purpose : null })}
          groupStatus={purposeError ? "error" : "default"}
          groupStatusText={purposeError}
        >
          {CONSENT_PURPOSES.map((purpose) => (
            <RadioButton
              key={purpose}
              id={`consent-purpose-${purpose}`}
              value={purpose}
              hintText={t(`participants.consents.purpose.${purpose}.explain`)}
            >
              {t(`participants.consents.purpose.${purpose}.title`)}
            </RadioButton>
          ))}
        </RadioButtonGroup>
        {values.purpose === "sharing" && (
          <>
            <ProblemAlert error={organisations.error} />
            <Dropdown
              id={fieldIdOf("organisationId")}
              labelText={t("participants.consents.fields.organisationId")}
              hintText={t("participants.consents.organisationHint")}
              visualPlaceholder={t("common.choose")}
              value={values.organisationId}
              onChange={(organisationId) => set({ organisationId })}
              status={organisationError ? "error" : "default"}
              statusText={organisationError}
              fullWidth
            >
              {partners.map((o) => (
                <DropdownItem key={o.id} value={o.id}>
                  {o.name}
                </DropdownItem>
              ))}
            </Dropdown>
            <CheckboxGroup
              labelText={t("participants.consents.scopesLabel")}
              groupHintText={`${t("participants.scope.basic.explain")} ${t("participants.consents.scopesHint")}`}
            >
              {SHARING_SCOPES.map((scope) =>
                scope === "basic" ? (
                  // The explanation of basic data is in the group's hint: a disabled box's own hint is greyed
                  // below readable contrast.
                  <Checkbox key={scope} checked disabled>
                    {t("participants.scope.basic.title")}
                  </Checkbox>
                ) : (
                  <Checkbox
                    key={scope}
                    checked={values.scopes.includes(scope)}
                    hintText={t(`participants.scope.${scope}.explain`)}
                    onClick={({ checkboxState }) =>
                      set({
                        scopes: checkboxState
                          ? [...values.scopes.filter((s) => s !== scope), scope]
                          : values.scopes.filter((s) => s !== scope),
                      })
                    }
                  >
                    {t(`participants.scope.${scope}.title`)}
                  </Checkbox>
                ),
              )}
            </CheckboxGroup>
          </>
        )}
        <DateInput
          id={fieldIdOf("givenOn")}
          labelText={t("participants.consents.fields.givenOn")}
          hintText={t("participants.form.dateHint")}
          language={language}
          datePickerEnabled
          maxDate={new Date()}
          value={values.givenOn}
          onChange={({ value }) => set({ givenOn: value })}
          status={givenOnError ? "error" : "default"}
          statusText={givenOnError}
          autoComplete="off"
        />
        <RadioButtonGroup
          id={fieldIdOf("method")}
          labelText={t("participants.consents.fields.method")}
          name="method"
          value={values.method ?? ""}
          onChange={(method) => set({ method: isOneOf(CONSENT_METHODS, method) ? method : null })}
          groupStatus={methodError ? "error" : "default"}
          groupStatusText={methodError}
        >
          {CONSENT_METHODS.map((method) => (
            <RadioButton key={method} id={`consent-method-${method}`} value={method}>
              {t(`participants.consents.method.${method}`)}
            </RadioButton>
          ))}
        </RadioButtonGroup>
        <ProblemAlert error={give.error} />
        <div className="form__actions">
          <Button type="submit" disabled={give.isPending}>
            {t("participants.consents.record")}
          </Button>
        </div>
      </form>
    </section>
  );
}
