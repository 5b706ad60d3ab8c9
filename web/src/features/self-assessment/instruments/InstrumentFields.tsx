import { useTranslation } from "react-i18next";
import { Textarea, TextInput } from "suomifi-ui-components";
import { type InstrumentValues, TEXT_LANGUAGES, type TextLanguage } from "./forms";

/** An instrument's name and description in fi, sv, en and plain Finnish (one fieldset per language). */
export function InstrumentFields({
  idBase,
  values,
  onChange,
  errorOf,
}: {
  idBase: string;
  values: Pick<InstrumentValues, "name" | "description">;
  onChange: (part: "name" | "description", language: TextLanguage, value: string) => void;
  errorOf: (field: string) => string | undefined;
}) {
  const { t } = useTranslation();
  return (
    <>
      {TEXT_LANGUAGES.map((language) => (
        <fieldset key={language} className="instrument-fieldset">
          <legend>{t(`selfAssessment.textLanguage.${language}`)}</legend>
          <TextInput
            id={`${idBase}-name-${language}`}
            labelText={t("selfAssessment.instruments.name")}
            value={values.name[language]}
            maxLength={200}
            onChange={(value) => onChange("name", language, String(value ?? ""))}
            status={errorOf(`name.${language}`) ? "error" : "default"}
            statusText={errorOf(`name.${language}`)}
            fullWidth
          />
          <Textarea
            id={`${idBase}-description-${language}`}
            labelText={t("selfAssessment.instruments.description")}
            value={values.description[language]}
            maxLength={2000}
            onChange={(event) => onChange("description", language, event.target.value)}
            status={errorOf(`description.${language}`) ? "error" : "default"}
            statusText={errorOf(`description.${language}`)}
            fullWidth
          />
        </fieldset>
      ))}
    </>
  );
}
