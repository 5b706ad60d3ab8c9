import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { Button, Heading } from "suomifi-ui-components";
import type { ParticipantResponse } from "../../../../server/src/modules/participants/api";
import { ApiError, fieldErrors } from "../../app/api";
import { ProblemAlert } from "../../ui/ProblemAlert";
import { useParticipantRecord, useUpdateParticipant } from "./api";
import { EntryDataFields } from "./EntryDataFields";
import { changesNothing, participantValuesOf, updateBodyOf } from "./form";
import { maskIdentityCode } from "./identity";
import { ContactFields, PersonFields } from "./ParticipantFields";
import { FormErrorSummary, useParticipantForm } from "./ParticipantForm";

/**
 * Changes a participant's data. Only the fields changed here are sent, with the version the page shows;
 * when someone else saved in between (409), the typed values stay and the latest data can be loaded
 * before saving again, so nothing is silently overwritten either way.
 */
export function EditParticipantForm({
  participant,
  onSaved,
  onCancel,
}: {
  participant: ParticipantResponse;
  onSaved: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const { data } = participant;
  const update = useUpdateParticipant(data.id);
  const record = useParticipantRecord(data.id);
  // What the form started from; the changes are measured against it, also after a reload.
  const [initial] = useState(() => participantValuesOf(data));
  const form = useParticipantForm(initial, update.error);
  const [removeCode, setRemoveCode] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const conflict = update.error instanceof ApiError && update.error.status === 409;

  useEffect(() => {
    heading.current?.focus();
  }, []);

  function submit(event: React.FormEvent) {
    event.preventDefault();
    if (!form.trySubmit()) return;
    const body = updateBodyOf(initial, form.values, data.version, removeCode);
    if (changesNothing(body)) {
      onCancel();
      return;
    }
    update.mutate(body, {
      onSuccess: onSaved,
      onError: (error) => {
        if (Object.keys(fieldErrors(error)).length > 0) form.focusSummary();
      },
    });
  }

  return (
    <section aria-labelledby="edit-participant" className="section">
      <Heading variant="h2" id="edit-participant" ref={heading} tabIndex={-1} mb="m">
        {t("participants.overview.editHeading")}
      </Heading>
      <form onSubmit={submit} noValidate className="form participant-form">
        <FormErrorSummary form={form} />
        <PersonFields
          form={form}
          headingLevel="h3"
          identity={{
            kind: "edit",
            masked: data.identityCode ? maskIdentityCode(data.identityCode) : null,
            remove: removeCode,
            onRemoveChange: setRemoveCode,
          }}
        />
        <ContactFields form={form} headingLevel="h3" />
        {participant.relation.kind === "keeper" && <EntryDataFields form={form} headingLevel="h3" />}
        <ProblemAlert error={update.error}>
          {conflict && (
            <>
              <p>{t("participants.overview.conflictKept")}</p>
              <div className="button-row">
                <Button
                  variant="secondary"
                  disabled={record.isFetching}
                  onClick={() => void record.refetch().then(() => update.reset())}
                >
                  {t("common.reload")}
                </Button>
              </div>
            </>
          )}
        </ProblemAlert>
        <div className="form__actions">
          <Button type="submit" disabled={update.isPending}>
            {t("common.save")}
          </Button>
          <Button variant="secondary" onClick={onCancel}>
            {t("participants.cancel")}
          </Button>
        </div>
      </form>
    </section>
  );
}
