import { and, asc, desc, eq, inArray, isNull, sql } from "drizzle-orm";
import type { Tx } from "../../db/client";
import type { SignedInUser } from "../../http/context";
import { conflict, fieldProblem, forbidden, notFound, Problem } from "../../http/problem";
import { addMonthsIso, todayIso } from "../../lib/dates";
import { organisations } from "../organisations/schema";
import { atDate, recordEvent } from "../pathway/events";
import { authoringOrganisation, openRecord, type RecordSubject } from "../pathway/record-access";
import type { OwnParticipant } from "../self-service/service";
import { users } from "../users/schema";
import type {
  AnswerPatch,
  Dimension,
  MySelfAssessments,
  MyStart,
  ParticipantSelfAssessments,
  Scores,
  SelfAssessment,
  StaffStart,
  StartableInstrument,
} from "./api";
import { dimensionsOf } from "./instruments";
import { answerCan, answerPolicy } from "./policy";
import {
  assessmentReminders,
  instruments,
  instrumentVersions,
  selfAssessmentScores,
  selfAssessments,
} from "./schema";

// Answers (itsearviot): drafts that a participant or a coach fills, and submitted answers whose scores
// are copied to self_assessment_scores. A draft keeps its own instrument version, also after a newer
// one is published; a submitted answer never changes (a correction is a new answer).

type AnswerRow = typeof selfAssessments.$inferSelect;

const isoInstant = (value: string) => new Date(value).toISOString();
/** A key as a JSON pointer segment. */
const pointer = (key: string) => key.replaceAll("~", "~0").replaceAll("/", "~1");

/** The answers as the API returns them; `mayWrite` says whether the reader may change a draft. */
async function present(tx: Tx, rows: AnswerRow[], mayWrite: boolean): Promise<SelfAssessment[]> {
  if (rows.length === 0) return [];
  const instrumentIds = [...new Set(rows.map((r) => r.instrumentId))];
  const versionIds = [...new Set(rows.map((r) => r.instrumentVersionId))];
  const submittedIds = rows.filter((r) => r.status === "submitted").map((r) => r.id);
  // One after another: a transaction is one connection.
  const instrumentRows = await tx
    .select({ id: instruments.id, key: instruments.key, name: instruments.name })
    .from(instruments)
    .where(inArray(instruments.id, instrumentIds));
  const versionRows = await tx
    .select({ id: instrumentVersions.id, number: instrumentVersions.number })
    .from(instrumentVersions)
    .where(inArray(instrumentVersions.id, versionIds));
  const dims = await dimensionsOf(tx, versionIds);
  const scoreRows =
    submittedIds.length === 0
      ? []
      : await tx
          .select({
            id: selfAssessmentScores.selfAssessmentId,
            key: selfAssessmentScores.dimensionKey,
            score: selfAssessmentScores.score,
          })
          .from(selfAssessmentScores)
          .where(inArray(selfAssessmentScores.selfAssessmentId, submittedIds));
  const names = await tx
    .select({ id: users.id, name: users.name })
    .from(users)
    .where(inArray(users.id, [...new Set(rows.map((r) => r.startedBy))]));
  const orgIds = [...new Set(rows.flatMap((r) => (r.organisationId ? [r.organisationId] : [])))];
  const orgs =
    orgIds.length === 0
      ? []
      : await tx
          .select({ id: organisations.id, name: organisations.name })
          .from(organisations)
          .where(inArray(organisations.id, orgIds));
  return rows.map((r) => {
    const instrument = instrumentRows.find((i) => i.id === r.instrumentId);
    const version = versionRows.find((v) => v.id === r.instrumentVersionId);
    if (!instrument || !version) throw new Error("answer without its instrument version");
    const dimensions = dims.get(r.instrumentVersionId) ?? [];
    let scores: Scores;
    let answeredKeys: string[];
    if (r.status === "submitted") {
      const mine = scoreRows.filter((s) => s.id === r.id);
      scores = Object.fromEntries(
        dimensions.map((d) => [d.key, mine.find((s) => s.key === d.key)?.score ?? null]),
      );
      answeredKeys = dimensions.map((d) => d.key);
    } else {
      answeredKeys = dimensions.filter((d) => d.key in r.draftScores).map((d) => d.key);
      scores = Object.fromEntries(answeredKeys.map((k) => [k, r.draftScores[k] ?? null]));
    }
    return {
      id: r.id,
      participantId: r.participantId,
      instrument,
      instrumentVersion: version,
      dimensions,
      mode: r.mode,
      externalTool: r.externalTool,
      answeredOn: r.answeredOn,
      language: r.language,
      status: r.status,
      scores,
      answeredKeys,
      submittedAt: r.submittedAt ? isoInstant(r.submittedAt) : null,
      startedByName: names.find((n) => n.id === r.startedBy)?.name ?? null,
      organisationName: orgs.find((o) => o.id === r.organisationId)?.name ?? null,
      version: r.version,
      can: answerCan(r.status, mayWrite),
    };
  });
}

