import { and, asc, eq, sql } from "drizzle-orm";
import type { Tx } from "../../db/client";
import { conflict, fieldProblem, notFound, Problem } from "../../http/problem";
import { todayIso } from "../../lib/dates";
import { inForceOn, legalReferenceOf, toNumber } from "../pathway/limits";
import type { StepKind } from "../pathway/schema";
import type { LegalReference, StatutoryLimit, StatutoryLimitCreate, StatutoryLimitUpdate } from "./api";
import { type LimitRule, statutoryLimits } from "./schema";

const present = (r: typeof statutoryLimits.$inferSelect, today: string): StatutoryLimit => ({
  id: r.id,
  stepKind: r.stepKind,
  rule: r.rule,
  value: toNumber(r.value),
  validFrom: r.validFrom,
  validTo: r.validTo,
  legalReference: legalReferenceOf(r),
  inForce: inForceOn(r, today),
  version: r.version,
});

/** The region's statutory limits by measure, rule and validity. */
export async function listLimits(tx: Tx): Promise<StatutoryLimit[]> {
  const rows = await tx
    .select()
    .from(statutoryLimits)
    .orderBy(asc(statutoryLimits.stepKind), asc(statutoryLimits.rule), asc(statutoryLimits.validFrom));
  const today = todayIso();
  return rows.map((r) => present(r, today));
}

async function limitRow(tx: Tx, id: string) {
  const [row] = await tx.select().from(statutoryLimits).where(eq(statutoryLimits.id, id));
  if (!row) throw notFound();
  return row;
}

interface Draft {
  stepKind: StepKind;
  rule: LimitRule;
  value: number | null;
  validFrom: string;
  validTo: string | null;
  legalReference: LegalReference;
}

/** The reference trimmed; one left blank by the trimming is refused beside its field. */
function trimReference(ref: LegalReference): LegalReference {
  const trimmed = { fi: ref.fi.trim(), sv: ref.sv.trim(), en: ref.en.trim() };
  for (const lang of ["fi", "sv", "en"] as const) {
    if (trimmed[lang] === "") throw fieldProblem(400, "limits.referenceRequired", `/legalReference/${lang}`);
  }
  return trimmed;
}

const columnsOf = (d: Draft) => ({
  stepKind: d.stepKind,
  rule: d.rule,
  value: d.value === null ? null : String(d.value),
  validFrom: d.validFrom,
  validTo: d.validTo,
  legalReferenceFi: d.legalReference.fi,
  legalReferenceSv: d.legalReference.sv,
  legalReferenceEn: d.legalReference.en,
});

function validate(d: Draft) {
  if (d.rule === "no_company_provider" && d.value !== null) {
    throw fieldProblem(400, "limits.valueNotAllowed", "/value");
  }
  if (d.rule !== "no_company_provider" && (d.value === null || d.value <= 0)) {
    throw fieldProblem(400, "limits.valueRequired", "/value");
  }
  if (d.validTo !== null && d.validTo < d.validFrom) {
    throw fieldProblem(400, "limits.validToBeforeFrom", "/validTo");
  }
}

const finnishDate = (iso: string | null) => {
  if (!iso) return "";
  const [y, m, d] = iso.split("-");
  return `${Number(d)}.${Number(m)}.${y}`;
};

/**
 * Refuses a validity that overlaps another row of the same measure and rule (409): on any date one
 * row decides. Serialised per measure and rule, so two administrators cannot both add one.
 */
async function assertNoOverlap(tx: Tx, d: Draft, exceptId: string | null) {
  await tx.execute(
    sql`SELECT pg_advisory_xact_lock(hashtext(${`statutory_limits:${d.stepKind}:${d.rule}`}))`,
  );
  const rows = await tx
    .select()
    .from(statutoryLimits)
    .where(and(eq(statutoryLimits.stepKind, d.stepKind), eq(statutoryLimits.rule, d.rule)));
  const clash = rows.find(
    (r) =>
      r.id !== exceptId &&
      r.validFrom <= (d.validTo ?? "9999-12-31") &&
      (r.validTo ?? "9999-12-31") >= d.validFrom,
  );
  if (clash) {
    throw new Problem(
      409,
      "limits.overlap",
      { from: finnishDate(clash.validFrom), to: finnishDate(clash.validTo) },
      [
        {
          path: "/validFrom",
          key: "limits.overlap",
          params: { from: finnishDate(clash.validFrom), to: finnishDate(clash.validTo) },
        },
      ],
    );
  }
}

const dayBefore = (iso: string) => {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() - 1);
  return date.toISOString().slice(0, 10);
};

/**
 * Adds a limit. When the law changes, `supersedes` names the row in force: it is ended the day before
 * the new row begins, so steps starting before keep the old limit and steps from then on get the new.
 */
export async function createLimit(tx: Tx, input: StatutoryLimitCreate): Promise<StatutoryLimit> {
  const draft: Draft = {
    stepKind: input.stepKind,
    rule: input.rule,
    value: input.value ?? null,
    validFrom: input.validFrom,
    validTo: input.validTo ?? null,
    legalReference: trimReference(input.legalReference),
  };
  validate(draft);
  if (input.supersedes) {
    const old = await limitRow(tx, input.supersedes.id);
    if (old.stepKind !== draft.stepKind || old.rule !== draft.rule) {
      throw fieldProblem(400, "limits.supersedeMismatch", "/supersedes");
    }
    if (draft.validFrom <= old.validFrom) {
      throw fieldProblem(400, "limits.supersedeTooEarly", "/validFrom", { from: finnishDate(old.validFrom) });
    }
    const [ended] = await tx
      .update(statutoryLimits)
      .set({
        validTo: dayBefore(draft.validFrom),
        version: sql`${statutoryLimits.version} + 1`,
        updatedAt: sql`now()`,
      })
      .where(and(eq(statutoryLimits.id, old.id), eq(statutoryLimits.version, input.supersedes.version)))
      .returning({ id: statutoryLimits.id });
    if (!ended) throw conflict();
  }
  await assertNoOverlap(tx, draft, null);
  const [row] = await tx.insert(statutoryLimits).values(columnsOf(draft)).returning();
  if (!row) throw new Error("insert returned nothing");
  return present(row, todayIso());
}

/** Changes a limit if the caller read its current version (otherwise 409). */
export async function updateLimit(tx: Tx, id: string, input: StatutoryLimitUpdate): Promise<StatutoryLimit> {
  const current = await limitRow(tx, id);
  const rule = input.rule ?? current.rule;
  const draft: Draft = {
    stepKind: input.stepKind ?? current.stepKind,
    rule,
    // The provider rule has no value: changing a rule to it drops the value.
    value:
      input.value !== undefined
        ? input.value
        : rule === "no_company_provider"
          ? null
          : toNumber(current.value),
    validFrom: input.validFrom ?? current.validFrom,
    validTo: input.validTo !== undefined ? input.validTo : current.validTo,
    legalReference: input.legalReference ? trimReference(input.legalReference) : legalReferenceOf(current),
  };
  validate(draft);
  await assertNoOverlap(tx, draft, id);
  const [row] = await tx
    .update(statutoryLimits)
    .set({
      ...columnsOf(draft),
      version: sql`${statutoryLimits.version} + 1`,
      updatedAt: sql`now()`,
    })
    .where(and(eq(statutoryLimits.id, id), eq(statutoryLimits.version, input.version)))
    .returning();
  if (!row) throw conflict();
  return present(row, todayIso());
}
