// Test support (imported only by *.access.test.ts): the routes that work on one participant's record,
// what kind of access each is, and a valid request for it. participants.access.test.ts runs every
// entry against every role, organisation, consent state and another region.
import type { Session, TestApp } from "../../../test/app";
import type { Role } from "../access/roles";
import type { Participant } from "./api";
import type { SharingScope } from "./schema";

export interface Fixture {
  t: TestApp;
  /** Registered by the keeping organisation's coach. */
  participant: Participant;
  coach: Session;
  partnerOrganisationId: string;
}

export interface Prepared {
  params?: Record<string, string>;
  body?: unknown;
  query?: string;
}

export type CatalogueEntry = {
  route: string;
  /** Roles the route admits at all (its access rule). */
  who: readonly Role[];
  ok: number;
  prepare(f: Fixture): Promise<Prepared>;
} & (
  | { kind: "read"; scope: SharingScope }
  /** Only the keeping organisation (funder data, identity). */
  | { kind: "keeperRead" }
  /** Changes the record: the keeping organisation's coaches. */
  | { kind: "write" }
  /** Records a meeting or note: keepers' coaches, and partner workers or coaches of a sharing organisation. */
  | { kind: "contact" }
);

/** Routes under these paths work on a participant's record and must be in the catalogue. */
export const PARTICIPANT_ROUTE =
  /^\/api\/(participants\/:id|enrolments\/|assessments\/|goals\/|steps\/|contacts\/|self-assessments\/)/;

const STAFF = ["coach", "project_manager", "partner_worker", "association_contact"] as const;
const COACH = ["coach"] as const;
const nothing = async (): Promise<Prepared> => ({});

/** A request as the keeping coach, for building what a route needs; fails loudly. */
async function asCoach<T>(f: Fixture, method: "POST" | "PUT", url: string, payload: unknown): Promise<T> {
  const res = await f.t.app.inject({
    method,
    url,
    headers: { cookie: f.coach.cookie, "x-csrf-token": f.coach.csrf },
    payload: payload as object,
  });
  if (res.statusCode >= 300) throw new Error(`${method} ${url}: ${res.statusCode} ${res.body}`);
  return res.json().data as T;
}

const assessmentBody = {
  assessedOn: "2026-01-20",
  situation: "Tilanne",
  strengths: "Vahvuudet",
  wishes: "Toiveet",
  barriers: { health: { level: 1, note: "" } },
};
const freshAssessment = (f: Fixture) =>
  asCoach<{ id: string; version: number }>(
    f,
    "POST",
    `/api/participants/${f.participant.id}/assessments`,
    assessmentBody,
  );
const planBody = (version: number) => ({
  summary: "Suunnitelma",
  agreedOn: "2026-01-21",
  nextReviewOn: null,
  goals: [{ title: "Tavoite", description: "", targetDate: null, status: "open" }],
  version,
});
/** The first goal of the participant's plan, making the plan when there is none yet. */
const freshGoal = async (f: Fixture) => {
  const current = await f.t.app.inject({
    method: "GET",
    url: `/api/participants/${f.participant.id}/plan`,
    headers: { cookie: f.coach.cookie },
  });
  const existing = (current.json().data as { goals: { id: string }[] } | null)?.goals[0];
  if (existing) return existing.id;
  const plan = await asCoach<{ goals: { id: string }[] }>(
    f,
    "PUT",
    `/api/participants/${f.participant.id}/plan`,
    planBody(0),
  );
  const goal = plan.goals[0];
  if (!goal) throw new Error("no goal");
  return goal.id;
};
const stepBody = {
  kind: "work_trial",
  providerName: "Kahvila Kuusi",
  startsOn: "2026-02-01",
  endsOn: "2026-04-30",
  daysPerWeek: 4,
  hoursPerDay: 6,
};
const freshStep = (f: Fixture) =>
  asCoach<{ id: string; version: number }>(
    f,
    "POST",
    `/api/participants/${f.participant.id}/steps`,
    stepBody,
  );

/** A project in the participant's region (straight into the table, as the owner). */
async function freshProject(f: Fixture): Promise<string> {
  const [row] = await f.t.db.ownerQuery<{ id: string }>(
    `INSERT INTO projects (region_id, name, programme_period, organisation_id, starts_on)
     SELECT region_id, 'Hanke ' || gen_random_uuid(), '2021-2027', organisation_id, '2020-01-01'
     FROM participants WHERE id = $1 RETURNING id::text`,
    [f.participant.id],
  );
  if (!row) throw new Error("no project");
  return row.id;
}

