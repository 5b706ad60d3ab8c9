import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { Button, Dropdown, DropdownItem, Heading, Paragraph, TextInput } from "suomifi-ui-components";
import { fieldErrors } from "../../app/api";
import { DateField } from "../../ui/DateField";
import { DescriptionList } from "../../ui/Details";
import { ProblemAlert } from "../../ui/ProblemAlert";
import { isOneOf, LIMIT_RULES, STEP_KINDS } from "../steps/stepForm";
import {
  checkLimitForm,
  hasValue,
  type LimitBody,
  type LimitFormValues,
  REFERENCE_FIELDS,
  serverKeyOf,
} from "./limits";

/**
 * A statutory limit's form: correcting a row, replacing it when the law changes (measure and rule fixed),
 * or adding one (measure and rule shown as text when fixed). The heading takes focus when the form opens, so keyboard and screen-reader users land in it.
 */
export function LimitForm({
  id,
  heading,
  intro,
  initial,
  fixedKindAndRule,
  submitting,
  error,
  onSubmit,
  onCancel,
}: {
  id: string;
  heading: string;
  intro?: string;
  initial: LimitFormValues;
  fixedKindAndRule: boolean;
  submitting: boolean;
  error: unknown;
  onSubmit: (body: LimitBody) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const [values, setValues] = useState(initial);
  const [submitted, setSubmitted] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);
  const { errors } = checkLimitForm(values);
  const server = fieldErrors(error);
  const errorOf = (key: keyof LimitFormValues) => {
    const local = submitted ? errors[key] : undefined;
    return local ? t(`limits.errors.${local}`) : server[serverKeyOf(key)];
  };
  const set = <K extends keyof LimitFormValues>(key: K, value: LimitFormValues[K]) =>
    setValues((v) => ({ ...v, [key]: value }));

  function submit(event: React.FormEvent) {
    event.preventDefault();
    setSubmitted(true);
    const { body } = checkLimitForm(values);
    if (body) onSubmit(body);
  }

  return (
    <section aria-labelledby={`${id}-heading`} className="section">
      <Heading variant="h2" id={`${id}-heading`} ref={headingRef} tabIndex={-1} mb="s">
        {heading}
      </Heading>
      {intro && <Paragraph mb="m">{intro}</Paragraph>}
      <form onSubmit={submit} noValidate className="form">
        {fixedKindAndRule && values.stepKind && values.rule ? (
          <DescriptionList
            items={[
              { label: t("limits.stepKind"), value: t(`steps.kind.${values.stepKind}`) },
              { label: t("limits.rule"), value: t(`limits.ruleName.${values.rule}`) },
            ]}
          />
        ) : (
          <>
            <Dropdown
              id={`${id}-kind`}
              labelText={t("limits.stepKind")}
              visualPlaceholder={t("common.choose")}
              value={values.stepKind ?? ""}
              onChange={(kind) => set("stepKind", isOneOf(STEP_KINDS, kind) ? kind : null)}
              status={errorOf("stepKind") ? "error" : "default"}
              statusText={errorOf("stepKind")}
              fullWidth
            >
              {STEP_KINDS.map((kind) => (
                <DropdownItem key={kind} value={kind}>
                  {t(`steps.kind.${kind}`)}
                </DropdownItem>
              ))}
            </Dropdown>
            <Dropdown
              id={`${id}-rule`}
              labelText={t("limits.rule")}
              visualPlaceholder={t("common.choose")}
              value={values.rule ?? ""}
              onChange={(rule) => set("rule", isOneOf(LIMIT_RULES, rule) ? rule : null)}
              status={errorOf("rule") ? "error" : "default"}
              statusText={errorOf("rule")}
              fullWidth
            >
              {LIMIT_RULES.map((rule) => (
                <DropdownItem key={rule} value={rule}>
                  {t(`limits.ruleName.${rule}`)}
                </DropdownItem>
              ))}
            </Dropdown>
          </>
        )}
        {hasValue(values.rule) && (
          <TextInput
            id={`${id}-value`}
            labelText={t("limits.value")}
            hintText={t("steps.fields.numberHint")}
            inputMode="decimal"
            value={values.value}
            onChange={(value) => set("value", String(value ?? ""))}
            status={errorOf("value") ? "error" : "default"}
            statusText={errorOf("value")}
          />
        )}
        <DateField
          id={`${id}-validFrom`}
          label={t("limits.validFrom")}
          hint={t("steps.fields.dateHint")}
          value={values.validFrom}
          onChange={(value) => set("validFrom", value)}
          error={errorOf("validFrom")}
        />
        <DateField
          id={`${id}-validTo`}
          label={t("limits.validTo")}
          hint={t("limits.validToHint")}
          optionalText={t("common.optional")}
          value={values.validTo}
          onChange={(value) => set("validTo", value)}
          error={errorOf("validTo")}
        />
        {REFERENCE_FIELDS.map(({ language, field }) => (
          <TextInput
            key={field}
            id={`${id}-reference-${language}`}
            lang={language}
            labelText={t(`limits.legalReferenceIn.${language}`)}
            hintText={t(`limits.legalReferenceHintIn.${language}`)}
            value={values[field]}
            maxLength={300}
            onChange={(value) => set(field, String(value ?? ""))}
            status={errorOf(field) ? "error" : "default"}
            statusText={errorOf(field)}
            fullWidth
          />
        ))}
        <ProblemAlert error={error} />
        <div className="form__actions">
          <Button type="submit" disabled={submitting}>
            {t("limits.save")}
          </Button>
          <Button type="button" variant="secondary" onClick={onCancel}>
            {t("limits.cancel")}
          </Button>
        </div>
      </form>
    </section>
  );
}
