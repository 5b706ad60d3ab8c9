import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Button, RadioButton, RadioButtonGroup, Textarea } from "suomifi-ui-components";
import type { Goal } from "../../../../../server/src/modules/pathway/api-record";
import { fieldErrors } from "../../../app/api";
import { isoToInputDate, todayIso } from "../../../app/dates";
import { ProblemAlert } from "../../../ui/ProblemAlert";
import { useReviewGoal } from "./api";
import { DateField } from "./DateField";
import { checkDate, GOAL_STATUSES, type GoalStatus, isOneOf } from "./forms";

/** Reviews one goal: when, how it stands now, and a note. */
export function GoalReviewForm({
  participantId,
  goal,
  onDone,
}: {
  participantId: string;
  goal: Goal;
  onDone: (saved: boolean) => void;
}) {
  const { t } = useTranslation();
  const review = useReviewGoal(participantId);
  const [reviewedOn, setReviewedOn] = useState(isoToInputDate(todayIso()));
  const [status, setStatus] = useState<GoalStatus>(goal.status);
  const [note, setNote] = useState("");
  const [checked, setChecked] = useState(false);
  const date = checkDate(reviewedOn, { notFuture: true });
  const server = fieldErrors(review.error);

  function submit(event: React.FormEvent) {
    event.preventDefault();
    setChecked(true);
    if (date.error || !date.iso) return;
    review.mutate(
      { goalId: goal.id, body: { reviewedOn: date.iso, status, note: note.trim() } },
      { onSuccess: () => onDone(true) },
    );
  }

  const prefix = `review-${goal.id}`;
  return (
    <form onSubmit={submit} noValidate className="form record-form record-form--inset">
      <p className="record-form__title">{t("record.plan.reviewHeading", { goal: goal.title })}</p>
      <DateField
        id={`${prefix}-date`}
        label={t("record.plan.reviewedOn")}
        value={reviewedOn}
        onChange={setReviewedOn}
        error={(checked ? date.error : undefined) ?? server.reviewedOn}
        notFuture
      />
      <RadioButtonGroup
        name={`${prefix}-status`}
        labelText={t("record.plan.reviewStatus")}
        value={status}
        onChange={(value) => setStatus(isOneOf(GOAL_STATUSES, value) ? value : status)}
      >
        {GOAL_STATUSES.map((s) => (
          <RadioButton key={s} value={s}>
            {t(`record.goalStatus.${s}`)}
          </RadioButton>
        ))}
      </RadioButtonGroup>
      <Textarea
        labelText={t("record.plan.reviewNote")}
        hintText={t("exportDisclosure.goalReviewNote")}
        optionalText={t("record.optional")}
        value={note}
        onChange={(event) => setNote(event.target.value)}
        fullWidth
      />
      <ProblemAlert error={review.error} />
      <div className="form__actions">
        <Button type="submit" disabled={review.isPending}>
          {t("record.plan.saveReview")}
        </Button>
        <Button variant="secondary" onClick={() => onDone(false)}>
          {t("record.cancel")}
        </Button>
      </div>
    </form>
  );
}
