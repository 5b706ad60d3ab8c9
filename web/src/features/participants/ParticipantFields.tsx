import { useState } from "react";
import { useTranslation } from "react-i18next";
import {
  Checkbox,
  CheckboxGroup,
  DateInput,
  Heading,
  RadioButton,
  RadioButtonGroup,
  TextInput,
} from "suomifi-ui-components";
import { isoToInputDate } from "../../app/dates";
import { isLanguage, LANGUAGES } from "../../app/domain";
import { useLanguage } from "../../app/useLanguage";
import { FormText } from "./FormFields";
import { fieldId, parseLanguageCodes } from "./form";
import { checkIdentityCode } from "./identity";
import { COMMON_LANGUAGES, languageName } from "./options";
import type { ParticipantForm } from "./ParticipantForm";

export type HeadingLevel = "h2" | "h3";

/**
 * How the identity code field behaves: on registration it is typed fresh; when editing, the recorded code
 * is never put back into the field (it stays masked), a new one may be typed or the recorded one removed.
 */
export type IdentityCodeMode =
  | { kind: "new" }
  | { kind: "edit"; masked: string | null; remove: boolean; onRemoveChange: (remove: boolean) => void };

export function PersonFields({
  form,
  headingLevel,
  identity,
}: {
  form: ParticipantForm;
  headingLevel: HeadingLevel;
  identity: IdentityCodeMode;
}) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const { values, update } = form;
  const [filledFromCode, setFilledFromCode] = useState(false);
  const birthDateError = form.errorOf("birthDate");
  const codeError = form.errorOf("identityCode");

  function checkCodeOnBlur() {
    form.touch("identityCode");
    const check = checkIdentityCode(values.identityCode);
    if (!check.valid) return;
    const birthDate = isoToInputDate(check.birthDate);
    update({ identityCode: check.code, birthDate });
    setFilledFromCode(birthDate !== values.birthDate || filledFromCode);
  }

  const codeHint =
    identity.kind === "edit" && identity.masked
      ? t("participants.form.identityCodeEditHint", { masked: identity.masked })
      : t("participants.form.identityCodeHint");

  return (
    <section className="form-section" aria-labelledby="participant-person">
      <Heading variant={headingLevel} id="participant-person" mb="s">
        {t("participants.form.person")}
      </Heading>
      <FormText
        form={form}
        field="firstName"
        optional={false}
        value={values.firstName}
        onChange={(firstName) => update({ firstName })}
      />
      <FormText
        form={form}
        field="lastName"
        optional={false}
        value={values.lastName}
        onChange={(lastName) => update({ lastName })}
      />
      <TextInput
        id={fieldId("identityCode")}
        labelText={t("participants.fields.identityCode")}
        optionalText={t("participants.optional")}
        hintText={codeHint}
        autoComplete="off"
        spellCheck={false}
        value={values.identityCode}
        disabled={identity.kind === "edit" && identity.remove}
        onChange={(next) => update({ identityCode: String(next ?? "") })}
        onBlur={checkCodeOnBlur}
        status={codeError ? "error" : "default"}
        statusText={codeError}
        fullWidth
      />
      {identity.kind === "edit" && identity.masked && (
        <Checkbox
          checked={identity.remove}
          onClick={({ checkboxState }) => identity.onRemoveChange(checkboxState)}
          hintText={t("participants.form.removeIdentityCodeHint")}
        >
          {t("participants.form.removeIdentityCode")}
        </Checkbox>
      )}
      <DateInput
        id={fieldId("birthDate")}
        labelText={t("participants.fields.birthDate")}
        hintText={
          filledFromCode && !birthDateError
            ? t("participants.form.birthDateFromCode")
            : t("participants.form.dateHint")
        }
        language={language}
        value={values.birthDate}
        onChange={({ value }) => {
          setFilledFromCode(false);
          update({ birthDate: value });
        }}
        onBlur={() => form.touch("birthDate")}
        status={birthDateError ? "error" : "default"}
        statusText={birthDateError}
        autoComplete="off"
      />
    </section>
  );
}

export function ContactFields({ form, headingLevel }: { form: ParticipantForm; headingLevel: HeadingLevel }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const { values, update } = form;
  const languagesError = form.errorOf("languages");
  const typed = parseLanguageCodes(values.otherLanguages).filter((code) => /^[a-z]{2,3}$/.test(code));
  const recognised = typed.map((code) => languageName(code, language)).filter((name, i) => name !== typed[i]);

  function toggleLanguage(code: string, on: boolean) {
    update({
      languages: on
        ? [...values.languages.filter((c) => c !== code), code]
        : values.languages.filter((c) => c !== code),
    });
  }

  return (
    <section className="form-section" aria-labelledby="participant-contact">
      <Heading variant={headingLevel} id="participant-contact" mb="s">
        {t("participants.form.contact")}
      </Heading>
      <FormText
        form={form}
        field="phone"
        type="tel"
        inputMode="tel"
        value={values.phone}
        onChange={(phone) => update({ phone })}
      />
      <FormText
        form={form}
        field="email"
        type="email"
        value={values.email}
        onChange={(email) => update({ email })}
      />
      <FormText
        form={form}
        field="address"
        value={values.address}
        onChange={(address) => update({ address })}
      />
      <FormText
        form={form}
        field="postalCode"
        inputMode="numeric"
        value={values.postalCode}
        onChange={(postalCode) => update({ postalCode })}
      />
      <FormText
        form={form}
        field="municipality"
        value={values.municipality}
        onChange={(municipality) => update({ municipality })}
      />
      <FormText
        form={form}
        field="village"
        hintText={t("participants.form.villageHint")}
        value={values.village}
        onChange={(village) => update({ village })}
      />
      <CheckboxGroup
        id={fieldId("languages")}
        labelText={t("participants.fields.languages")}
        optionalText={t("participants.optional")}
        groupHintText={t("participants.form.languagesHint")}
        groupStatus={languagesError ? "error" : "default"}
        groupStatusText={languagesError}
      >
        {COMMON_LANGUAGES.map((code) => (
          <Checkbox
            key={code}
            checked={values.languages.includes(code)}
            onClick={({ checkboxState }) => toggleLanguage(code, checkboxState)}
          >
            {languageName(code, language)}
          </Checkbox>
        ))}
      </CheckboxGroup>
      <TextInput
        id="participant-otherLanguages"
        labelText={t("participants.form.otherLanguages")}
        optionalText={t("participants.optional")}
        hintText={
          recognised.length > 0
            ? t("participants.form.otherLanguagesRecognised", { names: recognised.join(", ") })
            : t("participants.form.otherLanguagesHint")
        }
        autoComplete="off"
        value={values.otherLanguages}
        onChange={(next) => update({ otherLanguages: String(next ?? "") })}
        onBlur={() => form.touch("languages")}
        fullWidth
      />
      <RadioButtonGroup
        id={fieldId("preferredLanguage")}
        labelText={t("participants.fields.preferredLanguage")}
        groupHintText={t("participants.form.preferredLanguageHint")}
        name="preferredLanguage"
        value={values.preferredLanguage}
        onChange={(next) => update({ preferredLanguage: isLanguage(next) ? next : "fi" })}
      >
        {LANGUAGES.map((code) => (
          <RadioButton key={code} value={code}>
            {languageName(code, language)}
          </RadioButton>
        ))}
      </RadioButtonGroup>
    </section>
  );
}
