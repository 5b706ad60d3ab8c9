import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Button, Dropdown, DropdownItem, Heading, TextInput } from "suomifi-ui-components";
import { ApiError, fieldErrors } from "../../../app/api";
import { isLanguage, LANGUAGE_NAMES, LANGUAGES } from "../../../app/domain";
import type { Language, UserSummary } from "../../../app/types";
import { ProblemAlert } from "../../../ui/ProblemAlert";
import { useUser, useUserMutations } from "./api";

/** Name and language; a stale version (409) shows the server's explanation and offers a reload. */
export function UserEditForm({ user, onSaved }: { user: UserSummary; onSaved: () => void }) {
  const { t } = useTranslation();
  const { update } = useUserMutations(user.id);
  const { refetch } = useUser(user.id);
  const [name, setName] = useState(user.name);
  const [language, setLanguage] = useState<Language>(user.language);
  const [checked, setChecked] = useState(false);
  const server = fieldErrors(update.error);
  const nameError = checked && name.trim() === "" ? t("common.required") : server.name;
  const conflict = update.error instanceof ApiError && update.error.status === 409;

  function submit(event: React.FormEvent) {
    event.preventDefault();
    setChecked(true);
    if (name.trim() === "") return;
    update.mutate({ name: name.trim(), language, version: user.version }, { onSuccess: onSaved });
  }

  return (
    <section aria-labelledby="edit-user" className="section">
      <Heading variant="h2" id="edit-user" mb="m">
        {t("users.editHeading")}
      </Heading>
      <ProblemAlert error={update.error}>
        {conflict && (
          <div className="button-row">
            <Button variant="secondary" onClick={() => void refetch().then(() => update.reset())}>
              {t("common.reload")}
            </Button>
          </div>
        )}
      </ProblemAlert>
      <form onSubmit={submit} noValidate className="form">
        <TextInput
          labelText={t("users.name")}
          name="name"
          value={name}
          onChange={(value) => setName(String(value ?? ""))}
          status={nameError ? "error" : "default"}
          statusText={nameError}
          fullWidth
        />
        <Dropdown<Language>
          labelText={t("users.language")}
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
        <div className="form__actions">
          <Button type="submit" disabled={update.isPending}>
            {t("common.save")}
          </Button>
        </div>
      </form>
    </section>
  );
}
