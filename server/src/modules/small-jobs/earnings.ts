import { and, eq, ne, sql } from "drizzle-orm";
import type { Tx } from "../../db/client";
import { Problem } from "../../http/problem";
import { daysBetween, daysInMonth } from "../../lib/dates";
import type { Language } from "../access/roles";
import { organisations } from "../organisations/schema";
import type { EarningsPeriod, JobEstimate } from "./api-money";
import {
  type BenefitPeriod,
  ceilingState,
  estimateJob,
  nextPeriod,
  type PeriodSettings,
  periodOf,
  reductionCents,
  ruleFor,
} from "./benefit";
import { grossCentsOf } from "./money";
import { periodSettingsOf, profileOf } from "./profiles";
import { type BenefitRuleRow, ruleRef, ruleRows } from "./rules";
import { jobs, jobWorkers } from "./schema";

// A seeker's earnings through Polku per benefit period, and what a job would do to the benefit
// (decision 024, "Benefit estimates"). Pay counts in the period of the day it is paid; work not yet
// paid counts on its expected pay day, the job's last day.

/** One piece of work of the seeker: paid, or expected to be paid on the job's last day. */
interface Work {
  jobWorkerId: string;
  jobId: string;
  title: string;
  organisationName: string;
  payDay: string;
  paid: boolean;
  grossCents: number;
  withholdingCents: number | null;
}

const monthStart = (iso: string) => `${iso.slice(0, 7)}-01`;
const monthEnd = (iso: string) =>
  `${iso.slice(0, 7)}-${daysInMonth(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)))}`;
const minIso = (a: string, b: string) => (a < b ? a : b);
const maxIso = (a: string, b: string) => (a > b ? a : b);

/**
 * The seeker's work with a pay day in [from, to], in one query: paid work by the day paid, the rest
 * (not cancelled) by its last day, at the agreed gross or, before the hours agree, the estimate.
 */
async function workBetween(tx: Tx, participantId: string, from: string, to: string): Promise<Work[]> {
  const payDay = sql<string>`coalesce(${jobWorkers.paidOn}, ${jobs.endsOn})`;
  const rows = await tx
    .select({
      w: {
        id: jobWorkers.id,
        grossCents: jobWorkers.grossCents,
        withholdingCents: jobWorkers.withholdingCents,
        paidOn: jobWorkers.paidOn,
        workerMinutes: jobWorkers.workerMinutes,
        ordererMinutes: jobWorkers.ordererMinutes,
      },
      j: {
        id: jobs.id,
        title: jobs.title,
        endsOn: jobs.endsOn,
        payType: jobs.payType,
        payCents: jobs.payCents,
        estimatedMinutes: jobs.estimatedMinutes,
      },
      organisationName: organisations.name,
    })
    .from(jobWorkers)
    .innerJoin(jobs, eq(jobs.id, jobWorkers.jobId))
    .innerJoin(organisations, eq(organisations.id, jobs.organisationId))
    .where(
      and(
        eq(jobWorkers.participantId, participantId),
        ne(jobs.status, "cancelled"),
        sql`${payDay} between ${from}::date and ${to}::date`,
      ),
    )
    .orderBy(payDay, jobs.title);
  return rows.map(({ w, j, organisationName }) => ({
    jobWorkerId: w.id,
    jobId: j.id,
    title: j.title,
    organisationName,
    payDay: w.paidOn ?? j.endsOn,
    paid: w.paidOn !== null,
    grossCents: w.grossCents ?? grossCentsOf(j, w.workerMinutes ?? w.ordererMinutes ?? j.estimatedMinutes),
    withholdingCents: w.paidOn === null ? null : w.withholdingCents,
  }));
}

const sumWhere = (work: Work[], test: (w: Work) => boolean) =>
  work.reduce((sum, w) => (test(w) ? sum + w.grossCents : sum), 0);
const within = (w: Work, from: string, to: string) => from <= w.payDay && w.payDay <= to;

/**
 * What each job would do to the seeker's benefit, keyed by job id: the period of its expected pay
 * day (its last day), the earnings already paid or expected in that period (other jobs only), the
 * rule the period falls under, and the calendar month's personal ceiling. One query for all jobs.
 */
