import { and, desc, eq, sql } from "drizzle-orm";
import type { Tx } from "../../db/client";
import type { SignedInUser } from "../../http/context";
import { conflict, fieldProblem, notFound } from "../../http/problem";
import { todayIso } from "../../lib/dates";
import { organisations } from "../organisations/schema";
import { participantPolicy } from "../participants/policy";
import { users } from "../users/schema";
import type { Assessment, AssessmentCreate, AssessmentUpdate, Barriers } from "./api-record";
import { atDate, recordEvent } from "./events";
import {
  authoringOrganisation,
  openRecord,
  type RecordSubject,
  requireEdit,
  requireScope,
} from "./record-access";
import { assessments, BARRIER_AREAS } from "./schema";

function assertAssessedOn(date: string) {
  if (date > todayIso()) throw fieldProblem(400, "assessments.assessedOnFuture", "/assessedOn");
}

/** Only the areas that were assessed, each with a trimmed note. */
function cleanBarriers(barriers: Barriers): Barriers {
  const out: Barriers = {};
  for (const area of BARRIER_AREAS) {
    const b = barriers[area];
    if (b) out[area] = { level: b.level, note: b.note.trim() };
  }
  return out;
}

/** Facts for the timeline: how many areas were assessed and how many are considerable or severe. */
function summaryOf(assessedOn: string, barriers: Barriers) {
  const levels = BARRIER_AREAS.flatMap((a) => (barriers[a] ? [barriers[a].level] : []));
  return { assessedOn, areas: levels.length, considerable: levels.filter((l) => l >= 2).length };
}

async function assessmentRows(tx: Tx, where: ReturnType<typeof eq>): Promise<Assessment[]> {
  const rows = await tx
    .select({ a: assessments, organisationName: organisations.name, authorName: users.name })
    .from(assessments)
    .innerJoin(organisations, eq(organisations.id, assessments.organisationId))
    .leftJoin(users, eq(users.id, assessments.authorId))
    .where(where)
    .orderBy(desc(assessments.assessedOn), desc(assessments.createdAt));
  return rows.map(({ a, organisationName, authorName }) => ({
    id: a.id,
    participantId: a.participantId,
    assessedOn: a.assessedOn,
    situation: a.situation,
    strengths: a.strengths,
    wishes: a.wishes,
    barriers: a.barriers,
    organisationName,
    authorName: authorName ?? null,
    version: a.version,
    createdAt: a.createdAt,
    updatedAt: a.updatedAt,
  }));
}

/** A participant's assessments, newest first (needs the 'assessments' scope). */
export async function listAssessments(
  tx: Tx,
  user: SignedInUser,
  participantId: string,
): Promise<{ subject: RecordSubject; data: Assessment[]; can: { create: boolean; edit: boolean } }> {
  const subject = await openRecord(tx, user, participantId);
  requireScope(subject, "assessments");
  const data = await assessmentRows(tx, eq(assessments.participantId, participantId));
  const edit = participantPolicy.edit(subject.relation);
  return { subject, data, can: { create: edit, edit } };
}

/** Records an assessment for the author's organisation. */
export async function createAssessment(
  tx: Tx,
  user: SignedInUser,
  participantId: string,
  input: AssessmentCreate,
): Promise<{ subject: RecordSubject; data: Assessment }> {
  const subject = await openRecord(tx, user, participantId);
  requireEdit(subject);
  assertAssessedOn(input.assessedOn);
  const barriers = cleanBarriers(input.barriers);
  const organisationId = await authoringOrganisation(tx, user, subject);
  const [row] = await tx
    .insert(assessments)
    .values({
      participantId,
      assessedOn: input.assessedOn,
      situation: input.situation.trim(),
      strengths: input.strengths.trim(),
      wishes: input.wishes.trim(),
      barriers,
      organisationId,
      authorId: user.id,
    })
    .returning({ id: assessments.id });
  if (!row) throw new Error("insert returned nothing");
  await recordEvent(tx, {
    participantId,
    kind: "assessment",
    scope: "assessments",
    at: atDate(input.assessedOn),
    refId: row.id,
    summary: { ...summaryOf(input.assessedOn, barriers), change: "created" },
    organisationId,
    actorId: user.id,
  });
  return { subject, data: await oneAssessment(tx, row.id) };
}

async function oneAssessment(tx: Tx, id: string): Promise<Assessment> {
  const [found] = await assessmentRows(tx, eq(assessments.id, id));
  if (!found) throw notFound();
  return found;
}

/** Changes an assessment (optimistic concurrency by version). */
export async function updateAssessment(
  tx: Tx,
  user: SignedInUser,
  id: string,
  input: AssessmentUpdate,
): Promise<{ subject: RecordSubject; data: Assessment }> {
  const [current] = await tx
    .select({ participantId: assessments.participantId, organisationId: assessments.organisationId })
    .from(assessments)
    .where(eq(assessments.id, id));
  if (!current) throw notFound();
  const subject = await openRecord(tx, user, current.participantId);
  requireEdit(subject);
  assertAssessedOn(input.assessedOn);
  const barriers = cleanBarriers(input.barriers);
  const [row] = await tx
    .update(assessments)
    .set({
      assessedOn: input.assessedOn,
      situation: input.situation.trim(),
      strengths: input.strengths.trim(),
      wishes: input.wishes.trim(),
      barriers,
      version: sql`${assessments.version} + 1`,
      updatedAt: sql`now()`,
    })
    .where(and(eq(assessments.id, id), eq(assessments.version, input.version)))
    .returning({ id: assessments.id });
  if (!row) throw conflict();
  await recordEvent(tx, {
    participantId: current.participantId,
    kind: "assessment",
    scope: "assessments",
    at: new Date().toISOString(),
    refId: id,
    summary: { ...summaryOf(input.assessedOn, barriers), change: "updated" },
    organisationId: current.organisationId,
    actorId: user.id,
  });
  return { subject, data: await oneAssessment(tx, id) };
}
