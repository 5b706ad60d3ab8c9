import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useLocation, useParams } from "react-router";
import { Button, Heading } from "suomifi-ui-components";
import { formatDateTime } from "../../../app/format";
import type { UserCan, UserSummary } from "../../../app/types";
import { useLanguage } from "../../../app/useLanguage";
import { AppLink } from "../../../ui/AppLink";
import { DescriptionList } from "../../../ui/Details";
import { Loading } from "../../../ui/Loading";
import { SuccessNotice } from "../../../ui/Notice";
import { PageTitle } from "../../../ui/PageTitle";
import { ProblemAlert } from "../../../ui/ProblemAlert";
import { useUser, useUserMutations } from "./api";
import type { InvitedState } from "./InviteUserPage";
import { Memberships } from "./Memberships";
import { UserEditForm } from "./UserEditForm";

type Notice = "saved" | "deactivated" | "reactivated" | "invitationSent" | null;

function Actions({
  user,
  can,
  onDone,
}: {
  user: UserSummary;
  can: UserCan;
  onDone: (notice: Notice) => void;
}) {
  const { t } = useTranslation();
  const { deactivate, reactivate, resendInvitation } = useUserMutations(user.id);
  const error = deactivate.error ?? reactivate.error ?? resendInvitation.error;
  if (!can.deactivate && !can.reactivate && !can.resendInvitation) return null;
  const busy = deactivate.isPending || reactivate.isPending || resendInvitation.isPending;
  return (
    <section aria-labelledby="user-actions" className="section">
      <Heading variant="h2" id="user-actions" mb="m">
        {t("users.actions")}
      </Heading>
      <ProblemAlert error={error} />
      <div className="button-row">
        {can.resendInvitation && (
          <Button
            variant="secondary"
            disabled={busy}
            onClick={() => resendInvitation.mutate(undefined, { onSuccess: () => onDone("invitationSent") })}
          >
            {t("users.resendInvitation")}
          </Button>
        )}
        {can.deactivate && (
          <Button
            variant="secondary"
            disabled={busy}
            onClick={() => deactivate.mutate(undefined, { onSuccess: () => onDone("deactivated") })}
          >
            {t("users.deactivate")}
          </Button>
        )}
        {can.reactivate && (
          <Button
            variant="secondary"
            disabled={busy}
            onClick={() => reactivate.mutate(undefined, { onSuccess: () => onDone("reactivated") })}
          >
            {t("users.reactivate")}
          </Button>
        )}
      </div>
    </section>
  );
}

export function UserPage() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const { id = "" } = useParams();
  const location = useLocation();
  const invited = (location.state as InvitedState | null)?.invited === true;
  const user = useUser(id);
  const [notice, setNotice] = useState<Notice>(null);

  if (user.isPending) return <Loading />;
  if (!user.data) {
    return (
      <>
        <PageTitle>{t("users.userTitle")}</PageTitle>
        <ProblemAlert error={user.error} />
        <AppLink to="/admin/users">{t("users.backToList")}</AppLink>
      </>
    );
  }

  const { data, can } = user.data;
  return (
    <>
      <PageTitle>{data.name}</PageTitle>
      <p>
        <AppLink to="/admin/users">{t("users.backToList")}</AppLink>
      </p>
      {invited && notice === null && (
        <SuccessNotice>{t("users.invited", { email: data.email })}</SuccessNotice>
      )}
      {notice && <SuccessNotice>{t(`users.notice.${notice}`)}</SuccessNotice>}
      <DescriptionList
        items={[
          { label: t("users.email"), value: data.email },
          { label: t("users.status"), value: t(`userStatus.${data.status}`) },
          { label: t("users.language"), value: t(`language.${data.language}`) },
          {
            label: t("users.lastSignIn"),
            value: data.lastSignInAt ? formatDateTime(data.lastSignInAt, language) : t("users.neverSignedIn"),
          },
        ]}
      />
      {can.edit && <UserEditForm key={data.version} user={data} onSaved={() => setNotice("saved")} />}
      <Memberships user={data} canEdit={can.edit} />
      <Actions user={data} can={can} onDone={setNotice} />
    </>
  );
}
