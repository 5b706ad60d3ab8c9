import { useTranslation } from "react-i18next";
import { Expander, ExpanderContent, ExpanderTitleButton, Paragraph } from "suomifi-ui-components";
import type { SelfAssessment } from "../../../../../server/src/modules/self-assessment/api";
import { formatDate } from "../../../app/format";
import { useLanguage } from "../../../app/useLanguage";
import { AppLink } from "../../../ui/AppLink";
import { answerPath } from "../answer/paths";

/** How an answer was taken, in words: "Yhdessä valmentajan kanssa", "Ulkoinen työkalu: Kykyviisari". */
export function useModeText(): (answer: Pick<SelfAssessment, "mode" | "externalTool">) => string {
  const { t } = useTranslation();
  return (answer) =>
    answer.mode === "external"
      ? t("selfAssessment.mode.externalNamed", { tool: answer.externalTool ?? "" })
      : t(`selfAssessment.mode.${answer.mode}`);
}

/** One answer: how and by whom, and every question in the wording of the answer's own instrument version. */
function AnswerItem({ participantId, answer }: { participantId: string; answer: SelfAssessment }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const modeText = useModeText();
  const draft = answer.status === "draft";
  const title = `${formatDate(answer.answeredOn, language)} – ${modeText(answer)}${
    draft ? ` (${t("selfAssessment.answers.draftShort")})` : ""
  }`;
  const by = [answer.startedByName, answer.organisationName].filter(Boolean).join(", ");
  return (
    <Expander className="sa-answer">
      <ExpanderTitleButton asHeading="h4">{title}</ExpanderTitleButton>
      <ExpanderContent>
        <p className="sa-answer__meta">
          {t("selfAssessment.answers.instrumentVersion", {
            name: answer.instrument.name[language] || answer.instrument.name.fi,
            number: answer.instrumentVersion.number,
          })}
          {by && (
            <>
              <br />
              {t("selfAssessment.answers.byLine", { name: by })}
            </>
          )}
          {draft && (
            <>
              <br />
              {t("selfAssessment.answers.draft", {
                answered: answer.answeredKeys.length,
                total: answer.dimensions.length,
              })}
            </>
          )}
        </p>
        {draft && answer.mode === "with_coach" && answer.can.edit && (
          <p>
            <AppLink to={answerPath({ kind: "coach", participantId }, answer.id)}>
              {t("selfAssessment.answers.continue")}
            </AppLink>
          </p>
        )}
        <dl className="sa-answer__scores">
          {answer.dimensions.map((d) => {
            const score = answer.scores[d.key];
            return (
              <div key={d.key}>
                <dt>{d.texts[language].question || d.texts.fi.question}</dt>
                <dd>
                  {typeof score === "number"
                    ? score
                    : score === null
                      ? t("selfAssessment.charts.skipped")
                      : t("selfAssessment.answers.notYet")}
                </dd>
              </div>
            );
          })}
        </dl>
      </ExpanderContent>
    </Expander>
  );
}

/** The participant's answers, drafts first, then the submitted ones newest first. */
export function AnswerList({ participantId, answers }: { participantId: string; answers: SelfAssessment[] }) {
  const { t } = useTranslation();
  if (answers.length === 0) return <Paragraph mb="m">{t("selfAssessment.answers.none")}</Paragraph>;
  return (
    <ul className="sa-answers" aria-label={t("selfAssessment.answers.caption", { count: answers.length })}>
      {answers.map((a) => (
        <li key={a.id}>
          <AnswerItem participantId={participantId} answer={a} />
        </li>
      ))}
    </ul>
  );
}
