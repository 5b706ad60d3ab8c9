import { useTranslation } from "react-i18next";
import { Button, InlineAlert } from "suomifi-ui-components";
import type { Dimension } from "../../../../../server/src/modules/self-assessment/api";
import type { InstrumentLanguage } from "../../../../../server/src/modules/self-assessment/schema";
import { htmlLang } from "./answerFlow";
import type { Score } from "./pending";
import { ScoreScale } from "./ScoreScale";

export interface QuestionScreenProps {
  dimension: Dimension;
  index: number;
  total: number;
  /** Came here from the summary to change one answer: "next" leads back there. */
  returnsToSummary: boolean;
  /** The choice so far: a number, null when skipped, undefined when not answered yet. */
  score: Score | undefined;
  language: InstrumentLanguage;
  /** Set after "next" without a choice. */
  needsChoice: boolean;
  headingRef: React.Ref<HTMLHeadingElement>;
  /** Whether the choices are saved (shown between the scale and the buttons). */
  status: React.ReactNode;
  onChoose: (score: number) => void;
  onSkip: () => void;
  onBack: (() => void) | null;
  onNext: () => void;
}

/** One dimension: the question, its explanation, the 0 and 10 anchors and the scale. */
export function QuestionScreen(props: QuestionScreenProps) {
  const { t } = useTranslation();
  const { dimension, index, total, score, language, needsChoice, status } = props;
  const wording = dimension.texts[language];
  const lang = htmlLang(language);
  const id = (part: string) => `saa-${dimension.key}-${part}`;
  const isLast = index === total - 1 || props.returnsToSummary;
  return (
    <form
      className="saa-question"
      noValidate
      onSubmit={(event) => {
        // Enter on the scale moves on, as "next" does.
        event.preventDefault();
        props.onNext();
      }}
    >
      <fieldset
        className="saa-fieldset"
        aria-describedby={
          [wording.explanation ? id("explanation") : null, needsChoice ? id("error") : null]
            .filter(Boolean)
            .join(" ") || undefined
        }
      >
        <legend className="saa-legend">
          <h2 className="saa-question__text" lang={lang} tabIndex={-1} ref={props.headingRef}>
            {wording.question}
          </h2>
        </legend>
        {wording.explanation && (
          <p className="saa-explanation" id={id("explanation")} lang={lang}>
            {wording.explanation}
          </p>
        )}
        <ul className="saa-anchors">
          <li>
            <span className="saa-anchors__number">0</span> <span lang={lang}>{wording.low}</span>
          </li>
          <li>
            <span className="saa-anchors__number">10</span> <span lang={lang}>{wording.high}</span>
          </li>
        </ul>
        <ScoreScale
          name={`score-${dimension.key}`}
          value={typeof score === "number" ? score : null}
          onChange={props.onChoose}
          low={wording.low}
          high={wording.high}
        />
        {score === null && <p className="saa-skipped">{t("selfAssessmentAnswer.flow.skippedNow")}</p>}
      </fieldset>
      <div aria-live="assertive">
        {needsChoice && (
          <InlineAlert status="error" mt="s" id={id("error")}>
            {t("selfAssessmentAnswer.flow.chooseOrSkip")}
          </InlineAlert>
        )}
      </div>
      {status}
      <div className="saa-actions">
        <Button type="submit" className="saa-actions__next">
          {isLast ? t("selfAssessmentAnswer.flow.toSummary") : t("selfAssessmentAnswer.flow.next")}
        </Button>
        <Button type="button" variant="secondary" onClick={props.onSkip}>
          {t("selfAssessmentAnswer.flow.skip")}
        </Button>
        {props.onBack && (
          <Button type="button" variant="secondaryNoBorder" onClick={props.onBack}>
            {t("selfAssessmentAnswer.flow.back")}
          </Button>
        )}
      </div>
    </form>
  );
}
