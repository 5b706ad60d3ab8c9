import { eq, sql } from "drizzle-orm";
import { participants } from "../src/modules/participants/schema";
import { enrolments, stageChanges, steps } from "../src/modules/pathway/schema";
import {
  instrumentDimensions,
  instrumentVersions,
  selfAssessmentScores,
  selfAssessments,
} from "../src/modules/self-assessment/schema";
import { call, type Session, type TestApp, type TestRegion, unique } from "./app";
import { asRegion } from "./enrolments";

// Factories for the cohort report's tests (distance travelled).
//
// The cohort statistics read submitted scores of many people with chosen birth dates, stages, projects
// and answer days. Building hundreds of those through the API would make the property tests slow, so
// the `insert…` factories below write the rows straight into the tables inside the region (row-level
// security and the audit triggers apply), as the services would have left them. They are test-only:
// behaviour tests also go through the self-assessment API (`recordExternalScores`).

export interface CohortInstrument {
  id: string;
  versionId: string;
  /** Dimension id by key. */
  dimensions: Map<string, string>;
}

/** A published version of an instrument with its dimension ids, read from the tables. */
export async function instrumentVersionOf(
  t: TestApp,
  region: TestRegion,
  instrumentId: string,
): Promise<CohortInstrument> {
  return asRegion(t, region, async (tx) => {
    const [version] = await tx
      .select({ id: instrumentVersions.id })
      .from(instrumentVersions)
      .where(
        sql`${instrumentVersions.instrumentId} = ${instrumentId} and ${instrumentVersions.status} = 'published'`,
      );
    if (!version) throw new Error("the instrument has no published version");
    const dims = await tx
      .select({ id: instrumentDimensions.id, key: instrumentDimensions.key })
      .from(instrumentDimensions)
      .where(eq(instrumentDimensions.instrumentVersionId, version.id));
    return { id: instrumentId, versionId: version.id, dimensions: new Map(dims.map((d) => [d.key, d.id])) };
  });
}

/** The region's default instrument (migration 0009) with its dimension ids. */
export async function defaultInstrument(t: TestApp, region: TestRegion): Promise<CohortInstrument> {
  const rows = await t.db.ownerQuery<{ id: string }>(
    "SELECT id FROM instruments WHERE region_id = $1 AND key = 'polku-work-ability'",
    [region.regionId],
  );
  const id = rows[0]?.id;
  if (!id) throw new Error("no default instrument");
  return instrumentVersionOf(t, region, id);
}

/** A participant row with a birth date (test-only: straight into the table, in the region). */
export async function insertParticipant(
  t: TestApp,
  region: TestRegion,
  birthDate: string,
  organisationId = region.organisationId,
): Promise<string> {
  const last = `Kohortti-${unique()}`;
  const [row] = await asRegion(t, region, (tx) =>
    tx
      .insert(participants)
      .values({
        firstName: "Testi",
        lastName: last,
        birthDate,
        searchName: `${last} testi`.toLowerCase(),
        organisationId,
      })
      .returning({ id: participants.id }),
  );
  if (!row) throw new Error("no participant");
  return row.id;
}

/** A stage change (test-only insert). */
export async function insertStage(
  t: TestApp,
  region: TestRegion,
  participantId: string,
  stage: (typeof stageChanges.$inferInsert)["stage"],
  changedOn: string,
): Promise<void> {
  await asRegion(t, region, (tx) =>
    tx.insert(stageChanges).values({ participantId, stage, changedOn, authorId: region.admin.id }),
  );
}

/** An open enrolment in a project with the administrator as coach (test-only insert). */
export async function insertEnrolment(
  t: TestApp,
  region: TestRegion,
  participantId: string,
  projectId: string,
  entryDate = "2024-01-01",
): Promise<void> {
  await asRegion(t, region, (tx) =>
    tx.insert(enrolments).values({ participantId, projectId, coachId: region.admin.id, entryDate }),
  );
}

/**
 * A group step (kind 'group') on a participant's pathway (test-only insert): the title and the provider
 * (an organisation, or a name) as a coach would have written them. Returns the step's id.
 */
export async function insertGroupStep(
  t: TestApp,
  region: TestRegion,
  participantId: string,
  group: { title: string; providerOrganisationId?: string | null; providerName?: string | null },
  startsOn: string,
  endsOn: string | null = null,
): Promise<string> {
  const [row] = await asRegion(t, region, (tx) =>
    tx
      .insert(steps)
      .values({
        participantId,
        kind: "group",
        title: group.title,
        providerOrganisationId: group.providerOrganisationId ?? null,
        providerName: group.providerName ?? null,
        startsOn,
        endsOn,
        status: endsOn ? "completed" : "ongoing",
        authorId: region.admin.id,
        organisationId: region.organisationId,
      })
      .returning({ id: steps.id }),
  );
  if (!row) throw new Error("no step");
  return row.id;
}

/**
 * A submitted answer with its scores (null = skipped), as submitting leaves it (test-only insert); the
 * keys must be dimensions of the instrument's published version. Returns the answer's id.
 */
export async function insertSubmittedAnswer(
  t: TestApp,
  region: TestRegion,
  instrument: CohortInstrument,
  participantId: string,
  answeredOn: string,
  scores: Record<string, number | null>,
): Promise<string> {
  return asRegion(t, region, async (tx) => {
    const [answer] = await tx
      .insert(selfAssessments)
      .values({
        participantId,
        instrumentId: instrument.id,
        instrumentVersionId: instrument.versionId,
        mode: "self",
        answeredOn,
        status: "submitted",
        submittedAt: sql`now()`,
        startedBy: region.admin.id,
      })
      .returning({ id: selfAssessments.id });
    if (!answer) throw new Error("no answer");
    const rows = Object.entries(scores).map(([key, score]) => {
      const dimensionId = instrument.dimensions.get(key);
      if (!dimensionId) throw new Error(`no dimension ${key}`);
      return {
        selfAssessmentId: answer.id,
        dimensionId,
        participantId,
        instrumentId: instrument.id,
        dimensionKey: key,
        answeredOn,
        score,
      };
    });
    if (rows.length > 0) await tx.insert(selfAssessmentScores).values(rows);
    return answer.id;
  });
}

/** Scores taken with an external tool, recorded by a coach through the self-assessment API (submitted at once). */
export async function recordExternalScores(
  t: TestApp,
  coach: Session,
  participantId: string,
  instrumentId: string,
  answeredOn: string,
  scores: Record<string, number | null>,
): Promise<void> {
  const res = await call(t, coach, "POST", `/api/participants/${participantId}/self-assessments`, {
    instrumentId,
    mode: "external",
    externalTool: "Kykyviisari",
    answeredOn,
    language: "fi",
    scores,
  });
  if (res.statusCode !== 201) throw new Error(`external scores: ${res.statusCode} ${res.body}`);
}

/** Parses CSV text (RFC 4180: quoted fields, doubled quotes, CRLF) with the given delimiter. */
export function parseCsv(text: string, delimiter: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === delimiter) {
      record.push(field);
      field = "";
    } else if (c === "\r" && text[i + 1] === "\n") {
      record.push(field);
      records.push(record);
      record = [];
      field = "";
      i++;
    } else field += c;
  }
  if (field !== "" || record.length > 0) {
    record.push(field);
    records.push(record);
  }
  return records;
}
