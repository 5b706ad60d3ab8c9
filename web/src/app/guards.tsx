import { useTranslation } from "react-i18next";
import { Navigate, Outlet, useLocation } from "react-router";
import { Paragraph } from "suomifi-ui-components";
import { AppLink } from "../ui/AppLink";
import { Loading } from "../ui/Loading";
import { PageTitle } from "../ui/PageTitle";
import { ProblemAlert } from "../ui/ProblemAlert";
import { useSession } from "./session";
import type { Role } from "./types";

export interface FromState {
  from?: string;
}

/** Lets only signed-in people through; others go to sign-in and come back afterwards. */
export function RequireSession() {
  const { session, isPending, error } = useSession();
  const location = useLocation();
  if (isPending) return <Loading />;
  if (error) return <ProblemAlert error={error} />;
  if (!session) {
    const state: FromState = { from: `${location.pathname}${location.search}` };
    return <Navigate to="/sign-in" replace state={state} />;
  }
  return <Outlet />;
}

export function NoAccess() {
  const { t } = useTranslation();
  return (
    <>
      <PageTitle>{t("noAccess.title")}</PageTitle>
      <Paragraph mb="m">{t("noAccess.body")}</Paragraph>
      <AppLink to="/">{t("common.backHome")}</AppLink>
    </>
  );
}

/** Lets through people with any of the roles; others see a "no access" page. */
export function RequireRole({ roles }: { roles: readonly Role[] }) {
  const { session } = useSession();
  const allowed = session?.user.roles.some((role) => roles.includes(role)) ?? false;
  return allowed ? <Outlet /> : <NoAccess />;
}
