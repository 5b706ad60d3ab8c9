import { useTranslation } from "react-i18next";
import { LANGUAGE_NAMES, LANGUAGES } from "./domain";
import { useLanguage } from "./useLanguage";

/** Suomi / Svenska / English, always visible; each name is marked with its own language. */
export function LanguageSwitch() {
  const { t } = useTranslation();
  const { language, changeLanguage } = useLanguage();
  return (
    <ul className="language-switch" aria-label={t("app.languageSwitch")}>
      {LANGUAGES.map((option) => (
        <li key={option}>
          <button
            type="button"
            lang={option}
            className="language-switch__button"
            aria-pressed={option === language}
            onClick={() => changeLanguage(option)}
          >
            {LANGUAGE_NAMES[option]}
          </button>
        </li>
      ))}
    </ul>
  );
}
