import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Button, Heading, Paragraph, VisuallyHidden } from "suomifi-ui-components";
import type { Role, UserSummary } from "../../../app/types";
import { Loading } from "../../../ui/Loading";
import { ProblemAlert } from "../../../ui/ProblemAlert";
import { useOrganisations } from "../organisations/api";
import { useUserMutations } from "./api";
import { membershipLabel } from "./format";
import { MembershipFields } from "./MembershipFields";

function AddMembership({ userId }: { userId: string }) {
  const { t } = useTranslation();
  const organisations = useOrganisations();
  const { addMembership } = useUserMutations(userId);
  const [organisationId, setOrganisationId] = useState<string | null>(null);
  const [role, setRole] = useState<Role | null>(null);
  const [checked, setChecked] = useState(false);
  // Remounting the selects is the reliable way to clear them after adding.
  const [formKey, setFormKey] = useState(0);

  function submit(event: React.FormEvent) {
    event.preventDefault();
    setChecked(true);
    if (organisationId === null || role === null) return;
    addMembership.mutate(
      { organisationId, role },
      {
        onSuccess: () => {
          setOrganisationId(null);
          setRole(null);
          setChecked(false);
          setFormKey((key) => key + 1);
        },
      },
    );
  }

  return (
    <form onSubmit={submit} noValidate className="form" aria-labelledby="add-membership">
      <Heading variant="h3" id="add-membership">
        {t("users.addMembership")}
      </Heading>
      <ProblemAlert error={addMembership.error ?? organisations.error} />
      {organisations.isPending && <Loading />}
      {organisations.isSuccess && (
        <div className="membership-row" key={formKey}>
          <MembershipFields
            organisations={(organisations.data?.data ?? []).filter((organisation) => organisation.active)}
            organisationId={organisationId}
            role={role}
            onChange={(change) => {
              if (change.organisationId !== undefined) setOrganisationId(change.organisationId);
              if (change.role !== undefined) setRole(change.role);
            }}
            errors={{
              organisationId: checked && organisationId === null ? t("common.required") : undefined,
              role: checked && role === null ? t("common.required") : undefined,
            }}
          />
          <Button type="submit" disabled={addMembership.isPending}>
            {t("users.addMembershipSubmit")}
          </Button>
        </div>
      )}
    </form>
  );
}

/** The user's roles in organisations; removable and extendable when the user may be edited. */
export function Memberships({ user, canEdit }: { user: UserSummary; canEdit: boolean }) {
  const { t } = useTranslation();
  const { removeMembership } = useUserMutations(user.id);
  return (
    <section aria-labelledby="memberships" className="section">
      <Heading variant="h2" id="memberships" mb="m">
        {t("users.memberships")}
      </Heading>
      <ProblemAlert error={removeMembership.error} />
      {user.memberships.length === 0 ? (
        <Paragraph mb="m">{t("users.noMemberships")}</Paragraph>
      ) : (
        <ul className="membership-list">
          {user.memberships.map((membership) => {
            const label = membershipLabel(t, membership);
            return (
              <li key={membership.id} className="button-row">
                <span>{label}</span>
                {canEdit && (
                  <Button
                    variant="secondaryNoBorder"
                    disabled={removeMembership.isPending}
                    onClick={() => removeMembership.mutate(membership.id)}
                  >
                    {t("common.remove")}
                    <VisuallyHidden> {label}</VisuallyHidden>
                  </Button>
                )}
              </li>
            );
          })}
        </ul>
      )}
      {canEdit && <AddMembership userId={user.id} />}
    </section>
  );
}
