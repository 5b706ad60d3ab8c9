import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate, useParams } from "react-router";
import { Button, Paragraph, TextInput } from "suomifi-ui-components";
import { api, fieldErrors } from "../../app/api";
import { applySession } from "../../app/session";
import type { Invitation, Session } from "../../app/types";
import { AppLink } from "../../ui/AppLink";
import { DescriptionList } from "../../ui/Details";
import { Loading } from "../../ui/Loading";
import { PageTitle } from "../../ui/PageTitle";
import { ProblemAlert } from "../../ui/ProblemAlert";
import { passwordProblem } from "./password";

export function InvitationPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { token = "" } = useParams();
  const path = `/api/invitations/${encodeURIComponent(token)}`;
  const invitation = useQuery({ queryKey: ["invitation", token], queryFn: () => api.get<Invitation>(path) });
  const accept = useMutation({
    mutationFn: (password: string) => api.post<Session>(`${path}/accept`, { password }),
    onSuccess: (session) => {
      applySession(queryClient, session);
      navigate("/", { replace: true });
    },
  });
  const [password, setPassword] = useState("");
  const [confirm, setConfirm] = useState("");
  const [checked, setChecked] = useState(false);

  const problem = passwordProblem(password, confirm);
  const server = fieldErrors(accept.error);
  const passwordError =
    checked && (problem === "empty" || problem === "tooShort") ? t(`invitation.${problem}`) : server.password;
  const confirmError = checked && problem === "mismatch" ? t("invitation.mismatch") : undefined;

  function submit(event: React.FormEvent) {
    event.preventDefault();
    setChecked(true);
    if (problem === null) accept.mutate(password);
  }

  return (
    <div className="narrow">
      <PageTitle>{t("invitation.title")}</PageTitle>
      {invitation.isPending && <Loading />}
      <ProblemAlert error={invitation.error} />
      {invitation.error && (
        <Paragraph>
          <AppLink to="/sign-in">{t("invitation.goToSignIn")}</AppLink>
        </Paragraph>
      )}
      {invitation.data && (
        <>
          <Paragraph mb="m">{t("invitation.intro")}</Paragraph>
          <DescriptionList
            items={[
              { label: t("users.name"), value: invitation.data.name },
              { label: t("users.email"), value: invitation.data.email },
            ]}
          />
          <ProblemAlert error={accept.error} />
          <form onSubmit={submit} noValidate className="form">
            {/* Lets password managers store the new password under the right account. */}
            <input
              type="email"
              name="username"
              autoComplete="username"
              value={invitation.data.email}
              readOnly
              hidden
            />
            <TextInput
              labelText={t("invitation.password")}
              hintText={t("invitation.passwordHint")}
              type="password"
              name="password"
              autoComplete="new-password"
              value={password}
              onChange={(value) => setPassword(String(value ?? ""))}
              status={passwordError ? "error" : "default"}
              statusText={passwordError}
              fullWidth
            />
            <TextInput
              labelText={t("invitation.confirm")}
              type="password"
              name="confirm"
              autoComplete="new-password"
              value={confirm}
              onChange={(value) => setConfirm(String(value ?? ""))}
              status={confirmError ? "error" : "default"}
              statusText={confirmError}
              fullWidth
            />
            <div className="form__actions">
              <Button type="submit" disabled={accept.isPending}>
                {t("invitation.submit")}
              </Button>
            </div>
          </form>
        </>
      )}
    </div>
  );
}
