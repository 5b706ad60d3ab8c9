import { and, asc, eq } from "drizzle-orm";
import type { Tx } from "../../db/client";
import { todayIso } from "../../lib/dates";
import type { Language } from "../access/roles";
import { organisations } from "../organisations/schema";
import { consents, type SharingScope } from "../participants/schema";
import { assessments, BARRIER_AREAS, enrolments, pathwayEvents } from "../pathway/schema";
import { projects } from "../projects/schema";
import { exportSelfAssessments } from "../self-assessment/export";
import { users } from "../users/schema";
import { myAccessLog } from "./access-log";
import type { MyExport } from "./api";
import { EXPORT_TEXTS, fill } from "./export-texts";
import { iso, languageOf, myMessages, myPlan, myStages, mySteps, type OwnParticipant } from "./service";

// The participant's data export (GDPR art. 15 access and art. 20 portability). What it leaves out and
// why: docs/decisions/015-participant-export.md.

/** Everything Polku gives the participant about themselves, with what is left out said in words. */
export async function buildExport(
  tx: Tx,
  me: OwnParticipant,
  userId: string,
  lang: Language,
): Promise<MyExport> {
  const texts = EXPORT_TEXTS[lang];
  const today = todayIso();

  const consentRows = await tx
    .select({ c: consents, organisationName: organisations.name })
    .from(consents)
    .leftJoin(organisations, eq(organisations.id, consents.organisationId))
    .where(eq(consents.participantId, me.id))
    .orderBy(asc(consents.givenOn), asc(consents.createdAt));

  const enrolmentRows = await tx
    .select({
      e: enrolments,
      projectName: projects.name,
      projectCode: projects.code,
      programmePeriod: projects.programmePeriod,
      coachName: users.name,
    })
    .from(enrolments)
    .innerJoin(projects, eq(projects.id, enrolments.projectId))
    .innerJoin(users, eq(users.id, enrolments.coachId))
    .where(eq(enrolments.participantId, me.id))
    .orderBy(asc(enrolments.entryDate));

  const assessmentRows = await tx
    .select({ a: assessments, organisationName: organisations.name, authorName: users.name })
    .from(assessments)
    .innerJoin(organisations, eq(organisations.id, assessments.organisationId))
    .leftJoin(users, eq(users.id, assessments.authorId))
    .where(eq(assessments.participantId, me.id))
    .orderBy(asc(assessments.assessedOn));

  // Events of notes not shared with the participant stay out, like the notes themselves.
  const eventRows = await tx
    .select({ at: pathwayEvents.at, kind: pathwayEvents.kind, summary: pathwayEvents.summary })
    .from(pathwayEvents)
    .where(and(eq(pathwayEvents.participantId, me.id), eq(pathwayEvents.sharedWithParticipant, true)))
    .orderBy(asc(pathwayEvents.at), asc(pathwayEvents.createdAt));

  const plan = await myPlan(tx, me.id);
  const steps = await mySteps(tx, me.id);
  const stages = await myStages(tx, me.id);
  const messages = await myMessages(tx, me.id);
  const accessLog = await myAccessLog(tx, { participantId: me.id, userId, lang });

  return {
    format: "polku-participant-export",
    formatVersion: 1,
    exportedAt: new Date().toISOString(),
    language: lang,
    about: {
      included: texts.included,
      notIncluded: texts.notIncluded,
      howToAsk: fill(texts.howToAsk, { organisation: me.organisationName }),
    },
    participant: {
      id: me.id,
      firstName: me.firstName,
      lastName: me.lastName,
      birthDate: me.birthDate,
      identityCode: me.identityCode,
      phone: me.phone,
      email: me.email,
      address: me.address,
      postalCode: me.postalCode,
      municipality: me.municipality,
      village: me.village,
      languages: me.languages,
      preferredLanguage: languageOf(me),
      entryData: me.entryData,
      organisationName: me.organisationName,
      registeredAt: iso(me.createdAt),
    },
    consents: consentRows.map(({ c, organisationName }) => ({
      purpose: c.purpose,
      organisationName: organisationName ?? null,
      scopes: c.scopes as SharingScope[],
      givenOn: c.givenOn,
      method: c.method,
      withdrawnOn: c.withdrawnOn,
      inForce: c.withdrawnOn === null && c.givenOn <= today,
    })),
    enrolments: enrolmentRows.map(({ e, projectName, projectCode, programmePeriod, coachName }) => ({
      projectName,
      projectCode,
      programmePeriod,
      coachName,
      entryDate: e.entryDate,
      entryData: e.entryData,
      exitDate: e.exitDate,
      outcome: e.outcome,
      exitData: e.exitData,
      followUpDue: e.followUpDue,
      followUpOn: e.followUpOn,
      followUpData: e.followUpData,
    })),
    assessments: assessmentRows.map(({ a, organisationName, authorName }) => ({
      assessedOn: a.assessedOn,
      situation: a.situation,
      strengths: a.strengths,
      wishes: a.wishes,
      barriers: BARRIER_AREAS.flatMap((area) => {
        const b = a.barriers[area];
        return b ? [{ area, level: b.level, note: b.note }] : [];
      }),
      organisationName,
      authorName: authorName ?? null,
    })),
    plan,
    steps,
    stages,
    messages,
    selfAssessments: await exportSelfAssessments(tx, me.id, lang),
    events: eventRows.map((e) => ({ at: iso(e.at), kind: e.kind, summary: e.summary })),
    accessLog: accessLog.data,
  };
}

/** The file name of a download: polku-omat-tiedot-YYYY-MM-DD.<extension>. */
export const exportFileName = (extension: "json" | "pdf") => `polku-omat-tiedot-${todayIso()}.${extension}`;
