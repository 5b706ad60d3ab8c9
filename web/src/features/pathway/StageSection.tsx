import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Button, Heading, Paragraph, RadioButton, RadioButtonGroup, Textarea } from "suomifi-ui-components";
import { fieldErrors } from "../../app/api";
import { isoToInputDate, todayIso } from "../../app/dates";
import { formatDate } from "../../app/format";
import { useLanguage } from "../../app/useLanguage";
import { Loading } from "../../ui/Loading";
import { SuccessNotice } from "../../ui/Notice";
import { ProblemAlert } from "../../ui/ProblemAlert";
import { useParticipant } from "../participants/context";
import { useChangeStage, useStages } from "./record/api";
import { ByLine } from "./record/ByLine";
import { DateField } from "./record/DateField";
import { checkDate, isOneOf, numberedStage, STAGES, type Stage } from "./record/forms";
import { StageIndicator } from "./record/StageIndicator";
import "./record/record.css";

function ChangeStageForm({
  participantId,
  current,
  onSaved,
}: {
  participantId: string;
  current: Stage | null;
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  const change = useChangeStage(participantId);
  const [stage, setStage] = useState<Stage | null>(null);
  const [changedOn, setChangedOn] = useState(isoToInputDate(todayIso()));
  const [note, setNote] = useState("");
  const [checked, setChecked] = useState(false);
  const date = checkDate(changedOn, { notFuture: true });
  const server = fieldErrors(change.error);

  function submit(event: React.FormEvent) {
    event.preventDefault();
    setChecked(true);
    if (!stage || date.error || !date.iso) return;
    change.mutate(
      { stage, changedOn: date.iso, note: note.trim() },
      {
        onSuccess: () => {
          setStage(null);
          setNote("");
          setChecked(false);
          onSaved();
        },
      },
    );
  }

  return (
    <form onSubmit={submit} noValidate className="form record-form">
      <Heading variant="h3">{t("record.stage.changeHeading")}</Heading>
      <RadioButtonGroup
        id="stage-choice"
        name="stage"
        labelText={t("record.stage.newStage")}
        value={stage ?? ""}
        onChange={(value) => setStage(isOneOf(STAGES, value) ? value : null)}
        groupStatus={checked && !stage ? "error" : "default"}
        groupStatusText={checked && !stage ? t("record.stage.stageRequired") : undefined}
      >
        {STAGES.map((s) => (
          <RadioButton key={s} value={s} hintText={t(`record.stageExplanation.${s}`)}>
            {`${numberedStage(s, t(`record.stageName.${s}`))}${s === current ? ` (${t("record.stage.currentMark")})` : ""}`}
          </RadioButton>
        ))}
      </RadioButtonGroup>
      <DateField
        id="stage-changedOn"
        label={t("record.stage.changedOn")}
        value={changedOn}
        onChange={setChangedOn}
        error={(checked ? date.error : undefined) ?? server.changedOn}
        notFuture
      />
      <Textarea
        labelText={t("record.stage.note")}
        optionalText={t("record.optional")}
        value={note}
        onChange={(event) => setNote(event.target.value)}
        fullWidth
      />
      <ProblemAlert error={change.error} />
      <div className="form__actions">
        <Button type="submit" disabled={change.isPending}>
          {t("record.stage.save")}
        </Button>
      </div>
    </form>
  );
}

/** The stage tab: where the participant is among the five stages, how they got there, and a change. */
export function StageSection() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const participant = useParticipant();
  const id = participant.data.id;
  const stages = useStages(id, participant.can.seePlan);
  const [saved, setSaved] = useState(false);

  if (!participant.can.seePlan) return <Paragraph>{t("record.noScope")}</Paragraph>;
  const current = stages.data?.data.current ?? null;
  const history = stages.data?.data.history ?? [];

  return (
    <section aria-labelledby="stage-heading">
      <Heading variant="h2" id="stage-heading" mb="s">
        {t("record.stage.title")}
      </Heading>
      <Paragraph mb="m">{t("record.stage.intro")}</Paragraph>
      {saved && <SuccessNotice>{t("record.stage.saved")}</SuccessNotice>}
      {stages.isPending && <Loading />}
      <ProblemAlert error={stages.error} />
      {stages.isSuccess && (
        <>
          <Paragraph mb="s">
            {current
              ? t("record.stage.current", {
                  stage: t(`record.stageName.${current.stage}`),
                  date: formatDate(current.changedOn, language),
                })
              : t("record.stage.noneYet")}
          </Paragraph>
          <StageIndicator current={current?.stage ?? null} />
          {stages.data.can.change && (
            <ChangeStageForm
              participantId={id}
              current={current?.stage ?? null}
              onSaved={() => setSaved(true)}
            />
          )}
          <div className="section">
            <Heading variant="h2" mb="s">
              {t("record.stage.history")}
            </Heading>
            {history.length === 0 ? (
              <Paragraph>{t("record.stage.noHistory")}</Paragraph>
            ) : (
              <ol className="record-history">
                {history.map((s) => (
                  <li key={s.id}>
                    <p className="record-history__title">
                      {t("record.stage.historyLine", {
                        date: formatDate(s.changedOn, language),
                        stage: t(`record.stageName.${s.stage}`),
                      })}
                    </p>
                    {s.note && <p className="record-text">{s.note}</p>}
                    <ByLine name={s.authorName} />
                  </li>
                ))}
              </ol>
            )}
          </div>
        </>
      )}
    </section>
  );
}