export async function estimateJobsFor(
  tx: Tx,
  participantId: string,
  lang: Language,
  list: { id: string; endsOn: string; grossCents: number }[],
): Promise<Map<string, JobEstimate>> {
  const out = new Map<string, JobEstimate>();
  if (list.length === 0) return out;
  const profile = await profileOf(tx, participantId);
  const settings = periodSettingsOf(profile);
  const rules = await ruleRows(tx);
  const periods = list.map((job) => ({ job, period: periodOf(job.endsOn, settings) }));
  const from = periods.reduce(
    (m, p) => minIso(m, minIso(p.period.start, monthStart(p.job.endsOn))),
    "9999-12-31",
  );
  const to = periods.reduce((m, p) => maxIso(m, maxIso(p.period.end, monthEnd(p.job.endsOn))), "0000-01-01");
  const work = await workBetween(tx, participantId, from, to);
  for (const { job, period } of periods) {
    const others = (w: Work) => w.jobId !== job.id;
    const earnedBeforeCents = sumWhere(work, (w) => others(w) && within(w, period.start, period.end));
    const rule = ruleFor(rules, period.start);
    const effect = estimateJob({
      earnedBeforeCents,
      jobGrossCents: job.grossCents,
      rule: profile.receivesBenefit ? rule : null,
      kind: period.kind,
    });
    const ceiling =
      profile.monthlyCeilingCents === null
        ? null
        : ceilingState(
            profile.monthlyCeilingCents,
            sumWhere(work, (w) => others(w) && within(w, monthStart(job.endsOn), monthEnd(job.endsOn))),
            job.grossCents,
          );
    out.set(job.id, {
      grossCents: job.grossCents,
      period,
      earnedBeforeCents,
      ...effect,
      receivesBenefit: profile.receivesBenefit,
      rule: rule ? ruleRef(rule, lang, period.kind) : null,
      ceiling,
    });
  }
  return out;
}

/** The periods from the one holding `from` to the one holding `to`, oldest first (at most ~3 years). */
export function periodsBetween(from: string, to: string, settings: PeriodSettings): BenefitPeriod[] {
  if (to < from) throw new Problem(400, "smallJobs.range.invalid");
  if (daysBetween(from, to) > 3 * 366) throw new Problem(400, "smallJobs.range.tooLong");
  const out: BenefitPeriod[] = [];
  for (let p = periodOf(from, settings); p.start <= to; p = nextPeriod(p)) out.push(p);
  return out;
}

/** The calendar months a period touches, as YYYY-MM. */
function monthsOf(period: BenefitPeriod): string[] {
  const first = period.start.slice(0, 7);
  const last = period.end.slice(0, 7);
  return first === last ? [first] : [first, last];
}

function presentPeriod(
  period: BenefitPeriod,
  work: Work[],
  rules: BenefitRuleRow[],
  profile: { receivesBenefit: boolean; monthlyCeilingCents: number | null },
  lang: Language,
): EarningsPeriod {
  const inPeriod = work.filter((w) => within(w, period.start, period.end));
  const earnedCents = sumWhere(inPeriod, (w) => w.paid);
  const expectedCents = sumWhere(inPeriod, (w) => !w.paid);
  const rule = ruleFor(rules, period.start);
  const counted = profile.receivesBenefit ? rule : null;
  const ceilingCents = profile.monthlyCeilingCents;
  return {
    ...period,
    earnedCents,
    expectedCents,
    rule: rule ? ruleRef(rule, lang, period.kind) : null,
    reductionCents: reductionCents(earnedCents, counted, period.kind),
    reductionWithExpectedCents: reductionCents(earnedCents + expectedCents, counted, period.kind),
    ceiling:
      ceilingCents === null
        ? null
        : {
            monthlyCeilingCents: ceilingCents,
            months: monthsOf(period).map((month) => {
              const state = ceilingState(
                ceilingCents,
                sumWhere(work, (w) => w.payDay.startsWith(month)),
                0,
              );
              return { month, earnedCents: state.monthEarnedCents, exceeds: state.exceeds, near: state.near };
            }),
          },
    jobs: inPeriod.map((w) => ({
      jobWorkerId: w.jobWorkerId,
      jobId: w.jobId,
      title: w.title,
      organisationName: w.organisationName,
      payDay: w.payDay,
      paid: w.paid,
      grossCents: w.grossCents,
      withholdingCents: w.withholdingCents,
      netCents: w.withholdingCents === null ? null : w.grossCents - w.withholdingCents,
    })),
  };
}

/**
 * The seeker's earnings per benefit period from the one holding `from` to the one holding `to`,
 * newest first: paid and expected, the rule each period falls under (the one in force on the day the
 * period began), the estimated reduction, and the personal ceiling of the months it touches.
 */
export async function earningsPeriods(
  tx: Tx,
  participantId: string,
  lang: Language,
  range: { from: string; to: string },
) {
  const profile = await profileOf(tx, participantId);
  const settings = periodSettingsOf(profile);
  const periods = periodsBetween(range.from, range.to, settings);
  const first = periods[0];
  const last = periods[periods.length - 1];
  if (!first || !last) throw new Problem(400, "smallJobs.range.invalid");
  const work = await workBetween(tx, participantId, monthStart(first.start), monthEnd(last.end));
  const rules = await ruleRows(tx);
  return {
    receivesBenefit: profile.receivesBenefit,
    adjustmentPeriod: settings.adjustmentPeriod,
    periods: periods.map((p) => presentPeriod(p, work, rules, profile, lang)).reverse(),
  };
}
