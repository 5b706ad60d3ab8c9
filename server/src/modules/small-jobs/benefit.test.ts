import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDaysIso, daysBetween } from "../../lib/dates";
import {
  type BenefitRuleAmounts,
  ceilingState,
  estimateJob,
  nextPeriod,
  type PeriodKind,
  periodOf,
  reductionCents,
  ruleFor,
} from "./benefit";

// The two rules Polku ships (migration 0012, domain.md): before 1.4.2024 300 €/month and 279 €/4 weeks
// protected, 50 % above it; from 1.4.2024 no protected amount, 50 %.
const OLD: BenefitRuleAmounts & { id: string } = {
  id: "old",
  validFrom: "2014-01-01",
  validTo: "2024-03-31",
  protectedMonthCents: 30_000,
  protectedFourWeeksCents: 27_900,
  reductionPercent: 50,
};
const NEW: BenefitRuleAmounts & { id: string } = {
  id: "new",
  validFrom: "2024-04-01",
  validTo: null,
  protectedMonthCents: 0,
  protectedFourWeeksCents: 0,
  reductionPercent: 50,
};
const RULES = [NEW, OLD];

const month = { adjustmentPeriod: "month", periodAnchor: null } as const;
const fourWeeks = (anchor: string) => ({ adjustmentPeriod: "four_weeks", periodAnchor: anchor }) as const;

describe("periodOf", () => {
  it.each([
    ["2024-03-15", month, "2024-03-01", "2024-03-31"],
    ["2024-02-29", month, "2024-02-01", "2024-02-29"],
    ["2023-02-10", month, "2023-02-01", "2023-02-28"],
    ["2024-04-01", month, "2024-04-01", "2024-04-30"],
    ["2024-12-31", month, "2024-12-01", "2024-12-31"],
    // The 4-week period that began 25.3.2024 runs to 21.4.2024, whichever of its periods is the anchor.
    ["2024-04-10", fourWeeks("2024-03-25"), "2024-03-25", "2024-04-21"],
    ["2024-04-10", fourWeeks("2024-01-01"), "2024-03-25", "2024-04-21"],
    ["2024-04-10", fourWeeks("2024-05-20"), "2024-03-25", "2024-04-21"],
    ["2024-03-25", fourWeeks("2024-03-25"), "2024-03-25", "2024-04-21"],
    ["2024-04-21", fourWeeks("2024-03-25"), "2024-03-25", "2024-04-21"],
    ["2024-04-22", fourWeeks("2024-03-25"), "2024-04-22", "2024-05-19"],
    ["2024-03-24", fourWeeks("2024-03-25"), "2024-02-26", "2024-03-24"],
  ] as const)("puts %s (%o) in %s – %s", (date, settings, start, end) => {
    expect(periodOf(date, settings)).toEqual({ start, end, kind: settings.adjustmentPeriod });
  });

  it("refuses a 4-week period without an anchor", () => {
    expect(() => periodOf("2024-04-10", { adjustmentPeriod: "four_weeks", periodAnchor: null })).toThrow(
      RangeError,
    );
  });

  const isoDate = fc.integer({ min: 0, max: 40_000 }).map((n) => addDaysIso("1990-01-01", n));

  it("always gives a period that holds the date, 28 days long or one calendar month", () => {
    fc.assert(
      fc.property(isoDate, isoDate, fc.boolean(), (date, anchor, isMonth) => {
        const p = periodOf(date, isMonth ? month : fourWeeks(anchor));
        expect(p.start <= date && date <= p.end).toBe(true);
        if (isMonth) {
          expect(p.start.slice(0, 7)).toBe(date.slice(0, 7));
          expect(p.start.endsWith("-01")).toBe(true);
          expect(addDaysIso(p.end, 1).endsWith("-01")).toBe(true);
        } else {
          expect(daysBetween(p.start, p.end)).toBe(27);
          expect(Math.abs(daysBetween(anchor, p.start) % 28)).toBe(0);
        }
        // Periods tile the calendar: the next one starts the day after.
        expect(nextPeriod(p).start).toBe(addDaysIso(p.end, 1));
        expect(periodOf(nextPeriod(p).start, isMonth ? month : fourWeeks(anchor))).toEqual(nextPeriod(p));
      }),
    );
  });
});

