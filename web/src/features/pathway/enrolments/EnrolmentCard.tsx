import { useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { Button, Heading } from "suomifi-ui-components";
import type { CoachOption, Enrolment } from "../../../../../server/src/modules/pathway/api-enrolments";
import { formatDate } from "../../../app/format";
import { useLanguage } from "../../../app/useLanguage";
import { ChangeCoachForm } from "./ChangeCoachForm";
import { ExitForm } from "./ExitForm";
import { FollowUpForm } from "./FollowUpForm";
import { EXIT_QUESTIONS, FOLLOW_UP_QUESTIONS } from "./options";

type Editing = "coach" | "exit" | "followUp" | null;
export type EnrolmentNotice = "coachChanged" | "exited" | "followUpRecorded";

/** Where the six-month follow-up stands, in words (the colour of the box only repeats it). */
function FollowUpStatus({ enrolment }: { enrolment: Enrolment }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const date = (iso: string | null) => (iso ? formatDate(iso, language) : "–");
  const state = enrolment.followUpState;
  if (state === "not_exited") return null;
  const text =
    state === "recorded"
      ? t("enrolments.followUpState.recorded", { date: date(enrolment.followUpOn) })
      : state === "due"
        ? t("enrolments.followUpState.due", { date: date(enrolment.followUpDue) })
        : t("enrolments.followUpState.scheduled", { date: date(enrolment.followUpDue) });
  return <p className={`follow-up-status follow-up-status--${state}`}>{text}</p>;
}

/** One enrolment: project, coach, dates, outcome and the funder's answers, with what the user may do. */
export function EnrolmentCard({
  enrolment,
  coaches,
  onSaved,
}: {
  enrolment: Enrolment;
  coaches: CoachOption[];
  onSaved: (notice: EnrolmentNotice) => void;
}) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const [editing, setEditing] = useState<Editing>(null);
  const opener = useRef<HTMLElement | null>(null);
  const date = (iso: string | null) => (iso ? formatDate(iso, language) : "–");
  const headingId = `enrolment-${enrolment.id}`;

  const open = (which: Editing) => (event: React.MouseEvent) => {
    opener.current = event.currentTarget as HTMLElement;
    setEditing(which);
  };
  const close = () => {
    setEditing(null);
    requestAnimationFrame(() => opener.current?.focus());
  };
  const done = (notice: EnrolmentNotice) => () => {
    setEditing(null);
    onSaved(notice);
  };

  const exitAnswers = enrolment.exitData
    ? [
        ...(enrolment.exitData.situation ? [t(`enrolments.situation.${enrolment.exitData.situation}`)] : []),
        ...EXIT_QUESTIONS.flatMap((q) =>
          enrolment.exitData?.[q] === undefined
            ? []
            : [
                `${t(`enrolments.exitQuestion.${q}`)}: ${enrolment.exitData[q] ? t("common.yes") : t("common.no")}`,
              ],
        ),
      ]
    : [];
  const followUpAnswers = FOLLOW_UP_QUESTIONS.flatMap((q) =>
    enrolment.followUpData?.[q] === undefined
      ? []
      : [
          `${t(`enrolments.followUpQuestion.${q}`)}: ${enrolment.followUpData[q] ? t("common.yes") : t("common.no")}`,
        ],
  );
  return (
    <li className="enrolment" aria-labelledby={headingId}>
      <Heading variant="h3" id={headingId} mb="xs">
        {enrolment.projectName}
      </Heading>
      <dl className="enrolment__facts">
        <div>
          <dt>{t("enrolments.fields.coach")}</dt>
          <dd>{enrolment.coachName}</dd>
        </div>
        <div>
          <dt>{t("enrolments.fields.entryDate")}</dt>
          <dd>{date(enrolment.entryDate)}</dd>
        </div>
        <div>
          <dt>{t("enrolments.fields.exitDate")}</dt>
          <dd>{enrolment.exitDate ? date(enrolment.exitDate) : t("enrolments.ongoing")}</dd>
        </div>
        {enrolment.outcome && (
          <div>
            <dt>{t("enrolments.fields.outcome")}</dt>
            <dd>{t(`enrolments.outcome.${enrolment.outcome}`)}</dd>
          </div>
        )}
        {exitAnswers.length > 0 && (
          <div>
            <dt>{t("enrolments.exitDataLegend")}</dt>
            <dd>{exitAnswers.join("; ")}</dd>
          </div>
        )}
        {followUpAnswers.length > 0 && (
          <div>
            <dt>{t("enrolments.followUpDataLegend")}</dt>
            <dd>{followUpAnswers.join("; ")}</dd>
          </div>
        )}
      </dl>
      <FollowUpStatus enrolment={enrolment} />
      {editing === null && (
        <div className="enrolment__actions">
          {enrolment.can.changeCoach && (
            <Button variant="secondary" onClick={open("coach")}>
              {t("enrolments.changeCoach")}
            </Button>
          )}
          {enrolment.can.exit && (
            <Button variant="secondary" onClick={open("exit")}>
              {t("enrolments.exit")}
            </Button>
          )}
          {enrolment.can.recordFollowUp && (
            <Button
              variant={enrolment.followUpState === "due" ? "default" : "secondary"}
              onClick={open("followUp")}
            >
              {enrolment.followUpOn ? t("enrolments.correctFollowUp") : t("enrolments.recordFollowUp")}
            </Button>
          )}
        </div>
      )}
      {editing === "coach" && (
        <ChangeCoachForm
          enrolment={enrolment}
          coaches={coaches}
          onDone={done("coachChanged")}
          onCancel={close}
        />
      )}
      {editing === "exit" && <ExitForm enrolment={enrolment} onDone={done("exited")} onCancel={close} />}
      {editing === "followUp" && (
        <FollowUpForm enrolment={enrolment} onDone={done("followUpRecorded")} onCancel={close} />
      )}
    </li>
  );
}
