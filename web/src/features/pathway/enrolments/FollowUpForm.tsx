import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Button, Heading } from "suomifi-ui-components";
import type { Enrolment } from "../../../../../server/src/modules/pathway/api-enrolments";
import { fieldErrors } from "../../../app/api";
import { inputDateToIso, isoToInputDate, todayIso } from "../../../app/dates";
import { ProblemAlert } from "../../../ui/ProblemAlert";
import { useEnrolmentMutations } from "./api";
import { AnswerField, DateField, dateProblem } from "./fields";
import { type Answer, answerOf, FOLLOW_UP_QUESTIONS, type FollowUpQuestion, followUpDataOf } from "./options";

/** Records (or corrects) the six-month follow-up and the funder's follow-up data. */
export function FollowUpForm({
  enrolment,
  onDone,
  onCancel,
}: {
  enrolment: Enrolment;
  onDone: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const { followUp } = useEnrolmentMutations(enrolment.participantId);
  const [followUpOn, setFollowUpOn] = useState(isoToInputDate(enrolment.followUpOn ?? todayIso()));
  const [answers, setAnswers] = useState<Record<FollowUpQuestion, Answer>>({
    employed: answerOf(enrolment.followUpData?.employed),
    selfEmployed: answerOf(enrolment.followUpData?.selfEmployed),
    improvedSituation: answerOf(enrolment.followUpData?.improvedSituation),
  });
  const [submitted, setSubmitted] = useState(false);
  const server = fieldErrors(followUp.error);
  const dateCode = dateProblem(followUpOn);
  const dateError = submitted && dateCode ? t(`enrolments.errors.date.${dateCode}`) : server.followUpOn;
  const id = (field: string) => `follow-up-${enrolment.id}-${field}`;

  function submit(event: React.FormEvent) {
    event.preventDefault();
    setSubmitted(true);
    const iso = inputDateToIso(followUpOn);
    if (!iso) return;
    followUp.mutate(
      {
        id: enrolment.id,
        body: { followUpOn: iso, followUpData: followUpDataOf(answers), version: enrolment.version },
      },
      { onSuccess: onDone },
    );
  }

  return (
    <form onSubmit={submit} noValidate className="form enrolment-form" aria-labelledby={id("heading")}>
      <Heading variant="h4" id={id("heading")} mb="s">
        {t("enrolments.followUpHeading", { project: enrolment.projectName })}
      </Heading>
      <DateField
        id={id("followUpOn")}
        label={t("enrolments.fields.followUpOn")}
        value={followUpOn}
        onChange={setFollowUpOn}
        error={dateError}
        notFuture
      />
      <fieldset className="fieldset">
        <legend>{t("enrolments.followUpDataLegend")}</legend>
        {FOLLOW_UP_QUESTIONS.map((q) => (
          <AnswerField
            key={q}
            id={id(q)}
            label={t(`enrolments.followUpQuestion.${q}`)}
            value={answers[q]}
            onChange={(value) => setAnswers((a) => ({ ...a, [q]: value }))}
          />
        ))}
      </fieldset>
      <ProblemAlert error={server.followUpOn ? null : followUp.error} />
      <div className="form__actions">
        <Button type="submit" disabled={followUp.isPending}>
          {t("enrolments.saveFollowUp")}
        </Button>
        <Button variant="secondary" onClick={onCancel}>
          {t("enrolments.cancel")}
        </Button>
      </div>
    </form>
  );
}
