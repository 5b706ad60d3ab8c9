import { localeFor } from "./language";
import type { Language } from "./types";

const TIME_ZONE = "Europe/Helsinki";

/** Formats an ISO timestamp as a date and time in Finnish time, in the given UI language. */
export function formatDateTime(iso: string, language: Language): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(localeFor(language), {
    dateStyle: "short",
    timeStyle: "short",
    timeZone: TIME_ZONE,
  }).format(date);
}

/** Formats an ISO timestamp as a date only, in Finnish time. */
export function formatDate(iso: string, language: Language): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(localeFor(language), { dateStyle: "medium", timeZone: TIME_ZONE }).format(
    date,
  );
}

/** Shows a changed value from the audit trail compactly: strings as is, the rest as JSON. */
export function formatChangeValue(value: unknown): string {
  if (value === null || value === undefined) return "–";
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return JSON.stringify(value);
}

/** Bookkeeping columns that say nothing to a reader of the audit trail. */
const HIDDEN_FIELDS = new Set(["id", "region_id", "created_at", "updated_at", "version"]);

function isChange(value: unknown): value is { old: unknown; new: unknown } {
  return typeof value === "object" && value !== null && "old" in value && "new" in value;
}

/** An audit entry's changes as lines "field: value" or "field: old → new", bookkeeping left out. */
export function describeChanges(changes: Record<string, unknown>): { field: string; text: string }[] {
  return Object.entries(changes)
    .filter(([field]) => !HIDDEN_FIELDS.has(field))
    .map(([field, value]) => ({
      field,
      text: isChange(value)
        ? `${formatChangeValue(value.old)} → ${formatChangeValue(value.new)}`
        : formatChangeValue(value),
    }));
}
