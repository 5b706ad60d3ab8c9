import { DateInput } from "suomifi-ui-components";
import { useLanguage } from "../../app/useLanguage";

/** A date as people type it (d.M.yyyy) with the calendar picker. */
export function DateField({
  id,
  label,
  hint,
  optionalText,
  value,
  onChange,
  error,
}: {
  id: string;
  label: string;
  hint: string;
  optionalText?: string | undefined;
  value: string;
  onChange: (value: string) => void;
  error?: string | undefined;
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
      value={value}
      onChange={({ value: next }) => onChange(next)}
      status={error ? "error" : "default"}
      statusText={error}
      autoComplete="off"
    />
  );
}
