// Calendar days as integers (days since 1970-01-01, UTC), with cached ISO strings for speed.

const MS_PER_DAY = 86_400_000;

export const dayOf = (iso: string): number => Math.floor(Date.parse(`${iso}T00:00:00Z`) / MS_PER_DAY);

export function isoOf(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** ISO strings for a range of days, computed once. */
export class DayStrings {
  private readonly cache: string[];

  constructor(
    private readonly first: number,
    last: number,
  ) {
    this.cache = Array.from({ length: last - first + 1 }, (_, i) => isoOf(first + i));
  }

  iso(day: number): string {
    return this.cache[day - this.first] ?? isoOf(day);
  }
}

/** The same day so many calendar months later (31.8. + 6 months = 28.2.). */
export function addMonths(day: number, months: number): number {
  const d = new Date(day * MS_PER_DAY);
  const target = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + months, 1));
  const lastOfMonth = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d.getUTCDate(), lastOfMonth));
  return Math.floor(target.getTime() / MS_PER_DAY);
}

/** Months since year 0, for bucketing rows by month. */
export function monthIndex(day: number): number {
  const d = new Date(day * MS_PER_DAY);
  return d.getUTCFullYear() * 12 + d.getUTCMonth();
}
