import { useTranslation } from "react-i18next";
import { Paragraph } from "suomifi-ui-components";
import { formatDate } from "../../app/format";
import { useLanguage } from "../../app/useLanguage";
import { type MyPathway, type Stage, stageStates } from "./selfService";

/** The five stages as a simple progress: each named and explained, the current one marked. */
export function StageProgress({ current, since }: { current: Stage | null; since: string | null }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  return (
    <>
      <Paragraph mb="m">
        {current
          ? t("selfService.pathway.currentStage", { stage: t(`selfService.stage.${current}`) })
          : t("selfService.pathway.noStage")}
      </Paragraph>
      <ol className="me-stages" aria-label={t("selfService.pathway.stageProgressLabel")}>
        {stageStates(current).map(({ stage, state }, index) => (
          <li
            key={stage}
            className={`me-stage me-stage--${state}`}
            aria-current={state === "current" ? "step" : undefined}
          >
            <span className="me-stage__marker" aria-hidden="true">
              {state === "done" ? "✓" : index + 1}
            </span>
            <div className="me-stage__body">
              <p className="me-stage__name">
                {t(`selfService.stage.${stage}`)}
                {state !== "upcoming" && (
                  <span className="visually-hidden">
                    {" "}
                    (
                    {state === "current"
                      ? t("selfService.pathway.youAreHere")
                      : t("selfService.pathway.done")}
                    )
                  </span>
                )}
              </p>
              {state === "current" && (
                <span className="me-tag" aria-hidden="true">
                  {t("selfService.pathway.youAreHere")}
                </span>
              )}
              <p className="me-stage__text">{t(`selfService.stageExplanation.${stage}`)}</p>
              {state === "current" && since && (
                <p className="me-stage__text muted">
                  {t("selfService.pathway.stageSince", { date: formatDate(since, language) })}
                </p>
              )}
            </div>
          </li>
        ))}
      </ol>
    </>
  );
}

/** The date the current stage began, from the history (newest first). */
export const currentStageSince = (pathway: MyPathway) => pathway.stages[0]?.changedOn ?? null;
