import { fieldProblem } from "../../http/problem";
import { daysBetween } from "../../lib/dates";
import type { PayType } from "./schema";

/**
 * Cross-field rules of a job (decision 024) that the TypeBox shapes cannot say: the window, a start in
 * the past, the estimate, and a sane pay. Used by the association's and company's jobs (H1) and the
 * household orders (H4). Throws a `fieldProblem` (400) naming the field, in the user's language.
 */

/** Hourly pay below this (cents per hour) is refused: 1 €/h. */
export const MIN_HOURLY_CENTS = 100;
/** Hourly pay above this (cents per hour) is refused: 500 €/h. */
export const MAX_HOURLY_CENTS = 50_000;
/** A lump sum above this (cents per worker) is refused: 5 000 €. A small job is small. */
export const MAX_LUMP_SUM_CENTS = 500_000;
/** Estimated minutes: 15 min – 1 000 h. */
export const MIN_ESTIMATED_MINUTES = 15;
export const MAX_ESTIMATED_MINUTES = 60_000;
/** A job's window may be at most about a year long. */
export const MAX_WINDOW_DAYS = 366;

export interface JobInputToCheck {
  startsOn: string;
  endsOn: string;
  estimatedMinutes?: number;
  payType?: PayType;
  payCents?: number;
}

/**
 * Checks a job as it would be saved (after merging a PATCH into the stored row).
 * `today` is the ISO day in Helsinki; `isNew` is true for a new job or one being opened (published):
 * then a start in the past is refused. Editing a job already open keeps its past start.
 */
export function checkJobInput(input: JobInputToCheck, options: { today: string; isNew: boolean }): void {
  if (input.endsOn < input.startsOn) {
    throw fieldProblem(400, "smallJobs.windowEndsBeforeStart", "/endsOn", {
      startsOn: input.startsOn,
      endsOn: input.endsOn,
    });
  }
  if (options.isNew && input.startsOn < options.today) {
    throw fieldProblem(400, "smallJobs.startsInPast", "/startsOn", { today: options.today });
  }
  if (daysBetween(input.startsOn, input.endsOn) > MAX_WINDOW_DAYS) {
    throw fieldProblem(400, "smallJobs.windowTooLong", "/endsOn", { days: MAX_WINDOW_DAYS });
  }
  if (
    input.estimatedMinutes !== undefined &&
    (!Number.isInteger(input.estimatedMinutes) ||
      input.estimatedMinutes < MIN_ESTIMATED_MINUTES ||
      input.estimatedMinutes > MAX_ESTIMATED_MINUTES)
  ) {
    throw fieldProblem(400, "smallJobs.minutesOutOfRange", "/estimatedMinutes", {
      min: MIN_ESTIMATED_MINUTES,
      maxHours: MAX_ESTIMATED_MINUTES / 60,
    });
  }
  if (input.payType !== undefined && input.payCents !== undefined) {
    if (!Number.isInteger(input.payCents) || input.payCents < 1) {
      throw fieldProblem(400, "smallJobs.payInvalid", "/payCents");
    }
    if (input.payType === "hourly" && input.payCents < MIN_HOURLY_CENTS) {
      throw fieldProblem(400, "smallJobs.hourlyTooLow", "/payCents", { min: MIN_HOURLY_CENTS / 100 });
    }
    if (input.payType === "hourly" && input.payCents > MAX_HOURLY_CENTS) {
      throw fieldProblem(400, "smallJobs.hourlyTooHigh", "/payCents", { max: MAX_HOURLY_CENTS / 100 });
    }
    if (input.payType === "lump_sum" && input.payCents > MAX_LUMP_SUM_CENTS) {
      throw fieldProblem(400, "smallJobs.lumpSumTooHigh", "/payCents", { max: MAX_LUMP_SUM_CENTS / 100 });
    }
  }
}
