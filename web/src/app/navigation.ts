import type { Role } from "./types";

export type NavLabelKey =
  | "nav.home"
  | "nav.organisations"
  | "nav.users"
  | "nav.outbox"
  | "nav.audit"
  | "nav.accessLog";

export interface NavItem {
  to: string;
  labelKey: NavLabelKey;
  /** Shown when the user has any of these roles; empty means every signed-in user. */
  roles: readonly Role[];
}

export const NAV_ITEMS: readonly NavItem[] = [
  { to: "/", labelKey: "nav.home", roles: [] },
  { to: "/admin/organisations", labelKey: "nav.organisations", roles: ["administrator"] },
  { to: "/admin/users", labelKey: "nav.users", roles: ["administrator"] },
  { to: "/admin/outbox", labelKey: "nav.outbox", roles: ["administrator"] },
  { to: "/admin/audit", labelKey: "nav.audit", roles: ["administrator"] },
  { to: "/admin/access-log", labelKey: "nav.accessLog", roles: ["administrator"] },
];

/** The navigation links a person with these roles sees. */
export function navItemsFor(roles: readonly Role[]): NavItem[] {
  return NAV_ITEMS.filter(
    (item) => item.roles.length === 0 || item.roles.some((role) => roles.includes(role)),
  );
}
