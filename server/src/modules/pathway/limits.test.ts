import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addMonthsIso } from "../../lib/dates";
import type { OrganisationKind } from "../access/roles";
import { LIMIT_RULES, type LimitRule } from "../rules/schema";
import {
  checkStep,
  type LegalReference,
  type LimitRow,
  monthSpan,
  periodMonths,
  type StepFacts,
  unionMonths,
  warningMessage,
} from "./limits";
import { STEP_KINDS, type StepKind } from "./schema";

/**
 * The defaults of polku_default_statutory_limits (migration 0005, references in three languages since
 * migration 0008), as the engine sees them.
 */
const ACT: LegalReference = {
  fi: "Laki kuntouttavasta työtoiminnasta 189/2001",
  sv: "Lag om arbetsverksamhet i rehabiliteringssyfte 189/2001",
  en: "Act 189/2001 on rehabilitative work activity",
};
const WT: LegalReference = {
  fi: "Työkokeilun säännöt (työvoimapalvelut)",
  sv: "Regler för arbetsprövning (arbetskraftsservice)",
  en: "Work trial rules (employment services)",
};
const WS: LegalReference = {
  fi: "Palkkatuen säännöt 1.7.2023 alkaen",
  sv: "Regler för lönesubvention från 1.7.2023",
  en: "Wage subsidy rules from 1.7.2023",
};
/** A reference for rows made up by a test: the same text in every language. */
const same = (text: string): LegalReference => ({ fi: text, sv: text, en: text });
let n = 0;
const row = (
  stepKind: StepKind,
  rule: LimitRule,
  value: number | null,
  legalReference: LegalReference,
  validFrom = "2001-09-01",
  validTo: string | null = null,
): LimitRow => ({ id: `l${n++}`, stepKind, rule, value, validFrom, validTo, legalReference });

const DEFAULTS: LimitRow[] = [
  row("rehabilitative_work", "min_months", 3, ACT),
  row("rehabilitative_work", "max_months", 24, ACT),
  row("rehabilitative_work", "min_days_per_week", 1, ACT),
  row("rehabilitative_work", "max_days_per_week", 4, ACT),
  row("rehabilitative_work", "min_hours_per_day", 4, ACT),
  row("rehabilitative_work", "max_hours_per_day", 8, ACT),
  row("rehabilitative_work", "no_company_provider", null, ACT),
  row("work_trial", "max_months_same_host", 6, WT, "2013-01-01"),
  row("work_trial", "max_months_total", 12, WT, "2013-01-01"),
  row("work_trial", "max_days_per_week", 5, WT, "2013-01-01"),
  row("work_trial", "min_hours_per_day", 4, WT, "2013-01-01"),
  row("work_trial", "max_hours_per_day", 8, WT, "2013-01-01"),
  row("wage_subsidy", "same_provider_gap_months", 36, WS, "2023-07-01"),
];

let s = 0;
const step = (over: Partial<StepFacts> = {}): StepFacts => ({
  id: `s${s++}`,
  kind: "work_trial",
  providerOrganisationId: null,
  providerName: "Kahvila Kuppi",
  startsOn: "2026-01-01",
  endsOn: "2026-03-31",
  daysPerWeek: 4,
  hoursPerDay: 6,
  status: "planned",
  ...over,
});

const rulesOf = (
  subject: StepFacts,
  others: StepFacts[] = [],
  kind: OrganisationKind | null = null,
  limits = DEFAULTS,
) => checkStep(subject, others, limits, kind).map((w) => w.rule);

