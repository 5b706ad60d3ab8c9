import { addDays, addMonths, differenceInCalendarDays, format, parseISO } from "date-fns";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDaysIso, addMonthsIso, daysBetween, daysInMonth, todayIso } from "./dates";

// The integer calendar arithmetic must agree with date-fns (which works through local Date objects)
// on every date Polku can meet.
const isoDate = fc
  .date({ min: new Date("1900-01-01T12:00:00Z"), max: new Date("2100-12-31T12:00:00Z"), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const fmt = (d: Date) => format(d, "yyyy-MM-dd");

describe("calendar arithmetic", () => {
  it("adds months as date-fns does, clamping to the month's end", () => {
    fc.assert(
      fc.property(isoDate, fc.integer({ min: -600, max: 600 }), (date, months) => {
        expect(addMonthsIso(date, months)).toBe(fmt(addMonths(parseISO(date), months)));
      }),
      { numRuns: 3000 },
    );
    expect(addMonthsIso("2025-08-31", 6)).toBe("2026-02-28");
    expect(addMonthsIso("2027-08-31", 6)).toBe("2028-02-29");
    expect(addMonthsIso("2026-01-15", -13)).toBe("2024-12-15");
  });

  it("counts days between dates as date-fns does, across daylight-saving changes", () => {
    fc.assert(
      fc.property(isoDate, isoDate, (a, b) => {
        expect(daysBetween(a, b)).toBe(differenceInCalendarDays(parseISO(b), parseISO(a)));
      }),
      { numRuns: 3000 },
    );
    expect(daysBetween("2026-03-28", "2026-03-30")).toBe(2);
    expect(daysBetween("2026-10-24", "2026-10-26")).toBe(2);
  });

  it("adds days as date-fns does", () => {
    fc.assert(
      fc.property(isoDate, fc.integer({ min: -4000, max: 4000 }), (date, days) => {
        expect(addDaysIso(date, days)).toBe(fmt(addDays(parseISO(date), days)));
      }),
      { numRuns: 2000 },
    );
  });

  it("knows leap years", () => {
    expect([daysInMonth(2024, 2), daysInMonth(2100, 2), daysInMonth(2000, 2), daysInMonth(2026, 2)]).toEqual([
      29, 28, 29, 28,
    ]);
  });

  it("reckons today in Finland", () => {
    // 22:30 UTC on 31 December is already New Year's Day in Helsinki.
    expect(todayIso(new Date("2026-12-31T22:30:00Z"))).toBe("2027-01-01");
    expect(todayIso(new Date("2026-06-30T20:59:00Z"))).toBe("2026-06-30");
  });
});
