import { useTranslation } from "react-i18next";
import { Dropdown, DropdownItem, Paragraph } from "suomifi-ui-components";
import { isRole, ROLES } from "../../../app/domain";
import type { Organisation, Role } from "../../../app/types";

/** Organisation and role selects for one membership. */
export function MembershipFields({
  organisations,
  organisationId,
  role,
  onChange,
  errors,
}: {
  organisations: Organisation[];
  organisationId: string | null;
  role: Role | null;
  onChange: (change: { organisationId?: string; role?: Role | null }) => void;
  errors: { organisationId?: string | undefined; role?: string | undefined };
}) {
  const { t } = useTranslation();
  // The Suomi.fi Dropdown cannot render without items.
  if (organisations.length === 0) return <Paragraph>{t("users.noActiveOrganisations")}</Paragraph>;
  return (
    <>
      <Dropdown
        labelText={t("users.organisation")}
        visualPlaceholder={t("common.choose")}
        value={organisationId}
        onChange={(value) => onChange({ organisationId: value })}
        status={errors.organisationId ? "error" : "default"}
        statusText={errors.organisationId}
      >
        {organisations.map((organisation) => (
          <DropdownItem key={organisation.id} value={organisation.id}>
            {organisation.name}
          </DropdownItem>
        ))}
      </Dropdown>
      <Dropdown
        labelText={t("users.role")}
        visualPlaceholder={t("common.choose")}
        value={role}
        onChange={(value) => onChange({ role: isRole(value) ? value : null })}
        status={errors.role ? "error" : "default"}
        statusText={errors.role}
      >
        {ROLES.map((option) => (
          <DropdownItem key={option} value={option}>
            {t(`role.${option}`)}
          </DropdownItem>
        ))}
      </Dropdown>
    </>
  );
}
