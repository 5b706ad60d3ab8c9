import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { Button, Heading, Paragraph, TextInput } from "suomifi-ui-components";
import { fieldErrors } from "../../../app/api";
import { todayIso } from "../../../app/dates";
import { formatDate } from "../../../app/format";
import { DataTable } from "../../../ui/DataTable";
import { DateField } from "../../../ui/DateField";
import { Loading } from "../../../ui/Loading";
import { SuccessNotice } from "../../../ui/Notice";
import { PageTitle } from "../../../ui/PageTitle";
import { ProblemAlert } from "../../../ui/ProblemAlert";
import { useJobLabels } from "../shared";
import { FormActions } from "../shared/FormActions";
import { useBenefitRules, useSaveBenefitRule } from "./api";
import {
  checkRuleForm,
  EMPTY_RULE,
  LANGUAGES,
  type RuleField,
  type RuleFormValues,
  ruleState,
  ruleValues,
} from "./benefitRules";
import type { BenefitRule } from "./types";
import "./jobs-admin.css";

/** A benefit rule's form: adding one when the law changes, or correcting one. The heading takes focus. */
function RuleForm({
  rule,
  onDone,
  onCancel,
}: {
  rule: BenefitRule | null;
  onDone: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const labels = useJobLabels();
  const save = useSaveBenefitRule(rule);
  const [values, setValues] = useState<RuleFormValues>(rule ? ruleValues(rule, labels.language) : EMPTY_RULE);
  const [submitted, setSubmitted] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const { errors } = checkRuleForm(values);
  const server = fieldErrors(save.error);
  const errorOf = (key: RuleField) => {
    const local = submitted ? errors[key] : undefined;
    return local ? t(`jobsAdmin.rules.errors.${local}`) : server[key];
  };
  const status = (key: RuleField) => (errorOf(key) ? "error" : "default");
  const id = rule ? `rule-${rule.id}` : "rule-new";
  const headingText = rule ? t("jobsAdmin.rules.editHeading") : t("jobsAdmin.rules.addHeading");
  const setText = (group: "names" | "legalReferences", language: (typeof LANGUAGES)[number], text: string) =>
    setValues((v) => ({ ...v, [group]: { ...v[group], [language]: text } }));

  return (
    <section aria-labelledby={`${id}-heading`} className="section">
      <Heading variant="h2" id={`${id}-heading`} ref={heading} tabIndex={-1} mb="s">
        {headingText}
      </Heading>
      <Paragraph mb="m">{t("jobsAdmin.rules.formIntro")}</Paragraph>
      <form
        className="form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          setSubmitted(true);
          const { body } = checkRuleForm(values);
          if (body) save.mutate(body, { onSuccess: onDone });
        }}
      >
        <DateField
          id={`${id}-validFrom`}
          label={t("jobsAdmin.rules.validFrom")}
          hint={t("jobsAdmin.form.dateHint")}
          value={values.validFrom}
          onChange={(v) => setValues((s) => ({ ...s, validFrom: v }))}
          error={errorOf("validFrom")}
        />
        <DateField
          id={`${id}-validTo`}
          label={t("jobsAdmin.rules.validTo")}
          hint={t("jobsAdmin.rules.validToHint")}
          optionalText={t("common.optional")}
          value={values.validTo}
          onChange={(v) => setValues((s) => ({ ...s, validTo: v }))}
          error={errorOf("validTo")}
        />
        <TextInput
          id={`${id}-month`}
          labelText={t("jobsAdmin.rules.protectedMonth")}
          hintText={t("jobsAdmin.form.payHint")}
          inputMode="decimal"
          value={values.protectedMonth}
          onChange={(v) => setValues((s) => ({ ...s, protectedMonth: String(v ?? "") }))}
          status={status("protectedMonthCents")}
          statusText={errorOf("protectedMonthCents")}
        />
        <TextInput
          id={`${id}-fourWeeks`}
          labelText={t("jobsAdmin.rules.protectedFourWeeks")}
          hintText={t("jobsAdmin.form.payHint")}
          inputMode="decimal"
          value={values.protectedFourWeeks}
          onChange={(v) => setValues((s) => ({ ...s, protectedFourWeeks: String(v ?? "") }))}
          status={status("protectedFourWeeksCents")}
          statusText={errorOf("protectedFourWeeksCents")}
        />
        <TextInput
          id={`${id}-percent`}
          labelText={t("jobsAdmin.rules.reductionPercent")}
          hintText={t("jobsAdmin.rules.reductionHint")}
          inputMode="numeric"
          value={values.reductionPercent}
          onChange={(v) => setValues((s) => ({ ...s, reductionPercent: String(v ?? "") }))}
          status={status("reductionPercent")}
          statusText={errorOf("reductionPercent")}
        />
        {LANGUAGES.map((language) => (
          <TextInput
            key={`name-${language}`}
            id={`${id}-name-${language}`}
            lang={language}
            labelText={t(`jobsAdmin.rules.nameIn.${language}`)}
            value={values.names[language]}
            maxLength={300}
            onChange={(v) => setText("names", language, String(v ?? ""))}
            status={status(`names.${language}`)}
            statusText={errorOf(`names.${language}`)}
            fullWidth
          />
        ))}
        {LANGUAGES.map((language) => (
          <TextInput
            key={`law-${language}`}
            id={`${id}-law-${language}`}
            lang={language}
            labelText={t(`jobsAdmin.rules.lawIn.${language}`)}
            value={values.legalReferences[language]}
            maxLength={300}
            onChange={(v) => setText("legalReferences", language, String(v ?? ""))}
            status={status(`legalReferences.${language}`)}
            statusText={errorOf(`legalReferences.${language}`)}
            fullWidth
          />
        ))}
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

type Mode = { kind: "view" } | { kind: "add" } | { kind: "edit"; rule: BenefitRule };

/** /admin/benefit-rules — the dated rules by which earnings reduce an unemployment benefit. */
export function BenefitRulesPage() {
  const { t } = useTranslation();
  const labels = useJobLabels();
  const rules = useBenefitRules();
  const [mode, setMode] = useState<Mode>({ kind: "view" });
  const [saved, setSaved] = useState(false);
  const today = todayIso();
  const can = rules.data?.can ?? { create: false, edit: false };
  const open = (next: Mode) => {
    setSaved(false);
    setMode(next);
  };
  const done = () => {
    setMode({ kind: "view" });
    setSaved(true);
  };
  const columns = [
    { key: "name", labelText: t("jobsAdmin.rules.name") },
    { key: "validity", labelText: t("jobsAdmin.rules.validity") },
    { key: "month", labelText: t("jobsAdmin.rules.protectedMonthShort") },
    { key: "fourWeeks", labelText: t("jobsAdmin.rules.protectedFourWeeksShort") },
    { key: "percent", labelText: t("jobsAdmin.rules.reductionShort") },
    { key: "law", labelText: t("jobsAdmin.rules.law") },
    { key: "state", labelText: t("jobsAdmin.rules.state") },
    ...(can.edit ? [{ key: "actions", labelText: t("jobsAdmin.rules.actions") }] : []),
  ];
  const rows = [...(rules.data?.data ?? [])]
    .sort((a, b) => a.validFrom.localeCompare(b.validFrom))
    .map((rule) => {
      const name = rule.names[labels.language];
      return {
        id: rule.id,
        name,
        validity: rule.validTo
          ? t("jobsAdmin.rules.range", {
              from: formatDate(rule.validFrom, labels.language),
              to: formatDate(rule.validTo, labels.language),
            })
          : t("jobsAdmin.rules.from", { from: formatDate(rule.validFrom, labels.language) }),
        month: labels.euros(rule.protectedMonthCents),
        fourWeeks: labels.euros(rule.protectedFourWeeksCents),
        percent: `${rule.reductionPercent} %`,
        law: rule.legalReferences[labels.language],
        state: t(`jobsAdmin.rules.${ruleState(rule, today)}`),
        actions: (
          <Button
            variant="secondary"
            aria-label={t("jobsAdmin.rules.editNamed", { name })}
            onClick={() => open({ kind: "edit", rule })}
          >
            {t("jobsAdmin.rules.edit")}
          </Button>
        ),
      };
    });
  return (
    <>
      <PageTitle>{t("jobsAdmin.rules.title")}</PageTitle>
      <Paragraph mb="s">{t("jobsAdmin.rules.intro")}</Paragraph>
      <Paragraph mb="m">{t("jobsAdmin.rules.effect")}</Paragraph>
      {saved && <SuccessNotice>{t("jobsAdmin.rules.saved")}</SuccessNotice>}
      {rules.isPending && <Loading />}
      <ProblemAlert error={rules.error} />
      {mode.kind === "edit" && (
        <RuleForm
          key={mode.rule.id}
          rule={mode.rule}
          onDone={done}
          onCancel={() => setMode({ kind: "view" })}
        />
      )}
      {mode.kind === "add" && (
        <RuleForm rule={null} onDone={done} onCancel={() => setMode({ kind: "view" })} />
      )}
      {rules.data && (
        <section aria-labelledby="rules-heading" className="section">
          <Heading variant="h2" id="rules-heading" mb="s">
            {t("jobsAdmin.rules.listHeading")}
          </Heading>
          <div className="table-with-actions">
            <DataTable caption={t("jobsAdmin.rules.caption")} columns={columns} rows={rows} />
          </div>
        </section>
      )}
      {can.create && mode.kind === "view" && (
        <div className="section">
          <Button onClick={() => open({ kind: "add" })}>{t("jobsAdmin.rules.add")}</Button>
        </div>
      )}
    </>
  );
}
