import { and, asc, eq, inArray } from "drizzle-orm";
import { type Static, Type } from "typebox";
import type { Tx } from "../../db/client";
import { Nullable } from "../../http/typebox";
import type { Language } from "../access/roles";
import { IsoDate } from "../projects/schema";
import { AnswerMode } from "./api";
import { dimensionsOf } from "./instruments";
import {
  instruments,
  instrumentVersions,
  type AnswerMode as Mode,
  selfAssessmentScores,
  selfAssessments,
} from "./schema";

// The participant's submitted self-assessments in their own data export (JSON and PDF), in the
// export's language. Unfinished drafts are left out: they are still theirs to change or throw away.

export const ExportSelfAssessment = Type.Object({
  instrumentKey: Type.String(),
  instrumentName: Type.String(),
  instrumentVersion: Type.Integer(),
  answeredOn: IsoDate,
  mode: AnswerMode,
  externalTool: Nullable(Type.String()),
  /** Every question of the answer's version, in order; null = skipped. */
  scores: Type.Array(
    Type.Object({ key: Type.String(), question: Type.String(), score: Nullable(Type.Integer()) }),
  ),
});
export type ExportSelfAssessment = Static<typeof ExportSelfAssessment>;

/** The participant's submitted answers, oldest first, with the questions in the export's language. */
export async function exportSelfAssessments(
  tx: Tx,
  participantId: string,
  lang: Language,
): Promise<ExportSelfAssessment[]> {
  const rows = await tx
    .select({
      id: selfAssessments.id,
      versionId: selfAssessments.instrumentVersionId,
      answeredOn: selfAssessments.answeredOn,
      mode: selfAssessments.mode,
      externalTool: selfAssessments.externalTool,
      instrumentKey: instruments.key,
      instrumentName: instruments.name,
      versionNumber: instrumentVersions.number,
    })
    .from(selfAssessments)
    .innerJoin(instruments, eq(instruments.id, selfAssessments.instrumentId))
    .innerJoin(instrumentVersions, eq(instrumentVersions.id, selfAssessments.instrumentVersionId))
    .where(and(eq(selfAssessments.participantId, participantId), eq(selfAssessments.status, "submitted")))
    .orderBy(asc(selfAssessments.answeredOn), asc(selfAssessments.submittedAt));
  if (rows.length === 0) return [];
  const dims = await dimensionsOf(tx, [...new Set(rows.map((r) => r.versionId))]);
  const scores = await tx
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
  return rows.map((r) => ({
    instrumentKey: r.instrumentKey,
    instrumentName: r.instrumentName[lang],
    instrumentVersion: r.versionNumber,
    answeredOn: r.answeredOn,
    mode: r.mode,
    externalTool: r.externalTool,
    scores: (dims.get(r.versionId) ?? []).map((d) => ({
      key: d.key,
      question: d.texts[lang].question,
      score: scores.find((s) => s.id === r.id && s.key === d.key)?.score ?? null,
    })),
  }));
}

/** Words of the PDF section, in plain language. */
export const SELF_ASSESSMENT_EXPORT_TEXTS: Record<
  Language,
  { heading: string; question: string; score: string; skipped: string; modes: Record<Mode, string> }
> = {
  fi: {
    heading: "Itsearviot",
    question: "Kysymys",
    score: "Vastaus 0–10",
    skipped: "ohitettu",
    modes: {
      self: "Vastasit itse",
      with_coach: "Vastasit yhdessä valmentajan kanssa",
      external: "Valmentaja kirjasi pisteet työkalusta",
    },
  },
  sv: {
    heading: "Självskattningar",
    question: "Fråga",
    score: "Svar 0–10",
    skipped: "hoppades över",
    modes: {
      self: "Du svarade själv",
      with_coach: "Du svarade tillsammans med din coach",
      external: "Coachen förde in poängen från ett verktyg",
    },
  },
  en: {
    heading: "Self-assessments",
    question: "Question",
    score: "Answer 0–10",
    skipped: "skipped",
    modes: {
      self: "You answered yourself",
      with_coach: "You answered together with your coach",
      external: "Your coach recorded the scores from a tool",
    },
  },
};
