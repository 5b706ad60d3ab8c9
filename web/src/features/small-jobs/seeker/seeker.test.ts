import { describe, expect, it } from "vitest";
import type { JobEstimate, SeekerProfile } from "./api";
import { ceilingWarning, estimateSentences, needsCeilingConfirmation, periodPhrase } from "./estimate";
import { EMPTY_FILTERS, searchOf } from "./filters";
import { checkHours } from "./hoursForm";
import { profileBody, profileValues, toggled } from "./profileForm";

const format = { euros: (c: number) => `${c / 100} €`, date: (iso: string) => iso };

const oldRule = {
  id: "00000000-0000-0000-0000-000000000001",
  name: "Ennen 1.4.2024",
  legalReference: "TTL 4:4",
  protectedCents: 30_000,
  reductionPercent: 50,
};
const newRule = { ...oldRule, name: "1.4.2024 alkaen", protectedCents: 0 };

const estimate = (over: Partial<JobEstimate> = {}): JobEstimate => ({
  grossCents: 8_000,
  period: { start: "2026-05-01", end: "2026-05-31", kind: "month" },
  earnedBeforeCents: 0,
  reductionBeforeCents: 0,
  reductionAfterCents: 4_000,
  benefitEffectCents: 4_000,
  receivesBenefit: true,
  rule: newRule,
  ceiling: null,
  ...over,
});

describe("estimateSentences", () => {
  it("says what the job pays and how much the benefit falls under the rule without a protected amount", () => {
    expect(estimateSentences(estimate(), "toukokuulta", format)).toEqual([
      { key: "jobsSeeker.estimate.gross", vars: { gross: "80 €" } },
      { key: "jobsSeeker.estimate.reduces", vars: { period: "toukokuulta", effect: "40 €" } },
    ]);
  });

  it("names the protected amount under the old rule, whether or not the benefit falls", () => {
    const under = estimateSentences(estimate({ rule: oldRule, benefitEffectCents: 0 }), "p", format);
    expect(under[1]).toEqual({
      key: "jobsSeeker.estimate.underProtected",
      vars: { period: "p", protectedAmount: "300 €" },
    });
    const above = estimateSentences(estimate({ rule: oldRule, benefitEffectCents: 1_000 }), "p", format);
    expect(above[1]?.key).toBe("jobsSeeker.estimate.reducesAboveProtected");
    expect(above[1]?.vars.protectedAmount).toBe("300 €");
  });

  it("says the job does not affect a benefit the seeker does not receive, and speaks of them for a coach", () => {
    const sentences = estimateSentences(estimate({ receivesBenefit: false }), "p", format, "jobsCoach");
    expect(sentences.map((s) => s.key)).toEqual(["jobsCoach.estimate.gross", "jobsCoach.estimate.noBenefit"]);
  });

  it("says when no rule covers the period", () => {
    expect(estimateSentences(estimate({ rule: null }), "p", format)[1]?.key).toBe(
      "jobsSeeker.estimate.noRule",
    );
  });
});

describe("periodPhrase", () => {
  it("names this year's month alone, another year's with the year, and a 4-week period by its days", () => {
    const may = estimate().period;
    expect(periodPhrase(may, "2026-04-10", format)).toEqual({ key: "jobsSeeker.period.month.5", vars: {} });
    expect(periodPhrase(may, "2025-12-31", format)).toEqual({
      key: "jobsSeeker.period.month.5",
      vars: {},
      suffix: "2026",
    });
    expect(
      periodPhrase({ start: "2026-05-04", end: "2026-05-31", kind: "four_weeks" }, "2026-05-10", format),
    ).toEqual({ key: "jobsSeeker.period.fourWeeks", vars: { start: "2026-05-04", end: "2026-05-31" } });
  });
});

describe("the personal ceiling", () => {
  const ceiling = (exceeds: boolean, near: boolean) => ({
    monthlyCeilingCents: 30_000,
    monthEarnedCents: 25_000,
    afterCents: 33_000,
    exceeds,
    near,
  });

  it("warns and asks before applying only when the job would cross it", () => {
    const over = estimate({ ceiling: ceiling(true, true) });
    expect(ceilingWarning(over, format)).toEqual({
      key: "jobsSeeker.estimate.ceilingExceeds",
      vars: { ceiling: "300 €", after: "330 €" },
    });
    expect(needsCeilingConfirmation(over)).toBe(true);
    const near = estimate({ ceiling: ceiling(false, true) });
    expect(ceilingWarning(near, format)?.key).toBe("jobsSeeker.estimate.ceilingNear");
    expect(needsCeilingConfirmation(near)).toBe(false);
    expect(ceilingWarning(estimate({ ceiling: ceiling(false, false) }), format)).toBeNull();
    expect(needsCeilingConfirmation(estimate())).toBe(false);
  });
});

