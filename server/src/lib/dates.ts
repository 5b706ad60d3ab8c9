import { TZDate } from "@date-fns/tz";
import { format } from "date-fns";

/** Polku's days are Finnish days: "today" and due dates are reckoned in Europe/Helsinki. */
export const TIME_ZONE = "Europe/Helsinki";

/** Today's date in Finland as YYYY-MM-DD. */
export function todayIso(now: Date = new Date()): string {
  return format(new TZDate(now.getTime(), TIME_ZONE), "yyyy-MM-dd");
}

// Calendar arithmetic on YYYY-MM-DD strings. A calendar date has no time zone, so these work on whole
// days with integers alone: the statutory-limit engine runs them many thousand times per caseload, and
// going through Date objects and date-fns cost milliseconds there (docs/performance.md, issue 3).
// dates.test.ts checks them against date-fns on generated dates.

const MS_PER_DAY = 86_400_000;
const pad2 = (n: number) => (n < 10 ? `0${n}` : String(n));

const partsOf = (iso: string): [number, number, number] => [
  Number(iso.slice(0, 4)),
  Number(iso.slice(5, 7)),
  Number(iso.slice(8, 10)),
];

/** Days in a month (month 1–12). */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** The day number of a calendar date (days since 1.1.1970). */
export function dayNumber(iso: string): number {
  const [y, m, d] = partsOf(iso);
  return Date.UTC(y, m - 1, d) / MS_PER_DAY;
}

/** The calendar date of a day number. */
export function fromDayNumber(day: number): string {
  const date = new Date(day * MS_PER_DAY);
  return `${String(date.getUTCFullYear()).padStart(4, "0")}-${pad2(date.getUTCMonth() + 1)}-${pad2(date.getUTCDate())}`;
}

/** A calendar date plus whole months, clamped to the month's last day (31.8. + 6 months = 28.2./29.2.). */
export function addMonthsIso(date: string, months: number): string {
  const [y, m, d] = partsOf(date);
  const total = y * 12 + (m - 1) + months;
  const year = Math.floor(total / 12);
  const month = total - year * 12 + 1;
  const day = Math.min(d, daysInMonth(year, month));
  return `${String(year).padStart(4, "0")}-${pad2(month)}-${pad2(day)}`;
}

/** A calendar date plus days (negative for earlier). */
export const addDaysIso = (date: string, days: number): string => fromDayNumber(dayNumber(date) + days);

/** Days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}
