import { useTranslation } from "react-i18next";
import type { Dimension } from "../../../../../server/src/modules/self-assessment/api";
import { TEXT_LANGUAGES, WORDING_FIELDS } from "./forms";

/** A version's dimensions read-only, each in all four languages (fi, sv, en, plain Finnish). */
export function VersionView({ dimensions, idBase }: { dimensions: Dimension[]; idBase: string }) {
  const { t } = useTranslation();
  if (dimensions.length === 0) return <p>{t("selfAssessment.instruments.noDimensions")}</p>;
  const ordered = [...dimensions].sort((a, b) => a.position - b.position);
  return (
    <ol className="version-dimensions">
      {ordered.map((d, i) => (
        <li key={d.id} aria-labelledby={`${idBase}-${d.key}`}>
          <p className="version-dimension__title" id={`${idBase}-${d.key}`}>
            {`${i + 1}. ${d.texts.fi.question}`} <code className="version-dimension__key">{d.key}</code>
          </p>
          <div className="version-dimension__languages">
            {TEXT_LANGUAGES.map((language) => (
              <div key={language} className="version-dimension__language">
                <p className="version-dimension__language-name">
                  {t(`selfAssessment.textLanguage.${language}`)}
                </p>
                <dl>
                  {WORDING_FIELDS.map((field) => (
                    <div key={field}>
                      <dt>{t(`selfAssessment.instruments.field.${field}`)}</dt>
                      <dd lang={language === "plain" ? "fi" : language}>{d.texts[language][field] || "–"}</dd>
                    </div>
                  ))}
                </dl>
              </div>
            ))}
          </div>
        </li>
      ))}
    </ol>
  );
}
