import type { ParticipantCan, RelationView } from "../../../../server/src/modules/participants/api";

/** The sections of a participant's page, in the order of the tab list; "" is the overview. */
export const PARTICIPANT_TABS = [
  "overview",
  "consents",
  "enrolments",
  "assessment",
  "self-assessment",
  "plan",
  "steps",
  "stage",
  "contacts",
  "timeline",
  "funder",
  "small-jobs",
] as const;
export type ParticipantTab = (typeof PARTICIPANT_TABS)[number];

/** The path segment of a tab under /participants/:id. */
export const tabSegment = (tab: ParticipantTab) => (tab === "overview" ? "" : tab);

/** Whether the user may open a tab; the server refuses the rest anyway, this keeps them out of sight. */
export function tabVisible(tab: ParticipantTab, relation: RelationView, can: ParticipantCan): boolean {
  switch (tab) {
    case "overview":
    case "consents":
    case "enrolments":
    case "timeline":
    // The contacts tab holds the user's own organisation's notes, so everyone who sees the person has it.
    case "contacts":
      return true;
    case "assessment":
    case "self-assessment":
      return can.seeAssessments;
    case "plan":
    case "steps":
    case "stage":
      return can.seePlan;
    case "funder":
    // Small jobs (seeker profile, earnings, matches) are for the coaches who keep the record (decision 024).
    case "small-jobs":
      return relation.kind === "keeper";
  }
}

export const visibleTabs = (relation: RelationView, can: ParticipantCan) =>
  PARTICIPANT_TABS.filter((tab) => tabVisible(tab, relation, can));

/** The tab a path shows: "/participants/x/plan" → "plan"; unknown segments → null. */
export function tabOfPath(pathname: string, participantId: string): ParticipantTab | null {
  const base = `/participants/${participantId}`;
  if (!pathname.startsWith(base)) return null;
  const segment =
    pathname
      .slice(base.length)
      .replace(/^\/+|\/+$/g, "")
      .split("/")[0] ?? "";
  if (segment === "") return "overview";
  return PARTICIPANT_TABS.find((tab) => tab !== "overview" && tab === segment) ?? null;
}