describe("monthSpan and periodMonths", () => {
  it.each([
    ["2026-01-01", "2026-06-30", 6],
    ["2026-01-01", "2026-03-31", 3],
    ["2026-01-15", "2026-04-14", 3],
    ["2025-08-31", "2026-02-27", 6],
    ["2024-02-29", "2025-02-27", 12],
    ["2026-01-01", "2026-01-01", 1 / 31],
  ])("a period %s–%s is %d months", (from, to, months) => {
    expect(periodMonths(from, to)).toBeCloseTo(months, 12);
  });

  it("counts one day past whole months as a share of the next month", () => {
    expect(periodMonths("2026-01-01", "2026-07-01")).toBeCloseTo(6 + 1 / 31, 12);
    expect(periodMonths("2026-01-01", "2026-07-01")).toBeGreaterThan(6);
  });

  it("counts overlapping or adjoining periods once", () => {
    const jan = { startsOn: "2026-01-01", endsOn: "2026-01-31" };
    expect(unionMonths([jan, jan])).toBe(1);
    expect(unionMonths([jan, { startsOn: "2026-02-01", endsOn: "2026-02-28" }])).toBe(2);
    expect(unionMonths([{ startsOn: "2026-01-01", endsOn: "2026-03-31" }, jan])).toBe(3);
  });

  it("is whole months exactly at addMonths boundaries (property)", () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date("2000-01-01"), max: new Date("2040-12-31"), noInvalidDate: true }),
        fc.integer({ min: 0, max: 60 }),
        (d, months) => {
          const start = d.toISOString().slice(0, 10);
          expect(monthSpan(start, addMonthsIso(start, months))).toBe(months);
        },
      ),
    );
  });
});

