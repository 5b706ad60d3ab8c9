import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { Button, Dropdown, DropdownItem, Paragraph } from "suomifi-ui-components";
import type { Duplicate } from "../../../../server/src/modules/participants/api";
import { fieldErrors } from "../../app/api";
import { useSession } from "../../app/session";
import { AppLink } from "../../ui/AppLink";
import { PageTitle } from "../../ui/PageTitle";
import { ProblemAlert } from "../../ui/ProblemAlert";
import { useDuplicateCheck, useRegisterParticipant } from "./api";
import { DuplicateWarning } from "./DuplicateWarning";
import { EntryDataFields } from "./EntryDataFields";
import { createBodyOf, duplicateQueryOf, emptyParticipant } from "./form";
import { ContactFields, PersonFields } from "./ParticipantFields";
import { FormErrorSummary, useParticipantForm } from "./ParticipantForm";
import { useFocusRequest } from "./useFocusRequest";
import "./participants.css";

/** What the consents page is told after a registration, to show the next step. */
export interface RegisteredState {
  registered?: boolean;
}

export function RegisterParticipantPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { session } = useSession();
  const register = useRegisterParticipant();
  const duplicateCheck = useDuplicateCheck();
  const form = useParticipantForm(emptyParticipant, register.error);
  const [warningHeading, focusWarning] = useFocusRequest<HTMLHeadingElement>();
  const [found, setFound] = useState<{ key: string; list: Duplicate[] } | null>(null);
  const [acknowledged, setAcknowledged] = useState(false);
  const [acknowledgeError, setAcknowledgeError] = useState(false);

  // A coach in several organisations says for which one the record is kept.
  const coachOrganisations = (session?.user.memberships ?? []).filter((m) => m.role === "coach");
  const [organisationId, setOrganisationId] = useState<string | null>(null);
  const [organisationMissing, setOrganisationMissing] = useState(false);
  const chooseOrganisation = coachOrganisations.length > 1;

  const currentKey = (() => {
    try {
      return JSON.stringify(duplicateQueryOf(form.values));
    } catch {
      return "";
    }
  })();
  const duplicates = found && found.key === currentKey && found.list.length > 0 ? found.list : null;
  const sameCode = duplicates?.some((d) => d.reason === "identity_code") ?? false;

  function save(acknowledge: boolean) {
    register.mutate(
      {
        ...createBodyOf(form.values),
        ...(chooseOrganisation && organisationId ? { organisationId } : {}),
        ...(acknowledge ? { acknowledgeDuplicates: true } : {}),
      },
      {
        onSuccess: (response) => {
          const state: RegisteredState = { registered: true };
          navigate(`/participants/${response.data.id}/consents`, { state });
        },
        onError: (error) => {
          if (Object.keys(fieldErrors(error)).length > 0) form.focusSummary();
        },
      },
    );
  }

  function submit(event: React.FormEvent) {
    event.preventDefault();
    const valid = form.trySubmit();
    const organisationOk = !chooseOrganisation || organisationId !== null;
    setOrganisationMissing(!organisationOk);
    if (!valid || !organisationOk) return;
    if (duplicates) {
      if (sameCode) {
        focusWarning();
        return;
      }
      if (!acknowledged) {
        setAcknowledgeError(true);
        document.getElementById("acknowledge-duplicates")?.focus();
        return;
      }
      save(true);
      return;
    }
    const query = duplicateQueryOf(form.values);
    const key = JSON.stringify(query);
    duplicateCheck.mutate(query, {
      onSuccess: (response) => {
        setFound({ key, list: response.data });
        setAcknowledged(false);
        setAcknowledgeError(false);
        if (response.data.length === 0) save(false);
        else focusWarning();
      },
    });
  }

  const busy = register.isPending || duplicateCheck.isPending;

  return (
    <>
      <PageTitle>{t("participants.register.title")}</PageTitle>
      <p>
        <AppLink to="/participants">{t("participants.backToSearch")}</AppLink>
      </p>
      <Paragraph mb="m">{t("participants.register.intro")}</Paragraph>
      <form onSubmit={submit} noValidate className="form participant-form">
        <FormErrorSummary form={form} />
        {chooseOrganisation && (
          <Dropdown
            id="participant-organisationId"
            labelText={t("participants.register.organisation")}
            hintText={t("participants.register.organisationHint")}
            visualPlaceholder={t("common.choose")}
            value={organisationId}
            onChange={(value) => {
              setOrganisationId(value);
              setOrganisationMissing(false);
            }}
            status={organisationMissing ? "error" : "default"}
            statusText={organisationMissing ? t("common.required") : undefined}
            fullWidth
          >
            {coachOrganisations.map((m) => (
              <DropdownItem key={m.organisationId} value={m.organisationId}>
                {m.organisationName}
              </DropdownItem>
            ))}
          </Dropdown>
        )}
        <PersonFields form={form} headingLevel="h2" identity={{ kind: "new" }} />
        <ContactFields form={form} headingLevel="h2" />
        <EntryDataFields form={form} headingLevel="h2" />
        <ProblemAlert error={register.error ?? duplicateCheck.error} />
        {duplicates && (
          <DuplicateWarning
            ref={warningHeading}
            duplicates={duplicates}
            acknowledged={acknowledged}
            onAcknowledge={(value) => {
              setAcknowledged(value);
              if (value) setAcknowledgeError(false);
            }}
            acknowledgeError={acknowledgeError}
          />
        )}
        <div className="form__actions">
          <Button type="submit" disabled={busy}>
            {duplicates ? t("participants.register.saveAnyway") : t("participants.register.save")}
          </Button>
          <AppLink to="/participants">{t("participants.cancel")}</AppLink>
        </div>
      </form>
    </>
  );
}
