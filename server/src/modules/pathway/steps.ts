import { and, asc, eq, sql } from "drizzle-orm";
import type { Tx } from "../../db/client";
import type { SignedInUser } from "../../http/context";
import { conflict, fieldProblem, forbidden, notFound } from "../../http/problem";
import { blankToNull } from "../../lib/text";
import type { Language, OrganisationKind } from "../access/roles";
import { organisations } from "../organisations/schema";
import { participantPolicy, type Relation, writerOrganisations } from "../participants/policy";
import { participants } from "../participants/schema";
import { requireRelation } from "../participants/service";
import type { LimitWarning, Step, StepCheck, StepCreate, StepUpdate } from "./api-steps";
import { recordEvent } from "./events";
import { checkStep, type LimitRow, loadLimits, type StepFacts, toNumber, warningMessage } from "./limits";
import { type StepKind, type StepStatus, steps } from "./schema";

/** A step as read from the database, with its provider's name and kind. */
interface StepRow extends StepFacts {
  id: string;
  participantId: string;
  title: string;
  providerOrganisationName: string | null;
  providerKind: OrganisationKind | null;
  interruptionReason: string | null;
  organisationId: string;
  version: number;
  createdAt: string;
}

async function stepRows(tx: Tx, where: ReturnType<typeof eq>): Promise<StepRow[]> {
  const rows = await tx
    .select({
      s: steps,
      providerOrganisationName: organisations.name,
      providerKind: organisations.kind,
    })
    .from(steps)
    .leftJoin(organisations, eq(organisations.id, steps.providerOrganisationId))
    .where(where)
    .orderBy(asc(steps.startsOn), asc(steps.createdAt));
  return rows.map(({ s, providerOrganisationName, providerKind }) => ({
    id: s.id,
    participantId: s.participantId,
    kind: s.kind,
    title: s.title,
    providerOrganisationId: s.providerOrganisationId,
    providerOrganisationName: providerOrganisationName ?? null,
    providerKind: providerKind ?? null,
    providerName: s.providerName,
    startsOn: s.startsOn,
    endsOn: s.endsOn,
    daysPerWeek: toNumber(s.daysPerWeek),
    hoursPerDay: toNumber(s.hoursPerDay),
    status: s.status,
    interruptionReason: s.interruptionReason,
    organisationId: s.organisationId,
    version: s.version,
    createdAt: s.createdAt,
  }));
}

/** The engine's warnings for the caller: the sentence and the law's name in their language. */
const localise = (lang: Language, kind: StepKind, warnings: ReturnType<typeof checkStep>): LimitWarning[] =>
  warnings.map((w) => ({
    ...w,
    legalReference: w.legalReference[lang],
    message: warningMessage(lang, kind, w),
  }));

function present(row: StepRow, all: StepRow[], limits: LimitRow[], lang: Language, relation: Relation): Step {
  const { providerKind, ...rest } = row;
  return {
    ...rest,
    warnings: localise(lang, row.kind, checkStep(row, all, limits, providerKind)),
    can: { edit: participantPolicy.edit(relation) },
  };
}

/** The relation, or 403 when the user sees the person but not their plan and steps. */
async function requirePlan(tx: Tx, user: SignedInUser, participantId: string): Promise<Relation> {
  const relation = await requireRelation(tx, user, participantId);
  if (!participantPolicy.see(relation, "plan")) throw forbidden();
  return relation;
}

async function requireEdit(tx: Tx, user: SignedInUser, participantId: string): Promise<Relation> {
  const relation = await requireRelation(tx, user, participantId);
  if (!participantPolicy.edit(relation)) throw forbidden();
  return relation;
}

/** The participant's name for the access log. */
export async function participantLabel(
  tx: Tx,
  id: string,
): Promise<{ id: string; firstName: string; lastName: string }> {
  const [row] = await tx
    .select({ id: participants.id, firstName: participants.firstName, lastName: participants.lastName })
    .from(participants)
    .where(eq(participants.id, id));
  if (!row) throw notFound();
  return row;
}

