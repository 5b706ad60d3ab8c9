import type { TFunction } from "i18next";
import type { Membership } from "../../../app/types";

/** "Coach, Kylä ry" in the current language. */
export function membershipLabel(t: TFunction, membership: Membership): string {
  return t("common.roleAtOrganisation", {
    role: t(`role.${membership.role}`),
    organisation: membership.organisationName,
  });
}
