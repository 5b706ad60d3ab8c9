import { useTranslation } from "react-i18next";
import { DateField as BaseDateField } from "../../../ui/DateField";
import type { DateError } from "./forms";

/** The shared date field with the record forms' wording; the error is a DateError or a message. */
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
  const message =
    error === "required" || error === "invalid" || error === "future"
      ? t(`record.dateError.${error}`)
      : error;
  return (
    <BaseDateField
      id={id}
      label={label}
      hint={hint ?? t("record.dateHint")}
      optionalText={optional ? t("record.optional") : undefined}
      value={value}
      onChange={onChange}
      error={message}
      maxDate={notFuture ? new Date() : undefined}
    />
  );
}