/** A participant's steps in date order, each with the statutory limits it breaks. */
export async function listSteps(
  tx: Tx,
  user: SignedInUser,
  lang: Language,
  participantId: string,
): Promise<{ steps: Step[]; relation: Relation }> {
  const relation = await requirePlan(tx, user, participantId);
  const all = await stepRows(tx, eq(steps.participantId, participantId));
  const limits = all.length > 0 ? await loadLimits(tx) : [];
  return { relation, steps: all.map((row) => present(row, all, limits, lang, relation)) };
}

async function stepById(tx: Tx, lang: Language, id: string, relation: Relation) {
  const [row] = await stepRows(tx, eq(steps.id, id));
  if (!row) throw notFound();
  const all = await stepRows(tx, eq(steps.participantId, row.participantId));
  return present(row, all, await loadLimits(tx), lang, relation);
}

interface Draft {
  kind: StepKind;
  title: string;
  providerOrganisationId: string | null;
  providerName: string | null;
  startsOn: string;
  endsOn: string | null;
  daysPerWeek: number | null;
  hoursPerDay: number | null;
  status: StepStatus;
  interruptionReason: string | null;
}

const tenths = (v: number | null | undefined) =>
  v === null || v === undefined ? null : Math.round(v * 10) / 10;

function draftOf(input: StepCreate): Draft {
  const status = input.status ?? "planned";
  return {
    kind: input.kind,
    title: input.title?.trim() ?? "",
    providerOrganisationId: input.providerOrganisationId ?? null,
    providerName: blankToNull(input.providerName),
    startsOn: input.startsOn,
    endsOn: input.endsOn ?? null,
    daysPerWeek: tenths(input.daysPerWeek),
    hoursPerDay: tenths(input.hoursPerDay),
    status,
    // The reason belongs to an interruption only (the database insists on it).
    interruptionReason: status === "interrupted" ? blankToNull(input.interruptionReason) : null,
  };
}

/** The provider organisation's kind, or 400 naming the field when it is not in the region. */
async function providerKindOf(tx: Tx, id: string | null): Promise<OrganisationKind | null> {
  if (id === null) return null;
  const [org] = await tx
    .select({ kind: organisations.kind })
    .from(organisations)
    .where(eq(organisations.id, id));
  if (!org) throw fieldProblem(400, "steps.providerNotFound", "/providerOrganisationId");
  return org.kind;
}

async function validate(tx: Tx, draft: Draft): Promise<void> {
  if (draft.endsOn !== null && draft.endsOn < draft.startsOn) {
    throw fieldProblem(400, "steps.endsBeforeStart", "/endsOn");
  }
  if (draft.status === "interrupted" && draft.interruptionReason === null) {
    throw fieldProblem(400, "steps.interruptionReasonRequired", "/interruptionReason");
  }
  await providerKindOf(tx, draft.providerOrganisationId);
}

const columnsOf = (d: Draft) => ({
  kind: d.kind,
  title: d.title,
  providerOrganisationId: d.providerOrganisationId,
  providerName: d.providerName,
  startsOn: d.startsOn,
  endsOn: d.endsOn,
  daysPerWeek: d.daysPerWeek === null ? null : String(d.daysPerWeek),
  hoursPerDay: d.hoursPerDay === null ? null : String(d.hoursPerDay),
  status: d.status,
  interruptionReason: d.interruptionReason,
});

/** Facts only for the timeline: no titles, names or reasons. */
const summaryOf = (d: Draft) => ({ kind: d.kind, status: d.status, startsOn: d.startsOn, endsOn: d.endsOn });

/** The organisation the step is recorded for: the participant's, if the user writes there. */
async function authoringOrganisation(tx: Tx, user: SignedInUser, participantId: string): Promise<string> {
  const { organisationId } = (
    await tx
      .select({ organisationId: participants.organisationId })
      .from(participants)
      .where(eq(participants.id, participantId))
  )[0] ?? { organisationId: null };
  if (!organisationId) throw notFound();
  const writer = writerOrganisations(user);
  return writer.includes(organisationId) ? organisationId : (writer[0] ?? organisationId);
}

