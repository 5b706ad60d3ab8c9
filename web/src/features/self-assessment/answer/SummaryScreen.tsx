import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Button, InlineAlert } from "suomifi-ui-components";
import type { Dimension } from "../../../../../server/src/modules/self-assessment/api";
import type { InstrumentLanguage } from "../../../../../server/src/modules/self-assessment/schema";
import { ProblemAlert } from "../../../ui/ProblemAlert";
import { canSubmit, htmlLang, type SummaryRow, summaryCounts } from "./answerFlow";

/** Every question with its answer (or that it was skipped), a way back to each, and submitting. */
export function SummaryScreen({
  dimensions,
  rows,
  language,
  headingRef,
  status,
  submitting,
  submitError,
  notSent,
  onChange,
  onBack,
  onSubmit,
}: {
  dimensions: readonly Dimension[];
  rows: readonly SummaryRow[];
  language: InstrumentLanguage;
  headingRef: React.Ref<HTMLHeadingElement>;
  /** Whether the choices are saved. */
  status: React.ReactNode;
  submitting: boolean;
  submitError: unknown;
  /** Submitting was tried while choices still waited on the device (no connection). */
  notSent: boolean;
  onChange: (index: number) => void;
  onBack: () => void;
  onSubmit: () => void;
}) {
  const { t } = useTranslation();
  const [needOne, setNeedOne] = useState(false);
  const counts = summaryCounts(rows);
  const lang = htmlLang(language);
  return (
    <section aria-labelledby="saa-summary-heading" className="saa-summary">
      <h2 id="saa-summary-heading" className="saa-summary__heading" tabIndex={-1} ref={headingRef}>
        {t("selfAssessmentAnswer.summary.heading")}
      </h2>
      <p className="saa-text">
        {t("selfAssessmentAnswer.summary.counts", {
          answered: counts.answered,
          skipped: counts.skipped + counts.unanswered,
        })}
      </p>
      <ol className="saa-summary__list">
        {rows.map((row) => {
          const question = dimensions[row.index]?.texts[language].question ?? row.key;
          return (
            <li key={row.key} className={`saa-summary__row saa-summary__row--${row.state}`}>
              <p className="saa-summary__question" lang={lang}>
                {question}
              </p>
              <p className="saa-summary__answer">
                {row.state === "answered"
                  ? t("selfAssessmentAnswer.summary.answer", { score: row.score ?? "" })
                  : t(`selfAssessmentAnswer.summary.${row.state}`)}
              </p>
              <Button type="button" variant="secondary" onClick={() => onChange(row.index)}>
                {row.state === "unanswered"
                  ? t("selfAssessmentAnswer.summary.answerNow")
                  : t("selfAssessmentAnswer.summary.change")}
                <span className="visually-hidden" lang={lang}>
                  {`: ${question}`}
                </span>
              </Button>
            </li>
          );
        })}
      </ol>
      {counts.unanswered > 0 && (
        <p className="saa-text">{t("selfAssessmentAnswer.summary.unansweredNote")}</p>
      )}
      <div role="alert">
        {needOne && !canSubmit(rows) && (
          <InlineAlert status="error" mb="s">
            {t("selfAssessmentAnswer.summary.needOne")}
          </InlineAlert>
        )}
        {notSent && (
          <InlineAlert status="warning" mb="s">
            {t("selfAssessmentAnswer.summary.offline")}
          </InlineAlert>
        )}
      </div>
      <ProblemAlert error={submitError} />
      {status}
      <div className="saa-actions">
        <Button
          type="button"
          disabled={submitting}
          onClick={() => {
            if (!canSubmit(rows)) {
              setNeedOne(true);
              return;
            }
            onSubmit();
          }}
        >
          {submitting
            ? t("selfAssessmentAnswer.summary.submitting")
            : t("selfAssessmentAnswer.summary.submit")}
        </Button>
        <Button type="button" variant="secondary" onClick={onBack}>
          {t("selfAssessmentAnswer.flow.back")}
        </Button>
      </div>
    </section>
  );
}
