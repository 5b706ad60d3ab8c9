import { useEffect } from "react";
import { useTranslation } from "react-i18next";
import { Paragraph } from "suomifi-ui-components";
import { formatDate } from "../../../app/format";
import { useLanguage } from "../../../app/useLanguage";
import { AppLink } from "../../../ui/AppLink";
import { PageTitle } from "../../../ui/PageTitle";
import type { SelfAssessment } from "./api";
import { type AnswerScope, afterSubmitPath, MY_SELF_ASSESSMENT_PATH } from "./paths";

/** After submitting ("thank you"), or when a submitted answer is opened again. */
export function DoneScreen({
  scope,
  answer,
  justSubmitted,
}: {
  scope: AnswerScope;
  answer: SelfAssessment;
  justSubmitted: boolean;
}) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  useEffect(() => {
    // The screen replaced the form without a new address: move focus to its heading as a page load would.
    if (justSubmitted) document.querySelector<HTMLElement>("main h1")?.focus();
  }, [justSubmitted]);
  const date = formatDate(answer.answeredOn, language);
  return (
    <div className="me-page saa-page">
      <PageTitle>
        {justSubmitted ? t("selfAssessmentAnswer.done.title") : t("selfAssessmentAnswer.done.alreadyTitle")}
      </PageTitle>
      <Paragraph className="saa-text" mb="m">
        {scope.kind === "me"
          ? t("selfAssessmentAnswer.done.text", { date })
          : t("selfAssessmentAnswer.done.coachText", { date })}
      </Paragraph>
      <ul className="me-links">
        <li>
          <AppLink to={afterSubmitPath(scope, answer.instrument.id)}>
            {scope.kind === "me"
              ? t("selfAssessmentAnswer.done.historyLink")
              : t("selfAssessmentAnswer.done.coachLink")}
          </AppLink>
        </li>
        {scope.kind === "me" && (
          <li>
            <AppLink to={MY_SELF_ASSESSMENT_PATH}>{t("selfAssessmentAnswer.done.backToList")}</AppLink>
          </li>
        )}
      </ul>
    </div>
  );
}
