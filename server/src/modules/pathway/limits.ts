import { sql } from "drizzle-orm";
import type { Tx } from "../../db/client";
import { translate } from "../../http/messages";
import { addDaysIso, addMonthsIso, daysBetween } from "../../lib/dates";
import type { Language, OrganisationKind } from "../access/roles";
import { organisations } from "../organisations/schema";
import { type LimitRule, statutoryLimits } from "../rules/schema";
import { type StepKind, type StepStatus, steps } from "./schema";

/**
 * The statutory limit check engine (domain.md, Statutory measures). Pure: it gets a step, the
 * participant's other steps and the limit rows, and says which limits the step breaks. Saving is never
 * blocked by it; warnings are shown. How months are counted is in docs/decisions/014.
 */

/** What the engine needs of a step. */
export interface StepFacts {
  /** Null for a step not saved yet (the form's dry run). */
  id: string | null;
  kind: StepKind;
  providerOrganisationId: string | null;
  providerName: string | null;
  startsOn: string;
  /** Inclusive. Without it the step counts for no month rule (its length is not known). */
  endsOn: string | null;
  daysPerWeek: number | null;
  hoursPerDay: number | null;
  status: StepStatus;
}

/** The law or rule a limit comes from, in each language of the UI. */
export type LegalReference = Record<Language, string>;

/** The reference of a limit row, from its three columns. */
export const legalReferenceOf = (r: {
  legalReferenceFi: string;
  legalReferenceSv: string;
  legalReferenceEn: string;
}): LegalReference => ({ fi: r.legalReferenceFi, sv: r.legalReferenceSv, en: r.legalReferenceEn });

export interface LimitRow {
  id: string;
  stepKind: StepKind;
  rule: LimitRule;
  value: number | null;
  validFrom: string;
  validTo: string | null;
  legalReference: LegalReference;
}

export interface LimitWarning {
  limitId: string;
  rule: LimitRule;
  value: number | null;
  /** All three languages: warningMessage and the steps API pick the caller's. */
  legalReference: LegalReference;
  /** What the step has: days, hours or months (rounded to 0.01); null for the provider rule. */
  actual: number | null;
}

const EPSILON = 1e-9;

const dayAfter = (date: string) => addDaysIso(date, 1);

/**
 * Months from `start` to `endExclusive` by calendar arithmetic: whole months first (date-fns addMonths,
 * so 31.8. + 6 months is 28.2.), then the rest as a share of the next month's days. A period 1.1.–30.6.
 * is exactly 6; 1.1.–1.7. is 6 + 1/31.
 */
export function monthSpan(start: string, endExclusive: string): number {
  if (endExclusive <= start) return 0;
  const [sy = 0, sm = 0] = start.split("-").map(Number);
  const [ey = 0, em = 0] = endExclusive.split("-").map(Number);
  let whole = (ey - sy) * 12 + (em - sm);
  while (whole > 0 && addMonthsIso(start, whole) > endExclusive) whole--;
  while (addMonthsIso(start, whole + 1) <= endExclusive) whole++;
  const anchor = addMonthsIso(start, whole);
  const rest = daysBetween(anchor, endExclusive);
  return rest === 0 ? whole : whole + rest / daysBetween(anchor, addMonthsIso(start, whole + 1));
}

/** Months of a period given with an inclusive end date. */
export const periodMonths = (startsOn: string, endsOn: string) => monthSpan(startsOn, dayAfter(endsOn));

/** Months covered by a set of periods, overlapping or adjoining ones counted once. */
export function unionMonths(periods: { startsOn: string; endsOn: string }[]): number {
  const sorted = periods
    .map((p) => ({ start: p.startsOn, end: dayAfter(p.endsOn) }))
    .sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
  const merged: { start: string; end: string }[] = [];
  for (const p of sorted) {
    const last = merged[merged.length - 1];
    if (last && p.start <= last.end) {
      if (p.end > last.end) last.end = p.end;
    } else {
      merged.push({ ...p });
    }
  }
  return merged.reduce((sum, p) => sum + monthSpan(p.start, p.end), 0);
}

