import { inputDateToIso } from "../../../app/dates";
import { parseHours } from "../shared/time";

// The worker's own hours after the work: how long and on which days. Checked here so that a person
// hears at once what to fix; the server checks again.

export interface HoursValues {
  hours: string;
  workedFrom: string;
  workedTo: string;
}

export type HoursError = "hoursInvalid" | "hoursTooMany" | "dateInvalid" | "daysReversed" | "inFuture";

/** At most what a day-and-night of work over the days given could hold, so a typo (60 h for 6) is caught. */
const MAX_MINUTES_PER_DAY = 24 * 60;

export function checkHours(
  values: HoursValues,
  today: string,
): {
  errors: Partial<Record<keyof HoursValues, HoursError>>;
  body: { minutes: number; workedFrom: string; workedTo: string } | null;
} {
  const errors: Partial<Record<keyof HoursValues, HoursError>> = {};
  const minutes = parseHours(values.hours);
  const from = inputDateToIso(values.workedFrom);
  const to = inputDateToIso(values.workedTo);
  if (minutes === null || minutes < 1) errors.hours = "hoursInvalid";
  if (from === null) errors.workedFrom = "dateInvalid";
  else if (from > today) errors.workedFrom = "inFuture";
  if (to === null) errors.workedTo = "dateInvalid";
  else if (to > today) errors.workedTo = "inFuture";
  else if (from !== null && to < from) errors.workedTo = "daysReversed";
  if (minutes !== null && minutes >= 1 && from !== null && to !== null && to >= from) {
    const days =
      Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000) + 1;
    if (minutes > days * MAX_MINUTES_PER_DAY) errors.hours = "hoursTooMany";
  }
  if (Object.keys(errors).length > 0 || minutes === null || from === null || to === null) {
    return { errors, body: null };
  }
  return { errors, body: { minutes, workedFrom: from, workedTo: to } };
}
