import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { InlineAlert, Paragraph } from "suomifi-ui-components";
import { useLanguage } from "../../../app/useLanguage";
import { AppLink } from "../../../ui/AppLink";
import { Loading } from "../../../ui/Loading";
import { PageTitle } from "../../../ui/PageTitle";
import { ProblemAlert } from "../../../ui/ProblemAlert";
import {
  firstUnanswered,
  nextScreen,
  previousScreen,
  progress,
  type Screen,
  summaryRows,
  withPending,
} from "./answerFlow";
import { type SelfAssessment, useAnswer, useStoreAnswer, useSubmitAnswer } from "./api";
import { DoneScreen } from "./DoneScreen";
import { LanguageChoice } from "./LanguageChoice";
import { type AnswerScope, answerApi, MY_SELF_ASSESSMENT_PATH } from "./paths";
import { QuestionScreen } from "./QuestionScreen";
import { SummaryScreen } from "./SummaryScreen";
import { type SyncState, useDraftSync } from "./useDraftSync";
import "../../self-service/self-service.css";
import "./answer.css";

/**
 * Answering a self-assessment, one dimension per screen, then a summary and submitting. The same flow
 * serves the participant on their own device and the coach's device with the participant beside them;
 * only the API address and the links differ (the scope).
 */
export function AnswerFlow({ scope, answerId }: { scope: AnswerScope; answerId: string }) {
  const { t } = useTranslation();
  const answer = useAnswer(scope, answerId);
  const data = answer.data?.data;
  const [justSubmitted, setJustSubmitted] = useState(false);

  if (answer.isPending) return <Loading />;
  if (!data) {
    return (
      <div className="me-page saa-page">
        <PageTitle>{t("selfAssessmentAnswer.flow.title")}</PageTitle>
        <ProblemAlert error={answer.error} />
        <AppLink to={laterPath(scope)}>{t("selfAssessmentAnswer.flow.backToList")}</AppLink>
      </div>
    );
  }
  if (data.status === "submitted")
    return <DoneScreen scope={scope} answer={data} justSubmitted={justSubmitted} />;
  return <Draft scope={scope} answer={data} onSubmitted={() => setJustSubmitted(true)} />;
}

/** Where "continue later" leads. */
const laterPath = (scope: AnswerScope) =>
  scope.kind === "me"
    ? MY_SELF_ASSESSMENT_PATH
    : `/participants/${encodeURIComponent(scope.participantId)}/self-assessment`;