async function presentOne(tx: Tx, id: string, mayWrite: boolean): Promise<SelfAssessment> {
  const [row] = await tx.select().from(selfAssessments).where(eq(selfAssessments.id, id));
  if (!row) throw notFound();
  const [one] = await present(tx, [row], mayWrite);
  if (!one) throw notFound();
  return one;
}

/** Drafts first (newest started first), then submitted answers newest first. */
const answerOrder = [
  sql`(${selfAssessments.status} = 'draft') desc`,
  desc(selfAssessments.answeredOn),
  desc(selfAssessments.submittedAt),
  desc(selfAssessments.createdAt),
];

/** The published version of an instrument that answers may be started with, or 400. */
async function startableVersion(tx: Tx, instrumentId: string) {
  const [row] = await tx
    .select({ versionId: instrumentVersions.id })
    .from(instruments)
    .innerJoin(
      instrumentVersions,
      and(eq(instrumentVersions.instrumentId, instruments.id), eq(instrumentVersions.status, "published")),
    )
    .where(and(eq(instruments.id, instrumentId), isNull(instruments.archivedAt)));
  if (!row) throw fieldProblem(400, "selfAssessment.instrumentNotAvailable", "/instrumentId");
  return row.versionId;
}

/** The participant's unfinished answer of the instrument, if any. */
async function openDraft(tx: Tx, participantId: string, instrumentId: string) {
  const [row] = await tx
    .select()
    .from(selfAssessments)
    .where(
      and(
        eq(selfAssessments.participantId, participantId),
        eq(selfAssessments.instrumentId, instrumentId),
        eq(selfAssessments.status, "draft"),
      ),
    );
  return row ?? null;
}

/** 400 naming the first key that is not a dimension of the answer's version. */
function checkKeys(scores: Scores, dimensions: Dimension[]) {
  const known = new Set(dimensions.map((d) => d.key));
  const unknown = Object.keys(scores).find((k) => !known.has(k));
  if (unknown !== undefined) {
    throw fieldProblem(400, "selfAssessment.unknownKey", `/scores/${pointer(unknown)}`, {
      key: unknown.slice(0, 60),
    });
  }
}

async function dimensionsOfVersion(tx: Tx, versionId: string): Promise<Dimension[]> {
  return (await dimensionsOf(tx, [versionId])).get(versionId) ?? [];
}

function assertNotFuture(answeredOn: string) {
  if (answeredOn > todayIso()) throw fieldProblem(400, "selfAssessment.answeredOnFuture", "/answeredOn");
}

/**
 * Merges scores into a draft per key (a key sent again replaces its score; keys not sent stay), in one
 * statement, so that two tabs saving different questions both keep what they saved.
 */
async function mergeScores(tx: Tx, row: AnswerRow, input: AnswerPatch): Promise<void> {
  if (!answerPolicy.changeable(row.status)) throw new Problem(409, "selfAssessment.alreadySubmitted");
  checkKeys(input.scores, await dimensionsOfVersion(tx, row.instrumentVersionId));
  const [updated] = await tx
    .update(selfAssessments)
    .set({
      draftScores: sql`${selfAssessments.draftScores} || ${JSON.stringify(input.scores)}::jsonb`,
      ...(input.language ? { language: input.language } : {}),
      version: sql`${selfAssessments.version} + 1`,
      updatedAt: sql`now()`,
    })
    .where(and(eq(selfAssessments.id, row.id), eq(selfAssessments.status, "draft")))
    .returning({ id: selfAssessments.id });
  if (!updated) throw new Problem(409, "selfAssessment.alreadySubmitted");
}

/**
 * Writes the scores of a now-submitted answer (one row per dimension of its version; a dimension not
 * answered counts as skipped), moves the reminder and records the timeline event.
 */