describe("ruleFor", () => {
  it.each([
    ["2024-03-01", "old"],
    ["2024-03-25", "old"],
    ["2024-03-31", "old"],
    ["2024-04-01", "new"],
    ["2030-01-01", "new"],
    ["2013-12-01", null],
  ] as const)("a period that began %s is under the %s rule", (start, id) => {
    expect(ruleFor(RULES, start)?.id ?? null).toBe(id);
  });
});

interface Case {
  what: string;
  date: string;
  settings: { adjustmentPeriod: PeriodKind; periodAnchor: string | null };
  earned: number;
  job: number;
  rule: "old" | "new";
  before: number;
  after: number;
  effect: number;
}

// Hand-computed: reduction = floor(max(0, earned − protected) × 50 / 100).
const CASES: Case[] = [
  {
    what: "80 € job, nothing earned, new rule (month from 1.4.2024)",
    date: "2024-05-20",
    settings: month,
    earned: 0,
    job: 8_000,
    rule: "new",
    before: 0,
    after: 4_000,
    effect: 4_000,
  },
  {
    what: "250 € earned + 100 € job, old monthly rule: 50 € above 300 € → 25 €",
    date: "2024-03-20",
    settings: month,
    earned: 25_000,
    job: 10_000,
    rule: "old",
    before: 0,
    after: 2_500,
    effect: 2_500,
  },
  {
    what: "the same in April 2024 (new rule): 350 € × 50 % − 250 € × 50 %",
    date: "2024-04-02",
    settings: month,
    earned: 25_000,
    job: 10_000,
    rule: "new",
    before: 12_500,
    after: 17_500,
    effect: 5_000,
  },
  {
    what: "80 € job, nothing earned, old monthly rule: under 300 € → 0",
    date: "2024-03-01",
    settings: month,
    earned: 0,
    job: 8_000,
    rule: "old",
    before: 0,
    after: 0,
    effect: 0,
  },
  {
    what: "400 € earned + 80 € job, old monthly rule: 100 € and 180 € above",
    date: "2024-01-31",
    settings: month,
    earned: 40_000,
    job: 8_000,
    rule: "old",
    before: 5_000,
    after: 9_000,
    effect: 4_000,
  },
  {
    what: "4 weeks from 25.3.2024 into April: old rule, 279 € protected; 270 € + 10 € → 0,50 €",
    date: "2024-04-15",
    settings: fourWeeks("2024-03-25"),
    earned: 27_000,
    job: 1_000,
    rule: "old",
    before: 0,
    after: 50,
    effect: 50,
  },
  {
    what: "4 weeks from 25.3.2024: 300 € job alone → 21 € above 279 € → 10,50 €",
    date: "2024-04-21",
    settings: fourWeeks("2024-03-25"),
    earned: 0,
    job: 30_000,
    rule: "old",
    before: 0,
    after: 1_050,
    effect: 1_050,
  },
  {
    what: "the next 4 weeks (from 22.4.2024) fall under the new rule",
    date: "2024-04-22",
    settings: fourWeeks("2024-03-25"),
    earned: 0,
    job: 30_000,
    rule: "new",
    before: 0,
    after: 15_000,
    effect: 15_000,
  },
  {
    what: "odd cents round down in each period: 123,45 € + 67,89 €, new rule",
    date: "2025-06-10",
    settings: month,
    earned: 12_345,
    job: 6_789,
    rule: "new",
    before: 6_172,
    after: 9_567,
    effect: 3_395,
  },
  {
    what: "one cent earned, one-cent job: floor(0,5) = 0, then 1",
    date: "2025-06-10",
    settings: month,
    earned: 1,
    job: 1,
    rule: "new",
    before: 0,
    after: 1,
    effect: 1,
  },
];

describe("estimateJob: hand-computed cases across the rule change of 1.4.2024", () => {
  it.each(CASES.map((c) => [c.what, c] as const))("%s", (_, c) => {
    const period = periodOf(c.date, c.settings);
    const rule = ruleFor(RULES, period.start);
    expect(rule?.id).toBe(c.rule);
    expect(
      estimateJob({ earnedBeforeCents: c.earned, jobGrossCents: c.job, rule, kind: period.kind }),
    ).toEqual({ reductionBeforeCents: c.before, reductionAfterCents: c.after, benefitEffectCents: c.effect });
  });

  it("reduces nothing without a rule", () => {
    expect(
      estimateJob({ earnedBeforeCents: 50_000, jobGrossCents: 8_000, rule: null, kind: "month" }),
    ).toEqual({ reductionBeforeCents: 0, reductionAfterCents: 0, benefitEffectCents: 0 });
  });

  it("uses the 4-week protected amount for a 4-week period and the monthly one for a month", () => {
    expect(reductionCents(30_000, OLD, "month")).toBe(0);
    expect(reductionCents(30_000, OLD, "four_weeks")).toBe(1_050);
  });
});

