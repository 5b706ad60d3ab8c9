import { useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { Button, Dropdown, DropdownItem, TextInput } from "suomifi-ui-components";
import { fieldErrors } from "../../../app/api";
import { isLanguage, LANGUAGE_NAMES, LANGUAGES } from "../../../app/domain";
import type { Language, Role } from "../../../app/types";
import { useLanguage } from "../../../app/useLanguage";
import { AppLink } from "../../../ui/AppLink";
import { Loading } from "../../../ui/Loading";
import { PageTitle } from "../../../ui/PageTitle";
import { ProblemAlert } from "../../../ui/ProblemAlert";
import { useOrganisations } from "../organisations/api";
import { useInviteUser } from "./api";
import { MembershipFields } from "./MembershipFields";

interface DraftMembership {
  key: number;
  organisationId: string | null;
  role: Role | null;
}

export interface InvitedState {
  invited?: boolean;
}

export function InviteUserPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { language: uiLanguage } = useLanguage();
  const organisations = useOrganisations();
  const invite = useInviteUser();
  const nextKey = useRef(1);
  const [name, setName] = useState("");
  const [email, setEmail] = useState("");
  const [language, setLanguage] = useState<Language>(uiLanguage);
  const [memberships, setMemberships] = useState<DraftMembership[]>([
    { key: 0, organisationId: null, role: null },
  ]);
  const [checked, setChecked] = useState(false);
  const server = fieldErrors(invite.error);

  const activeOrganisations = (organisations.data?.data ?? []).filter((organisation) => organisation.active);
  const required = t("common.required");
  const nameError = checked && name.trim() === "" ? required : server.name;
  const emailError = checked && email.trim() === "" ? required : server.email;

  function updateMembership(key: number, change: Partial<Omit<DraftMembership, "key">>) {
    setMemberships((rows) => rows.map((row) => (row.key === key ? { ...row, ...change } : row)));
  }

  function submit(event: React.FormEvent) {
    event.preventDefault();
    setChecked(true);
    const complete = memberships.flatMap((row) =>
      row.organisationId !== null && row.role !== null
        ? [{ organisationId: row.organisationId, role: row.role }]
        : [],
    );
    if (
      name.trim() === "" ||
      email.trim() === "" ||
      complete.length !== memberships.length ||
      complete.length === 0
    ) {
      return;
    }
    invite.mutate(
      { name: name.trim(), email: email.trim(), language, memberships: complete },
      {
        onSuccess: (response) => {
          const state: InvitedState = { invited: true };
          navigate(`/admin/users/${response.data.id}`, { state });
        },
      },
    );
  }

  return (
    <>
      <PageTitle>{t("users.inviteTitle")}</PageTitle>
      <p>
        <AppLink to="/admin/users">{t("users.backToList")}</AppLink>
      </p>
      <ProblemAlert error={invite.error ?? organisations.error} />
      {organisations.isPending ? (
        <Loading />
      ) : (
        <form onSubmit={submit} noValidate className="form">
          <TextInput
            labelText={t("users.name")}
            name="name"
            autoComplete="off"
            value={name}
            onChange={(value) => setName(String(value ?? ""))}
            status={nameError ? "error" : "default"}
            statusText={nameError}
            fullWidth
          />
          <TextInput
            labelText={t("users.email")}
            type="email"
            name="email"
            autoComplete="off"
            value={email}
            onChange={(value) => setEmail(String(value ?? ""))}
            status={emailError ? "error" : "default"}
            statusText={emailError}
            fullWidth
          />
          <Dropdown<Language>
            labelText={t("users.language")}
            hintText={t("users.languageHint")}
            name="language"
            value={language}
            onChange={(value) => setLanguage(isLanguage(value) ? value : "fi")}
            fullWidth
          >
            {LANGUAGES.map((option) => (
              <DropdownItem key={option} value={option}>
                {LANGUAGE_NAMES[option]}
              </DropdownItem>
            ))}
          </Dropdown>
          <fieldset className="fieldset">
            <legend>{t("users.memberships")}</legend>
            {memberships.map((row, index) => (
              <div className="membership-row" key={row.key}>
                <MembershipFields
                  organisations={activeOrganisations}
                  organisationId={row.organisationId}
                  role={row.role}
                  onChange={(change) => updateMembership(row.key, change)}
                  errors={{
                    organisationId:
                      checked && row.organisationId === null
                        ? required
                        : server[`memberships.${index}.organisationId`],
                    role: checked && row.role === null ? required : server[`memberships.${index}.role`],
                  }}
                />
                {memberships.length > 1 && (
                  <Button
                    variant="secondary"
                    onClick={() => setMemberships((rows) => rows.filter((other) => other.key !== row.key))}
                  >
                    {t("users.removeMembershipRow", { number: index + 1 })}
                  </Button>
                )}
              </div>
            ))}
            <div>
              <Button
                variant="secondary"
                onClick={() => {
                  const key = nextKey.current++;
                  setMemberships((rows) => [...rows, { key, organisationId: null, role: null }]);
                }}
              >
                {t("users.addMembershipRow")}
              </Button>
            </div>
          </fieldset>
          <div className="form__actions">
            <Button type="submit" disabled={invite.isPending}>
              {t("users.sendInvitation")}
            </Button>
          </div>
        </form>
      )}
    </>
  );
}
