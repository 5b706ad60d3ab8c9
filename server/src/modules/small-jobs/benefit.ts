import { addDaysIso, dayNumber, daysInMonth, fromDayNumber } from "../../lib/dates";

/**
 * The benefit-estimate engine (decision 024, domain.md "Earnings and benefits"): pure functions, no
 * database, integer cents only. Pay counts in the benefit period in which it is paid; a period is a
 * calendar month or a 4-week period (sovittelujakso) counted from the seeker's anchor day; each period
 * is computed under the rule in force on the day the period began. Shared by the server (estimates,
 * earnings, matching) and the web (which shows the same numbers).
 */

export type PeriodKind = "month" | "four_weeks";

/** One benefit period: first and last day (inclusive, ISO dates) and how it is counted. */
export interface BenefitPeriod {
  start: string;
  end: string;
  kind: PeriodKind;
}

/** How a seeker's benefit is adjusted (seeker_profiles.adjustment_period and period_anchor). */
export interface PeriodSettings {
  adjustmentPeriod: PeriodKind;
  /** First day of one 4-week period; the others follow every 28 days either side. Needed for four_weeks. */
  periodAnchor: string | null;
}

/** What the engine needs of a rule row (benefit_rules). */
export interface BenefitRuleAmounts {
  validFrom: string;
  validTo: string | null;
  /** Protected amount (suojaosa) per calendar month, cents. */
  protectedMonthCents: number;
  /** Protected amount per 4-week period, cents. */
  protectedFourWeeksCents: number;
  /** Per cent (0–100) of the earnings above the protected amount by which the benefit falls. */
  reductionPercent: number;
}

const FOUR_WEEKS = 28;

/** The benefit period that contains `date`. */
export function periodOf(date: string, settings: PeriodSettings): BenefitPeriod {
  if (settings.adjustmentPeriod === "month") {
    const year = Number(date.slice(0, 4));
    const month = Number(date.slice(5, 7));
    const prefix = date.slice(0, 7);
    return { start: `${prefix}-01`, end: `${prefix}-${daysInMonth(year, month)}`, kind: "month" };
  }
  if (!settings.periodAnchor) {
    throw new RangeError("a 4-week adjustment period needs its anchor day");
  }
  const anchor = dayNumber(settings.periodAnchor);
  // Floor division: periods before the anchor count backwards from it just as those after count on.
  const index = Math.floor((dayNumber(date) - anchor) / FOUR_WEEKS);
  const start = fromDayNumber(anchor + index * FOUR_WEEKS);
  return { start, end: addDaysIso(start, FOUR_WEEKS - 1), kind: "four_weeks" };
}

/** The period after `period` (the next month, or the next 28 days). */
export function nextPeriod(period: BenefitPeriod): BenefitPeriod {
  const start = addDaysIso(period.end, 1);
  if (period.kind === "four_weeks")
    return { start, end: addDaysIso(start, FOUR_WEEKS - 1), kind: "four_weeks" };
  return periodOf(start, { adjustmentPeriod: "month", periodAnchor: null });
}

/** The rule in force on the day a period began (validFrom ≤ start ≤ validTo, or open-ended), else null. */
export function ruleFor<R extends Pick<BenefitRuleAmounts, "validFrom" | "validTo">>(
  rules: readonly R[],
  periodStart: string,
): R | null {
  return (
    rules.find((r) => r.validFrom <= periodStart && (r.validTo === null || periodStart <= r.validTo)) ?? null
  );
}

/** The protected amount of a rule for a kind of period, cents. */
export const protectedCents = (
  rule: Pick<BenefitRuleAmounts, "protectedMonthCents" | "protectedFourWeeksCents">,
  kind: PeriodKind,
) => (kind === "month" ? rule.protectedMonthCents : rule.protectedFourWeeksCents);

/** Floor of a non-negative integer quotient, exactly (no floating-point division). */
const floorDiv = (numerator: number, denominator: number) =>
  (numerator - (numerator % denominator)) / denominator;

/**
 * How much a period's earnings reduce the benefit (sovittelu), cents:
 * floor(max(0, earned − protected) × per cent / 100). No rule: no reduction known, 0.
 */
export function reductionCents(
  earnedCents: number,
  rule: Omit<BenefitRuleAmounts, "validFrom" | "validTo"> | null,
  kind: PeriodKind,
): number {
  if (!rule) return 0;
  if (!Number.isSafeInteger(earnedCents))
    throw new RangeError(`earnings must be integer cents: ${earnedCents}`);
  const above = Math.max(0, earnedCents - protectedCents(rule, kind));
  return floorDiv(above * rule.reductionPercent, 100);
}

export interface JobEffect {
  /** The period's reduction from the earnings paid (or expected) before this job. */
  reductionBeforeCents: number;
  /** The reduction once this job's pay is added. */
  reductionAfterCents: number;
  /** What taking the job does to the benefit: after − before (never negative). */
  benefitEffectCents: number;
}

/**
 * A job's estimated effect on the benefit: reduction(earned + job) − reduction(earned), in the period
 * in which the job is paid ("this job pays 80 € gross; your benefit for May falls by an estimated 40 €").
 */
export function estimateJob(input: {
  earnedBeforeCents: number;
  jobGrossCents: number;
  rule: Omit<BenefitRuleAmounts, "validFrom" | "validTo"> | null;
  kind: PeriodKind;
}): JobEffect {
  const before = reductionCents(input.earnedBeforeCents, input.rule, input.kind);
  const after = reductionCents(input.earnedBeforeCents + input.jobGrossCents, input.rule, input.kind);
  return { reductionBeforeCents: before, reductionAfterCents: after, benefitEffectCents: after - before };
}

/** Share of a personal ceiling from which Polku warns that it is near, in per cent. */
export const CEILING_NEAR_PERCENT = 90;

/** The personal monthly ceiling after a job: exceeded, or near (≥ 90 %). */
export function ceilingState(monthlyCeilingCents: number, monthEarnedCents: number, jobGrossCents: number) {
  const afterCents = monthEarnedCents + jobGrossCents;
  return {
    monthlyCeilingCents,
    monthEarnedCents,
    afterCents,
    exceeds: afterCents > monthlyCeilingCents,
    near: afterCents * 100 >= monthlyCeilingCents * CEILING_NEAR_PERCENT,
  };
}