const norm = (name: string | null) => name?.trim().replace(/\s+/g, " ").toLowerCase() || null;

/** Same host: the same organisation of the network, or the same host name (case-insensitive). */
export function sameProvider(a: StepFacts, b: StepFacts): boolean {
  if (a.providerOrganisationId && a.providerOrganisationId === b.providerOrganisationId) return true;
  const na = norm(a.providerName);
  return na !== null && na === norm(b.providerName);
}

const hasProvider = (s: StepFacts) => s.providerOrganisationId !== null || norm(s.providerName) !== null;

/** Whether a limit row is in force on a date (both ends inclusive). */
export const inForceOn = (row: Pick<LimitRow, "validFrom" | "validTo">, date: string) =>
  row.validFrom <= date && (row.validTo === null || row.validTo >= date);

const round = (n: number) => Math.round(n * 100) / 100;

/**
 * The limits the step breaks, by the rows of its kind in force on its start date. Months count only
 * periods with an end date; an interrupted step counts up to its end date. The same-host and total
 * rules add up the periods of this kind that start on or before this one (this one included), so the
 * step that goes over the limit is the one that warns, not the earlier ones.
 */
export function checkStep(
  step: StepFacts,
  others: StepFacts[],
  limits: LimitRow[],
  providerKind: OrganisationKind | null,
): LimitWarning[] {
  const rows = limits.filter((l) => l.stepKind === step.kind && inForceOn(l, step.startsOn));
  const sameKind = others.filter(
    (o) => o.kind === step.kind && (step.id === null || o.id !== step.id) && o !== step,
  );
  const upToThis = (o: StepFacts) => o.startsOn <= step.startsOn && o.endsOn !== null;
  const warnings: LimitWarning[] = [];
  const warn = (row: LimitRow, actual: number | null) =>
    warnings.push({
      limitId: row.id,
      rule: row.rule,
      value: row.value,
      legalReference: row.legalReference,
      actual: actual === null ? null : round(actual),
    });

  for (const row of rows) {
    const v = row.value ?? 0;
    switch (row.rule) {
      case "min_days_per_week":
        if (step.daysPerWeek !== null && step.daysPerWeek < v - EPSILON) warn(row, step.daysPerWeek);
        break;
      case "max_days_per_week":
        if (step.daysPerWeek !== null && step.daysPerWeek > v + EPSILON) warn(row, step.daysPerWeek);
        break;
      case "min_hours_per_day":
        if (step.hoursPerDay !== null && step.hoursPerDay < v - EPSILON) warn(row, step.hoursPerDay);
        break;
      case "max_hours_per_day":
        if (step.hoursPerDay !== null && step.hoursPerDay > v + EPSILON) warn(row, step.hoursPerDay);
        break;
      case "min_months": {
        // An interrupted period ended early by definition: the minimum is about the agreed period.
        if (step.endsOn === null || step.status === "interrupted") break;
        const months = periodMonths(step.startsOn, step.endsOn);
        if (months < v - EPSILON) warn(row, months);
        break;
      }
      case "max_months": {
        if (step.endsOn === null) break;
        const months = periodMonths(step.startsOn, step.endsOn);
        if (months > v + EPSILON) warn(row, months);
        break;
      }
      case "max_months_same_host": {
        if (step.endsOn === null || !hasProvider(step)) break;
        const periods = [step, ...sameKind.filter((o) => upToThis(o) && sameProvider(step, o))];
        const months = unionMonths(periods.map((p) => ({ startsOn: p.startsOn, endsOn: p.endsOn ?? "" })));
        if (months > v + EPSILON) warn(row, months);
        break;
      }
      case "max_months_total": {
        if (step.endsOn === null) break;
        const periods = [step, ...sameKind.filter(upToThis)];
        const months = unionMonths(periods.map((p) => ({ startsOn: p.startsOn, endsOn: p.endsOn ?? "" })));
        if (months > v + EPSILON) warn(row, months);
        break;
      }
      case "no_company_provider":
        if (providerKind === "company") warn(row, null);
        break;
      case "same_provider_gap_months": {
        if (!hasProvider(step)) break;
        // The nearest earlier period with the same provider that ended before this one starts.
        const gaps = sameKind
          .filter((o) => o.endsOn !== null && o.endsOn < step.startsOn && sameProvider(step, o))
          .map((o) => monthSpan(dayAfter(o.endsOn ?? ""), step.startsOn));
        if (gaps.length === 0) break;
        const gap = Math.min(...gaps);
        if (gap < v - EPSILON) warn(row, gap);
        break;
      }
    }
  }
  return warnings;
}

