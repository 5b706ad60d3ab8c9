import type { TimelineEntry } from "../../../../../server/src/modules/pathway/api-record";
import type { ParticipantTab } from "../../participants/tabs";

// The timeline's grouping and links, pure so that they are tested without a browser.

export type EventKind = TimelineEntry["kind"];

export const OUTCOMES = [
  "employed_open_market",
  "subsidised_work",
  "self_employed",
  "education",
  "rehabilitation",
  "pension",
  "other_service",
  "moved_away",
  "unknown",
] as const;
export const STEP_KINDS = [
  "association_activity",
  "part_time_work",
  "rehabilitative_work",
  "work_trial",
  "wage_subsidy",
  "education",
  "work_ability_assessment",
  "small_jobs",
  "group",
  "other_service",
] as const;
export const STEP_STATUSES = ["planned", "ongoing", "completed", "interrupted"] as const;
export const CONSENT_PURPOSES = ["pathway", "sharing", "funder_reporting", "contact"] as const;

/** The tab of the participant's page that holds the details of an event. */
export function tabOf(kind: EventKind): ParticipantTab {
  switch (kind) {
    case "registered":
      return "overview";
    case "consent_given":
    case "consent_withdrawn":
      return "consents";
    case "enrolled":
    case "coach_changed":
    case "exited":
    case "follow_up":
      return "enrolments";
    case "assessment":
      return "assessment";
    case "self_assessment":
      return "self-assessment";
    case "plan_saved":
    case "goal_reviewed":
      return "plan";
    case "step_added":
    case "step_changed":
      return "steps";
    case "stage_changed":
      return "stage";
    case "contact":
      return "contacts";
  }
}

/** An instant as the server writes it ("2026-03-04 07:00:00.123+00" or ISO) in milliseconds. */
export function instantOf(at: string): number {
  return Date.parse(at.replace(" ", "T").replace(/([+-]\d{2})$/, "$1:00"));
}

/** The calendar day of an instant in Finland, YYYY-MM-DD. */
export function helsinkiDay(at: string): string {
  const ms = instantOf(at);
  if (Number.isNaN(ms)) return at.slice(0, 10);
  return new Intl.DateTimeFormat("en-CA", {
    timeZone: "Europe/Helsinki",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).format(new Date(ms));
}

/** Entries (newest first) grouped by their day in Finland, keeping the order. */
export function groupByDay(entries: TimelineEntry[]): { day: string; entries: TimelineEntry[] }[] {
  const groups: { day: string; entries: TimelineEntry[] }[] = [];
  for (const entry of entries) {
    const day = helsinkiDay(entry.at);
    const last = groups.at(-1);
    if (last && last.day === day) last.entries.push(entry);
    else groups.push({ day, entries: [entry] });
  }
  return groups;
}

/** A summary value as text, if it is one. */
export const textOf = (value: unknown): string | null => (typeof value === "string" ? value : null);
/** A summary value as a number, if it is one. */
export const numberOf = (value: unknown): number | null => (typeof value === "number" ? value : null);

/**
 * Whether an event carries a date only: the server places dated events (a stage change, a review) at
 * midday Finnish winter time (10:00 UTC), and a clock time would be made up. Meetings always have one.
 */
export function isDateOnly(entry: Pick<TimelineEntry, "at" | "kind">): boolean {
  if (entry.kind === "contact") return false;
  const ms = instantOf(entry.at);
  return !Number.isNaN(ms) && ms % 86_400_000 === 10 * 3_600_000;
}
