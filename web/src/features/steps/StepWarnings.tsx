import { useTranslation } from "react-i18next";
import { InlineAlert } from "suomifi-ui-components";
import type { LimitWarning } from "../../../../server/src/modules/pathway/api-steps";

/**
 * The statutory limits a step breaks, each naming the measure, the rule and the law (the server writes
 * the sentence in the user's language). A warning, not an error: the step is saved all the same.
 */
export function StepWarnings({ warnings, intro }: { warnings: LimitWarning[]; intro?: string }) {
  const { t } = useTranslation();
  if (warnings.length === 0) return null;
  return (
    <InlineAlert status="warning" labelText={t("steps.warningsLabel")} mb="s">
      {intro && <p className="step-warnings__intro">{intro}</p>}
      <ul className="step-warnings">
        {warnings.map((w) => (
          <li key={`${w.limitId}-${w.rule}`}>{w.message}</li>
        ))}
      </ul>
    </InlineAlert>
  );
}
