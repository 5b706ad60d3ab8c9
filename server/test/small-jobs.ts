import { eq, sql } from "drizzle-orm";
import { expect } from "vitest";
import { addDaysIso, todayIso } from "../src/lib/dates";
import { participants } from "../src/modules/participants/schema";
import type { Job, JobCreate } from "../src/modules/small-jobs/api-jobs";
import { jobApplications } from "../src/modules/small-jobs/schema";
import {
  buildOrganisation,
  buildUser,
  call,
  type Session,
  signIn,
  type TestApp,
  type TestRegion,
  type TestUser,
  unique,
} from "./app";
import { asRegion } from "./enrolments";
import { buildParticipant } from "./participants";

// Factories for small-jobs tests (decision 024): an association with its contact person, a job seeker
// with an account and the contact consent, and a job posted through the API.

export interface TestAssociation {
  organisationId: string;
  organisationName: string;
  /** The association's contact person (association_contact), signed in. */
  contact: TestUser & { session: Session };
}

/** An association (or a company) of the region with an active, signed-in contact person. */
export async function buildAssociation(
  t: TestApp,
  region: TestRegion,
  overrides: { kind?: "association" | "company" | "parish"; name?: string } = {},
): Promise<TestAssociation> {
  const org = await buildOrganisation(t, region, {
    kind: overrides.kind ?? "association",
    name: overrides.name ?? `Kyläyhdistys ${unique()}`,
  });
  const user = await buildUser(t, region, {
    role: "association_contact",
    organisationId: org.id,
    name: `Yhteys ${unique()}`,
  });
  return {
    organisationId: org.id,
    organisationName: org.name,
    contact: { ...user, session: await signIn(t, user) },
  };
}

export interface TestSeeker {
  participantId: string;
  firstName: string;
  /** The participant's own account (role participant), signed in. */
  user: TestUser;
  session: Session;
  /** The coach who registered them (and gave the consent). */
  coach: Session;
}

/**
 * A participant with a Polku account of their own, registered by the coach (a new coach of the
 * region's first organisation when none is given). With `consent` (the default) the `contact` consent
 * is recorded through the API, given today.
 */
export async function buildSeeker(
  t: TestApp,
  region: TestRegion,
  coachSession?: Session,
  options: { consent?: boolean; village?: string; firstName?: string } = {},
): Promise<TestSeeker> {
  const coach = coachSession ?? (await signIn(t, await buildUser(t, region, { role: "coach" })));
  const firstName = options.firstName ?? `Etsijä${unique()}`;
  const created = await buildParticipant(t, coach, {
    firstName,
    lastName: `Työnhakija-${unique()}`,
    village: options.village ?? "Ylikylä",
  });
  const participantId = created.data.id;
  if (options.consent !== false) {
    const res = await call(t, coach, "POST", `/api/participants/${participantId}/consents`, {
      purpose: "contact",
      givenOn: todayIso(),
      method: "in_person",
    });
    expect(res.statusCode, res.body).toBe(201);
  }
  const user = await buildUser(t, region, {
    role: "participant",
    organisationId: created.data.organisationId,
    name: `${firstName} Työnhakija`,
  });
  await asRegion(t, region, (tx) =>
    tx.update(participants).set({ userId: user.id }).where(eq(participants.id, participantId)),
  );
  return { participantId, firstName, user, session: await signIn(t, user), coach };
}

/** The body of a valid job: a yard job next week, 4 hours at 15 €/h, one place. */
export function jobInput(organisationId: string, overrides: Partial<JobCreate> = {}): JobCreate {
  const today = todayIso();
  return {
    organisationId,
    title: `Haravointi ${unique()}`,
    description: "Lehtien haravointi kylätalon pihalla.",
    category: "yard",
    village: "Ylikylä",
    municipality: "Kuusijärvi",
    address: "Kylätie 1",
    startsOn: addDaysIso(today, 7),
    endsOn: addDaysIso(today, 14),
    estimatedMinutes: 240,
    payType: "hourly",
    payCents: 1500,
    places: 1,
    requirements: [],
    safetyNotes: "",
    employer: "association",
    publish: true,
    ...overrides,
  };
}

