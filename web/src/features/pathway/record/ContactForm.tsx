import { useState } from "react";
import { useTranslation } from "react-i18next";
import {
  Button,
  Checkbox,
  Dropdown,
  DropdownItem,
  Heading,
  Textarea,
  TimeInput,
} from "suomifi-ui-components";
import { fieldErrors } from "../../../app/api";
import { isoToInputDate, todayIso } from "../../../app/dates";
import { ProblemAlert } from "../../../ui/ProblemAlert";
import { useAddContact } from "./api";
import { DateField } from "./DateField";
import {
  CONTACT_KINDS,
  type ContactKind,
  checkDate,
  helsinkiInstant,
  helsinkiTimeNow,
  isOneOf,
  parseTime,
} from "./forms";

/** Records a meeting, call or note: kind, when, the note, and with whom it is shared. */
export function ContactForm({ participantId, onSaved }: { participantId: string; onSaved: () => void }) {
  const { t } = useTranslation();
  const add = useAddContact(participantId);
  const [kind, setKind] = useState<ContactKind>("in_person");
  const [date, setDate] = useState(isoToInputDate(todayIso()));
  const [time, setTime] = useState(helsinkiTimeNow());
  const [note, setNote] = useState("");
  const [network, setNetwork] = useState(false);
  const [participant, setParticipant] = useState(false);
  const [checked, setChecked] = useState(false);
  const day = checkDate(date, { notFuture: true });
  const clock = parseTime(time);
  const server = fieldErrors(add.error);
  const dateError = (checked ? day.error : undefined) ?? server.happenedAt;
  const timeError = checked && !clock ? t("record.contacts.timeInvalid") : undefined;

  function submit(event: React.FormEvent) {
    event.preventDefault();
    setChecked(true);
    if (!day.iso || day.error || !clock) return;
    add.mutate(
      {
        kind,
        happenedAt: helsinkiInstant(day.iso, clock),
        note: note.trim(),
        sharedWithNetwork: network,
        sharedWithParticipant: participant,
      },
      {
        onSuccess: () => {
          setNote("");
          setDate(isoToInputDate(todayIso()));
          setTime(helsinkiTimeNow());
          setNetwork(false);
          setParticipant(false);
          setChecked(false);
          onSaved();
        },
      },
    );
  }

  return (
    <form onSubmit={submit} noValidate className="form record-form">
      <Heading variant="h3">{t("record.contacts.formHeading")}</Heading>
      <Dropdown
        labelText={t("record.contacts.kind")}
        value={kind}
        onChange={(value) => setKind(isOneOf(CONTACT_KINDS, value) ? value : "in_person")}
      >
        {CONTACT_KINDS.map((k) => (
          <DropdownItem key={k} value={k}>
            {t(`record.contactKind.${k}`)}
          </DropdownItem>
        ))}
      </Dropdown>
      <div className="record-datetime">
        <DateField
          id="contact-date"
          label={t("record.contacts.date")}
          value={date}
          onChange={setDate}
          error={dateError}
          notFuture
        />
        <TimeInput
          id="contact-time"
          labelText={t("record.contacts.time")}
          hintText={t("record.contacts.timeHint")}
          value={time}
          onChange={setTime}
          status={timeError ? "error" : "default"}
          statusText={timeError}
        />
      </div>
      <Textarea
        labelText={t("record.contacts.note")}
        hintText={t("record.contacts.noteHint")}
        optionalText={t("record.optional")}
        value={note}
        onChange={(event) => setNote(event.target.value)}
        fullWidth
      />
      <Checkbox
        checked={network}
        onClick={({ checkboxState }) => setNetwork(checkboxState)}
        hintText={t("record.contacts.shareNetworkHint")}
      >
        {t("record.contacts.shareNetwork")}
      </Checkbox>
      <Checkbox
        checked={participant}
        onClick={({ checkboxState }) => setParticipant(checkboxState)}
        hintText={t("record.contacts.shareParticipantHint")}
      >
        {t("record.contacts.shareParticipant")}
      </Checkbox>
      <ProblemAlert error={add.error} />
      <div className="form__actions">
        <Button type="submit" disabled={add.isPending}>
          {t("record.contacts.save")}
        </Button>
      </div>
    </form>
  );
}