/** The warning as a person reads it, naming the measure, the rule and the law (in `lang`). */
export function warningMessage(lang: Language, kind: StepKind, w: LimitWarning): string {
  const number = new Intl.NumberFormat(lang === "en" ? "en-GB" : `${lang}-FI`, {
    maximumFractionDigits: 1,
  });
  return translate(lang, `limits.warning.${w.rule}`, {
    measure: translate(lang, `steps.kind.${kind}`),
    value: w.value === null ? "" : number.format(w.value),
    actual: w.actual === null ? "" : number.format(w.actual),
    reference: w.legalReference[lang],
  });
}

/** Numeric columns come back from the driver as strings. */
export const toNumber = (v: string | number | null): number | null => (v === null ? null : Number(v));

/** The region's statutory limit rows, for the engine. */
export async function loadLimits(tx: Tx): Promise<LimitRow[]> {
  const rows = await tx.select().from(statutoryLimits);
  return rows.map((r) => ({
    id: r.id,
    stepKind: r.stepKind,
    rule: r.rule,
    value: toNumber(r.value),
    validFrom: r.validFrom,
    validTo: r.validTo,
    legalReference: legalReferenceOf(r),
  }));
}

/**
 * Which of the participants have a step that breaks a statutory limit (the caseload flag). One query
 * for the steps of the kinds that have limits (with the provider's kind), one for the limit rows; the
 * rest is computed here.
 */
export async function participantsWithLimitWarnings(tx: Tx, participantIds: string[]): Promise<Set<string>> {
  const flagged = new Set<string>();
  if (participantIds.length === 0) return flagged;
  const limits = await loadLimits(tx);
  if (limits.length === 0) return flagged;
  const rows = await tx
    .select({
      participantId: steps.participantId,
      id: steps.id,
      kind: steps.kind,
      providerOrganisationId: steps.providerOrganisationId,
      providerName: steps.providerName,
      providerKind: organisations.kind,
      startsOn: steps.startsOn,
      endsOn: steps.endsOn,
      daysPerWeek: steps.daysPerWeek,
      hoursPerDay: steps.hoursPerDay,
      status: steps.status,
    })
    .from(steps)
    .leftJoin(organisations, sql`${organisations.id} = ${steps.providerOrganisationId}`)
    .where(
      sql`${steps.participantId} = any(${`{${participantIds.join(",")}}`}::uuid[]) and ${steps.kind} = any(${`{${[...new Set(limits.map((l) => l.stepKind))].join(",")}}`}::text[])`,
    );
  const byParticipant = new Map<string, (StepFacts & { providerKind: OrganisationKind | null })[]>();
  for (const r of rows) {
    const list = byParticipant.get(r.participantId) ?? [];
    list.push({ ...r, daysPerWeek: toNumber(r.daysPerWeek), hoursPerDay: toNumber(r.hoursPerDay) });
    byParticipant.set(r.participantId, list);
  }
  for (const [participantId, list] of byParticipant) {
    if (list.some((s) => checkStep(s, list, limits, s.providerKind).length > 0)) flagged.add(participantId);
  }
  return flagged;
}