describe("checkStep, rule by rule (defaults of domain.md)", () => {
  const rw = (over: Partial<StepFacts>) =>
    step({ kind: "rehabilitative_work", providerName: "Kylätalo", daysPerWeek: 3, hoursPerDay: 5, ...over });

  it.each<[string, StepFacts, StepFacts[], OrganisationKind | null, LimitRule[]]>([
    ["rehabilitative 4 days a week is allowed", rw({ daysPerWeek: 4 }), [], null, []],
    ["rehabilitative 5 days a week", rw({ daysPerWeek: 5 }), [], null, ["max_days_per_week"]],
    ["rehabilitative 4.5 days a week", rw({ daysPerWeek: 4.5 }), [], null, ["max_days_per_week"]],
    ["rehabilitative 1 day a week is allowed", rw({ daysPerWeek: 1 }), [], null, []],
    ["rehabilitative half a day a week", rw({ daysPerWeek: 0.5 }), [], null, ["min_days_per_week"]],
    ["rehabilitative 4 hours a day is allowed", rw({ hoursPerDay: 4 }), [], null, []],
    ["rehabilitative 3.5 hours a day", rw({ hoursPerDay: 3.5 }), [], null, ["min_hours_per_day"]],
    ["rehabilitative 8 hours a day is allowed", rw({ hoursPerDay: 8 }), [], null, []],
    ["rehabilitative 8.5 hours a day", rw({ hoursPerDay: 8.5 }), [], null, ["max_hours_per_day"]],
    ["rehabilitative unknown days and hours", rw({ daysPerWeek: null, hoursPerDay: null }), [], null, []],
    [
      "rehabilitative exactly 3 months is allowed",
      rw({ startsOn: "2026-01-01", endsOn: "2026-03-31" }),
      [],
      null,
      [],
    ],
    [
      "rehabilitative one day short of 3 months",
      rw({ startsOn: "2026-01-01", endsOn: "2026-03-30" }),
      [],
      null,
      ["min_months"],
    ],
    [
      "an interrupted short period is not held to the minimum",
      rw({ startsOn: "2026-01-01", endsOn: "2026-01-20", status: "interrupted" }),
      [],
      null,
      [],
    ],
    [
      "rehabilitative exactly 24 months is allowed",
      rw({ startsOn: "2024-01-01", endsOn: "2025-12-31" }),
      [],
      null,
      [],
    ],
    [
      "rehabilitative 24 months and a day",
      rw({ startsOn: "2024-01-01", endsOn: "2026-01-01" }),
      [],
      null,
      ["max_months"],
    ],
    ["rehabilitative without an end date: no month rule", rw({ endsOn: null }), [], null, []],
    ["rehabilitative arranged by an association", rw({}), [], "association", []],
    ["rehabilitative arranged by a company", rw({}), [], "company", ["no_company_provider"]],
    ["work trial 5 days a week is allowed", step({ daysPerWeek: 5 }), [], "company", []],
    ["work trial 6 days a week", step({ daysPerWeek: 6 }), [], null, ["max_days_per_week"]],
    ["work trial 3 hours a day", step({ hoursPerDay: 3 }), [], null, ["min_hours_per_day"]],
    ["work trial 9 hours a day", step({ hoursPerDay: 9 }), [], null, ["max_hours_per_day"]],
    [
      "work trial 1.1.–30.6. with one host is 6 months and allowed",
      step({ startsOn: "2026-01-01", endsOn: "2026-06-30" }),
      [],
      null,
      [],
    ],
    [
      "work trial 1.1.–1.7. with one host exceeds 6 months",
      step({ startsOn: "2026-01-01", endsOn: "2026-07-01" }),
      [],
      null,
      ["max_months_same_host"],
    ],
    [
      "work trial at the same host in two periods: 3 + 3 months is allowed",
      step({ startsOn: "2026-05-01", endsOn: "2026-07-31" }),
      [step({ startsOn: "2026-01-01", endsOn: "2026-03-31" })],
      null,
      [],
    ],
    [
      "work trial at the same host in two periods adds up (name case-insensitive)",
      step({ startsOn: "2026-05-01", endsOn: "2026-08-01" }),
      [step({ providerName: "  kahvila  KUPPI", startsOn: "2026-01-01", endsOn: "2026-03-31" })],
      null,
      ["max_months_same_host"],
    ],
    [
      "work trial at the same organisation adds up",
      step({
        providerName: null,
        providerOrganisationId: "org-1",
        startsOn: "2026-05-01",
        endsOn: "2026-08-01",
      }),
      [
        step({
          providerName: null,
          providerOrganisationId: "org-1",
          startsOn: "2026-01-01",
          endsOn: "2026-03-31",
        }),
      ],
      null,
      ["max_months_same_host"],
    ],
    [
      "work trials at different hosts: 6 + 6 months is allowed",
      step({ startsOn: "2026-07-01", endsOn: "2026-12-31" }),
      [step({ providerName: "Kirjasto", startsOn: "2026-01-01", endsOn: "2026-06-30" })],
      null,
      [],
    ],
    [
      "work trials at different hosts: 6 + 6 months and a day exceeds 12 in total",
      step({ startsOn: "2026-07-01", endsOn: "2027-01-01" }),
      [step({ providerName: "Kirjasto", startsOn: "2026-01-01", endsOn: "2026-06-30" })],
      null,
      ["max_months_same_host", "max_months_total"],
    ],
    [
      "an interrupted work trial counts up to its end date",
      step({ providerName: "Kirjasto", startsOn: "2026-08-01", endsOn: "2027-01-31" }),
      [
        step({ providerName: "Sali", startsOn: "2026-01-01", endsOn: "2026-06-30" }),
        step({ providerName: "Halli", startsOn: "2026-07-01", endsOn: "2026-07-15", status: "interrupted" }),
      ],
      null,
      ["max_months_total"],
    ],
    [
      "without the interrupted period the same steps make exactly 12 months",
      step({ providerName: "Kirjasto", startsOn: "2026-08-01", endsOn: "2027-01-31" }),
      [step({ providerName: "Sali", startsOn: "2026-01-01", endsOn: "2026-06-30" })],
      null,
      [],
    ],
    [
      "the earlier period does not warn for a later one going over",
      step({ providerName: "Kirjasto", startsOn: "2026-01-01", endsOn: "2026-06-30" }),
      [step({ startsOn: "2026-07-01", endsOn: "2027-01-31" })],
      null,
      [],
    ],
    [
      "a period without an end date adds nothing",
      step({ startsOn: "2026-07-01", endsOn: "2026-09-30" }),
      [step({ startsOn: "2026-01-01", endsOn: null })],
      null,
      [],
    ],
    [
      "wage subsidy with the same employer 1.7.2029 after an end on 30.6.2026 is allowed",
      step({ kind: "wage_subsidy", startsOn: "2029-07-01", endsOn: "2029-12-31" }),
      [step({ kind: "wage_subsidy", startsOn: "2026-01-01", endsOn: "2026-06-30" })],
      null,
      [],
    ],
    [
      "wage subsidy with the same employer a day before 3 years have passed",
      step({ kind: "wage_subsidy", startsOn: "2029-06-30", endsOn: "2029-12-31" }),
      [step({ kind: "wage_subsidy", startsOn: "2026-01-01", endsOn: "2026-06-30" })],
      null,
      ["same_provider_gap_months"],
    ],
    [
      "wage subsidy with another employer soon after is allowed",
      step({ kind: "wage_subsidy", providerName: "Saha", startsOn: "2026-08-01", endsOn: "2026-12-31" }),
      [step({ kind: "wage_subsidy", startsOn: "2026-01-01", endsOn: "2026-06-30" })],
      null,
      [],
    ],
    [
      "wage subsidy before the rule came into force is not checked",
      step({ kind: "wage_subsidy", startsOn: "2023-06-30", endsOn: "2023-12-31" }),
      [step({ kind: "wage_subsidy", startsOn: "2022-01-01", endsOn: "2022-06-30" })],
      null,
      [],
    ],
    [
      "other kinds have no limits",
      step({ kind: "small_jobs", daysPerWeek: 7, hoursPerDay: 12 }),
      [],
      "company",
      [],
    ],
  ])("%s", (_name, subject, others, providerKind, expected) => {
    expect(rulesOf(subject, others, providerKind).sort()).toEqual([...expected].sort());
  });

  it("reports the limit, the law and what the step has", () => {
    const [w] = checkStep(step({ startsOn: "2026-01-01", endsOn: "2026-07-01" }), [], DEFAULTS, null);
    expect(w).toMatchObject({ rule: "max_months_same_host", value: 6, legalReference: WT, actual: 6.03 });
  });

  it("names the rule and the law in the caller's language", () => {
    const [w] = checkStep(
      step({ kind: "rehabilitative_work", daysPerWeek: 5, hoursPerDay: 5 }),
      [],
      DEFAULTS,
      null,
    );
    if (!w) throw new Error("expected a warning");
    expect(warningMessage("en", "rehabilitative_work", w)).toBe(
      "Rehabilitative work activity: at most 4 days a week (Act 189/2001 on rehabilitative work activity). This step: 5 days a week.",
    );
    expect(warningMessage("fi", "rehabilitative_work", w)).toContain(
      "Kuntouttava työtoiminta: enintään 4 päivää viikossa (Laki kuntouttavasta työtoiminnasta 189/2001).",
    );
    expect(warningMessage("sv", "rehabilitative_work", w)).toContain(
      "högst 4 dagar i veckan (Lag om arbetsverksamhet i rehabiliteringssyfte 189/2001).",
    );
  });

  it("uses the row in force on the start date when the law changes", () => {
    const limits = [
      row("work_trial", "max_days_per_week", 5, same("old"), "2013-01-01", "2026-12-31"),
      row("work_trial", "max_days_per_week", 3, same("new"), "2027-01-01"),
    ];
    const four = (startsOn: string) =>
      checkStep(step({ daysPerWeek: 4, startsOn, endsOn: null }), [], limits, null);
    expect(four("2026-12-31")).toEqual([]);
    expect(four("2027-01-01").map((w) => w.legalReference.en)).toEqual(["new"]);
  });
});