function Draft({
  scope,
  answer,
  onSubmitted,
}: {
  scope: AnswerScope;
  answer: SelfAssessment;
  onSubmitted: () => void;
}) {
  const { t } = useTranslation();
  const { language: ui } = useLanguage();
  const store = useStoreAnswer(answer.id);
  const sync = useDraftSync({ answerId: answer.id, url: answerApi(scope, answer.id), onSaved: store });
  const submit = useSubmitAnswer(scope, answer.id);
  const [notSent, setNotSent] = useState(false);
  const [needsChoice, setNeedsChoice] = useState(false);

  const dimensions = answer.dimensions;
  const keys = dimensions.map((d) => d.key);
  const progressed = withPending(answer, sync.pending);
  // Opening the form again continues at the first question not yet answered or skipped.
  const [screen, setScreen] = useState<Screen>(() => firstUnanswered(keys, progressed.answered));

  const headingRef = useRef<HTMLHeadingElement>(null);
  const screenKey = screen.kind === "summary" ? "summary" : `q${screen.index}`;
  const shown = useRef(screenKey);
  useEffect(() => {
    // A new screen without a new address: start reading (and the page) from its heading. Not on the
    // first screen, which the page load itself announces.
    if (shown.current === screenKey) return;
    shown.current = screenKey;
    window.scrollTo({ top: 0 });
    headingRef.current?.focus({ preventScroll: true });
  }, [screenKey]);

  // Set when a question is opened from the summary to change it: moving on then returns to the summary.
  const [fromSummary, setFromSummary] = useState(false);
  const go = (next: Screen, returnToSummary = false) => {
    setNeedsChoice(false);
    setNotSent(false);
    setFromSummary(returnToSummary);
    setScreen(next);
  };
  const forward = (index: number): Screen =>
    fromSummary ? { kind: "summary" } : nextScreen(index, dimensions.length);

  const name = answer.instrument.name[ui];
  const intro = (
    <>
      <PageTitle>{name}</PageTitle>
      {scope.kind === "coach" && (
        <Paragraph className="saa-text" mb="m">
          {t("selfAssessmentAnswer.flow.withCoach")}
        </Paragraph>
      )}
      <LanguageChoice
        value={progressed.language}
        onChange={(language) => sync.record({ scores: {}, language })}
      />
    </>
  );

  // Said between the choices and the buttons, where the eye is after choosing.
  const saving = (
    <>
      <SyncNotice state={sync.state} />
      <ProblemAlert error={sync.error} />
    </>
  );
  const footer = (
    <>
      <p className="saa-later">
        <AppLink to={laterPath(scope)}>{t("selfAssessmentAnswer.flow.later")}</AppLink>
      </p>
    </>
  );

  if (screen.kind === "summary") {
    return (
      <div className="me-page saa-page">
        {intro}
        <SummaryScreen
          dimensions={dimensions}
          rows={summaryRows(dimensions, progressed)}
          language={progressed.language}
          headingRef={headingRef}
          submitting={submit.isPending}
          submitError={submit.error}
          notSent={notSent}
          onChange={(index) => go({ kind: "question", index }, true)}
          onBack={() => go(previousScreen(screen, dimensions.length) ?? screen)}
          status={saving}
          onSubmit={async () => {
            setNotSent(false);
            // Everything chosen must be on the server before the answer is handed in.
            if (!(await sync.flush())) {
              setNotSent(true);
              return;
            }
            submit.mutate(undefined, { onSuccess: onSubmitted });
          }}
        />
        {footer}
      </div>
    );
  }

  const dimension = dimensions[screen.index];
  if (!dimension) return null;
  const step = progress(screen.index, dimensions.length, progressed.answered, keys);
  const score = progressed.answered.has(dimension.key) ? progressed.scores[dimension.key] : undefined;
  const back = previousScreen(screen, dimensions.length);
  return (
    <div className="me-page saa-page">
      {intro}
      <div className="saa-progress">
        <p className="saa-progress__text">
          {t("selfAssessmentAnswer.flow.progress", { current: step.current, total: step.total })}
        </p>
        <div className="saa-progress__bar" aria-hidden="true">
          <div className="saa-progress__fill" style={{ width: `${step.percent}%` }} />
        </div>
      </div>
      <QuestionScreen
        key={dimension.key}
        dimension={dimension}
        index={screen.index}
        total={dimensions.length}
        returnsToSummary={fromSummary}
        status={saving}
        score={score}
        language={progressed.language}
        needsChoice={needsChoice}
        headingRef={headingRef}
        onChoose={(value) => {
          setNeedsChoice(false);
          sync.record({ scores: { [dimension.key]: value } });
        }}
        onSkip={() => {
          sync.record({ scores: { [dimension.key]: null } });
          go(forward(screen.index));
        }}
        onBack={back ? () => go(back) : null}
        onNext={() => {
          if (score === undefined) {
            setNeedsChoice(true);
            return;
          }
          go(forward(screen.index));
        }}
      />
      {footer}
    </div>
  );
}

/** A calm word when choices wait on the device; nothing while all is well. A live region, always there. */
function SyncNotice({ state }: { state: SyncState }) {
  const { t } = useTranslation();
  return (
    <div role="status" className="saa-sync">
      {state === "waiting" && (
        <InlineAlert status="neutral" mt="m">
          {t("selfAssessmentAnswer.flow.offline")}
        </InlineAlert>
      )}
    </div>
  );
}
