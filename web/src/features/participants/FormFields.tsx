import { useTranslation } from "react-i18next";
import { Dropdown, DropdownItem, TextInput } from "suomifi-ui-components";
import { type FieldKey, fieldId } from "./form";
import { isOneOf } from "./options";
import type { ParticipantForm } from "./ParticipantForm";

// Field components of the participant form, wired to its values and errors.

const NOT_RECORDED = "not_recorded";

/** A dropdown of answers with "not recorded" first, so that an answer can also be taken back. */
export function ChoiceDropdown<T extends string>({
  field,
  value,
  options,
  optionLabel,
  onChange,
  form,
  hintText,
}: {
  field: FieldKey;
  value: T | "";
  options: readonly T[];
  optionLabel: (option: T) => string;
  onChange: (value: T | "") => void;
  form: ParticipantForm;
  hintText?: string;
}) {
  const { t } = useTranslation();
  const error = form.errorOf(field);
  return (
    <Dropdown
      id={fieldId(field)}
      labelText={t(`participants.fields.${field}`)}
      hintText={hintText}
      value={value === "" ? NOT_RECORDED : value}
      onChange={(next) => onChange(isOneOf(options, next) ? next : "")}
      status={error ? "error" : "default"}
      statusText={error}
      fullWidth
    >
      {[
        <DropdownItem key={NOT_RECORDED} value={NOT_RECORDED}>
          {t("participants.entry.notRecorded")}
        </DropdownItem>,
        ...options.map((option) => (
          <DropdownItem key={option} value={option}>
            {optionLabel(option)}
          </DropdownItem>
        )),
      ]}
    </Dropdown>
  );
}

/** A text field of the participant form, wired to its value and error. */
export function FormText({
  form,
  field,
  value,
  onChange,
  optional = true,
  type,
  hintText,
  autoComplete = "off",
  inputMode,
}: {
  form: ParticipantForm;
  field: FieldKey;
  value: string;
  onChange: (value: string) => void;
  optional?: boolean;
  type?: "text" | "email" | "tel";
  hintText?: string;
  autoComplete?: string;
  inputMode?: "numeric" | "tel" | "email" | "text";
}) {
  const { t } = useTranslation();
  const error = form.errorOf(field);
  return (
    <TextInput
      id={fieldId(field)}
      labelText={t(`participants.fields.${field}`)}
      optionalText={optional ? t("participants.optional") : undefined}
      hintText={hintText}
      type={type}
      inputMode={inputMode}
      autoComplete={autoComplete}
      value={value}
      onChange={(next) => onChange(String(next ?? ""))}
      onBlur={() => form.touch(field)}
      status={error ? "error" : "default"}
      statusText={error}
      fullWidth
    />
  );
}