async function finalise(tx: Tx, user: SignedInUser, answer: AnswerRow, scores: Scores, dims: Dimension[]) {
  await tx.insert(selfAssessmentScores).values(
    dims.map((d) => ({
      selfAssessmentId: answer.id,
      dimensionId: d.id,
      participantId: answer.participantId,
      instrumentId: answer.instrumentId,
      dimensionKey: d.key,
      answeredOn: answer.answeredOn,
      score: scores[d.key] ?? null,
    })),
  );
  await moveReminder(tx, answer.participantId, answer.instrumentId);
  const [instrument] = await tx
    .select({ key: instruments.key })
    .from(instruments)
    .where(eq(instruments.id, answer.instrumentId));
  const answered = dims.filter((d) => typeof scores[d.key] === "number").length;
  await recordEvent(tx, {
    participantId: answer.participantId,
    kind: "self_assessment",
    scope: "assessments",
    at: atDate(answer.answeredOn),
    refId: answer.id,
    summary: {
      instrumentKey: instrument?.key ?? null,
      mode: answer.mode,
      answeredOn: answer.answeredOn,
      answered,
      skipped: dims.length - answered,
    },
    organisationId: answer.organisationId,
    actorId: user.id,
  });
}

/** 400 unless at least one dimension has a score; names the keys without one. */
function requireSomeScore(scores: Scores, dims: Dimension[]) {
  if (dims.some((d) => typeof scores[d.key] === "number")) return;
  throw fieldProblem(400, "selfAssessment.nothingAnswered", "/scores", {
    keys: dims.map((d) => d.key).join(", "),
  });
}

/** Submits a draft: the day becomes today when the participant answered alone (the day they finished). */
async function submitDraft(tx: Tx, user: SignedInUser, row: AnswerRow): Promise<void> {
  if (!answerPolicy.changeable(row.status)) throw new Problem(409, "selfAssessment.alreadySubmitted");
  const dims = await dimensionsOfVersion(tx, row.instrumentVersionId);
  const scores = row.draftScores;
  requireSomeScore(scores, dims);
  const answeredOn = row.mode === "self" ? todayIso() : row.answeredOn;
  const [updated] = await tx
    .update(selfAssessments)
    .set({
      status: "submitted",
      submittedAt: sql`now()`,
      answeredOn,
      draftScores: {},
      version: sql`${selfAssessments.version} + 1`,
      updatedAt: sql`now()`,
    })
    .where(and(eq(selfAssessments.id, row.id), eq(selfAssessments.status, "draft")))
    .returning();
  if (!updated) throw new Problem(409, "selfAssessment.alreadySubmitted");
  await finalise(tx, user, updated, scores, dims);
}

async function discardDraft(tx: Tx, row: AnswerRow): Promise<void> {
  if (!answerPolicy.changeable(row.status)) throw new Problem(409, "selfAssessment.alreadySubmitted");
  const deleted = await tx
    .delete(selfAssessments)
    .where(and(eq(selfAssessments.id, row.id), eq(selfAssessments.status, "draft")))
    .returning({ id: selfAssessments.id });
  if (deleted.length === 0) throw new Problem(409, "selfAssessment.alreadySubmitted");
}

/**
 * Moves the participant's reminder of the instrument to the latest submitted answer's day plus its
 * interval (an older answer recorded late does not move it back).
 */
export async function moveReminder(tx: Tx, participantId: string, instrumentId: string): Promise<void> {
  const [reminder] = await tx
    .select()
    .from(assessmentReminders)
    .where(
      and(
        eq(assessmentReminders.participantId, participantId),
        eq(assessmentReminders.instrumentId, instrumentId),
      ),
    );
  if (!reminder) return;
  const latest = await latestAnsweredOn(tx, participantId, instrumentId);
  if (!latest) return;
  const nextDue = addMonthsIso(latest, reminder.intervalMonths);
  if (nextDue === reminder.nextDue) return;
  await tx
    .update(assessmentReminders)
    .set({ nextDue, version: sql`${assessmentReminders.version} + 1`, updatedAt: sql`now()` })
    .where(eq(assessmentReminders.id, reminder.id));
}

/** The day of the participant's latest submitted answer of the instrument, or null. */
export async function latestAnsweredOn(tx: Tx, participantId: string, instrumentId: string) {
  const [row] = await tx
    .select({ latest: sql<string | null>`max(${selfAssessments.answeredOn})::text` })
    .from(selfAssessments)
    .where(
      and(
        eq(selfAssessments.participantId, participantId),
        eq(selfAssessments.instrumentId, instrumentId),
        eq(selfAssessments.status, "submitted"),
      ),
    );
  return row?.latest ?? null;
}