/** Adds a step. Statutory limits are checked and returned as warnings; they never block saving. */
export async function createStep(
  tx: Tx,
  user: SignedInUser,
  lang: Language,
  participantId: string,
  input: StepCreate,
): Promise<Step> {
  const relation = await requireEdit(tx, user, participantId);
  const draft = draftOf(input);
  await validate(tx, draft);
  const [row] = await tx
    .insert(steps)
    .values({
      participantId,
      ...columnsOf(draft),
      authorId: user.id,
      organisationId: await authoringOrganisation(tx, user, participantId),
    })
    .returning({ id: steps.id, organisationId: steps.organisationId });
  if (!row) throw new Error("insert returned nothing");
  await recordEvent(tx, {
    participantId,
    kind: "step_added",
    scope: "plan",
    at: new Date().toISOString(),
    refId: row.id,
    summary: summaryOf(draft),
    organisationId: row.organisationId,
    actorId: user.id,
  });
  return stepById(tx, lang, row.id, relation);
}

/** Changes a step if the caller read its current version (otherwise 409). */
export async function updateStep(
  tx: Tx,
  user: SignedInUser,
  lang: Language,
  id: string,
  input: StepUpdate,
): Promise<Step> {
  const [current] = await stepRows(tx, eq(steps.id, id));
  if (!current) throw notFound();
  const relation = await requireEdit(tx, user, current.participantId);
  const status = input.status ?? current.status;
  const draft = draftOf({
    kind: input.kind ?? current.kind,
    title: input.title ?? current.title,
    providerOrganisationId:
      input.providerOrganisationId !== undefined
        ? input.providerOrganisationId
        : current.providerOrganisationId,
    providerName: input.providerName !== undefined ? input.providerName : current.providerName,
    startsOn: input.startsOn ?? current.startsOn,
    endsOn: input.endsOn !== undefined ? input.endsOn : current.endsOn,
    daysPerWeek: input.daysPerWeek !== undefined ? input.daysPerWeek : current.daysPerWeek,
    hoursPerDay: input.hoursPerDay !== undefined ? input.hoursPerDay : current.hoursPerDay,
    status,
    interruptionReason:
      input.interruptionReason !== undefined ? input.interruptionReason : current.interruptionReason,
  });
  await validate(tx, draft);
  const [row] = await tx
    .update(steps)
    .set({ ...columnsOf(draft), version: sql`${steps.version} + 1`, updatedAt: sql`now()` })
    .where(and(eq(steps.id, id), eq(steps.version, input.version)))
    .returning({ id: steps.id });
  if (!row) throw conflict();
  await recordEvent(tx, {
    participantId: current.participantId,
    kind: "step_changed",
    scope: "plan",
    at: new Date().toISOString(),
    refId: id,
    summary: summaryOf(draft),
    organisationId: current.organisationId,
    actorId: user.id,
  });
  return stepById(tx, lang, id, relation);
}

/** The form's dry run: the warnings the step would have, saving nothing. */
export async function checkDraft(
  tx: Tx,
  user: SignedInUser,
  lang: Language,
  participantId: string,
  input: StepCheck,
): Promise<LimitWarning[]> {
  await requireEdit(tx, user, participantId);
  const { stepId, ...body } = input;
  const draft = draftOf(body);
  const others = await stepRows(tx, eq(steps.participantId, participantId));
  if (stepId !== undefined && !others.some((o) => o.id === stepId)) throw notFound();
  const [org] =
    draft.providerOrganisationId === null
      ? []
      : await tx
          .select({ kind: organisations.kind })
          .from(organisations)
          .where(eq(organisations.id, draft.providerOrganisationId));
  const facts: StepFacts = { ...draft, id: stepId ?? null };
  return localise(lang, draft.kind, checkStep(facts, others, await loadLimits(tx), org?.kind ?? null));
}
