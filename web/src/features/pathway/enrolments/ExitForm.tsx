import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Button, Dropdown, DropdownItem, Heading } from "suomifi-ui-components";
import type { Enrolment } from "../../../../../server/src/modules/pathway/api-enrolments";
import { fieldErrors } from "../../../app/api";
import { inputDateToIso, isoToInputDate, todayIso } from "../../../app/dates";
import { ProblemAlert } from "../../../ui/ProblemAlert";
import { useEnrolmentMutations } from "./api";
import { AnswerField, DateField, dateProblem } from "./fields";
import {
  type Answer,
  EXIT_QUESTIONS,
  EXIT_SITUATIONS,
  type ExitQuestion,
  type ExitSituation,
  exitDataOf,
  isOneOf,
  OUTCOMES,
  type Outcome,
} from "./options";

const NONE = "none";

/** Ends the participation: exit date, outcome and the funder's exit data. */
export function ExitForm({
  enrolment,
  onDone,
  onCancel,
}: {
  enrolment: Enrolment;
  onDone: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const { exit } = useEnrolmentMutations(enrolment.participantId);
  const [exitDate, setExitDate] = useState(isoToInputDate(todayIso()));
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [situation, setSituation] = useState<ExitSituation | null>(null);
  const [answers, setAnswers] = useState<Record<ExitQuestion, Answer>>({
    inEducationOrTraining: "",
    gainedQualification: "",
    jobSearching: "",
  });
  const [submitted, setSubmitted] = useState(false);
  const server = fieldErrors(exit.error);
  const dateCode = dateProblem(exitDate);
  const dateError = submitted && dateCode ? t(`enrolments.errors.date.${dateCode}`) : server.exitDate;
  const outcomeError = submitted && !outcome ? t("enrolments.errors.outcomeRequired") : server.outcome;
  const id = (field: string) => `exit-${enrolment.id}-${field}`;

  function submit(event: React.FormEvent) {
    event.preventDefault();
    setSubmitted(true);
    const iso = inputDateToIso(exitDate);
    if (!iso || !outcome) return;
    exit.mutate(
      {
        id: enrolment.id,
        body: {
          exitDate: iso,
          outcome,
          exitData: exitDataOf({ situation, answers }),
          version: enrolment.version,
        },
      },
      { onSuccess: onDone },
    );
  }

  return (
    <form onSubmit={submit} noValidate className="form enrolment-form" aria-labelledby={id("heading")}>
      <Heading variant="h4" id={id("heading")} mb="s">
        {t("enrolments.exitHeading", { project: enrolment.projectName })}
      </Heading>
      <DateField
        id={id("exitDate")}
        label={t("enrolments.fields.exitDate")}
        value={exitDate}
        onChange={setExitDate}
        error={dateError}
        notFuture
      />
      <Dropdown
        id={id("outcome")}
        labelText={t("enrolments.fields.outcome")}
        visualPlaceholder={t("common.choose")}
        value={outcome}
        onChange={(v) => setOutcome(isOneOf(OUTCOMES, v) ? v : null)}
        status={outcomeError ? "error" : "default"}
        statusText={outcomeError}
        fullWidth
      >
        {OUTCOMES.map((o) => (
          <DropdownItem key={o} value={o}>
            {t(`enrolments.outcome.${o}`)}
          </DropdownItem>
        ))}
      </Dropdown>
      <fieldset className="fieldset">
        <legend>{t("enrolments.exitDataLegend")}</legend>
        <Dropdown
          id={id("situation")}
          labelText={t("enrolments.fields.situation")}
          optionalText={t("enrolments.optional")}
          value={situation ?? NONE}
          onChange={(v) => setSituation(isOneOf(EXIT_SITUATIONS, v) ? v : null)}
          fullWidth
        >
          <DropdownItem value={NONE}>{t("enrolments.answer.none")}</DropdownItem>
          {EXIT_SITUATIONS.map((s) => (
            <DropdownItem key={s} value={s}>
              {t(`enrolments.situation.${s}`)}
            </DropdownItem>
          ))}
        </Dropdown>
        {EXIT_QUESTIONS.map((q) => (
          <AnswerField
            key={q}
            id={id(q)}
            label={t(`enrolments.exitQuestion.${q}`)}
            value={answers[q]}
            onChange={(value) => setAnswers((a) => ({ ...a, [q]: value }))}
          />
        ))}
      </fieldset>
      <ProblemAlert error={server.exitDate || server.outcome ? null : exit.error} />
      <div className="form__actions">
        <Button type="submit" disabled={exit.isPending}>
          {t("enrolments.saveExit")}
        </Button>
        <Button variant="secondary" onClick={onCancel}>
          {t("enrolments.cancel")}
        </Button>
      </div>
    </form>
  );
}
