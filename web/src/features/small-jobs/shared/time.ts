// Time in the small-jobs pages: the API speaks integer minutes; people read "2 h 30 min" and type
// "2,5", "2:30" or "2 h 30 min".

/** 150 → "2 h 30 min", 60 → "1 h", 45 → "45 min", 0 → "0 min". */
export function formatMinutes(minutes: number): string {
  const total = Math.max(0, Math.trunc(minutes));
  const hours = Math.floor(total / 60);
  const rest = total % 60;
  if (hours === 0) return `${rest} min`;
  if (rest === 0) return `${hours} h`;
  return `${hours} h ${rest} min`;
}

/** Minutes as a person would type them as hours: 150 → "2:30", 120 → "2". */
export function minutesToInput(minutes: number | null | undefined): string {
  if (minutes === null || minutes === undefined) return "";
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return rest === 0 ? String(hours) : `${hours}:${String(rest).padStart(2, "0")}`;
}

/**
 * Typed hours as whole minutes, or null when it cannot be read: "2" → 120, "2,5" / "2.5" → 150,
 * "2:30" → 150, "2 h 30 min" → 150, "45 min" → 45. Decimal hours are rounded to the nearest minute.
 */
export function parseHours(text: string): number | null {
  const value = text.trim().toLowerCase().replace(/\s+/g, " ");
  if (value === "") return null;
  const clock = /^(\d{1,5}):([0-5]\d)$/.exec(value);
  if (clock) return Number(clock[1]) * 60 + Number(clock[2]);
  const words = /^(?:(\d{1,5}) ?h)? ?(?:(\d{1,4}) ?min)?$/.exec(value);
  if (words && (words[1] !== undefined || words[2] !== undefined)) {
    return Number(words[1] ?? 0) * 60 + Number(words[2] ?? 0);
  }
  const decimal = /^(\d{1,5})(?:[.,](\d{1,2}))?$/.exec(value);
  if (decimal) {
    const whole = Number(decimal[1]);
    const fraction = decimal[2] ?? "0";
    // Hundredths of an hour → minutes, rounded half up, in integers.
    const hundredths = Number(fraction.padEnd(2, "0"));
    return whole * 60 + Math.floor((hundredths * 60 + 50) / 100);
  }
  return null;
}
