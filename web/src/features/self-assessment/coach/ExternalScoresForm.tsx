import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Button, Heading, Paragraph, TextInput } from "suomifi-ui-components";
import type { InstrumentSummary } from "../../../../../server/src/modules/self-assessment/api";
import { fieldErrors } from "../../../app/api";
import { useLanguage } from "../../../app/useLanguage";
import { DateField } from "../../../ui/DateField";
import { ProblemAlert } from "../../../ui/ProblemAlert";
import { useStartSelfAssessment } from "../api";
import { useDimensionNames } from "../charts/useDimensionNames";
import { checkExternal, type ExternalValues, emptyExternal } from "./forms";

/**
 * Records scores taken with an external tool (e.g. Kykyviisari): the tool's name, the day and a 0–10 score
 * per dimension of the instrument's published version; a dimension left empty was not scored (skipped).
 */
export function ExternalScoresForm({
  participantId,
  instrument,
  onSaved,
  onCancel,
}: {
  participantId: string;
  instrument: InstrumentSummary;
  onSaved: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const dimensions = instrument.published?.dimensions ?? [];
  const keys = dimensions.map((d) => d.key);
  const names = useDimensionNames(dimensions, "staff");
  const [values, setValues] = useState<ExternalValues>(() => emptyExternal(keys));
  const [submitted, setSubmitted] = useState(false);
  const start = useStartSelfAssessment(participantId);
  const context = { instrumentId: instrument.id, language };
  const { errors } = checkExternal(values, keys, context);
  const server = fieldErrors(start.error);
  const errorOf = (field: string): string | undefined => {
    const local = submitted ? errors[field] : undefined;
    return local ? t(`selfAssessment.external.errors.${local}`) : server[field];
  };

  function submit(event: React.FormEvent) {
    event.preventDefault();
    setSubmitted(true);
    const { body } = checkExternal(values, keys, context);
    if (!body) return;
    start.mutate(body, { onSuccess: onSaved });
  }

  const scoresError = errorOf("scores");
  return (
    <form onSubmit={submit} noValidate className="form sa-external" aria-labelledby="sa-external-heading">
      <Heading variant="h3" id="sa-external-heading">
        {t("selfAssessment.external.heading")}
      </Heading>
      <Paragraph>
        {t("selfAssessment.external.intro", { name: instrument.name[language] || instrument.name.fi })}
      </Paragraph>
      <TextInput
        id="sa-external-tool"
        labelText={t("selfAssessment.external.tool")}
        hintText={t("selfAssessment.external.toolHint")}
        value={values.tool}
        maxLength={100}
        onChange={(value) => setValues((v) => ({ ...v, tool: String(value ?? "") }))}
        status={errorOf("tool") || errorOf("externalTool") ? "error" : "default"}
        statusText={errorOf("tool") ?? errorOf("externalTool")}
        fullWidth
      />
      <DateField
        id="sa-external-date"
        label={t("selfAssessment.external.answeredOn")}
        hint={t("selfAssessment.external.dateHint")}
        value={values.answeredOn}
        onChange={(answeredOn) => setValues((v) => ({ ...v, answeredOn }))}
        error={errorOf("answeredOn")}
        maxDate={new Date()}
      />
      <fieldset className="sa-scores" aria-describedby="sa-external-scores-hint">
        <legend>{t("selfAssessment.external.scores")}</legend>
        <p id="sa-external-scores-hint" className="muted">
          {t("selfAssessment.external.scoresHint")}
        </p>
        {scoresError && (
          <p className="sa-error" role="alert">
            {scoresError}
          </p>
        )}
        <div className="sa-scores__grid">
          {dimensions.map((d) => (
            <TextInput
              key={d.key}
              id={`sa-external-score-${d.key}`}
              labelText={names.label(d.key)}
              inputMode="numeric"
              maxLength={2}
              value={values.scores[d.key] ?? ""}
              onChange={(value) =>
                setValues((v) => ({ ...v, scores: { ...v.scores, [d.key]: String(value ?? "") } }))
              }
              status={errorOf(`scores.${d.key}`) ? "error" : "default"}
              statusText={errorOf(`scores.${d.key}`)}
            />
          ))}
        </div>
      </fieldset>
      <ProblemAlert error={start.error} />
      <div className="form__actions">
        <Button type="submit" disabled={start.isPending}>
          {t("selfAssessment.external.save")}
        </Button>
        <Button type="button" variant="secondary" onClick={onCancel}>
          {t("selfAssessment.cancel")}
        </Button>
      </div>
    </form>
  );
}
