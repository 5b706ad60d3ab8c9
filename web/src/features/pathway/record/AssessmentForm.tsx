import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Button, Heading, RadioButton, RadioButtonGroup, Textarea, TextInput } from "suomifi-ui-components";
import type { Assessment } from "../../../../../server/src/modules/pathway/api-record";
import { fieldErrors } from "../../../app/api";
import { useSaveAssessment } from "./api";
import { SaveProblem } from "./ConflictAlert";
import { DateField } from "./DateField";
import {
  type AssessmentValues,
  assessmentBodyOf,
  assessmentValuesOf,
  BARRIER_AREAS,
  BARRIER_LEVELS,
  type BarrierArea,
  emptyAssessment,
} from "./forms";

/**
 * The initial assessment (alkukartoitus): date, situation, strengths, wishes, and each of the six
 * barrier areas as a level 0–3 with a note. Creates a new assessment, or changes `editing`.
 */
export function AssessmentForm({
  participantId,
  editing,
  onSaved,
  onCancel,
  onReload,
}: {
  participantId: string;
  editing: Assessment | null;
  onSaved: () => void;
  onCancel: () => void;
  /** After a conflict: fetch the latest version; returns it (or null when it is gone). */
  onReload: () => Promise<Assessment | null>;
}) {
  const { t } = useTranslation();
  const save = useSaveAssessment(participantId);
  const [values, setValues] = useState<AssessmentValues>(() =>
    editing ? assessmentValuesOf(editing) : emptyAssessment(),
  );
  const [version, setVersion] = useState(editing?.version ?? 0);
  const [checked, setChecked] = useState(false);
  const [reloading, setReloading] = useState(false);
  const result = assessmentBodyOf(values);
  const clientErrors = checked && "errors" in result ? result.errors : {};
  const server = fieldErrors(save.error);
  const set = (change: Partial<AssessmentValues>) => setValues((v) => ({ ...v, ...change }));
  const setArea = (area: BarrierArea, level: AssessmentValues["levels"][BarrierArea], note: string) =>
    setValues((v) => ({ ...v, levels: { ...v.levels, [area]: level }, notes: { ...v.notes, [area]: note } }));

  function submit(event: React.FormEvent) {
    event.preventDefault();
    setChecked(true);
    if (!("body" in result)) return;
    save.mutate(
      editing ? { id: editing.id, update: { ...result.body, version } } : { id: null, create: result.body },
      { onSuccess: onSaved },
    );
  }

  async function loadLatest() {
    setReloading(true);
    try {
      const latest = await onReload();
      // Continue on the latest version with the text as typed: saving again replaces it deliberately.
      if (latest) setVersion(latest.version);
      save.reset();
    } finally {
      setReloading(false);
    }
  }

  const prefix = editing ? `assessment-${editing.id}` : "assessment-new";
  return (
    <form onSubmit={submit} noValidate className="form record-form">
      <Heading variant="h3">
        {editing ? t("record.assessment.editHeading") : t("record.assessment.newHeading")}
      </Heading>
      <p className="muted">{t("exportDisclosure.assessment")}</p>
      <DateField
        id={`${prefix}-assessedOn`}
        label={t("record.assessment.assessedOn")}
        value={values.assessedOn}
        onChange={(assessedOn) => set({ assessedOn })}
        error={clientErrors.assessedOn ?? server.assessedOn}
        notFuture
      />
      <Textarea
        labelText={t("record.assessment.situation")}
        hintText={t("record.assessment.situationHint")}
        value={values.situation}
        onChange={(e) => set({ situation: e.target.value })}
        fullWidth
      />
      <Textarea
        labelText={t("record.assessment.strengths")}
        hintText={t("record.assessment.strengthsHint")}
        value={values.strengths}
        onChange={(e) => set({ strengths: e.target.value })}
        fullWidth
      />
      <Textarea
        labelText={t("record.assessment.wishes")}
        hintText={t("record.assessment.wishesHint")}
        value={values.wishes}
        onChange={(e) => set({ wishes: e.target.value })}
        fullWidth
      />
      <fieldset className="record-fieldset">
        <legend>{t("record.assessment.barriers")}</legend>
        <p className="muted">{t("record.assessment.barriersHint")}</p>
        {BARRIER_AREAS.map((area) => (
          <div key={area} className="record-barrier">
            <RadioButtonGroup
              id={`${prefix}-${area}`}
              name={`${prefix}-${area}`}
              labelText={t(`record.barrierArea.${area}`)}
              optionalText={t("record.optional")}
              value={values.levels[area]}
              onChange={(level) =>
                setArea(
                  area,
                  level === "0" || level === "1" || level === "2" || level === "3" ? level : "",
                  values.notes[area],
                )
              }
              groupStatus={clientErrors[area] ? "error" : "default"}
              groupStatusText={clientErrors[area] ? t("record.assessment.levelRequired") : undefined}
            >
              {BARRIER_LEVELS.map((level) => (
                <RadioButton key={level} value={String(level)}>
                  {`${level} – ${t(`record.barrierLevel.${level}`)}`}
                </RadioButton>
              ))}
            </RadioButtonGroup>
            <TextInput
              labelText={t("record.assessment.areaNote", { area: t(`record.barrierArea.${area}`) })}
              optionalText={t("record.optional")}
              value={values.notes[area]}
              onChange={(note) => setArea(area, values.levels[area], String(note ?? ""))}
              fullWidth
            />
            {values.levels[area] !== "" && (
              <Button variant="secondaryNoBorder" onClick={() => setArea(area, "", values.notes[area])}>
                {t("record.assessment.clearLevel", { area: t(`record.barrierArea.${area}`) })}
              </Button>
            )}
          </div>
        ))}
      </fieldset>
      <SaveProblem error={save.error} onLoadLatest={() => void loadLatest()} loading={reloading} />
      <div className="form__actions">
        <Button type="submit" disabled={save.isPending}>
          {t("common.save")}
        </Button>
        <Button variant="secondary" onClick={onCancel}>
          {t("record.cancel")}
        </Button>
      </div>
    </form>
  );
}
