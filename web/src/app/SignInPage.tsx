import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Navigate, useLocation, useNavigate } from "react-router";
import { Button, Paragraph, TextInput } from "suomifi-ui-components";
import { AppLink } from "../ui/AppLink";
import { Loading } from "../ui/Loading";
import { PageTitle } from "../ui/PageTitle";
import { ProblemAlert } from "../ui/ProblemAlert";
import { fieldErrors } from "./api";
import type { FromState } from "./guards";
import { useSession, useSignIn } from "./session";

/** Only same-app paths, so a crafted link cannot send someone elsewhere after signing in. */
function safeReturnPath(state: unknown): string {
  const from = (state as FromState | null)?.from;
  return typeof from === "string" && from.startsWith("/") && !from.startsWith("//") ? from : "/";
}

export function SignInPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const location = useLocation();
  const { session, isPending } = useSession();
  const signIn = useSignIn();
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [missing, setMissing] = useState<{ email?: boolean; password?: boolean }>({});

  if (isPending) return <Loading />;
  if (session && !signIn.isSuccess) return <Navigate to="/" replace />;

  const serverFieldErrors = fieldErrors(signIn.error);

  function submit(event: React.FormEvent) {
    event.preventDefault();
    const nextMissing = { email: email.trim() === "", password: password === "" };
    setMissing(nextMissing);
    if (nextMissing.email || nextMissing.password) return;
    signIn.mutate(
      { email: email.trim(), password },
      { onSuccess: () => navigate(safeReturnPath(location.state), { replace: true }) },
    );
  }

  const emailError = missing.email ? t("signIn.emailRequired") : serverFieldErrors.email;
  const passwordError = missing.password ? t("signIn.passwordRequired") : serverFieldErrors.password;

  return (
    <div className="narrow">
      <PageTitle>{t("signIn.title")}</PageTitle>
      <ProblemAlert error={signIn.error} />
      <form onSubmit={submit} noValidate className="form">
        <TextInput
          labelText={t("signIn.email")}
          type="email"
          name="email"
          autoComplete="username"
          value={email}
          onChange={(value) => setEmail(String(value ?? ""))}
          status={emailError ? "error" : "default"}
          statusText={emailError}
          fullWidth
        />
        <TextInput
          labelText={t("signIn.password")}
          type="password"
          name="password"
          autoComplete="current-password"
          value={password}
          onChange={(value) => setPassword(String(value ?? ""))}
          status={passwordError ? "error" : "default"}
          statusText={passwordError}
          fullWidth
        />
        <div className="form__actions">
          <Button type="submit" disabled={signIn.isPending}>
            {t("signIn.submit")}
          </Button>
        </div>
      </form>
      <Paragraph className="sign-in__order">
        <AppLink to="/order">{t("orders.signInLink")}</AppLink>
      </Paragraph>
    </div>
  );
}
