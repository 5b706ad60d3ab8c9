import { useTranslation } from "react-i18next";
import { DateInput } from "suomifi-ui-components";
import { useLanguage } from "../../../app/useLanguage";
import type { DateError } from "./forms";

/** A date as people type it (d.M.yyyy) with the calendar picker; the error is a DateError or a message. */
export function DateField({
  id,
  label,
  value,
  onChange,
  error,
  optional = false,
  notFuture = false,
  hint,
}: {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: DateError | string | undefined;
  optional?: boolean;
  notFuture?: boolean;
  hint?: string;
}) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const message =
    error === "required" || error === "invalid" || error === "future"
      ? t(`record.dateError.${error}`)
      : error;
  return (
    <DateInput
      id={id}
      labelText={label}
      hintText={hint ?? t("record.dateHint")}
      optionalText={optional ? t("record.optional") : undefined}
      language={language}
      datePickerEnabled
      maxDate={notFuture ? new Date() : undefined}
      value={value}
      onChange={({ value: next }) => onChange(next)}
      status={message ? "error" : "default"}
      statusText={message}
      autoComplete="off"
    />
  );
}
