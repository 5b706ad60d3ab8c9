import type {
  Assessment,
  AssessmentCreate,
  Barriers,
  GoalInput,
  Plan,
  PlanSave,
} from "../../../../../server/src/modules/pathway/api-record";
import { inputDateToIso, isoToInputDate, todayIso } from "../../../app/dates";

// The forms of the participant's record as the browser holds them (dates as typed, d.M.yyyy) and their
// mapping to and from the API bodies. Pure, so that it is tested without a browser.

export const BARRIER_AREAS = [
  "health",
  "housing",
  "finances",
  "skills",
  "language",
  "social_network",
] as const;
export type BarrierArea = (typeof BARRIER_AREAS)[number];
export const BARRIER_LEVELS = [0, 1, 2, 3] as const;
export const GOAL_STATUSES = ["open", "in_progress", "achieved", "dropped"] as const;
export type GoalStatus = (typeof GOAL_STATUSES)[number];
export const STAGES = [
  "reached",
  "life_management",
  "resources_and_goals",
  "guided_onward",
  "network",
] as const;
export type Stage = (typeof STAGES)[number];
/**
 * A stage as lists and the stage form show it, with its number in the model: "2. Elämänhallinta ja
 * hyvinvointi". The names themselves have one source, the translations' record.stageName.
 */
export const numberedStage = (stage: Stage, name: string) => `${STAGES.indexOf(stage) + 1}. ${name}`;
export const CONTACT_KINDS = ["in_person", "phone", "outreach", "group", "online", "note"] as const;
export type ContactKind = (typeof CONTACT_KINDS)[number];

export const isOneOf = <T extends string>(values: readonly T[], value: unknown): value is T =>
  typeof value === "string" && (values as readonly string[]).includes(value);

/** Why a date field is refused: missing, not a date, or in the future. */
export type DateError = "required" | "invalid" | "future";

/** A typed date checked: the ISO date, or why it is refused. Empty is allowed when optional. */
export function checkDate(
  text: string,
  { optional = false, notFuture = false, today = todayIso() } = {},
): { iso: string | null; error?: DateError } {
  if (text.trim() === "") return optional ? { iso: null } : { iso: null, error: "required" };
  const iso = inputDateToIso(text);
  if (!iso) return { iso: null, error: "invalid" };
  if (notFuture && iso > today) return { iso, error: "future" };
  return { iso };
}

// --- Assessment ---

export interface AssessmentValues {
  assessedOn: string;
  situation: string;
  strengths: string;
  wishes: string;
  /** "" = not assessed. */
  levels: Record<BarrierArea, "" | "0" | "1" | "2" | "3">;
  notes: Record<BarrierArea, string>;
}

const perArea = <T>(value: (area: BarrierArea) => T) =>
  Object.fromEntries(BARRIER_AREAS.map((a) => [a, value(a)])) as Record<BarrierArea, T>;

export const emptyAssessment = (): AssessmentValues => ({
  assessedOn: isoToInputDate(todayIso()),
  situation: "",
  strengths: "",
  wishes: "",
  levels: perArea(() => ""),
  notes: perArea(() => ""),
});

export function assessmentValuesOf(a: Assessment): AssessmentValues {
  return {
    assessedOn: isoToInputDate(a.assessedOn),
    situation: a.situation,
    strengths: a.strengths,
    wishes: a.wishes,
    levels: perArea((area) => {
      const level = a.barriers[area]?.level;
      return level === undefined ? "" : (String(level) as "0" | "1" | "2" | "3");
    }),
    notes: perArea((area) => a.barriers[area]?.note ?? ""),
  };
}

/** The body, or the date problem; an area with a note but no level is refused. */
export function assessmentBodyOf(
  v: AssessmentValues,
  today = todayIso(),
): { body: AssessmentCreate } | { errors: Partial<Record<"assessedOn" | BarrierArea, string>> } {
  const errors: Partial<Record<"assessedOn" | BarrierArea, string>> = {};
  const date = checkDate(v.assessedOn, { notFuture: true, today });
  if (date.error) errors.assessedOn = date.error;
  const barriers: Barriers = {};
  for (const area of BARRIER_AREAS) {
    const level = v.levels[area];
    if (level === "") {
      if (v.notes[area].trim() !== "") errors[area] = "levelRequired";
    } else {
      barriers[area] = { level: Number(level), note: v.notes[area].trim() };
    }
  }
  if (Object.keys(errors).length > 0 || !date.iso) return { errors };
  return {
    body: {
      assessedOn: date.iso,
      situation: v.situation.trim(),
      strengths: v.strengths.trim(),
      wishes: v.wishes.trim(),
      barriers,
    },
  };
}

// --- Plan ---

export interface GoalValues {
  /** A key for React: the goal's id, or a temporary one for a new goal. */
  key: string;
  id: string | null;
  title: string;
  description: string;
  targetDate: string;
  status: GoalStatus;
}

export interface PlanValues {
  summary: string;
  agreedOn: string;
  nextReviewOn: string;
  goals: GoalValues[];
}

