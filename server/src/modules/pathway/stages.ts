import { and, desc, eq, lte } from "drizzle-orm";
import type { Tx } from "../../db/client";
import type { SignedInUser } from "../../http/context";
import { fieldProblem } from "../../http/problem";
import { todayIso } from "../../lib/dates";
import { participantPolicy } from "../participants/policy";
import { users } from "../users/schema";
import type { StageChange, StageChangeCreate } from "./api-record";
import { atDate, recordEvent } from "./events";
import {
  authoringOrganisation,
  openRecord,
  type RecordSubject,
  requireEdit,
  requireScope,
} from "./record-access";
import { stageChanges } from "./schema";

export interface StagesResult {
  subject: RecordSubject;
  data: { current: StageChange | null; history: StageChange[] };
  can: { change: boolean };
}

/** The stage history, newest first: the current stage is the latest by date, then by when it was recorded. */
async function loadStages(tx: Tx, participantId: string): Promise<StagesResult["data"]> {
  const rows = await tx
    .select({ s: stageChanges, authorName: users.name })
    .from(stageChanges)
    .leftJoin(users, eq(users.id, stageChanges.authorId))
    .where(eq(stageChanges.participantId, participantId))
    .orderBy(desc(stageChanges.changedOn), desc(stageChanges.createdAt));
  const history = rows.map(({ s, authorName }) => ({
    id: s.id,
    stage: s.stage,
    changedOn: s.changedOn,
    note: s.note,
    authorName: authorName ?? null,
    createdAt: s.createdAt,
  }));
  return { current: history[0] ?? null, history };
}

/**
 * The participant's stages in the Vaasa model. A stage is part of the pathway, so it is read with the
 * 'plan' scope, like the plan and the steps.
 */
export async function getStages(tx: Tx, user: SignedInUser, participantId: string): Promise<StagesResult> {
  const subject = await openRecord(tx, user, participantId);
  requireScope(subject, "plan");
  return {
    subject,
    data: await loadStages(tx, participantId),
    can: { change: participantPolicy.edit(subject.relation) },
  };
}

/** Records a move to a stage on a date (not in the future). */
export async function changeStage(
  tx: Tx,
  user: SignedInUser,
  participantId: string,
  input: StageChangeCreate,
): Promise<StagesResult> {
  const subject = await openRecord(tx, user, participantId);
  requireEdit(subject);
  if (input.changedOn > todayIso()) throw fieldProblem(400, "stages.changedOnFuture", "/changedOn");
  // The stage the person was in on that date (a change may be recorded afterwards).
  const [previous] = await tx
    .select({ stage: stageChanges.stage })
    .from(stageChanges)
    .where(and(eq(stageChanges.participantId, participantId), lte(stageChanges.changedOn, input.changedOn)))
    .orderBy(desc(stageChanges.changedOn), desc(stageChanges.createdAt))
    .limit(1);
  const [row] = await tx
    .insert(stageChanges)
    .values({
      participantId,
      stage: input.stage,
      changedOn: input.changedOn,
      note: input.note.trim(),
      authorId: user.id,
    })
    .returning({ id: stageChanges.id });
  if (!row) throw new Error("insert returned nothing");
  await recordEvent(tx, {
    participantId,
    kind: "stage_changed",
    scope: "plan",
    at: atDate(input.changedOn),
    refId: row.id,
    summary: { stage: input.stage, from: previous?.stage ?? null, changedOn: input.changedOn },
    organisationId: await authoringOrganisation(tx, user, subject),
    actorId: user.id,
  });
  return { subject, data: await loadStages(tx, participantId), can: { change: true } };
}
