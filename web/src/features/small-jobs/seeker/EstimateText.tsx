import { useTranslation } from "react-i18next";
import { InlineAlert } from "suomifi-ui-components";
import { todayIso } from "../../../app/dates";
import { formatDate } from "../../../app/format";
import { useLanguage } from "../../../app/useLanguage";
import { formatEuros } from "../shared";
import type { JobEstimate, RuleRef } from "./api";
import {
  ceilingWarning,
  type EstimateNamespace,
  estimateSentences,
  type Formatters,
  periodPhrase,
  type Sentence,
} from "./estimate";

/** "4.5.2026" or "4.5.2026–6.5.2026" for a window of days. */
export function formatDays(from: string, to: string, language: Parameters<typeof formatDate>[1]): string {
  const start = formatDate(from, language);
  return from === to ? start : `${start}–${formatDate(to, language)}`;
}

/** Translates the estimate sentences of estimate.ts in the current language. */
export function useEstimateText(ns: EstimateNamespace = "jobsSeeker") {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const format: Formatters = {
    euros: (cents) => formatEuros(cents, language),
    date: (iso) => formatDate(iso, language),
  };
  const say = (sentence: Sentence) => {
    const text = t(sentence.key, sentence.vars);
    return sentence.suffix ? `${text} ${sentence.suffix}` : text;
  };
  const period = (p: JobEstimate["period"]) => say(periodPhrase(p, todayIso(), format));
  return {
    format,
    period,
    /** "Työ maksaa arviolta 80 € brutto. Työttömyysetuutesi toukokuulta pienenee arviolta 40 €." */
    sentence: (estimate: JobEstimate) =>
      estimateSentences(estimate, period(estimate.period), format, ns).map(say).join(" "),
    ceiling: (estimate: JobEstimate) => {
      const warning = ceilingWarning(estimate, format, ns);
      return warning ? say(warning) : null;
    },
    /** The rule by name and law: "Soviteltu työttömyysetuus 1.4.2024 alkaen (laki …)". */
    rule: (rule: RuleRef) => t("jobsSeeker.rule.named", { name: rule.name, law: rule.legalReference }),
  };
}

/** The estimate of one job: one plain sentence, and the ceiling warning when it is crossed or near. */
export function EstimateBlock({
  estimate,
  showRule = false,
  ns = "jobsSeeker",
}: {
  estimate: JobEstimate;
  showRule?: boolean;
  ns?: EstimateNamespace;
}) {
  const { t } = useTranslation();
  const text = useEstimateText(ns);
  const warning = text.ceiling(estimate);
  return (
    <div className="jobs-estimate">
      <p className="jobs-estimate__sentence">{text.sentence(estimate)}</p>
      {showRule && estimate.receivesBenefit && estimate.rule && (
        <p className="jobs-estimate__rule">
          {t("jobsSeeker.rule.basis", { rule: text.rule(estimate.rule) })}
        </p>
      )}
      {warning && (
        <InlineAlert
          status={estimate.ceiling?.exceeds ? "warning" : "neutral"}
          className="jobs-estimate__ceiling"
        >
          {warning}
        </InlineAlert>
      )}
    </div>
  );
}
