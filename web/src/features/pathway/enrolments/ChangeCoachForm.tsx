import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Button, Dropdown, DropdownItem } from "suomifi-ui-components";
import type { CoachOption, Enrolment } from "../../../../../server/src/modules/pathway/api-enrolments";
import { fieldErrors } from "../../../app/api";
import { ProblemAlert } from "../../../ui/ProblemAlert";
import { useEnrolmentMutations } from "./api";

/** Names another personal coach for the enrolment. */
export function ChangeCoachForm({
  enrolment,
  coaches,
  onDone,
  onCancel,
}: {
  enrolment: Enrolment;
  coaches: CoachOption[];
  onDone: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const { changeCoach } = useEnrolmentMutations(enrolment.participantId);
  const [coachId, setCoachId] = useState<string | null>(enrolment.coachId);
  const server = fieldErrors(changeCoach.error);
  const options = coaches.some((c) => c.id === enrolment.coachId)
    ? coaches
    : [{ id: enrolment.coachId, name: enrolment.coachName }, ...coaches];

  function submit(event: React.FormEvent) {
    event.preventDefault();
    if (!coachId || coachId === enrolment.coachId) {
      onCancel();
      return;
    }
    changeCoach.mutate(
      { id: enrolment.id, body: { coachId, version: enrolment.version } },
      { onSuccess: onDone },
    );
  }

  return (
    <form onSubmit={submit} noValidate className="form enrolment-form">
      <Dropdown
        id={`coach-${enrolment.id}`}
        labelText={t("enrolments.fields.coach")}
        value={coachId}
        onChange={setCoachId}
        status={server.coachId ? "error" : "default"}
        statusText={server.coachId}
        fullWidth
      >
        {options.map((c) => (
          <DropdownItem key={c.id} value={c.id}>
            {c.name}
          </DropdownItem>
        ))}
      </Dropdown>
      <ProblemAlert error={server.coachId ? null : changeCoach.error} />
      <div className="form__actions">
        <Button type="submit" disabled={changeCoach.isPending}>
          {t("enrolments.saveCoach")}
        </Button>
        <Button variant="secondary" onClick={onCancel}>
          {t("enrolments.cancel")}
        </Button>
      </div>
    </form>
  );
}
