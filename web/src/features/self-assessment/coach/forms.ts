import type { ReminderSave, StaffStart } from "../../../../../server/src/modules/self-assessment/api";
import { inputDateToIso, isoToInputDate, todayIso } from "../../../app/dates";

// The coach's forms on the participant's self-assessment tab, as the browser holds them (dates as typed,
// scores as typed) and their mapping to the API bodies. Pure, so they are tested without a browser.

export type Language = StaffStart["language"];

// --- Scores from an external tool ---

export interface ExternalValues {
  tool: string;
  answeredOn: string;
  /** Per dimension key, the score as typed; "" = the tool did not score it (skipped). */
  scores: Record<string, string>;
}

export type ExternalError = "toolRequired" | "dateInvalid" | "dateInFuture" | "scoreInvalid" | "noScores";

export const emptyExternal = (keys: readonly string[], today = todayIso()): ExternalValues => ({
  tool: "",
  answeredOn: isoToInputDate(today),
  scores: Object.fromEntries(keys.map((k) => [k, ""])),
});

/** A typed score: a whole number 0–10 (spaces allowed around it), "" for skipped, else invalid. */
export function parseScore(text: string): number | null | "invalid" {
  const value = text.trim();
  if (value === "") return null;
  if (!/^\d{1,2}$/.test(value)) return "invalid";
  const n = Number(value);
  return n >= 0 && n <= 10 ? n : "invalid";
}

/**
 * Checks the external scores form; `body` is the POST body when it is valid. Every dimension of the
 * version is sent (null = skipped), and at least one must have a score.
 */
export function checkExternal(
  values: ExternalValues,
  keys: readonly string[],
  context: { instrumentId: string; language: Language; today?: string },
): { errors: Partial<Record<string, ExternalError>>; body: StaffStart | null } {
  const errors: Partial<Record<string, ExternalError>> = {};
  const tool = values.tool.trim();
  if (tool === "") errors.tool = "toolRequired";
  const answeredOn = inputDateToIso(values.answeredOn);
  if (!answeredOn) errors.answeredOn = "dateInvalid";
  else if (answeredOn > (context.today ?? todayIso())) errors.answeredOn = "dateInFuture";
  const scores: Record<string, number | null> = {};
  for (const key of keys) {
    const score = parseScore(values.scores[key] ?? "");
    if (score === "invalid") errors[`scores.${key}`] = "scoreInvalid";
    else scores[key] = score;
  }
  if (keys.every((k) => parseScore(values.scores[k] ?? "") === null)) errors.scores = "noScores";
  if (Object.keys(errors).length > 0 || !answeredOn) return { errors, body: null };
  return {
    errors,
    body: {
      instrumentId: context.instrumentId,
      mode: "external",
      externalTool: tool,
      answeredOn,
      language: context.language,
      scores,
    },
  };
}

// --- Reminder ---

export const INTERVAL_CHOICES = Array.from({ length: 24 }, (_, i) => i + 1);

export interface ReminderValues {
  intervalMonths: number;
  /** As typed; "" = let the server count it from the latest answer. */
  nextDue: string;
}

export type ReminderError = "dateInvalid";

export function checkReminder(
  values: ReminderValues,
  version: number | null,
): { errors: Partial<Record<"nextDue", ReminderError>>; body: ReminderSave | null } {
  const body: ReminderSave = { intervalMonths: values.intervalMonths };
  if (values.nextDue.trim() !== "") {
    const iso = inputDateToIso(values.nextDue);
    if (!iso) return { errors: { nextDue: "dateInvalid" }, body: null };
    body.nextDue = iso;
  }
  if (version !== null) body.version = version;
  return { errors: {}, body };
}
