import type { Role } from "./types";

export type NavLabelKey =
  | "nav.home"
  | "nav.organisations"
  | "nav.users"
  | "nav.outbox"
  | "nav.audit"
  | "nav.accessLog"
  | "nav.caseload"
  | "nav.participants"
  | "nav.projects"
  | "nav.statutoryLimits"
  | "nav.smallJobs"
  | "nav.benefitRules"
  | "nav.myPathway"
  | "nav.myData"
  | "nav.myAccessLog"
  | "nav.instruments"
  | "selfAssessmentAnswer.nav"
  | "jobsSeeker.nav"
  | "cohort.nav";

export interface NavItem {
  to: string;
  labelKey: NavLabelKey;
  /** Shown when the user has any of these roles; empty means every signed-in user. */
  roles: readonly Role[];
}

export const NAV_ITEMS: readonly NavItem[] = [
  { to: "/", labelKey: "nav.home", roles: [] },
  { to: "/caseload", labelKey: "nav.caseload", roles: ["coach"] },
  {
    to: "/participants",
    labelKey: "nav.participants",
    roles: ["coach", "project_manager", "partner_worker", "association_contact"],
  },
  { to: "/projects", labelKey: "nav.projects", roles: ["administrator", "project_manager", "coach"] },
  {
    to: "/reports/distance-travelled",
    labelKey: "cohort.nav",
    roles: ["administrator", "project_manager"],
  },
  {
    to: "/jobs",
    labelKey: "nav.smallJobs",
    roles: ["association_contact", "coach", "project_manager", "administrator"],
  },
  { to: "/me", labelKey: "nav.myPathway", roles: ["participant"] },
  { to: "/me/self-assessment", labelKey: "selfAssessmentAnswer.nav", roles: ["participant"] },
  { to: "/me/jobs", labelKey: "jobsSeeker.nav", roles: ["participant"] },
  { to: "/me/data", labelKey: "nav.myData", roles: ["participant"] },
  { to: "/me/access-log", labelKey: "nav.myAccessLog", roles: ["participant"] },
  { to: "/admin/organisations", labelKey: "nav.organisations", roles: ["administrator"] },
  { to: "/admin/users", labelKey: "nav.users", roles: ["administrator"] },
  { to: "/admin/outbox", labelKey: "nav.outbox", roles: ["administrator"] },
  { to: "/admin/audit", labelKey: "nav.audit", roles: ["administrator"] },
  { to: "/admin/access-log", labelKey: "nav.accessLog", roles: ["administrator"] },
  { to: "/admin/statutory-limits", labelKey: "nav.statutoryLimits", roles: ["administrator"] },
  { to: "/admin/benefit-rules", labelKey: "nav.benefitRules", roles: ["administrator"] },
  { to: "/admin/instruments", labelKey: "nav.instruments", roles: ["administrator"] },
];

/** The navigation links a person with these roles sees. */
export function navItemsFor(roles: readonly Role[]): NavItem[] {
  return NAV_ITEMS.filter(
    (item) => item.roles.length === 0 || item.roles.some((role) => roles.includes(role)),
  );
}