/** A job posted through POST /api/jobs (published unless `publish: false`); returns the Job. */
export async function buildJob(
  t: TestApp,
  session: Session,
  organisationId: string,
  overrides: Partial<JobCreate> = {},
): Promise<Job> {
  const res = await call(t, session, "POST", "/api/jobs", jobInput(organisationId, overrides));
  expect(res.statusCode, res.body).toBe(201);
  return (res.json() as { data: Job }).data;
}

/** The seeker applies through POST /api/me/jobs/:id/apply; returns the application id. */
export async function applyToJob(t: TestApp, seeker: TestSeeker, jobId: string, message?: string) {
  const res = await call(
    t,
    seeker.session,
    "POST",
    `/api/me/jobs/${jobId}/apply`,
    message === undefined ? {} : { message },
  );
  expect(res.statusCode, res.body).toBe(201);
  return (res.json() as { data: { id: string } }).data.id;
}

/**
 * `count` participants of the region's first organisation who have applied for the job, written
 * straight into the tables (fast: no accounts, no sign-ins). For picking tests. Returns the
 * application ids in order.
 */
export async function buildApplicants(
  t: TestApp,
  region: TestRegion,
  jobId: string,
  count: number,
): Promise<string[]> {
  const tag = unique();
  return asRegion(t, region, async (tx) => {
    const people = await tx
      .insert(participants)
      .values(
        Array.from({ length: count }, (_, i) => ({
          firstName: `Hakija${i}`,
          lastName: `Joukko-${tag}`,
          birthDate: "1990-01-01",
          searchName: `joukko-${tag} hakija${i}`,
          organisationId: region.organisationId,
        })),
      )
      .returning({ id: participants.id });
    const rows = await tx
      .insert(jobApplications)
      .values(
        people.map((p) => ({
          jobId,
          participantId: p.id,
          status: "applied" as const,
          appliedAt: sql`now()`,
        })),
      )
      .returning({ id: jobApplications.id });
    return rows.map((r) => r.id);
  });
}

/** Records the `contact` consent (jobs and events) through the API, given today. */
export async function giveContactConsent(t: TestApp, coach: Session, participantId: string): Promise<void> {
  const res = await call(t, coach, "POST", `/api/participants/${participantId}/consents`, {
    purpose: "contact",
    givenOn: todayIso(),
    method: "in_person",
  });
  expect(res.statusCode, res.body).toBe(201);
}

/** A work need of the organisation through POST /api/work-needs; returns its id and version. */
export async function buildNeed(
  t: TestApp,
  session: Session,
  organisationId: string,
  overrides: Record<string, unknown> = {},
): Promise<{ id: string; version: number }> {
  const res = await call(t, session, "POST", "/api/work-needs", {
    organisationId,
    title: `Polttopuut ${unique()}`,
    category: "forest",
    village: "Ylikylä",
    season: "autumn",
    ...overrides,
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().data;
}

/** An open job with one applicant (straight into the tables), and that applicant's application id. */
export async function jobWithApplicant(
  t: TestApp,
  region: TestRegion,
  session: Session,
  organisationId: string,
): Promise<{ job: Job; applicationId: string }> {
  const job = await buildJob(t, session, organisationId);
  const [applicationId] = await buildApplicants(t, region, job.id, 1);
  if (!applicationId) throw new Error("no applicant");
  return { job, applicationId };
}

/** An open job whose one applicant has been picked through the API; returns the job as it is after. */
export async function jobWithWorker(
  t: TestApp,
  region: TestRegion,
  session: Session,
  organisationId: string,
): Promise<Job> {
  const { job, applicationId } = await jobWithApplicant(t, region, session, organisationId);
  const res = await call(t, session, "POST", `/api/jobs/${job.id}/applicants/${applicationId}/accept`);
  expect(res.statusCode, res.body).toBe(200);
  return (res.json() as { data: Job }).data;
}

/** The participant record linked to this user gets the contact consent unless it has one; returns its id. */
export async function ensureContactConsent(t: TestApp, coach: Session, userId: string): Promise<string> {
  const [row] = await t.db.ownerQuery<{ id: string; consented: boolean }>(
    `SELECT p.id, exists (SELECT 1 FROM consents c WHERE c.participant_id = p.id AND c.purpose = 'contact'
       AND c.withdrawn_on IS NULL) AS consented FROM participants p WHERE p.user_id = $1`,
    [userId],
  );
  if (!row) throw new Error("the user has no participant record");
  if (!row.consented) await giveContactConsent(t, coach, row.id);
  return row.id;
}
