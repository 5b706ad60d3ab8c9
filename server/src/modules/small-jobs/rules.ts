import { and, asc, eq, sql } from "drizzle-orm";
import type { Tx } from "../../db/client";
import { conflict, fieldProblem, notFound, Problem } from "../../http/problem";
import { todayIso } from "../../lib/dates";
import type { Language } from "../access/roles";
import type { BenefitRule, BenefitRuleCreate, BenefitRuleUpdate, RuleRef, Texts } from "./api-money";
import { type PeriodKind, protectedCents } from "./benefit";
import { benefitRules } from "./schema";

// The benefit-adjustment rules (decision 024): dated rows an administrator keeps when the law changes.
// On any date one row per benefit decides, so overlapping validity is refused.

export type BenefitRuleRow = typeof benefitRules.$inferSelect;

const namesOf = (r: BenefitRuleRow): Texts => ({ fi: r.nameFi, sv: r.nameSv, en: r.nameEn });
const referencesOf = (r: BenefitRuleRow): Texts => ({
  fi: r.legalReferenceFi,
  sv: r.legalReferenceSv,
  en: r.legalReferenceEn,
});

const present = (r: BenefitRuleRow, lang: Language, today: string): BenefitRule => ({
  id: r.id,
  benefit: "unemployment_benefit",
  validFrom: r.validFrom,
  validTo: r.validTo,
  protectedMonthCents: r.protectedMonthCents,
  protectedFourWeeksCents: r.protectedFourWeeksCents,
  reductionPercent: r.reductionPercent,
  name: namesOf(r)[lang],
  legalReference: referencesOf(r)[lang],
  names: namesOf(r),
  legalReferences: referencesOf(r),
  inForce: r.validFrom <= today && (r.validTo === null || today <= r.validTo),
  version: r.version,
});

/** A rule as a seeker reads it beside a period of the given kind. */
export const ruleRef = (r: BenefitRuleRow, lang: Language, kind: PeriodKind): RuleRef => ({
  id: r.id,
  name: namesOf(r)[lang],
  legalReference: referencesOf(r)[lang],
  protectedCents: protectedCents(r, kind),
  reductionPercent: r.reductionPercent,
});

/** The region's rules of the unemployment benefit, oldest first. */
export async function ruleRows(tx: Tx): Promise<BenefitRuleRow[]> {
  return tx
    .select()
    .from(benefitRules)
    .where(eq(benefitRules.benefit, "unemployment_benefit"))
    .orderBy(asc(benefitRules.validFrom));
}

/** The rules as the reader sees them. */
export async function listRules(tx: Tx, lang: Language): Promise<BenefitRule[]> {
  const today = todayIso();
  return (await ruleRows(tx)).map((r) => present(r, lang, today));
}

interface Draft {
  validFrom: string;
  validTo: string | null;
  protectedMonthCents: number;
  protectedFourWeeksCents: number;
  reductionPercent: number;
  names: Texts;
  legalReferences: Texts;
}

function trimmed(texts: Texts, field: string): Texts {
  const out = { fi: texts.fi.trim(), sv: texts.sv.trim(), en: texts.en.trim() };
  for (const lang of ["fi", "sv", "en"] as const) {
    if (out[lang] === "") throw fieldProblem(400, "smallJobs.rule.textRequired", `/${field}/${lang}`);
  }
  return out;
}

const finnishDate = (iso: string | null) =>
  iso ? `${Number(iso.slice(8, 10))}.${Number(iso.slice(5, 7))}.${iso.slice(0, 4)}` : "";

/** Refuses overlapping validity (409), serialised per region and benefit so two admins cannot both add one. */
async function assertNoOverlap(tx: Tx, d: Draft, exceptId: string | null) {
  await tx.execute(sql`SELECT pg_advisory_xact_lock(hashtext('benefit_rules:unemployment_benefit'))`);
  const clash = (await ruleRows(tx)).find(
    (r) =>
      r.id !== exceptId &&
      r.validFrom <= (d.validTo ?? "9999-12-31") &&
      (r.validTo ?? "9999-12-31") >= d.validFrom,
  );
  if (clash) {
    const params = { from: finnishDate(clash.validFrom), to: finnishDate(clash.validTo) };
    throw new Problem(409, "smallJobs.rule.overlap", params, [
      { path: "/validFrom", key: "smallJobs.rule.overlap", params },
    ]);
  }
}

function validate(d: Draft) {
  if (d.validTo !== null && d.validTo < d.validFrom) {
    throw fieldProblem(400, "smallJobs.rule.validToBeforeFrom", "/validTo");
  }
}

const columnsOf = (d: Draft) => ({
  validFrom: d.validFrom,
  validTo: d.validTo,
  protectedMonthCents: d.protectedMonthCents,
  protectedFourWeeksCents: d.protectedFourWeeksCents,
  reductionPercent: d.reductionPercent,
  nameFi: d.names.fi,
  nameSv: d.names.sv,
  nameEn: d.names.en,
  legalReferenceFi: d.legalReferences.fi,
  legalReferenceSv: d.legalReferences.sv,
  legalReferenceEn: d.legalReferences.en,
});

/** Adds a rule (a change in the law); its validity may not overlap another's. */
export async function createRule(tx: Tx, input: BenefitRuleCreate, lang: Language): Promise<BenefitRule> {
  const draft: Draft = {
    ...input,
    validTo: input.validTo ?? null,
    names: trimmed(input.names, "names"),
    legalReferences: trimmed(input.legalReferences, "legalReferences"),
  };
  validate(draft);
  await assertNoOverlap(tx, draft, null);
  const [row] = await tx.insert(benefitRules).values(columnsOf(draft)).returning();
  if (!row) throw new Error("insert returned nothing");
  return present(row, lang, todayIso());
}

/** Changes a rule if the caller read its current version (otherwise 409). */
export async function updateRule(
  tx: Tx,
  id: string,
  input: BenefitRuleUpdate,
  lang: Language,
): Promise<BenefitRule> {
  const [current] = await tx.select().from(benefitRules).where(eq(benefitRules.id, id));
  if (!current) throw notFound();
  const draft: Draft = {
    validFrom: input.validFrom ?? current.validFrom,
    validTo: input.validTo !== undefined ? input.validTo : current.validTo,
    protectedMonthCents: input.protectedMonthCents ?? current.protectedMonthCents,
    protectedFourWeeksCents: input.protectedFourWeeksCents ?? current.protectedFourWeeksCents,
    reductionPercent: input.reductionPercent ?? current.reductionPercent,
    names: input.names ? trimmed(input.names, "names") : namesOf(current),
    legalReferences: input.legalReferences
      ? trimmed(input.legalReferences, "legalReferences")
      : referencesOf(current),
  };
  validate(draft);
  if (current.version !== input.version) throw conflict();
  await assertNoOverlap(tx, draft, id);
  const [row] = await tx
    .update(benefitRules)
    .set({ ...columnsOf(draft), version: sql`${benefitRules.version} + 1`, updatedAt: sql`now()` })
    .where(and(eq(benefitRules.id, id), eq(benefitRules.version, input.version)))
    .returning();
  if (!row) throw conflict();
  return present(row, lang, todayIso());
}