// --- The participant's own answers (/api/me/self-assessments) ---

/** One of the participant's own answers; another person's is 404. */
async function ownAnswer(tx: Tx, me: OwnParticipant, id: string): Promise<AnswerRow> {
  const [row] = await tx
    .select()
    .from(selfAssessments)
    .where(and(eq(selfAssessments.id, id), eq(selfAssessments.participantId, me.id)));
  if (!row) throw notFound();
  return row;
}

/** Instruments the participant may start, their drafts, and their submitted answers. */
export async function myOverview(tx: Tx, me: OwnParticipant): Promise<MySelfAssessments["data"]> {
  const rows = await tx
    .select()
    .from(selfAssessments)
    .where(eq(selfAssessments.participantId, me.id))
    .orderBy(...answerOrder);
  const answers = await present(tx, rows, true);
  const available = await tx
    .select({ i: instruments, versionId: instrumentVersions.id })
    .from(instruments)
    .innerJoin(
      instrumentVersions,
      and(eq(instrumentVersions.instrumentId, instruments.id), eq(instrumentVersions.status, "published")),
    )
    .where(isNull(instruments.archivedAt))
    .orderBy(asc(instruments.createdAt), asc(instruments.key));
  const dims = await dimensionsOf(
    tx,
    available.map((a) => a.versionId),
  );
  const startable: StartableInstrument[] = available.map(({ i, versionId }) => {
    const submitted = answers.filter((a) => a.instrument.id === i.id && a.status === "submitted");
    return {
      id: i.id,
      key: i.key,
      name: i.name,
      description: i.description,
      dimensionCount: dims.get(versionId)?.length ?? 0,
      draftId: answers.find((a) => a.instrument.id === i.id && a.status === "draft")?.id ?? null,
      lastAnsweredOn:
        submitted
          .map((a) => a.answeredOn)
          .sort()
          .at(-1) ?? null,
    };
  });
  return {
    instruments: startable,
    drafts: answers.filter((a) => a.status === "draft"),
    submitted: answers.filter((a) => a.status === "submitted"),
  };
}

/** Starts answering alone, or continues the unfinished answer of the instrument (`created` false). */
export async function startMine(
  tx: Tx,
  user: SignedInUser,
  me: OwnParticipant,
  input: MyStart,
): Promise<{ created: boolean; data: SelfAssessment }> {
  const existing = await openDraft(tx, me.id, input.instrumentId);
  if (existing) return { created: false, data: await presentOne(tx, existing.id, true) };
  const versionId = await startableVersion(tx, input.instrumentId);
  const [row] = await tx
    .insert(selfAssessments)
    .values({
      participantId: me.id,
      instrumentId: input.instrumentId,
      instrumentVersionId: versionId,
      mode: "self",
      answeredOn: todayIso(),
      language: input.language,
      startedBy: user.id,
    })
    .onConflictDoNothing()
    .returning({ id: selfAssessments.id });
  if (!row) {
    // Another tab started it a moment ago: continue that one.
    const other = await openDraft(tx, me.id, input.instrumentId);
    if (!other) throw conflict();
    return { created: false, data: await presentOne(tx, other.id, true) };
  }
  return { created: true, data: await presentOne(tx, row.id, true) };
}

export async function getMine(tx: Tx, me: OwnParticipant, id: string): Promise<SelfAssessment> {
  const row = await ownAnswer(tx, me, id);
  return presentOne(tx, row.id, true);
}

export async function patchMine(tx: Tx, me: OwnParticipant, id: string, input: AnswerPatch) {
  await mergeScores(tx, await ownAnswer(tx, me, id), input);
  return presentOne(tx, id, true);
}

export async function submitMine(tx: Tx, user: SignedInUser, me: OwnParticipant, id: string) {
  await submitDraft(tx, user, await ownAnswer(tx, me, id));
  return presentOne(tx, id, true);
}

export async function discardMine(tx: Tx, me: OwnParticipant, id: string): Promise<void> {
  await discardDraft(tx, await ownAnswer(tx, me, id));
}

// --- Staff on a participant's record ---

function requireSee(subject: RecordSubject) {
  if (!answerPolicy.see(subject.relation)) throw forbidden();
}
function requireWrite(subject: RecordSubject) {
  if (!answerPolicy.write(subject.relation)) throw forbidden();
}

