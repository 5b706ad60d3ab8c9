import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Button, Dropdown, DropdownItem, Heading, Paragraph } from "suomifi-ui-components";
import type { InstrumentRef, Reminder } from "../../../../../server/src/modules/self-assessment/api";
import { fieldErrors } from "../../../app/api";
import { isoToInputDate } from "../../../app/dates";
import { formatDate } from "../../../app/format";
import { useLanguage } from "../../../app/useLanguage";
import { DateField } from "../../../ui/DateField";
import { SuccessNotice } from "../../../ui/Notice";
import { ProblemAlert } from "../../../ui/ProblemAlert";
import { useReminderMutations, useReminders } from "../api";
import { checkReminder, INTERVAL_CHOICES, type ReminderValues } from "./forms";

function ReminderForm({
  participantId,
  instrument,
  reminder,
  onDone,
}: {
  participantId: string;
  instrument: InstrumentRef;
  reminder: Reminder | null;
  onDone: (saved: boolean) => void;
}) {
  const { t } = useTranslation();
  const { save } = useReminderMutations(participantId);
  const [values, setValues] = useState<ReminderValues>({
    intervalMonths: reminder?.intervalMonths ?? 3,
    nextDue: reminder ? isoToInputDate(reminder.nextDue) : "",
  });
  const [submitted, setSubmitted] = useState(false);
  const { errors } = checkReminder(values, reminder?.version ?? null);
  const server = fieldErrors(save.error);
  const dueError =
    submitted && errors.nextDue ? t("selfAssessment.reminder.errors.dateInvalid") : server.nextDue;

  function submit(event: React.FormEvent) {
    event.preventDefault();
    setSubmitted(true);
    const { body } = checkReminder(values, reminder?.version ?? null);
    if (!body) return;
    save.mutate({ instrumentId: instrument.id, body }, { onSuccess: () => onDone(true) });
  }

  return (
    <form
      onSubmit={submit}
      noValidate
      className="form sa-reminder-form"
      aria-labelledby="sa-reminder-form-heading"
    >
      <Heading variant="h4" id="sa-reminder-form-heading">
        {reminder ? t("selfAssessment.reminder.editHeading") : t("selfAssessment.reminder.addHeading")}
      </Heading>
      <Dropdown
        id="sa-reminder-interval"
        labelText={t("selfAssessment.reminder.interval")}
        value={String(values.intervalMonths)}
        onChange={(value) => setValues((v) => ({ ...v, intervalMonths: Number(value) }))}
        fullWidth
      >
        {INTERVAL_CHOICES.map((n) => (
          <DropdownItem key={n} value={String(n)}>
            {t("selfAssessment.reminder.everyMonths", { count: n })}
          </DropdownItem>
        ))}
      </Dropdown>
      <DateField
        id="sa-reminder-due"
        label={t("selfAssessment.reminder.nextDue")}
        hint={t("selfAssessment.reminder.nextDueHint")}
        optionalText={t("selfAssessment.optional")}
        value={values.nextDue}
        onChange={(nextDue) => setValues((v) => ({ ...v, nextDue }))}
        error={dueError}
      />
      <ProblemAlert error={save.error} />
      <div className="form__actions">
        <Button type="submit" disabled={save.isPending}>
          {t("selfAssessment.reminder.save")}
        </Button>
        <Button type="button" variant="secondary" onClick={() => onDone(false)}>
          {t("selfAssessment.cancel")}
        </Button>
      </div>
    </form>
  );
}

/** The reminders to repeat the self-assessment: every N months, the next due day; set, change, remove. */
export function ReminderPanel({
  participantId,
  instrument,
}: {
  participantId: string;
  instrument: InstrumentRef | null;
}) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const reminders = useReminders(participantId);
  const { remove } = useReminderMutations(participantId);
  const [editing, setEditing] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const list = reminders.data?.data ?? [];
  const canEdit = reminders.data?.can.edit === true;
  const current = instrument ? (list.find((r) => r.instrument.id === instrument.id) ?? null) : null;
  const name = (i: InstrumentRef) => i.name[language] || i.name.fi;

  return (
    <section aria-labelledby="sa-reminder-heading" className="sa-section">
      <Heading variant="h3" id="sa-reminder-heading" mb="s">
        {t("selfAssessment.reminder.heading")}
      </Heading>
      {notice && <SuccessNotice>{notice}</SuccessNotice>}
      <ProblemAlert error={reminders.error ?? remove.error} />
      {reminders.isSuccess && list.length === 0 && !editing && (
        <Paragraph mb="s">{t("selfAssessment.reminder.none")}</Paragraph>
      )}
      {list.length > 0 && (
        <ul className="sa-reminders">
          {list.map((r) => (
            <li key={r.id}>
              <p className="sa-reminders__what">
                {list.length > 1 || r.instrument.id !== instrument?.id ? `${name(r.instrument)}: ` : ""}
                {t("selfAssessment.reminder.summary", {
                  every: t("selfAssessment.reminder.everyMonths", { count: r.intervalMonths }),
                  date: formatDate(r.nextDue, language),
                })}
                {r.due && <strong className="sa-due">{t("selfAssessment.reminder.due")}</strong>}
              </p>
              {r.setByName && (
                <p className="muted sa-reminders__by">
                  {t("selfAssessment.reminder.setBy", { name: r.setByName })}
                </p>
              )}
              {canEdit && !editing && (
                <div className="button-row">
                  {r.instrument.id === instrument?.id && (
                    <Button
                      variant="secondary"
                      onClick={() => {
                        setNotice(null);
                        setEditing(true);
                      }}
                    >
                      {t("selfAssessment.reminder.edit")}
                    </Button>
                  )}
                  <Button
                    variant="secondaryNoBorder"
                    disabled={remove.isPending}
                    onClick={() =>
                      remove.mutate(r.instrument.id, {
                        onSuccess: () => setNotice(t("selfAssessment.reminder.removed")),
                      })
                    }
                  >
                    {t("selfAssessment.reminder.remove")}
                  </Button>
                </div>
              )}
            </li>
          ))}
        </ul>
      )}
      {canEdit && instrument && !editing && !current && (
        <Button
          variant="secondary"
          onClick={() => {
            setNotice(null);
            setEditing(true);
          }}
        >
          {t("selfAssessment.reminder.add")}
        </Button>
      )}
      {editing && instrument && (
        <ReminderForm
          participantId={participantId}
          instrument={instrument}
          reminder={current}
          onDone={(saved) => {
            setEditing(false);
            if (saved) setNotice(t("selfAssessment.reminder.saved"));
          }}
        />
      )}
    </section>
  );
}
