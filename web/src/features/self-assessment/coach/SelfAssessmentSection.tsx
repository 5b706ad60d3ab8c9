import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { Button, Dropdown, DropdownItem, Heading, Paragraph } from "suomifi-ui-components";
import type { InstrumentRef } from "../../../../../server/src/modules/self-assessment/api";
import { todayIso } from "../../../app/dates";
import { useLanguage } from "../../../app/useLanguage";
import { Loading } from "../../../ui/Loading";
import { SuccessNotice } from "../../../ui/Notice";
import { ProblemAlert } from "../../../ui/ProblemAlert";
import { useParticipant } from "../../participants/context";
import { answerPath } from "../answer/paths";
import {
  useInstruments,
  useParticipantHistory,
  useParticipantSelfAssessments,
  useStartSelfAssessment,
} from "../api";
import { HistoryView } from "../charts/HistoryView";
import { AnswerList } from "./AnswerList";
import { ExternalScoresForm } from "./ExternalScoresForm";
import { ReminderPanel } from "./ReminderPanel";
import "./coach.css";

/**
 * The participant page's self-assessment tab: the charts and summary of the answers over time, the
 * answers (drafts too), answering together now, recording an external tool's scores and the reminder.
 */
export function SelfAssessmentSection() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const navigate = useNavigate();
  const participant = useParticipant();
  const id = participant.data.id;
  const allowed = participant.can.seeAssessments;
  const [instrumentId, setInstrumentId] = useState<string | null>(null);
  const [form, setForm] = useState<"external" | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const list = useParticipantSelfAssessments(id, allowed);
  const history = useParticipantHistory(id, instrumentId, allowed);
  const instruments = useInstruments(allowed);
  const start = useStartSelfAssessment(id);

  if (!allowed) return <Paragraph>{t("selfAssessment.tab.noScope")}</Paragraph>;

  const current = history.data?.data.instrument ?? null;
  const startable = (instruments.data?.data ?? []).filter((i) => !i.archived && i.published);
  // Instruments to switch between: those answered, and those that can be answered now.
  const choices: InstrumentRef[] = [...(history.data?.data.instruments ?? [])];
  for (const i of startable) if (!choices.some((c) => c.id === i.id)) choices.push(i);
  const instrument = startable.find((i) => i.id === current?.id) ?? null;
  const canStart = list.data?.can.start === true && instrument !== null;
  const draft = (list.data?.data ?? []).find(
    (a) => a.status === "draft" && a.instrument.id === current?.id && a.mode === "with_coach" && a.can.edit,
  );
  const answerLanguage = participant.data.preferredLanguage ?? language;
  const name = (i: InstrumentRef) => i.name[language] || i.name.fi;

  function answerTogether() {
    if (!instrument) return;
    setNotice(null);
    start.mutate(
      { instrumentId: instrument.id, mode: "with_coach", answeredOn: todayIso(), language: answerLanguage },
      { onSuccess: ({ data }) => navigate(answerPath({ kind: "coach", participantId: id }, data.id)) },
    );
  }

  return (
    <section aria-labelledby="sa-heading">
      <Heading variant="h2" id="sa-heading" mb="s">
        {t("selfAssessment.tab.title")}
      </Heading>
      <Paragraph mb="m">{t("selfAssessment.tab.intro")}</Paragraph>
      {notice && <SuccessNotice>{notice}</SuccessNotice>}
      {choices.length > 1 && current && (
        <div className="sa-instrument-choice">
          <Dropdown
            labelText={t("selfAssessment.tab.instrument")}
            value={current.id}
            onChange={(value) => setInstrumentId(value)}
            fullWidth
          >
            {choices.map((i) => (
              <DropdownItem key={i.id} value={i.id}>
                {name(i)}
              </DropdownItem>
            ))}
          </Dropdown>
        </div>
      )}
      {choices.length <= 1 && current && (
        <Paragraph mb="m">{t("selfAssessment.tab.instrumentIs", { name: name(current) })}</Paragraph>
      )}

      {canStart && form === null && (
        <div className="button-row sa-actions">
          {draft ? (
            <Button onClick={() => navigate(answerPath({ kind: "coach", participantId: id }, draft.id))}>
              {t("selfAssessment.tab.continueTogether")}
            </Button>
          ) : (
            <Button onClick={answerTogether} disabled={start.isPending}>
              {t("selfAssessment.tab.answerTogether")}
            </Button>
          )}
          <Button
            variant="secondary"
            onClick={() => {
              setNotice(null);
              setForm("external");
            }}
          >
            {t("selfAssessment.tab.recordExternal")}
          </Button>
        </div>
      )}
      <ProblemAlert error={start.error} />
      {form === "external" && instrument?.published && (
        <ExternalScoresForm
          participantId={id}
          instrument={instrument}
          onSaved={() => {
            setForm(null);
            setNotice(t("selfAssessment.external.saved"));
          }}
          onCancel={() => setForm(null)}
        />
      )}

      {history.isPending && <Loading />}
      <ProblemAlert error={history.error} />
      {history.data && <HistoryView history={history.data.data} audience="staff" level="h3" />}

      <ReminderPanel participantId={id} instrument={instrument ?? current} />

      <section aria-labelledby="sa-answers-heading" className="sa-section">
        <Heading variant="h3" id="sa-answers-heading" mb="s">
          {t("selfAssessment.answers.heading")}
        </Heading>
        {list.isPending && <Loading />}
        <ProblemAlert error={list.error} />
        {list.data && <AnswerList participantId={id} answers={list.data.data} />}
      </section>
    </section>
  );
}