let counter = 0;
export const newGoal = (): GoalValues => ({
  key: `new-${++counter}`,
  id: null,
  title: "",
  description: "",
  targetDate: "",
  status: "open",
});

export function planValuesOf(plan: Plan | null): PlanValues {
  if (!plan)
    return { summary: "", agreedOn: isoToInputDate(todayIso()), nextReviewOn: "", goals: [newGoal()] };
  return {
    summary: plan.summary,
    agreedOn: isoToInputDate(plan.agreedOn),
    nextReviewOn: isoToInputDate(plan.nextReviewOn),
    goals: plan.goals.map((g) => ({
      key: g.id,
      id: g.id,
      title: g.title,
      description: g.description,
      targetDate: isoToInputDate(g.targetDate),
      status: g.status,
    })),
  };
}

/**
 * After a conflict the editor keeps their text and continues on the latest version: goals that the
 * other save removed become new goals again, so that nothing typed is lost.
 */
export function rebaseGoals(values: PlanValues, latest: Plan | null): PlanValues {
  const ids = new Set(latest?.goals.map((g) => g.id) ?? []);
  return { ...values, goals: values.goals.map((g) => (g.id && !ids.has(g.id) ? { ...g, id: null } : g)) };
}

export type PlanErrors = Partial<Record<"agreedOn" | "nextReviewOn", DateError | "beforeAgreed">> & {
  goals?: Record<string, Partial<Record<"title" | "targetDate", string>>>;
};

export function planBodyOf(
  v: PlanValues,
  version: number,
  today = todayIso(),
): { body: PlanSave } | { errors: PlanErrors } {
  const errors: PlanErrors = {};
  const agreed = checkDate(v.agreedOn, { optional: true, notFuture: true, today });
  const next = checkDate(v.nextReviewOn, { optional: true, today });
  if (agreed.error) errors.agreedOn = agreed.error;
  if (next.error) errors.nextReviewOn = next.error;
  else if (agreed.iso && next.iso && next.iso < agreed.iso) errors.nextReviewOn = "beforeAgreed";
  const goals: GoalInput[] = [];
  const goalErrors: NonNullable<PlanErrors["goals"]> = {};
  for (const g of v.goals) {
    const target = checkDate(g.targetDate, { optional: true, today });
    const e: Partial<Record<"title" | "targetDate", string>> = {};
    if (g.title.trim() === "") e.title = "required";
    if (target.error) e.targetDate = target.error;
    if (Object.keys(e).length > 0) goalErrors[g.key] = e;
    goals.push({
      ...(g.id ? { id: g.id } : {}),
      title: g.title.trim(),
      description: g.description.trim(),
      targetDate: target.iso,
      status: g.status,
    });
  }
  if (Object.keys(goalErrors).length > 0) errors.goals = goalErrors;
  if (Object.keys(errors).length > 0) return { errors };
  return {
    body: { summary: v.summary.trim(), agreedOn: agreed.iso, nextReviewOn: next.iso, goals, version },
  };
}

// --- Contacts: a Finnish date and time as an instant ---

const TIME_ZONE = "Europe/Helsinki";

/** Minutes Finland is ahead of UTC at an instant (120 in winter, 180 in summer). */
function helsinkiOffsetMinutes(utcMs: number): number {
  const name = new Intl.DateTimeFormat("en-US", { timeZone: TIME_ZONE, timeZoneName: "longOffset" })
    .formatToParts(new Date(utcMs))
    .find((p) => p.type === "timeZoneName")?.value;
  const m = /GMT([+-])(\d{2}):?(\d{2})?/.exec(name ?? "");
  if (!m) return 0;
  return (m[1] === "-" ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3] ?? 0));
}

/** "14.30" or "14:30" → [14, 30], or null. */
export function parseTime(text: string): [number, number] | null {
  const m = /^(\d{1,2})[.:](\d{2})$/.exec(text.trim());
  if (!m) return null;
  const h = Number(m[1]);
  const min = Number(m[2]);
  return h <= 23 && min <= 59 ? [h, min] : null;
}

/** A date (ISO) and a time as read on a clock in Finland, as an ISO instant. */
export function helsinkiInstant(dateIso: string, time: [number, number]): string {
  const [y, mo, d] = dateIso.split("-").map(Number);
  const naive = Date.UTC(y ?? 1970, (mo ?? 1) - 1, d ?? 1, time[0], time[1]);
  let utc = naive - helsinkiOffsetMinutes(naive) * 60_000;
  utc = naive - helsinkiOffsetMinutes(utc) * 60_000;
  return new Date(utc).toISOString();
}

/** The current time on a clock in Finland as "HH.MM". */
export function helsinkiTimeNow(now = new Date()): string {
  const parts = new Intl.DateTimeFormat("fi-FI", {
    timeZone: TIME_ZONE,
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  }).formatToParts(now);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? "00";
  return `${part("hour")}.${part("minute")}`;
}
