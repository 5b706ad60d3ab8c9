import { useTranslation } from "react-i18next";
import { Dropdown, DropdownItem } from "suomifi-ui-components";
import type { InstrumentLanguage } from "../../../../../server/src/modules/self-assessment/schema";
import { INSTRUMENT_LANGUAGES } from "./answerFlow";

const isInstrumentLanguage = (value: string): value is InstrumentLanguage =>
  (INSTRUMENT_LANGUAGES as readonly string[]).includes(value);

/** The language of the questions: Finnish, Swedish, English or plain Finnish (selkosuomi). */
export function LanguageChoice({
  value,
  onChange,
}: {
  value: InstrumentLanguage;
  onChange: (language: InstrumentLanguage) => void;
}) {
  const { t } = useTranslation();
  return (
    <div className="saa-language">
      <Dropdown<InstrumentLanguage>
        labelText={t("selfAssessmentAnswer.flow.questionLanguage")}
        name="questionLanguage"
        value={value}
        onChange={(next) => {
          if (isInstrumentLanguage(next) && next !== value) onChange(next);
        }}
        fullWidth
      >
        {INSTRUMENT_LANGUAGES.map((language) => (
          <DropdownItem key={language} value={language}>
            {t(`selfAssessmentAnswer.language.${language}`)}
          </DropdownItem>
        ))}
      </Dropdown>
    </div>
  );
}