/** An enrolment of the participant by the keeping coach, ended on `exitDate` when given. */
async function freshEnrolment(
  f: Fixture,
  exitDate?: string,
): Promise<{ id: string; coachId: string; version: number }> {
  const headers = { cookie: f.coach.cookie, "x-csrf-token": f.coach.csrf };
  const res = await f.t.app.inject({
    method: "POST",
    url: `/api/participants/${f.participant.id}/enrolments`,
    headers,
    payload: { projectId: await freshProject(f), entryDate: "2026-01-05" },
  });
  const e = res.json().data as { id: string; coachId: string; version: number };
  if (!exitDate) return e;
  const exited = await f.t.app.inject({
    method: "POST",
    url: `/api/enrolments/${e.id}/exit`,
    headers,
    payload: { exitDate, outcome: "unknown", exitData: {}, version: e.version },
  });
  return exited.json().data as { id: string; coachId: string; version: number };
}

// --- Self-assessment (server/src/modules/self-assessment/routes.ts) ---

/** The region's default instrument (every region gets it, migration 0009), as the keeping coach reads it. */
async function defaultInstrument(f: Fixture): Promise<string> {
  const res = await f.t.app.inject({
    method: "GET",
    url: "/api/instruments",
    headers: { cookie: f.coach.cookie },
  });
  const found = (res.json().data as { id: string; key: string }[]).find(
    (i) => i.key === "polku-work-ability",
  );
  if (!found) throw new Error(`no default instrument: ${res.statusCode} ${res.body}`);
  return found.id;
}
const externalBody = async (f: Fixture) => ({
  instrumentId: await defaultInstrument(f),
  mode: "external",
  externalTool: "Kykyviisari",
  answeredOn: "2026-01-20",
  language: "fi",
  scores: { work_ability: 5, mind: null },
});
/** A submitted answer (external scores) recorded by the keeping coach. */
const freshSubmittedAnswer = async (f: Fixture) =>
  asCoach<{ id: string }>(
    f,
    "POST",
    `/api/participants/${f.participant.id}/self-assessments`,
    await externalBody(f),
  );
/** The participant's unfinished answer, started with the keeping coach (an open one is continued). */
const freshDraftAnswer = async (f: Fixture) =>
  asCoach<{ id: string }>(f, "POST", `/api/participants/${f.participant.id}/self-assessments`, {
    instrumentId: await defaultInstrument(f),
    mode: "with_coach",
    answeredOn: "2026-01-20",
    language: "fi",
    scores: { mind: 6 },
  });