describe("checkStep properties", () => {
  const isoDate = fc
    .date({ min: new Date("2014-01-01"), max: new Date("2035-12-31"), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10));

  it("a rehabilitative step within every limit never warns", () => {
    fc.assert(
      fc.property(
        isoDate,
        fc.integer({ min: 3, max: 24 }),
        fc.integer({ min: 0, max: 10 }).map((x) => 1 + x * 0.3),
        fc.integer({ min: 0, max: 8 }).map((x) => 4 + x * 0.5),
        fc.constantFrom<OrganisationKind | null>(null, "association", "municipality", "parish"),
        (startsOn, months, days, hours, providerKind) => {
          // Any length from 3 to 24 whole months, ending the day before the month boundary.
          const end = addMonthsIso(startsOn, months);
          const endsOn = new Date(new Date(`${end}T00:00:00Z`).getTime() - 86_400_000)
            .toISOString()
            .slice(0, 10);
          const subject = step({
            kind: "rehabilitative_work",
            startsOn,
            endsOn,
            daysPerWeek: days,
            hoursPerDay: hours,
          });
          expect(checkStep(subject, [], DEFAULTS, providerKind)).toEqual([]);
        },
      ),
    );
  });

  it("a work trial of up to 6 months with a new host, within 12 in total, never warns", () => {
    fc.assert(
      fc.property(
        isoDate,
        fc.integer({ min: 1, max: 180 }),
        fc.integer({ min: 1, max: 5 }),
        fc.integer({ min: 8, max: 16 }).map((x) => x / 2),
        (startsOn, days, perWeek, hours) => {
          const endsOn = new Date(new Date(`${startsOn}T00:00:00Z`).getTime() + (days - 1) * 86_400_000)
            .toISOString()
            .slice(0, 10);
          if (periodMonths(startsOn, endsOn) > 6) return;
          const subject = step({ startsOn, endsOn, daysPerWeek: perWeek, hoursPerDay: hours });
          expect(checkStep(subject, [], DEFAULTS, null)).toEqual([]);
        },
      ),
    );
  });

  it("warns only from rows of the step's kind in force on its start date", () => {
    const limitRow = fc
      .record({
        stepKind: fc.constantFrom(...STEP_KINDS),
        rule: fc.constantFrom(...LIMIT_RULES),
        value: fc.integer({ min: 1, max: 40 }),
        validFrom: isoDate,
        length: fc.option(fc.integer({ min: 0, max: 4000 }), { nil: null }),
      })
      .map(
        (r): LimitRow => ({
          id: `p${n++}`,
          stepKind: r.stepKind,
          rule: r.rule,
          value: r.rule === "no_company_provider" ? null : r.value,
          validFrom: r.validFrom,
          validTo:
            r.length === null
              ? null
              : new Date(new Date(`${r.validFrom}T00:00:00Z`).getTime() + r.length * 86_400_000)
                  .toISOString()
                  .slice(0, 10),
          legalReference: same("test"),
        }),
      );
    const anyStep = fc.record({
      kind: fc.constantFrom(...STEP_KINDS),
      startsOn: isoDate,
      days: fc.option(fc.integer({ min: 0, max: 400 }), { nil: null }),
      daysPerWeek: fc.option(
        fc.integer({ min: 1, max: 14 }).map((x) => x / 2),
        { nil: null },
      ),
      hoursPerDay: fc.option(
        fc.integer({ min: 1, max: 48 }).map((x) => x / 2),
        { nil: null },
      ),
      host: fc.constantFrom("A", "B", "a"),
    });
    const toStep = (x: {
      kind: StepKind;
      startsOn: string;
      days: number | null;
      daysPerWeek: number | null;
      hoursPerDay: number | null;
      host: string;
    }) =>
      step({
        kind: x.kind,
        startsOn: x.startsOn,
        endsOn:
          x.days === null
            ? null
            : new Date(new Date(`${x.startsOn}T00:00:00Z`).getTime() + x.days * 86_400_000)
                .toISOString()
                .slice(0, 10),
        daysPerWeek: x.daysPerWeek,
        hoursPerDay: x.hoursPerDay,
        providerName: x.host,
      });
    fc.assert(
      fc.property(
        anyStep,
        fc.array(anyStep, { maxLength: 5 }),
        fc.array(limitRow, { maxLength: 30 }),
        fc.constantFrom<OrganisationKind | null>(null, "company"),
        (subject, others, limits, providerKind) => {
          const me = toStep(subject);
          const warnings = checkStep(me, others.map(toStep), limits, providerKind);
          for (const w of warnings) {
            const source = limits.find((l) => l.id === w.limitId);
            expect(source?.stepKind).toBe(me.kind);
            expect(source && source.validFrom <= me.startsOn).toBe(true);
            expect(source?.validTo === null || (source?.validTo ?? "") >= me.startsOn).toBe(true);
            expect(w.rule).toBe(source?.rule);
          }
          // Without the rows in force, nothing warns.
          const notInForce = limits.filter((l) => !warnings.some((w) => w.limitId === l.id));
          const again = checkStep(me, others.map(toStep), notInForce, providerKind);
          expect(again).toEqual([]);
        },
      ),
    );
  });
});