describe("estimateJob: properties", () => {
  const cents = fc.integer({ min: 0, max: 2_000_000 });
  const rule = fc.record({
    validFrom: fc.constant("2000-01-01"),
    validTo: fc.constant(null),
    protectedMonthCents: fc.integer({ min: 0, max: 100_000 }),
    protectedFourWeeksCents: fc.integer({ min: 0, max: 100_000 }),
    reductionPercent: fc.constant(50),
  });
  const kind = fc.constantFrom<PeriodKind>("month", "four_weeks");

  it("never takes more than 50 % of the job's gross (to the whole cent) and never goes below 0", () => {
    fc.assert(
      fc.property(cents, cents, rule, kind, (earned, job, r, k) => {
        const e = estimateJob({ earnedBeforeCents: earned, jobGrossCents: job, rule: r, kind: k });
        expect(e.benefitEffectCents).toBeGreaterThanOrEqual(0);
        // Each period's reduction is floored, so the difference of two can be half a cent over: at most
        // ceil(job / 2).
        expect(e.benefitEffectCents).toBeLessThanOrEqual(Math.ceil(job / 2));
        // The period's whole reduction never exceeds 50 % of the period's earnings.
        expect(2 * e.reductionAfterCents).toBeLessThanOrEqual(earned + job);
        expect(Number.isInteger(e.benefitEffectCents)).toBe(true);
      }),
    );
  });

  it("is zero while the earnings with the job stay under the protected amount", () => {
    fc.assert(
      fc.property(cents, cents, rule, kind, (earned, job, r, k) => {
        const protectedAmount = k === "month" ? r.protectedMonthCents : r.protectedFourWeeksCents;
        fc.pre(earned + job <= protectedAmount);
        const e = estimateJob({ earnedBeforeCents: earned, jobGrossCents: job, rule: r, kind: k });
        expect(e).toEqual({ reductionBeforeCents: 0, reductionAfterCents: 0, benefitEffectCents: 0 });
      }),
    );
  });

  it("grows with the earnings: the reduction never falls, and the effect never falls by more than rounding", () => {
    fc.assert(
      fc.property(cents, cents, cents, rule, kind, (earned, more, job, r, k) => {
        const low = estimateJob({ earnedBeforeCents: earned, jobGrossCents: job, rule: r, kind: k });
        const high = estimateJob({ earnedBeforeCents: earned + more, jobGrossCents: job, rule: r, kind: k });
        expect(reductionCents(earned + more, r, k)).toBeGreaterThanOrEqual(reductionCents(earned, r, k));
        expect(high.reductionAfterCents).toBeGreaterThanOrEqual(low.reductionAfterCents);
        // Above the protected amount the effect alternates between floor and ceil of job / 2 with the
        // parity of the earnings; it never drops by more than that one cent.
        expect(high.benefitEffectCents).toBeGreaterThanOrEqual(low.benefitEffectCents - 1);
      }),
    );
  });

  it("grows with the job's gross", () => {
    fc.assert(
      fc.property(cents, cents, cents, rule, kind, (earned, job, more, r, k) => {
        const small = estimateJob({ earnedBeforeCents: earned, jobGrossCents: job, rule: r, kind: k });
        const big = estimateJob({ earnedBeforeCents: earned, jobGrossCents: job + more, rule: r, kind: k });
        expect(big.benefitEffectCents).toBeGreaterThanOrEqual(small.benefitEffectCents);
      }),
    );
  });
});

describe("ceilingState", () => {
  it.each([
    [50_000, 30_000, 10_000, false, false],
    [50_000, 30_000, 15_000, false, true],
    [50_000, 40_000, 10_000, false, true],
    [50_000, 40_000, 10_001, true, true],
  ])("ceiling %i, earned %i, job %i → exceeds %s, near %s", (ceiling, earned, job, exceeds, near) => {
    expect(ceilingState(ceiling, earned, job)).toEqual({
      monthlyCeilingCents: ceiling,
      monthEarnedCents: earned,
      afterCents: earned + job,
      exceeds,
      near,
    });
  });
});
