import { TZDate } from "@date-fns/tz";
import { addMonths, differenceInCalendarDays, format, parseISO } from "date-fns";

/** Polku's days are Finnish days: "today" and due dates are reckoned in Europe/Helsinki. */
export const TIME_ZONE = "Europe/Helsinki";

/** Today's date in Finland as YYYY-MM-DD. */
export function todayIso(now: Date = new Date()): string {
  return format(new TZDate(now.getTime(), TIME_ZONE), "yyyy-MM-dd");
}

/** A calendar date plus whole months (31.8. + 6 months = 28.2./29.2.). */
export function addMonthsIso(date: string, months: number): string {
  return format(addMonths(parseISO(date), months), "yyyy-MM-dd");
}

/** Days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: string, to: string): number {
  return differenceInCalendarDays(parseISO(to), parseISO(from));
}
