import { useTranslation } from "react-i18next";
import { DateInput, Dropdown, DropdownItem } from "suomifi-ui-components";
import { inputDateToIso } from "../../../app/dates";
import { useLanguage } from "../../../app/useLanguage";
import type { Answer } from "./options";

/** A date as people type it (d.M.yyyy) with the calendar picker. */
export function DateField({
  id,
  label,
  value,
  onChange,
  error,
  notFuture = false,
}: {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string | undefined;
  notFuture?: boolean;
}) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  return (
    <DateInput
      id={id}
      labelText={label}
      hintText={t("enrolments.dateHint")}
      language={language}
      datePickerEnabled
      maxDate={notFuture ? new Date() : undefined}
      value={value}
      onChange={({ value: next }) => onChange(next)}
      status={error ? "error" : "default"}
      statusText={error}
      autoComplete="off"
    />
  );
}

/** The error code of a required date field, or null when it is a real date. */
export function dateProblem(text: string): "required" | "invalid" | null {
  if (text.trim() === "") return "required";
  return inputDateToIso(text) ? null : "invalid";
}

const NONE = "none";

/** A yes/no question of the funder that may be left unanswered. */
export function AnswerField({
  id,
  label,
  value,
  onChange,
}: {
  id: string;
  label: string;
  value: Answer;
  onChange: (value: Answer) => void;
}) {
  const { t } = useTranslation();
  return (
    <Dropdown
      id={id}
      labelText={label}
      optionalText={t("enrolments.optional")}
      value={value === "" ? NONE : value}
      onChange={(next) => onChange(next === "yes" || next === "no" ? next : "")}
    >
      <DropdownItem value={NONE}>{t("enrolments.answer.none")}</DropdownItem>
      <DropdownItem value="yes">{t("common.yes")}</DropdownItem>
      <DropdownItem value="no">{t("common.no")}</DropdownItem>
    </Dropdown>
  );
}
