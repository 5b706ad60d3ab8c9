import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Button, Heading, Paragraph } from "suomifi-ui-components";
import type { Assessment } from "../../../../server/src/modules/pathway/api-record";
import { formatDate } from "../../app/format";
import { useLanguage } from "../../app/useLanguage";
import { Loading } from "../../ui/Loading";
import { SuccessNotice } from "../../ui/Notice";
import { ProblemAlert } from "../../ui/ProblemAlert";
import { useParticipant } from "../participants/context";
import { AssessmentForm } from "./record/AssessmentForm";
import { useAssessments } from "./record/api";
import { ByLine } from "./record/ByLine";
import { BARRIER_AREAS } from "./record/forms";
import "./record/record.css";

function AssessmentView({
  assessment,
  canEdit,
  onEdit,
}: {
  assessment: Assessment;
  canEdit: boolean;
  onEdit: () => void;
}) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const text = (value: string) => (value.trim() === "" ? <span className="muted">–</span> : value);
  return (
    <article className="record-card" aria-labelledby={`assessment-${assessment.id}`}>
      <Heading variant="h3" id={`assessment-${assessment.id}`}>
        {t("record.assessment.of", { date: formatDate(assessment.assessedOn, language) })}
      </Heading>
      <ByLine name={assessment.authorName} organisation={assessment.organisationName} />
      <dl className="record-details">
        <dt>{t("record.assessment.situation")}</dt>
        <dd className="record-text">{text(assessment.situation)}</dd>
        <dt>{t("record.assessment.strengths")}</dt>
        <dd className="record-text">{text(assessment.strengths)}</dd>
        <dt>{t("record.assessment.wishes")}</dt>
        <dd className="record-text">{text(assessment.wishes)}</dd>
      </dl>
      <table className="record-barriers">
        <caption>{t("record.assessment.barriers")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("record.assessment.area")}</th>
            <th scope="col">{t("record.assessment.level")}</th>
            <th scope="col">{t("record.assessment.note")}</th>
          </tr>
        </thead>
        <tbody>
          {BARRIER_AREAS.map((area) => {
            const barrier = assessment.barriers[area];
            return (
              <tr key={area}>
                <th scope="row">{t(`record.barrierArea.${area}`)}</th>
                <td>
                  {barrier
                    ? `${barrier.level} – ${t(`record.barrierLevel.${barrier.level as 0 | 1 | 2 | 3}`)}`
                    : t("record.assessment.notAssessed")}
                </td>
                <td className="record-text">{barrier?.note || "–"}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {canEdit && (
        <Button variant="secondary" onClick={onEdit}>
          {t("record.assessment.edit")}
        </Button>
      )}
    </article>
  );
}

/** The initial assessment tab: the form (for coaches who may write) and the assessments so far. */
export function AssessmentSection() {
  const { t } = useTranslation();
  const participant = useParticipant();
  const id = participant.data.id;
  const assessments = useAssessments(id, participant.can.seeAssessments);
  const [editing, setEditing] = useState<Assessment | "new" | null>(null);
  const [saved, setSaved] = useState(false);

  if (!participant.can.seeAssessments) {
    return <Paragraph>{t("record.noScope")}</Paragraph>;
  }
  const list = assessments.data?.data ?? [];
  const can = assessments.data?.can ?? { create: false, edit: false };
  const open = (target: Assessment | "new") => {
    setSaved(false);
    setEditing(target);
  };

  return (
    <section aria-labelledby="assessment-heading">
      <Heading variant="h2" id="assessment-heading" mb="s">
        {t("record.assessment.title")}
      </Heading>
      <Paragraph mb="m">{t("record.assessment.intro")}</Paragraph>
      {saved && <SuccessNotice>{t("record.assessment.saved")}</SuccessNotice>}
      {assessments.isPending && <Loading />}
      <ProblemAlert error={assessments.error} />
      {editing !== null ? (
        <AssessmentForm
          key={editing === "new" ? "new" : editing.id}
          participantId={id}
          editing={editing === "new" ? null : editing}
          onSaved={() => {
            setSaved(true);
            setEditing(null);
          }}
          onCancel={() => setEditing(null)}
          onReload={async () => {
            const fresh = await assessments.refetch();
            return editing === "new" ? null : (fresh.data?.data.find((a) => a.id === editing.id) ?? null);
          }}
        />
      ) : (
        can.create && (
          <div className="button-row">
            <Button onClick={() => open("new")}>{t("record.assessment.new")}</Button>
          </div>
        )
      )}
      <div className="section">
        <Heading variant="h2" mb="s">
          {t("record.assessment.history")}
        </Heading>
        {assessments.isSuccess && list.length === 0 && <Paragraph>{t("record.assessment.none")}</Paragraph>}
        {list.map((a) =>
          editing !== null && editing !== "new" && editing.id === a.id ? null : (
            <AssessmentView key={a.id} assessment={a} canEdit={can.edit} onEdit={() => open(a)} />
          ),
        )}
      </div>
    </section>
  );
}
