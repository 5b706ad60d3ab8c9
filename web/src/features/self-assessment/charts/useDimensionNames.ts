import { useTranslation } from "react-i18next";
import { useLanguage } from "../../../app/useLanguage";
import {
  type Audience,
  type DimensionWithTexts,
  isNamedDimension,
  questionOf,
  shortLabel,
  textLanguageFor,
} from "./dimensions";

export interface DimensionNames {
  /** The name for headers and lists: the short name, or the question. */
  label: (key: string) => string;
  /** The name on a chart's axis: short. */
  axis: (key: string) => string;
  /** The name as the subject of a summary sentence. */
  subject: (key: string) => string;
  /** The question in the reader's wording (plain Finnish for a participant reading Finnish). */
  question: (key: string) => string;
}

/** Names of a history's dimensions in the reader's language (see dimensions.ts for the rule). */
export function useDimensionNames(
  dimensions: readonly DimensionWithTexts[],
  audience: Audience,
): DimensionNames {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const textLanguage = textLanguageFor(language, audience);
  const byKey = new Map(dimensions.map((d) => [d.key, d]));
  const question = (key: string) => questionOf(byKey.get(key), textLanguage) || key;
  return {
    label: (key) => (isNamedDimension(key) ? t(`selfAssessment.dimension.${key}`) : question(key)),
    axis: (key) => (isNamedDimension(key) ? t(`selfAssessment.dimension.${key}`) : shortLabel(question(key))),
    subject: (key) =>
      isNamedDimension(key)
        ? t(`selfAssessment.dimensionSubject.${key}`)
        : t("selfAssessment.summary.questionSubject", { question: question(key) }),
    question,
  };
}