describe("searchOf", () => {
  const home = { village: "Ylikylä", municipality: "Kuusijärvi" };

  it("turns the place choice into the API's village, municipality or whole-region search", () => {
    expect(searchOf({ ...EMPTY_FILTERS, place: "village" }, home)).toEqual({
      search: { village: "Ylikylä" },
    });
    expect(searchOf(EMPTY_FILTERS, home)).toEqual({ search: { municipality: "Kuusijärvi" } });
    expect(searchOf({ ...EMPTY_FILTERS, place: "all", category: "snow" }, home)).toEqual({
      search: { scope: "all", category: "snow" },
    });
  });

  it("reads Finnish dates and refuses bad ones and a window that ends before it starts", () => {
    expect(searchOf({ ...EMPTY_FILTERS, from: "1.6.2026", to: "30.6.2026" }, home)).toEqual({
      search: { municipality: "Kuusijärvi", from: "2026-06-01", to: "2026-06-30" },
    });
    expect(searchOf({ ...EMPTY_FILTERS, from: "31.2.2026" }, home)).toEqual({ error: "from" });
    expect(searchOf({ ...EMPTY_FILTERS, from: "2.6.2026", to: "1.6.2026" }, home)).toEqual({
      error: "window",
    });
  });
});

describe("checkHours", () => {
  const today = "2026-06-10";

  it("gives the minutes and days to send", () => {
    expect(checkHours({ hours: "2,5", workedFrom: "8.6.2026", workedTo: "9.6.2026" }, today)).toEqual({
      errors: {},
      body: { minutes: 150, workedFrom: "2026-06-08", workedTo: "2026-06-09" },
    });
  });

  it("refuses no hours, more hours than the days hold, future days and reversed days", () => {
    expect(checkHours({ hours: "", workedFrom: "8.6.2026", workedTo: "8.6.2026" }, today).errors).toEqual({
      hours: "hoursInvalid",
    });
    expect(checkHours({ hours: "30", workedFrom: "8.6.2026", workedTo: "8.6.2026" }, today).errors).toEqual({
      hours: "hoursTooMany",
    });
    expect(checkHours({ hours: "3", workedFrom: "8.6.2026", workedTo: "11.6.2026" }, today).errors).toEqual({
      workedTo: "inFuture",
    });
    expect(checkHours({ hours: "3", workedFrom: "9.6.2026", workedTo: "8.6.2026" }, today).body).toBeNull();
  });
});

describe("the seeker profile form", () => {
  const profile: SeekerProfile = {
    participantId: "00000000-0000-0000-0000-000000000002",
    active: true,
    has: ["driving_licence"],
    categories: ["yard"],
    weekdays: [5, 1],
    village: "Ylikylä",
    municipality: null,
    receivesBenefit: true,
    adjustmentPeriod: "month",
    periodAnchor: null,
    monthlyCeilingCents: 30_000,
    saved: true,
    version: 3,
    updatedAt: null,
  };

  it("sends the ceiling only for a coach, in cents, and clears it when left empty", () => {
    const values = profileValues(profile, "fi");
    expect(values.ceiling).toBe("300,00");
    expect(values.weekdays).toEqual([1, 5]);
    expect(profileBody(values, 3, { withCeiling: false }).body).not.toHaveProperty("monthlyCeilingCents");
    expect(
      profileBody({ ...values, ceiling: "250" }, 3, { withCeiling: true }).body?.monthlyCeilingCents,
    ).toBe(25_000);
    expect(
      profileBody({ ...values, ceiling: "" }, 3, { withCeiling: true }).body?.monthlyCeilingCents,
    ).toBeNull();
    expect(profileBody({ ...values, ceiling: "0,50" }, 3, { withCeiling: true }).errors).toEqual({
      ceiling: "ceilingInvalid",
    });
  });

  it("needs the anchor day for a 4-week adjustment and sends blank places as null", () => {
    const values = { ...profileValues(profile, "fi"), adjustmentPeriod: "four_weeks" as const };
    expect(profileBody(values, 3, { withCeiling: false }).errors).toEqual({ periodAnchor: "anchorNeeded" });
    const body = profileBody({ ...values, periodAnchor: "4.5.2026", village: " " }, 3, {
      withCeiling: false,
    }).body;
    expect(body).toMatchObject({ adjustmentPeriod: "four_weeks", periodAnchor: "2026-05-04", village: null });
  });

  it("keeps chosen items in the list's own order", () => {
    expect(toggled([5, 1], 3, true, [1, 2, 3, 4, 5, 6, 7])).toEqual([1, 3, 5]);
    expect(toggled([1, 3], 3, false, [1, 2, 3])).toEqual([1]);
  });
});
