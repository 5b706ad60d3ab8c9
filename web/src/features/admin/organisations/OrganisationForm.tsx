import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Button, Checkbox, Dropdown, DropdownItem, TextInput } from "suomifi-ui-components";
import { fieldErrors } from "../../../app/api";
import { isOrganisationKind, ORGANISATION_KINDS } from "../../../app/domain";
import type { OrganisationKind } from "../../../app/types";

export interface OrganisationFormValues {
  name: string;
  kind: OrganisationKind | null;
  businessId: string;
  active: boolean;
}

export const emptyOrganisation: OrganisationFormValues = {
  name: "",
  kind: null,
  businessId: "",
  active: true,
};

/** Name, kind, business ID and (when editing) active; checks required fields before sending. */
export function OrganisationForm({
  initial,
  showActive,
  submitLabel,
  submitting,
  error,
  onSubmit,
}: {
  initial: OrganisationFormValues;
  showActive: boolean;
  submitLabel: string;
  submitting: boolean;
  error: unknown;
  onSubmit: (values: OrganisationFormValues & { kind: OrganisationKind }) => void;
}) {
  const { t } = useTranslation();
  const [values, setValues] = useState(initial);
  const [checked, setChecked] = useState(false);
  const server = fieldErrors(error);

  const nameError = checked && values.name.trim() === "" ? t("organisations.nameRequired") : server.name;
  const kindError = checked && values.kind === null ? t("organisations.kindRequired") : server.kind;

  function submit(event: React.FormEvent) {
    event.preventDefault();
    setChecked(true);
    const { kind } = values;
    if (values.name.trim() === "" || kind === null) return;
    onSubmit({ ...values, name: values.name.trim(), businessId: values.businessId.trim(), kind });
  }

  return (
    <form onSubmit={submit} noValidate className="form">
      <TextInput
        labelText={t("organisations.name")}
        name="name"
        value={values.name}
        onChange={(value) => setValues((v) => ({ ...v, name: String(value ?? "") }))}
        status={nameError ? "error" : "default"}
        statusText={nameError}
        fullWidth
      />
      <Dropdown<OrganisationKind>
        labelText={t("organisations.kind")}
        name="kind"
        visualPlaceholder={t("common.choose")}
        value={values.kind}
        onChange={(kind) => setValues((v) => ({ ...v, kind: isOrganisationKind(kind) ? kind : null }))}
        status={kindError ? "error" : "default"}
        statusText={kindError}
        fullWidth
      >
        {ORGANISATION_KINDS.map((kind) => (
          <DropdownItem key={kind} value={kind}>
            {t(`organisationKind.${kind}`)}
          </DropdownItem>
        ))}
      </Dropdown>
      <TextInput
        labelText={t("organisations.businessId")}
        optionalText={t("common.optional")}
        hintText={t("organisations.businessIdHint")}
        name="businessId"
        value={values.businessId}
        onChange={(value) => setValues((v) => ({ ...v, businessId: String(value ?? "") }))}
        status={server.businessId ? "error" : "default"}
        statusText={server.businessId}
        fullWidth
      />
      {showActive && (
        <Checkbox
          checked={values.active}
          onClick={({ checkboxState }) => setValues((v) => ({ ...v, active: checkboxState }))}
          hintText={t("organisations.activeHint")}
        >
          {t("organisations.active")}
        </Checkbox>
      )}
      <div className="form__actions">
        <Button type="submit" disabled={submitting}>
          {submitLabel}
        </Button>
      </div>
    </form>
  );
}
