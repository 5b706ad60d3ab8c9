import { DateInput } from "suomifi-ui-components";
import { useLanguage } from "../app/useLanguage";

/** A date as people type it (d.M.yyyy) with the Suomi.fi calendar picker, in the page's language. */
export function DateField({
  id,
  label,
  hint,
  optionalText,
  value,
  onChange,
  error,
  maxDate,
}: {
  id: string;
  label: string;
  hint: string;
  optionalText?: string | undefined;
  value: string;
  onChange: (value: string) => void;
  error?: string | undefined;
  /** The latest day the picker offers (e.g. today, for dates that cannot be in the future). */
  maxDate?: Date | undefined;
}) {
  const { language } = useLanguage();
  return (
    <DateInput
      id={id}
      labelText={label}
      hintText={hint}
      optionalText={optionalText}
      language={language}
      datePickerEnabled
      maxDate={maxDate}
      value={value}
      onChange={({ value: next }) => onChange(next)}
      status={error ? "error" : "default"}
      statusText={error}
      autoComplete="off"
    />
  );
}
