import { useTranslation } from "react-i18next";
import { STAGES, type Stage } from "./forms";

/** The five stages of the Vaasa model as numbered steps, the current one marked (and announced). */
export function StageIndicator({ current }: { current: Stage | null }) {
  const { t } = useTranslation();
  const currentIndex = current ? STAGES.indexOf(current) : -1;
  return (
    <ol className="stage-steps" aria-label={t("record.stage.indicatorLabel")}>
      {STAGES.map((stage, index) => {
        const state = index === currentIndex ? "current" : index < currentIndex ? "done" : "upcoming";
        return (
          <li
            key={stage}
            className={`stage-step stage-step--${state}`}
            aria-current={state === "current" ? "step" : undefined}
          >
            <span className="stage-step__number" aria-hidden="true">
              {index + 1}
            </span>
            <span className="stage-step__name">
              {t(`record.stageName.${stage}`)}
              {state === "current" && (
                <span className="visually-hidden"> ({t("record.stage.currentMark")})</span>
              )}
            </span>
          </li>
        );
      })}
    </ol>
  );
}
