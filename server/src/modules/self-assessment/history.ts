import { and, asc, desc, eq, inArray, sql } from "drizzle-orm";
import type { Tx } from "../../db/client";
import type { SignedInUser } from "../../http/context";
import { forbidden, notFound } from "../../http/problem";
import { openRecord, type RecordSubject } from "../pathway/record-access";
import type { History, InstrumentRef, Scores } from "./api";
import { dimensionsOf } from "./instruments";
import { answerPolicy } from "./policy";
import { instruments, instrumentVersions, selfAssessmentScores, selfAssessments } from "./schema";

/** The instrument every region gets (migration 0009); history shows it when nothing else is answered. */
export const DEFAULT_INSTRUMENT_KEY = "polku-work-ability";

type HistoryAnswer = History["answers"][number];

/**
 * Per key, the first and the latest answer with a score (skips are passed over) and the change between
 * them. With one scored answer only, first and latest are the same answer and there is no change.
 */
export function compare(keys: string[], answers: Pick<HistoryAnswer, "answeredOn" | "scores">[]) {
  return keys.map((key) => {
    const scored = answers.flatMap((a) => {
      const score = a.scores[key];
      return typeof score === "number" ? [{ score, answeredOn: a.answeredOn }] : [];
    });
    const first = scored[0] ?? null;
    const latest = scored.at(-1) ?? null;
    return {
      key,
      first,
      latest,
      change: first && latest && scored.length > 1 ? latest.score - first.score : null,
    };
  });
}

/**
 * A participant's submitted answers of one instrument over time, oldest first, with the comparison of
 * first and latest per dimension key. The instrument: the one asked for, else the one answered last,
 * else the region's default one.
 */
export async function historyOf(tx: Tx, participantId: string, instrumentId?: string): Promise<History> {
  const answered = await tx
    .select({
      id: instruments.id,
      key: instruments.key,
      name: instruments.name,
      latest: sql<string>`max(${selfAssessments.answeredOn})::text`,
    })
    .from(selfAssessments)
    .innerJoin(instruments, eq(instruments.id, selfAssessments.instrumentId))
    .where(and(eq(selfAssessments.participantId, participantId), eq(selfAssessments.status, "submitted")))
    .groupBy(instruments.id, instruments.key, instruments.name)
    .orderBy(desc(sql`max(${selfAssessments.answeredOn})`), asc(instruments.key));
  const refs: InstrumentRef[] = answered.map(({ id, key, name }) => ({ id, key, name }));

  let instrument: InstrumentRef | undefined;
  if (instrumentId) {
    [instrument] = await tx
      .select({ id: instruments.id, key: instruments.key, name: instruments.name })
      .from(instruments)
      .where(eq(instruments.id, instrumentId));
  } else {
    instrument = refs[0];
    if (!instrument) {
      [instrument] = await tx
        .select({ id: instruments.id, key: instruments.key, name: instruments.name })
        .from(instruments)
        .orderBy(sql`(${instruments.key} = ${DEFAULT_INSTRUMENT_KEY}) desc`, asc(instruments.createdAt))
        .limit(1);
    }
  }
  if (!instrument) throw notFound();

  const rows = await tx
    .select({
      id: selfAssessments.id,
      answeredOn: selfAssessments.answeredOn,
      mode: selfAssessments.mode,
      externalTool: selfAssessments.externalTool,
      versionNumber: instrumentVersions.number,
    })
    .from(selfAssessments)
    .innerJoin(instrumentVersions, eq(instrumentVersions.id, selfAssessments.instrumentVersionId))
    .where(
      and(
        eq(selfAssessments.participantId, participantId),
        eq(selfAssessments.instrumentId, instrument.id),
        eq(selfAssessments.status, "submitted"),
      ),
    )
    .orderBy(asc(selfAssessments.answeredOn), asc(selfAssessments.submittedAt), asc(selfAssessments.id));
  const scoreRows =
    rows.length === 0
      ? []
      : await tx
          .select({
            id: selfAssessmentScores.selfAssessmentId,
            key: selfAssessmentScores.dimensionKey,
            score: selfAssessmentScores.score,
          })
          .from(selfAssessmentScores)
          .where(
            inArray(
              selfAssessmentScores.selfAssessmentId,
              rows.map((r) => r.id),
            ),
          );
  const answers: HistoryAnswer[] = rows.map((r) => ({
    id: r.id,
    answeredOn: r.answeredOn,
    mode: r.mode,
    externalTool: r.externalTool,
    instrumentVersion: r.versionNumber,
    scores: Object.fromEntries(scoreRows.filter((s) => s.id === r.id).map((s) => [s.key, s.score])) as Scores,
  }));

  // Wording: the published version's keys in its order, then keys only older versions had (if answered),
  // each in the newest wording that had it.
  const versions = await tx
    .select({ id: instrumentVersions.id, status: instrumentVersions.status })
    .from(instrumentVersions)
    .where(
      and(eq(instrumentVersions.instrumentId, instrument.id), sql`${instrumentVersions.status} <> 'draft'`),
    )
    .orderBy(sql`(${instrumentVersions.status} = 'published') desc`, desc(instrumentVersions.number));
  const dims = await dimensionsOf(
    tx,
    versions.map((v) => v.id),
  );
  const answeredKeys = new Set(scoreRows.map((s) => s.key));
  const dimensions: History["dimensions"] = [];
  const seen = new Set<string>();
  versions.forEach((v, i) => {
    for (const d of dims.get(v.id) ?? []) {
      if (seen.has(d.key)) continue;
      const current = i === 0 && v.status === "published";
      if (!current && !answeredKeys.has(d.key)) continue;
      seen.add(d.key);
      dimensions.push({ key: d.key, texts: d.texts });
    }
  });

  return {
    instrument,
    instruments: refs,
    dimensions,
    answers,
    comparison: compare(
      dimensions.map((d) => d.key),
      answers,
    ),
  };
}

/** The history as staff: 404 without a relation to the participant, 403 without the assessments scope. */
export async function historyForStaff(
  tx: Tx,
  user: SignedInUser,
  participantId: string,
  instrumentId?: string,
): Promise<{ subject: RecordSubject; data: History }> {
  const subject = await openRecord(tx, user, participantId);
  if (!answerPolicy.see(subject.relation)) throw forbidden();
  return { subject, data: await historyOf(tx, participantId, instrumentId) };
}