export const ACCESS_CATALOGUE: CatalogueEntry[] = [
  { route: "GET /api/participants/:id", who: STAFF, ok: 200, kind: "read", scope: "basic", prepare: nothing },
  {
    route: "PATCH /api/participants/:id",
    who: COACH,
    ok: 200,
    kind: "write",
    prepare: async (f) => ({ body: { village: "Kylä", version: f.participant.version } }),
  },
  {
    route: "GET /api/participants/:id/consents",
    who: STAFF,
    ok: 200,
    kind: "read",
    scope: "basic",
    prepare: nothing,
  },
  {
    route: "POST /api/participants/:id/consents",
    who: COACH,
    ok: 201,
    kind: "write",
    prepare: async () => ({
      body: { purpose: "funder_reporting", givenOn: "2026-01-10", method: "electronic" },
    }),
  },
  {
    route: "POST /api/participants/:id/consents/:consentId/withdraw",
    who: COACH,
    ok: 200,
    kind: "write",
    prepare: async (f) => {
      const res = await f.t.app.inject({
        method: "POST",
        url: `/api/participants/${f.participant.id}/consents`,
        headers: { cookie: f.coach.cookie, "x-csrf-token": f.coach.csrf },
        payload: { purpose: "contact", givenOn: "2026-01-10", method: "in_person" },
      });
      const c = res.json().data as { id: string; version: number };
      return { params: { consentId: c.id }, body: { withdrawnOn: "2026-02-01", version: c.version } };
    },
  },
  {
    route: "POST /api/participants/:id/account",
    who: COACH,
    ok: 201,
    kind: "write",
    prepare: async () => ({ body: { email: `own-${crypto.randomUUID()}@test.example` } }),
  },
  // --- Enrolments (server/src/modules/pathway/enrolment-routes.ts) ---
  {
    route: "GET /api/participants/:id/enrolments",
    who: STAFF,
    ok: 200,
    kind: "read",
    scope: "basic",
    prepare: nothing,
  },
  {
    route: "POST /api/participants/:id/enrolments",
    who: COACH,
    ok: 201,
    kind: "write",
    prepare: async (f) => ({ body: { projectId: await freshProject(f), entryDate: "2026-01-05" } }),
  },
  {
    route: "PATCH /api/enrolments/:id",
    who: COACH,
    ok: 200,
    kind: "write",
    prepare: async (f) => {
      const e = await freshEnrolment(f);
      return { params: { id: e.id }, body: { coachId: e.coachId, version: e.version } };
    },
  },
  {
    route: "POST /api/enrolments/:id/exit",
    who: COACH,
    ok: 200,
    kind: "write",
    prepare: async (f) => {
      const e = await freshEnrolment(f);
      return {
        params: { id: e.id },
        body: { exitDate: "2026-02-01", outcome: "unknown", exitData: {}, version: e.version },
      };
    },
  },
  {
    route: "POST /api/enrolments/:id/follow-up",
    who: COACH,
    ok: 200,
    kind: "write",
    prepare: async (f) => {
      const e = await freshEnrolment(f, "2026-02-01");
      return {
        params: { id: e.id },
        body: { followUpOn: "2026-08-03", followUpData: {}, version: e.version },
      };
    },
  },

  // --- Assessments, plan, stages, contacts, timeline (server/src/modules/pathway/record-routes.ts) ---
  {
    route: "GET /api/participants/:id/assessments",
    who: STAFF,
    ok: 200,
    kind: "read",
    scope: "assessments",
    prepare: nothing,
  },
  {
    route: "POST /api/participants/:id/assessments",
    who: COACH,
    ok: 201,
    kind: "write",
    prepare: async () => ({ body: assessmentBody }),
  },
  {
    route: "PUT /api/assessments/:id",
    who: COACH,
    ok: 200,
    kind: "write",
    prepare: async (f) => {
      const a = await freshAssessment(f);
      return {
        params: { id: a.id },
        body: { ...assessmentBody, wishes: "Uudet toiveet", version: a.version },
      };
    },
  },
  {
    route: "GET /api/participants/:id/plan",
    who: STAFF,
    ok: 200,
    kind: "read",
    scope: "plan",
    prepare: nothing,
  },
  {
    route: "PUT /api/participants/:id/plan",
    who: COACH,
    ok: 200,
    kind: "write",
    prepare: async () => ({ body: planBody(0) }),
  },
  {
    route: "POST /api/goals/:id/reviews",
    who: COACH,
    ok: 201,
    kind: "write",
    prepare: async (f) => ({
      params: { id: await freshGoal(f) },
      body: { reviewedOn: "2026-02-15", status: "in_progress", note: "" },
    }),
  },
  {
    route: "GET /api/participants/:id/stages",
    who: STAFF,
    ok: 200,
    kind: "read",
    scope: "plan",
    prepare: nothing,
  },
  {
    route: "POST /api/participants/:id/stages",
    who: COACH,
    ok: 201,
    kind: "write",
    prepare: async () => ({ body: { stage: "life_management", changedOn: "2026-02-01", note: "" } }),
  },
  {
    route: "GET /api/participants/:id/contacts",
    who: STAFF,
    ok: 200,
    kind: "read",
    scope: "basic",
    prepare: nothing,
  },
  {
    route: "POST /api/participants/:id/contacts",
    who: ["coach", "partner_worker"],
    ok: 201,
    kind: "contact",
    prepare: async () => ({
      body: {
        kind: "phone",
        happenedAt: "2026-02-02T10:00:00+02:00",
        note: "Soitto",
        sharedWithNetwork: false,
        sharedWithParticipant: false,
      },
    }),
  },
  {
    route: "GET /api/participants/:id/timeline",
    who: STAFF,
    ok: 200,
    kind: "read",
    scope: "basic",
    prepare: nothing,
  },

  // --- Steps (server/src/modules/pathway/step-routes.ts) and funder data (funder/routes.ts) ---
  {
    route: "GET /api/participants/:id/steps",
    who: STAFF,
    ok: 200,
    kind: "read",
    scope: "plan",
    prepare: nothing,
  },
  {
    route: "POST /api/participants/:id/steps",
    who: COACH,
    ok: 201,
    kind: "write",
    prepare: async () => ({ body: stepBody }),
  },
  {
    route: "POST /api/participants/:id/steps/check",
    who: COACH,
    ok: 200,
    kind: "write",
    prepare: async () => ({ body: stepBody }),
  },
  {
    route: "PATCH /api/steps/:id",
    who: COACH,
    ok: 200,
    kind: "write",
    prepare: async (f) => {
      const step = await freshStep(f);
      return { params: { id: step.id }, body: { status: "ongoing", version: step.version } };
    },
  },
  {
    route: "GET /api/participants/:id/funder",
    who: ["coach", "project_manager"],
    ok: 200,
    kind: "keeperRead",
    prepare: nothing,
  },

  // --- Self-assessment (server/src/modules/self-assessment/routes.ts) ---
  {
    route: "GET /api/participants/:id/self-assessments",
    who: STAFF,
    ok: 200,
    kind: "read",
    scope: "assessments",
    prepare: nothing,
  },
  {
    route: "POST /api/participants/:id/self-assessments",
    who: COACH,
    ok: 201,
    kind: "write",
    prepare: async (f) => ({ body: await externalBody(f) }),
  },
  {
    route: "GET /api/participants/:id/self-assessments/history",
    who: STAFF,
    ok: 200,
    kind: "read",
    scope: "assessments",
    prepare: nothing,
  },
  {
    route: "GET /api/self-assessments/:id",
    who: STAFF,
    ok: 200,
    kind: "read",
    scope: "assessments",
    prepare: async (f) => ({ params: { id: (await freshSubmittedAnswer(f)).id } }),
  },
  {
    route: "PATCH /api/self-assessments/:id",
    who: COACH,
    ok: 200,
    kind: "write",
    prepare: async (f) => ({ params: { id: (await freshDraftAnswer(f)).id }, body: { scores: { body: 3 } } }),
  },
  {
    route: "POST /api/self-assessments/:id/submit",
    who: COACH,
    ok: 200,
    kind: "write",
    prepare: async (f) => ({ params: { id: (await freshDraftAnswer(f)).id } }),
  },
  {
    route: "DELETE /api/self-assessments/:id",
    who: COACH,
    ok: 204,
    kind: "write",
    prepare: async (f) => ({ params: { id: (await freshDraftAnswer(f)).id } }),
  },
  {
    route: "GET /api/participants/:id/self-assessment-reminders",
    who: STAFF,
    ok: 200,
    kind: "read",
    scope: "assessments",
    prepare: nothing,
  },
  {
    route: "PUT /api/participants/:id/self-assessment-reminders/:instrumentId",
    who: COACH,
    ok: 200,
    kind: "write",
    prepare: async (f) => ({
      params: { instrumentId: await defaultInstrument(f) },
      body: { intervalMonths: 3 },
    }),
  },
  {
    route: "DELETE /api/participants/:id/self-assessment-reminders/:instrumentId",
    who: COACH,
    ok: 204,
    kind: "write",
    prepare: async (f) => {
      const instrumentId = await defaultInstrument(f);
      const res = await f.t.app.inject({
        method: "GET",
        url: `/api/participants/${f.participant.id}/self-assessment-reminders`,
        headers: { cookie: f.coach.cookie },
      });
      const exists = (res.json().data as { instrument: { id: string } }[]).some(
        (r) => r.instrument.id === instrumentId,
      );
      if (!exists) {
        await asCoach(
          f,
          "PUT",
          `/api/participants/${f.participant.id}/self-assessment-reminders/${instrumentId}`,
          {
            intervalMonths: 3,
          },
        );
      }
      return { params: { instrumentId } };
    },
  },
  // --- Small jobs: seeker profile and earnings (server/src/modules/small-jobs/routes-money.ts) ---
  {
    route: "GET /api/participants/:id/seeker-profile",
    who: STAFF,
    ok: 200,
    kind: "read",
    scope: "basic",
    prepare: nothing,
  },
  {
    route: "PUT /api/participants/:id/seeker-profile",
    who: COACH,
    ok: 200,
    kind: "write",
    // A fresh participant has no saved profile: version 0 creates it.
    prepare: async () => ({
      body: {
        active: true,
        has: [],
        categories: ["yard"],
        weekdays: [],
        village: "Kylä",
        municipality: null,
        receivesBenefit: true,
        adjustmentPeriod: "month",
        periodAnchor: null,
        monthlyCeilingCents: 40_000,
        version: 0,
      },
    }),
  },
  {
    route: "GET /api/participants/:id/earnings",
    who: STAFF,
    ok: 200,
    kind: "read",
    scope: "basic",
    prepare: nothing,
  },
  // --- Small jobs: the best jobs for a participant (server/src/modules/small-jobs/routes-match.ts) ---
  {
    route: "GET /api/participants/:id/job-matches",
    who: COACH,
    ok: 200,
    kind: "read",
    scope: "basic",
    prepare: nothing,
  },
  // --- Small jobs: a participant's applications and work (server/src/modules/small-jobs/routes-jobs.ts) ---
  {
    route: "GET /api/participants/:id/job-applications",
    who: COACH,
    ok: 200,
    kind: "read",
    scope: "basic",
    prepare: nothing,
  },
];