/** The participant's answers, drafts too (needs the assessments scope). */
export async function listForParticipant(
  tx: Tx,
  user: SignedInUser,
  participantId: string,
): Promise<{ subject: RecordSubject } & ParticipantSelfAssessments> {
  const subject = await openRecord(tx, user, participantId);
  requireSee(subject);
  const write = answerPolicy.write(subject.relation);
  const rows = await tx
    .select()
    .from(selfAssessments)
    .where(eq(selfAssessments.participantId, participantId))
    .orderBy(...answerOrder);
  return { subject, data: await present(tx, rows, write), can: { start: write, remind: write } };
}

/**
 * A coach starts an answer with the participant beside them (a draft their device fills; an unfinished
 * answer of the instrument is continued instead), or records scores taken with an external tool
 * (submitted at once; questions left out count as skipped).
 */
export async function startForParticipant(
  tx: Tx,
  user: SignedInUser,
  participantId: string,
  input: StaffStart,
): Promise<{ subject: RecordSubject; created: boolean; data: SelfAssessment }> {
  const subject = await openRecord(tx, user, participantId);
  requireWrite(subject);
  assertNotFuture(input.answeredOn);
  const tool = input.externalTool?.trim() ?? "";
  if (input.mode === "external" && tool === "") {
    throw fieldProblem(400, "selfAssessment.externalToolRequired", "/externalTool");
  }
  const versionId = await startableVersion(tx, input.instrumentId);
  const dims = await dimensionsOfVersion(tx, versionId);
  const scores = input.scores ?? {};
  const organisationId = await authoringOrganisation(tx, user, subject);

  if (input.mode === "with_coach") {
    const existing = await openDraft(tx, participantId, input.instrumentId);
    if (existing) {
      if (input.scores) await mergeScores(tx, existing, { scores });
      return { subject, created: false, data: await presentOne(tx, existing.id, true) };
    }
    checkKeys(scores, dims);
    const [row] = await tx
      .insert(selfAssessments)
      .values({
        participantId,
        instrumentId: input.instrumentId,
        instrumentVersionId: versionId,
        mode: "with_coach",
        answeredOn: input.answeredOn,
        language: input.language,
        draftScores: scores,
        startedBy: user.id,
        organisationId,
      })
      .returning({ id: selfAssessments.id });
    if (!row) throw new Error("insert returned nothing");
    return { subject, created: true, data: await presentOne(tx, row.id, true) };
  }

  checkKeys(scores, dims);
  requireSomeScore(scores, dims);
  const [row] = await tx
    .insert(selfAssessments)
    .values({
      participantId,
      instrumentId: input.instrumentId,
      instrumentVersionId: versionId,
      mode: "external",
      externalTool: tool,
      answeredOn: input.answeredOn,
      language: input.language,
      status: "submitted",
      submittedAt: sql`now()`,
      startedBy: user.id,
      organisationId,
    })
    .returning();
  if (!row) throw new Error("insert returned nothing");
  await finalise(tx, user, row, scores, dims);
  return { subject, created: true, data: await presentOne(tx, row.id, true) };
}

/** An answer by id as staff: 404 without a relation to its participant, 403 without the scope. */
async function staffAnswer(tx: Tx, user: SignedInUser, id: string) {
  const [row] = await tx.select().from(selfAssessments).where(eq(selfAssessments.id, id));
  if (!row) throw notFound();
  const subject = await openRecord(tx, user, row.participantId);
  requireSee(subject);
  return { row, subject };
}

export async function getForStaff(tx: Tx, user: SignedInUser, id: string) {
  const { row, subject } = await staffAnswer(tx, user, id);
  return { subject, data: await presentOne(tx, row.id, answerPolicy.write(subject.relation)) };
}

export async function patchForStaff(tx: Tx, user: SignedInUser, id: string, input: AnswerPatch) {
  const { row, subject } = await staffAnswer(tx, user, id);
  requireWrite(subject);
  await mergeScores(tx, row, input);
  return { subject, data: await presentOne(tx, id, true) };
}

export async function submitForStaff(tx: Tx, user: SignedInUser, id: string) {
  const { row, subject } = await staffAnswer(tx, user, id);
  requireWrite(subject);
  await submitDraft(tx, user, row);
  return { subject, data: await presentOne(tx, id, true) };
}

export async function discardForStaff(tx: Tx, user: SignedInUser, id: string): Promise<void> {
  const { row, subject } = await staffAnswer(tx, user, id);
  requireWrite(subject);
  await discardDraft(tx, row);
}
