import fc from "fast-check";
import type { LightMyRequestResponse, RouteOptions } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  buildInvitedUser,
  buildOrganisation,
  buildRegion,
  buildUser,
  call,
  createTestApp,
  PASSWORD,
  type Session,
  signIn,
  type TestApp,
  type TestRegion,
  type TestUser,
  unique,
} from "../../test/app";
import { buildParticipant, giveSharingConsent } from "../../test/participants";
import { inRegion } from "../db/client";
import { ROLES, type Role } from "../modules/access/roles";
import { ACCESS_CATALOGUE } from "../modules/participants/access-catalogue";
import { addMembership } from "../modules/users/service";
import type { Access } from "./context";

/**
 * Every route × every role × another region. The matrix is built from the routes the app registers,
 * so a new route is covered as soon as it exists: until it has a line in EXPECTATIONS below, the
 * first test fails and says what to add.
 */

type Who = "public" | "signedIn" | readonly Role[];

interface Prepared {
  params?: Record<string, string>;
  body?: unknown;
  /** Query string without the "?". */
  query?: string;
}

interface Expectation {
  /** Must match the route's config.access. */
  who: Who;
  /** The status a permitted caller gets with the prepared request. */
  ok: number;
  /** When only some permitted roles get `ok` (the rest 403 by the record's policy). */
  okFor?: readonly Role[];
  /** A valid request for a permitted caller; run before every call, so side effects never leak between callers. */
  prepare?: () => Promise<Prepared>;
  /** The call ends the caller's session: use a fresh one. */
  freshSession?: boolean;
}

const ADMIN = ["administrator"] as const;
const STAFF = ["coach", "project_manager", "partner_worker", "association_contact"] as const;
const COACH = ["coach"] as const;
const PARTICIPANT = ["participant"] as const;

let t: TestApp;
let a: TestRegion;
let b: TestRegion;
/** A user of region A whose id fills `:id` in /api/users routes. */
let target: TestUser;
/** A user of region A whose credentials POST /api/session uses. */
let signInTarget: TestUser;
/** A pending invitation of region A, for GET /api/invitations/:token. */
let pendingToken: string;
const users = new Map<Role, TestUser>();
const sessions = new Map<Role, Session>();
let adminB: Session;
/** Region B's users by role: each route with :id is tried by a B user whom the route's roles admit. */
const sessionsB = new Map<Role, Session>();

const freshOrganisation = async () => (await buildOrganisation(t, a)).id;
const freshInvited = async () => (await buildInvitedUser(t, a, { activate: false })).user.id;
const coachSession = () => {
  const s = sessions.get("coach");
  if (!s) throw new Error("no coach session");
  return s;
};
/** A participant of region A's organisation, registered by region A's coach (every staff role there keeps it). */
const freshParticipant = async () => (await buildParticipant(t, coachSession())).data;

let limitYear = 2100;
/** A statutory-limit row of its own validity year, so that rows never overlap. */
const limitBody = () => {
  limitYear += 1;
  return {
    stepKind: "other_service",
    rule: "max_days_per_week",
    value: 5,
    validFrom: `${limitYear}-01-01`,
    validTo: `${limitYear}-12-31`,
    legalReference: { fi: "Pääsytesti", sv: "Åtkomsttest", en: "Access test" },
  };
};
const adminSession = () => {
  const s = sessions.get("administrator");
  if (!s) throw new Error("no administrator session");
  return s;
};
const projectBody = () => ({
  name: `Access project ${unique()}`,
  programmePeriod: "2021-2027",
  organisationId: a.organisationId,
  startsOn: "2025-01-01",
});
const freshProject = async () => {
  const res = await call(t, adminSession(), "POST", "/api/projects", projectBody());
  if (res.statusCode !== 201) throw new Error(`project: ${res.statusCode} ${res.body}`);
  return res.json().data as { id: string; version: number };
};
/** Links region A's participant user to a participant record once, so that /api/me answers 200. */
let ownRecord: Promise<void> | null = null;
const linkOwnRecord = () => {
  ownRecord ??= (async () => {
    const p = await freshParticipant();
    const user = users.get("participant");
    if (!user) throw new Error("no participant user");
    await t.db.ownerQuery("UPDATE participants SET user_id = $1 WHERE id = $2", [user.id, p.id]);
  })();
  return ownRecord;
};

// --- small jobs: money (routes-money.ts, routes-pay.ts) ---
let benefitRuleYear = 2014;
/** A benefit rule of its own year before the shipped rules (2014 on), so that rules never overlap. */
const benefitRuleBody = () => {
  benefitRuleYear -= 1;
  return {
    validFrom: `${benefitRuleYear}-01-01`,
    validTo: `${benefitRuleYear}-12-31`,
    protectedMonthCents: 0,
    protectedFourWeeksCents: 0,
    reductionPercent: 50,
    names: { fi: "Pääsytesti", sv: "Åtkomsttest", en: "Access test" },
    legalReferences: { fi: "Laki", sv: "Lag", en: "Act" },
  };
};
/** The participant record linked to region A's participant user. */
const ownParticipantId = async () => {
  await linkOwnRecord();
  const [row] = await t.db.ownerQuery<{ id: string }>(
    "SELECT id::text FROM participants WHERE user_id = $1",
    [users.get("participant")?.id],
  );
  if (!row) throw new Error("no own participant record");
  return row.id;
};
/** A done job of region A's first organisation (its association_contact posts there) with the participant picked. */
const workedJob = async (
  participantId: string,
  worker: Record<string, unknown> = {},
  household = false,
): Promise<{ jobId: string; workerId: string }> => {
  const { buildWorkedJob } = await import("../../test/small-jobs-money");
  return buildWorkedJob(t, a, {
    organisationId: a.organisationId,
    participantId,
    worker,
    ...(household ? { household: {} } : {}),
  });
};

const withOwnRecord = async (): Promise<Prepared> => {
  await linkOwnRecord();
  return {};
};

const EXPECTATIONS: Record<string, Expectation> = {
  "GET /health": { who: "public", ok: 200 },
  "GET /metrics": { who: "public", ok: 200 },
  // Fastify registers the bare prefix of the docs plugin without telling onRoute for GET; HEAD uses this line.
  "GET /api/docs": { who: "public", ok: 200 },
  "GET /api/docs/": { who: "public", ok: 200 },
  "GET /api/docs/static/index.html": { who: "public", ok: 302 },
  "GET /api/docs/static/swagger-initializer.js": { who: "public", ok: 200 },
  "GET /api/docs/json": { who: "public", ok: 200 },
  "GET /api/docs/yaml": { who: "public", ok: 200 },
  "GET /api/docs/static/*": { who: "public", ok: 200 },

  "GET /api/session": { who: "signedIn", ok: 200 },
  "POST /api/session": {
    who: "public",
    ok: 200,
    prepare: async () => ({ body: { email: signInTarget.email, password: PASSWORD } }),
  },
  "DELETE /api/session": { who: "signedIn", ok: 204, freshSession: true },
  "PUT /api/session/language": {
    who: "signedIn",
    ok: 204,
    prepare: async () => ({ body: { language: "en" } }),
  },
  "GET /api/invitations/:token": { who: "public", ok: 200 },
  "POST /api/invitations/:token/accept": {
    who: "public",
    ok: 200,
    prepare: async () => ({
      params: { token: (await buildInvitedUser(t, a, { activate: false })).token },
      body: { password: "a long enough password" },
    }),
  },

  "GET /api/organisations": { who: "signedIn", ok: 200 },
  "POST /api/organisations": {
    who: ADMIN,
    ok: 201,
    prepare: async () => ({ body: { name: `Access org ${unique()}`, kind: "association" } }),
  },
  "GET /api/organisations/:id": { who: "signedIn", ok: 200 },
  "PATCH /api/organisations/:id": {
    who: ADMIN,
    ok: 200,
    prepare: async () => ({
      params: { id: await freshOrganisation() },
      body: { name: `Renamed ${unique()}`, version: 1 },
    }),
  },

  "GET /api/users": { who: ADMIN, ok: 200 },
  "POST /api/users": {
    who: ADMIN,
    ok: 201,
    prepare: async () => ({
      body: {
        email: `access-${unique()}@test.example`,
        name: "Access Test",
        language: "fi",
        memberships: [{ organisationId: a.organisationId, role: "coach" }],
      },
    }),
  },
  "GET /api/users/:id": { who: ADMIN, ok: 200 },
  "PATCH /api/users/:id": {
    who: ADMIN,
    ok: 200,
    prepare: async () => ({ params: { id: await freshInvited() }, body: { name: "Renamed", version: 1 } }),
  },
  "POST /api/users/:id/memberships": {
    who: ADMIN,
    ok: 201,
    prepare: async () => ({ body: { organisationId: await freshOrganisation(), role: "partner_worker" } }),
  },
  "DELETE /api/users/:id/memberships/:membershipId": {
    who: ADMIN,
    ok: 204,
    prepare: async () => {
      const organisationId = await freshOrganisation();
      const m = await inRegion(t.db.database.app, { regionId: a.regionId, userId: a.admin.id }, (tx) =>
        addMembership(tx, target.id, { organisationId, role: "partner_worker" }),
      );
      return { params: { membershipId: m.id } };
    },
  },
  "POST /api/users/:id/deactivate": {
    who: ADMIN,
    ok: 200,
    prepare: async () => ({ params: { id: await freshInvited() } }),
  },
  "POST /api/users/:id/reactivate": { who: ADMIN, ok: 200 },
  "POST /api/users/:id/invitation": {
    who: ADMIN,
    ok: 200,
    prepare: async () => ({ params: { id: await freshInvited() } }),
  },

  "GET /api/participants": { who: STAFF, ok: 200, prepare: async () => ({ query: "q=osallistuja" }) },
  "POST /api/participants/duplicates": {
    who: COACH,
    ok: 200,
    prepare: async () => ({ body: { firstName: "A", lastName: "B", birthDate: "1990-01-01" } }),
  },
  "POST /api/participants": {
    who: COACH,
    ok: 201,
    prepare: async () => ({
      body: { firstName: "Uusi", lastName: `Henkilö ${unique()}`, birthDate: "1988-08-08" },
    }),
  },
  "GET /api/participants/:id": {
    who: STAFF,
    ok: 200,
    prepare: async () => ({ params: { id: (await freshParticipant()).id } }),
  },
  "PATCH /api/participants/:id": {
    who: COACH,
    ok: 200,
    prepare: async () => {
      const p = await freshParticipant();
      return { params: { id: p.id }, body: { village: "Kylä", version: p.version } };
    },
  },
  "GET /api/participants/:id/consents": {
    who: STAFF,
    ok: 200,
    prepare: async () => ({ params: { id: (await freshParticipant()).id } }),
  },
  "POST /api/participants/:id/consents": {
    who: COACH,
    ok: 201,
    prepare: async () => ({
      params: { id: (await freshParticipant()).id },
      body: { purpose: "pathway", givenOn: "2026-01-10", method: "in_person" },
    }),
  },
  "POST /api/participants/:id/consents/:consentId/withdraw": {
    who: COACH,
    ok: 200,
    prepare: async () => {
      const p = await freshParticipant();
      const partnerOrg = await freshOrganisation();
      const c = await giveSharingConsent(t, coachSession(), p.id, partnerOrg);
      return {
        params: { id: p.id, consentId: c.id },
        body: { withdrawnOn: "2026-02-01", version: c.version },
      };
    },
  },

  "POST /api/participants/:id/account": {
    who: COACH,
    ok: 201,
    prepare: async () => ({
      params: { id: (await freshParticipant()).id },
      body: { email: `own-${unique()}@test.example` },
    }),
  },

  "GET /api/caseload": { who: COACH, ok: 200 },
  "GET /api/notifications": { who: "signedIn", ok: 200 },
  // A random id is nobody's own reminder: 404 for everyone (reading one's own is in the jobs test).
  "POST /api/notifications/:id/read": {
    who: "signedIn",
    ok: 404,
    prepare: async () => ({ params: { id: crypto.randomUUID() } }),
  },
  "GET /api/statutory-limits": { who: [...ADMIN, ...STAFF], ok: 200 },
  "POST /api/statutory-limits": { who: ADMIN, ok: 201, prepare: async () => ({ body: limitBody() }) },
  "PATCH /api/statutory-limits/:id": {
    who: ADMIN,
    ok: 200,
    prepare: async () => {
      const res = await call(t, adminSession(), "POST", "/api/statutory-limits", limitBody());
      const row = res.json().data as { id: string; version: number };
      return {
        params: { id: row.id },
        body: { legalReference: { fi: "Muutettu", sv: "Ändrad", en: "Changed" }, version: row.version },
      };
    },
  },
  "GET /api/projects": { who: [...ADMIN, ...STAFF], ok: 200 },
  "POST /api/projects": {
    who: ["administrator", "project_manager"],
    ok: 201,
    prepare: async () => ({ body: projectBody() }),
  },
  "GET /api/projects/:id": {
    who: [...ADMIN, ...STAFF],
    ok: 200,
    prepare: async () => ({ params: { id: (await freshProject()).id } }),
  },
  "PATCH /api/projects/:id": {
    who: ["administrator", "project_manager"],
    ok: 200,
    prepare: async () => {
      const p = await freshProject();
      return { params: { id: p.id }, body: { code: "S30001", version: p.version } };
    },
  },
  "GET /api/funder/periods": { who: [...ADMIN, ...STAFF], ok: 200 },
  "GET /api/me/pathway": { who: PARTICIPANT, ok: 200, prepare: withOwnRecord },
  "GET /api/me/export.json": { who: PARTICIPANT, ok: 200, prepare: withOwnRecord },
  "GET /api/me/export.pdf": { who: PARTICIPANT, ok: 200, prepare: withOwnRecord },
  "GET /api/me/access-log": { who: PARTICIPANT, ok: 200, prepare: withOwnRecord },

  "GET /api/outbox": { who: ADMIN, ok: 200 },
  "GET /api/audit": { who: ADMIN, ok: 200 },
  "GET /api/access-log": { who: ADMIN, ok: 200 },

  // --- self-assessment: instruments, answers, history, reminders ---
  // Instruments are built through the API by region A's administrator (server/test/self-assessments.ts);
  // routes on a participant's record come from the access catalogue below.
  "GET /api/instruments": { who: [...ADMIN, ...STAFF], ok: 200 },
  "POST /api/instruments": {
    who: ADMIN,
    ok: 201,
    prepare: async () => {
      const { instrumentTexts } = await import("../../test/self-assessments");
      return { body: { key: `access-${unique()}`, ...instrumentTexts("Pääsy") } };
    },
  },
  "GET /api/instruments/:id": {
    who: [...ADMIN, ...STAFF],
    ok: 200,
    prepare: async () => {
      const { buildInstrument } = await import("../../test/self-assessments");
      return { params: { id: (await buildInstrument(t, adminSession())).id } };
    },
  },
  "PATCH /api/instruments/:id": {
    who: ADMIN,
    ok: 200,
    prepare: async () => {
      const { buildInstrument } = await import("../../test/self-assessments");
      const i = await buildInstrument(t, adminSession());
      return { params: { id: i.id }, body: { archived: true, version: i.version } };
    },
  },
  "POST /api/instruments/:id/draft": {
    who: ADMIN,
    ok: 201,
    prepare: async () => {
      const { buildPublishedInstrument } = await import("../../test/self-assessments");
      return { params: { id: (await buildPublishedInstrument(t, adminSession())).id } };
    },
  },
  "PUT /api/instruments/:id/draft": {
    who: ADMIN,
    ok: 200,
    prepare: async () => {
      const { buildInstrument, dimension } = await import("../../test/self-assessments");
      const i = await buildInstrument(t, adminSession());
      const draft = i.versions[0];
      if (!draft) throw new Error("no draft");
      return { params: { id: i.id }, body: { dimensions: [dimension("mood")], version: draft.version } };
    },
  },
  "DELETE /api/instruments/:id/draft": {
    who: ADMIN,
    ok: 204,
    prepare: async () => {
      const { buildInstrument } = await import("../../test/self-assessments");
      return { params: { id: (await buildInstrument(t, adminSession())).id } };
    },
  },
  "POST /api/instruments/:id/draft/publish": {
    who: ADMIN,
    ok: 200,
    prepare: async () => {
      const { buildInstrument, dimension } = await import("../../test/self-assessments");
      const i = await buildInstrument(t, adminSession());
      const res = await call(t, adminSession(), "PUT", `/api/instruments/${i.id}/draft`, {
        dimensions: [dimension("mood")],
        version: i.versions[0]?.version,
      });
      const draft = (res.json().data as { versions: { version: number }[] }).versions[0];
      return { params: { id: i.id }, body: { version: draft?.version } };
    },
  },
  "GET /api/me/self-assessments": { who: PARTICIPANT, ok: 200, prepare: withOwnRecord },
  // Each start uses an instrument of its own, so that it is new (201) and not a continued draft (200).
  "POST /api/me/self-assessments": {
    who: PARTICIPANT,
    ok: 201,
    prepare: async () => {
      await linkOwnRecord();
      const { buildPublishedInstrument } = await import("../../test/self-assessments");
      return {
        body: { instrumentId: (await buildPublishedInstrument(t, adminSession())).id, language: "fi" },
      };
    },
  },
  "GET /api/me/self-assessments/history": { who: PARTICIPANT, ok: 200, prepare: withOwnRecord },
  "GET /api/me/self-assessments/:id": {
    who: PARTICIPANT,
    ok: 200,
    prepare: async () => ({
      params: {
        id: await (async () => {
          await linkOwnRecord();
          const { ownDraftOnNewInstrument } = await import("../../test/self-assessments");
          return (await ownDraftOnNewInstrument(t, sessions.get("participant"), adminSession())).id;
        })(),
      },
    }),
  },
  "PATCH /api/me/self-assessments/:id": {
    who: PARTICIPANT,
    ok: 200,
    prepare: async () => ({
      params: {
        id: await (async () => {
          await linkOwnRecord();
          const { ownDraftOnNewInstrument } = await import("../../test/self-assessments");
          return (await ownDraftOnNewInstrument(t, sessions.get("participant"), adminSession())).id;
        })(),
      },
      body: { scores: { energy: 4 } },
    }),
  },
  "POST /api/me/self-assessments/:id/submit": {
    who: PARTICIPANT,
    ok: 200,
    prepare: async () => ({
      params: {
        id: await (async () => {
          await linkOwnRecord();
          const { ownDraftOnNewInstrument } = await import("../../test/self-assessments");
          return (await ownDraftOnNewInstrument(t, sessions.get("participant"), adminSession())).id;
        })(),
      },
    }),
  },
  "DELETE /api/me/self-assessments/:id": {
    who: PARTICIPANT,
    ok: 204,
    prepare: async () => ({
      params: {
        id: await (async () => {
          await linkOwnRecord();
          const { ownDraftOnNewInstrument } = await import("../../test/self-assessments");
          return (await ownDraftOnNewInstrument(t, sessions.get("participant"), adminSession())).id;
        })(),
      },
    }),
  },

  // --- self-assessment: cohort reports ---
  // (the region's default instrument when none is asked for; every region has one)
  "GET /api/self-assessment/cohort": { who: ["project_manager", "administrator"], ok: 200 },
  "GET /api/self-assessment/cohort.csv": { who: ["project_manager", "administrator"], ok: 200 },
  "GET /api/self-assessment/cohort.xlsx": { who: ["project_manager", "administrator"], ok: 200 },

  // --- small jobs: work needs, jobs, applications, picking (routes-jobs.ts) ---
  "GET /api/work-needs": {
    who: ["association_contact", "coach", "project_manager", "administrator"],
    ok: 200,
  },
  "POST /api/work-needs": {
    who: ["association_contact"],
    ok: 201,
    prepare: async () => ({
      body: {
        organisationId: a.organisationId,
        title: "Polttopuut",
        category: "forest",
        village: "Ylikylä",
        season: "autumn",
      },
    }),
  },
  "PATCH /api/work-needs/:id": {
    who: ["association_contact"],
    ok: 200,
    prepare: async () => {
      const { buildNeed } = await import("../../test/small-jobs");
      const need = await buildNeed(t, sessions.get("association_contact") as Session, a.organisationId);
      return { params: { id: need.id }, body: { title: "Risut", version: need.version } };
    },
  },
  "POST /api/work-needs/:id/post": {
    who: ["association_contact"],
    ok: 201,
    prepare: async () => {
      const { buildNeed, jobInput } = await import("../../test/small-jobs");
      const need = await buildNeed(t, sessions.get("association_contact") as Session, a.organisationId);
      const { startsOn, endsOn, estimatedMinutes, payType, payCents, places } = jobInput(a.organisationId);
      return {
        params: { id: need.id },
        body: { startsOn, endsOn, estimatedMinutes, payType, payCents, places },
      };
    },
  },
  "GET /api/jobs": { who: ["association_contact", "coach", "project_manager", "administrator"], ok: 200 },
  "POST /api/jobs": {
    who: ["association_contact"],
    ok: 201,
    prepare: async () => {
      const { jobInput } = await import("../../test/small-jobs");
      return { body: jobInput(a.organisationId) };
    },
  },
  "GET /api/jobs/:id": {
    who: ["association_contact", "coach", "project_manager", "administrator"],
    ok: 200,
    prepare: async () => {
      const { buildJob } = await import("../../test/small-jobs");
      return {
        params: {
          id: (await buildJob(t, sessions.get("association_contact") as Session, a.organisationId)).id,
        },
      };
    },
  },
  "PATCH /api/jobs/:id": {
    who: ["association_contact"],
    ok: 200,
    prepare: async () => {
      const { buildJob } = await import("../../test/small-jobs");
      const job = await buildJob(t, sessions.get("association_contact") as Session, a.organisationId);
      return { params: { id: job.id }, body: { title: "Lumityöt", version: job.version } };
    },
  },
  "POST /api/jobs/:id/publish": {
    who: ["association_contact"],
    ok: 200,
    prepare: async () => {
      const { buildJob } = await import("../../test/small-jobs");
      const job = await buildJob(t, sessions.get("association_contact") as Session, a.organisationId, {
        publish: false,
      });
      return { params: { id: job.id }, body: { version: job.version } };
    },
  },
  "POST /api/jobs/:id/cancel": {
    who: ["association_contact"],
    ok: 200,
    prepare: async () => {
      const { buildJob } = await import("../../test/small-jobs");
      const job = await buildJob(t, sessions.get("association_contact") as Session, a.organisationId);
      return { params: { id: job.id }, body: { reason: "Sade", version: job.version } };
    },
  },
  "POST /api/jobs/:id/done": {
    who: ["association_contact"],
    ok: 200,
    prepare: async () => {
      const { jobWithWorker } = await import("../../test/small-jobs");
      const job = await jobWithWorker(t, a, sessions.get("association_contact") as Session, a.organisationId);
      return { params: { id: job.id }, body: { version: job.version } };
    },
  },
  "GET /api/jobs/:id/applicants": {
    who: ["association_contact"],
    ok: 200,
    prepare: async () => {
      const { jobWithApplicant } = await import("../../test/small-jobs");
      return {
        params: {
          id: (await jobWithApplicant(t, a, sessions.get("association_contact") as Session, a.organisationId))
            .job.id,
        },
      };
    },
  },
  "POST /api/jobs/:id/applicants/:applicationId/accept": {
    who: ["association_contact"],
    ok: 200,
    prepare: async () => {
      const { jobWithApplicant } = await import("../../test/small-jobs");
      const { job, applicationId } = await jobWithApplicant(
        t,
        a,
        sessions.get("association_contact") as Session,
        a.organisationId,
      );
      return { params: { id: job.id, applicationId } };
    },
  },
  "POST /api/jobs/:id/applicants/:applicationId/decline": {
    who: ["association_contact"],
    ok: 200,
    prepare: async () => {
      const { jobWithApplicant } = await import("../../test/small-jobs");
      const { job, applicationId } = await jobWithApplicant(
        t,
        a,
        sessions.get("association_contact") as Session,
        a.organisationId,
      );
      return { params: { id: job.id, applicationId } };
    },
  },
  "GET /api/jobs/:id/workers": {
    who: ["association_contact"],
    ok: 200,
    prepare: async () => {
      const { jobWithWorker } = await import("../../test/small-jobs");
      return {
        params: {
          id: (await jobWithWorker(t, a, sessions.get("association_contact") as Session, a.organisationId))
            .id,
        },
      };
    },
  },
  "POST /api/jobs/:id/propose": {
    who: COACH,
    ok: 201,
    prepare: async () => {
      const { buildJob, giveContactConsent } = await import("../../test/small-jobs");
      const job = await buildJob(t, sessions.get("association_contact") as Session, a.organisationId);
      const participant = await freshParticipant();
      await giveContactConsent(t, coachSession(), participant.id);
      return { params: { id: job.id }, body: { participantId: participant.id } };
    },
  },
  "POST /api/me/jobs/:id/apply": {
    who: PARTICIPANT,
    ok: 201,
    prepare: async () => {
      await linkOwnRecord();
      const { buildJob, ensureContactConsent } = await import("../../test/small-jobs");
      await ensureContactConsent(t, coachSession(), users.get("participant")?.id ?? "");
      return {
        params: {
          id: (await buildJob(t, sessions.get("association_contact") as Session, a.organisationId)).id,
        },
        body: { message: "Hei" },
      };
    },
  },
  "POST /api/me/jobs/:id/withdraw": {
    who: PARTICIPANT,
    ok: 200,
    prepare: async () => {
      await linkOwnRecord();
      const { buildJob, ensureContactConsent } = await import("../../test/small-jobs");
      await ensureContactConsent(t, coachSession(), users.get("participant")?.id ?? "");
      const job = await buildJob(t, sessions.get("association_contact") as Session, a.organisationId);
      const own = sessions.get("participant");
      const res = await call(t, own ?? null, "POST", `/api/me/jobs/${job.id}/apply`, {});
      if (res.statusCode !== 201) throw new Error(`apply: ${res.statusCode} ${res.body}`);
      return { params: { id: job.id } };
    },
  },
  "GET /api/me/applications": { who: PARTICIPANT, ok: 200, prepare: withOwnRecord },
  // --- end small jobs: jobs ---

  // --- small jobs: benefit rules, profiles, earnings, hours, pay, documents, figures (routes-money.ts) ---
  "GET /api/benefit-rules": { who: ["administrator", ...STAFF], ok: 200 },
  "POST /api/benefit-rules": { who: ADMIN, ok: 201, prepare: async () => ({ body: benefitRuleBody() }) },
  "PATCH /api/benefit-rules/:id": {
    who: ADMIN,
    ok: 200,
    prepare: async () => {
      const res = await call(t, adminSession(), "POST", "/api/benefit-rules", benefitRuleBody());
      if (res.statusCode !== 201) throw new Error(`benefit rule: ${res.statusCode} ${res.body}`);
      return { params: { id: res.json().data.id }, body: { reductionPercent: 40, version: 1 } };
    },
  },
  "GET /api/me/seeker-profile": { who: PARTICIPANT, ok: 200, prepare: withOwnRecord },
  "PUT /api/me/seeker-profile": {
    who: PARTICIPANT,
    ok: 200,
    prepare: async () => {
      const participantId = await ownParticipantId();
      const [row] = await t.db.ownerQuery<{ version: number }>(
        "SELECT version FROM seeker_profiles WHERE participant_id = $1",
        [participantId],
      );
      return {
        body: {
          active: true,
          has: [],
          categories: [],
          weekdays: [],
          village: "Ylikylä",
          municipality: null,
          receivesBenefit: true,
          adjustmentPeriod: "month",
          periodAnchor: null,
          version: row?.version ?? 0,
        },
      };
    },
  },
  "GET /api/me/earnings": { who: PARTICIPANT, ok: 200, prepare: withOwnRecord },
  "POST /api/job-workers/:id/hours": {
    who: ["association_contact"],
    ok: 200,
    prepare: async () => ({
      params: { id: (await workedJob((await freshParticipant()).id)).workerId },
      body: { minutes: 120, workedFrom: "2024-03-02", workedTo: "2024-03-02" },
    }),
  },
  "POST /api/me/job-workers/:id/hours": {
    who: PARTICIPANT,
    ok: 200,
    prepare: async () => ({
      params: { id: (await workedJob(await ownParticipantId())).workerId },
      body: { minutes: 120, workedFrom: "2024-03-02", workedTo: "2024-03-02" },
    }),
  },
  "POST /api/job-workers/:id/payment": {
    who: ["association_contact"],
    ok: 200,
    prepare: async () => ({
      params: { id: (await workedJob((await freshParticipant()).id, { grossCents: 3_000 })).workerId },
      body: { paidOn: "2024-03-10", withholdingBasisPoints: 1_000, version: 1 },
    }),
  },
  "GET /api/job-workers/:id/pay-statement.pdf": {
    who: ["association_contact"],
    ok: 200,
    prepare: async () => {
      const { paid } = await import("../../test/small-jobs-money");
      const w = await workedJob((await freshParticipant()).id, paid("2024-03-10", 120, 3_000));
      return { params: { id: w.workerId } };
    },
  },
  "GET /api/me/job-workers/:id/pay-statement.pdf": {
    who: PARTICIPANT,
    ok: 200,
    prepare: async () => {
      const { paid } = await import("../../test/small-jobs-money");
      const w = await workedJob(await ownParticipantId(), paid("2024-03-10", 120, 3_000));
      return { params: { id: w.workerId } };
    },
  },
  "POST /api/jobs/:id/invoice": {
    who: ["association_contact"],
    ok: 201,
    prepare: async () => ({
      params: { id: (await workedJob((await freshParticipant()).id, { grossCents: 3_000 }, true)).jobId },
      body: { dueDays: 14 },
    }),
  },
  "GET /api/jobs/:id/invoice.pdf": {
    who: ["association_contact"],
    ok: 200,
    prepare: async () => {
      const { jobId } = await workedJob((await freshParticipant()).id, { grossCents: 3_000 }, true);
      const res = await call(
        t,
        sessions.get("association_contact") as Session,
        "POST",
        `/api/jobs/${jobId}/invoice`,
        {
          dueDays: 14,
        },
      );
      if (res.statusCode !== 201) throw new Error(`invoice: ${res.statusCode} ${res.body}`);
      return { params: { id: jobId } };
    },
  },
  "GET /api/organisations/:id/payroll.csv": {
    who: ["association_contact"],
    ok: 200,
    prepare: async () => ({ query: "from=2024-01-01&to=2024-12-31" }),
  },
  // --- end small jobs: money ---

  // --- small jobs: job search and matching (routes-match.ts) ---
  // The seeker routes need the participant's own record with the contact consent; the job routes an
  // open job of region A. GET /api/participants/:id/job-matches is in the participants access catalogue.
  ...(() => {
    const seeker = async (): Promise<Prepared> => {
      await linkOwnRecord();
      const user = users.get("participant");
      if (!user) throw new Error("no participant user");
      const { giveOwnContactConsent } = await import("../../test/small-jobs-match");
      await giveOwnContactConsent(t, user.id);
      return {};
    };
    const openJob = async (): Promise<Prepared> => {
      const { insertJob } = await import("../../test/small-jobs-match");
      return {
        params: { id: await insertJob(t, { regionId: a.regionId, organisationId: a.organisationId }) },
      };
    };
    const FIGURES = ["coach", "project_manager", "administrator"] as const;
    return {
      "GET /api/me/jobs": { who: PARTICIPANT, ok: 200, prepare: seeker },
      "GET /api/me/jobs/:id": {
        who: PARTICIPANT,
        ok: 200,
        prepare: async () => ({ ...(await seeker()), ...(await openJob()) }),
      },
      "GET /api/jobs/:id/matches": { who: COACH, ok: 200, prepare: openJob },
      "GET /api/small-jobs/figures": { who: FIGURES, ok: 200 },
      "GET /api/small-jobs/figures.csv": { who: FIGURES, ok: 200 },
      "GET /api/small-jobs/figures.xlsx": { who: FIGURES, ok: 200 },
    } satisfies Record<string, Expectation>;
  })(),
  // --- end small jobs: match ---

  // --- small jobs: household orders (routes-orders.ts) ---
  // Public: anyone may order. The orderer's own routes answer 401 to every caller here, since a staff
  // session is no orderer cookie (orders.test.ts covers them with the cookie).
  ...(() => {
    // Region A's code and an association there that takes household orders (made once).
    let broker: Promise<{ code: string; organisationId: string }> | null = null;
    const orderBroker = () => {
      broker ??= (async () => {
        const { regionCode } = await import("../../test/small-jobs-orders");
        const { buildAssociation } = await import("../../test/small-jobs");
        return {
          code: await regionCode(t, a),
          organisationId: (await buildAssociation(t, a)).organisationId,
        };
      })();
      return broker;
    };
    const orders: Record<string, Expectation> = {
      "GET /api/public/regions": { who: "public", ok: 200 },
      "GET /api/public/regions/:code/brokers": {
        who: "public",
        ok: 200,
        prepare: async () => ({ params: { code: (await orderBroker()).code } }),
      },
      "POST /api/public/orders": {
        who: "public",
        ok: 202,
        prepare: async () => {
          const { orderBody } = await import("../../test/small-jobs-orders");
          const { code, organisationId } = await orderBroker();
          return { body: orderBody(code, organisationId) };
        },
      },
      "POST /api/public/orders/confirm": {
        who: "public",
        ok: 200,
        prepare: async () => {
          const { orderBody, placeOrder } = await import("../../test/small-jobs-orders");
          const { code, organisationId } = await orderBroker();
          return { body: { token: await placeOrder(t, orderBody(code, organisationId)) } };
        },
      },
      "POST /api/public/orders/link": {
        who: "public",
        ok: 202,
        prepare: async () => ({
          body: { regionCode: (await orderBroker()).code, email: "someone@test.example" },
        }),
      },
      "POST /api/orders/sign-out": { who: "public", ok: 204 },
      "GET /api/orders/mine": { who: "public", ok: 401 },
      "GET /api/orders/mine/:jobId": { who: "public", ok: 401 },
      "POST /api/orders/mine/:jobId/confirm": { who: "public", ok: 401 },
      "POST /api/orders/mine/workers/:workerId/hours": {
        who: "public",
        ok: 401,
        prepare: async () => ({ body: { minutes: 60, workedFrom: "2026-01-01", workedTo: "2026-01-01" } }),
      },
      "GET /api/orders/mine/:jobId/invoice.pdf": { who: "public", ok: 401 },
      "POST /api/orders/mine/:jobId/cancel": {
        who: "public",
        ok: 401,
        prepare: async () => ({ body: { reason: "x" } }),
      },
    };
    return orders;
  })(),
  // --- end small jobs: orders ---
};

// Every route on a participant's record, from the catalogue the consent matrix uses
// (participants.access.test.ts): here each is checked by role, CSRF and region, on a fresh participant.
for (const entry of ACCESS_CATALOGUE) {
  if (EXPECTATIONS[entry.route]) continue;
  EXPECTATIONS[entry.route] = {
    who: entry.who,
    ok: entry.ok,
    ...(entry.kind === "contact" ? { okFor: ["coach"] as const } : {}),
    prepare: async () => {
      const participant = await freshParticipant();
      const f = { t, participant, coach: coachSession(), partnerOrganisationId: a.organisationId };
      const prepared = await entry.prepare(f);
      return { ...prepared, params: { id: participant.id, ...prepared.params } };
    },
  };
}

interface Endpoint {
  method: string;
  url: string;
  key: string;
  route: RouteOptions;
  /** The table line that applies: HEAD uses its GET's. */
  expectation: Expectation | undefined;
}

function endpoints(): Endpoint[] {
  const out: Endpoint[] = [];
  for (const route of t.app.registeredRoutes) {
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    for (const method of methods) {
      const key = `${method} ${route.url}`;
      const own = EXPECTATIONS[key];
      const viaGet = method === "HEAD" ? EXPECTATIONS[`GET ${route.url}`] : undefined;
      out.push({ method, url: route.url ?? "", key, route, expectation: own ?? viaGet });
    }
  }
  return out;
}

/** Default values for path parameters: real ids of region A. */
function defaultParams(url: string): Record<string, string> {
  return {
    id: url.startsWith("/api/organisations/") ? a.organisationId : target.id,
    membershipId: crypto.randomUUID(),
    token: pendingToken,
    "*": "index.css",
  };
}

function fill(url: string, params: Record<string, string>): string {
  return url.replace(/:(\w+)|\*$/g, (whole, name: string | undefined) => {
    const value = params[name ?? whole] ?? (name?.endsWith("Id") ? crypto.randomUUID() : undefined);
    if (value === undefined) {
      throw new Error(
        `no value for the path parameter ${whole} of ${url}: add it to defaultParams or prepare`,
      );
    }
    return encodeURIComponent(value);
  });
}

let addressCounter = 0;

/** One request; each caller gets its own address so per-route rate limits do not interfere. */
async function send(
  endpoint: Endpoint,
  session: Session | null,
  prepared: Prepared,
  headers: Record<string, string> = {},
): Promise<LightMyRequestResponse> {
  const path = fill(endpoint.url, { ...defaultParams(endpoint.url), ...prepared.params });
  const url = prepared.query ? `${path}?${prepared.query}` : path;
  const hasBody = prepared.body !== undefined && endpoint.method !== "GET" && endpoint.method !== "HEAD";
  addressCounter += 1;
  return t.app.inject({
    method: endpoint.method as "GET",
    url,
    remoteAddress: `10.9.${Math.floor(addressCounter / 250)}.${addressCounter % 250}`,
    headers: {
      "accept-language": "en",
      ...(session ? { cookie: session.cookie, "x-csrf-token": session.csrf } : {}),
      ...headers,
    },
    ...(hasBody ? { payload: prepared.body as object } : {}),
  });
}

function permits(who: Who, role: Role | null): boolean {
  if (who === "public") return true;
  if (role === null) return false;
  if (who === "signedIn") return true;
  return who.includes(role);
}

function sameAccess(who: Who, access: Access | undefined): boolean {
  if (!access) return false;
  if (who === "public" || who === "signedIn") return access.kind === who;
  return access.kind === "roles" && [...access.roles].sort().join() === [...who].sort().join();
}

beforeAll(async () => {
  t = await createTestApp();
  a = await buildRegion(t);
  b = await buildRegion(t);
  target = await buildUser(t, a, { role: "coach" });
  signInTarget = await buildUser(t, a, { role: "coach" });
  pendingToken = (await buildInvitedUser(t, a, { activate: false })).token;
  users.set("administrator", a.admin);
  for (const role of ROLES) {
    if (role !== "administrator") users.set(role, await buildUser(t, a, { role }));
  }
  for (const [role, user] of users) sessions.set(role, await signIn(t, user));
  adminB = await signIn(t, b.admin);
  for (const role of ROLES) {
    if (role !== "administrator") sessionsB.set(role, await signIn(t, await buildUser(t, b, { role })));
  }
  sessionsB.set("administrator", adminB);
});
afterAll(() => t.close());

describe("the route table", () => {
  it("has an access rule on every registered route", () => {
    const missing = t.app.registeredRoutes
      .filter((r) => !(r.config as { access?: Access } | undefined)?.access)
      .map((r) => `${r.method} ${r.url}`);
    expect(missing, "declare these with route()/publicRoute() and an access rule").toEqual([]);
  });

  it("has an expectation in this file for every registered route, matching its access rule", () => {
    const problems: string[] = [];
    for (const e of endpoints()) {
      if (!e.expectation) {
        problems.push(
          `${e.key} is not in EXPECTATIONS of server/src/http/routes.access.test.ts: add a line saying who may call it and what they get`,
        );
      } else if (!sameAccess(e.expectation.who, (e.route.config as { access?: Access }).access)) {
        problems.push(
          `${e.key}: EXPECTATIONS says ${JSON.stringify(e.expectation.who)} but the route declares ${JSON.stringify((e.route.config as { access?: Access }).access)}`,
        );
      }
    }
    const registered = new Set(
      endpoints().flatMap((e) => (e.method === "HEAD" ? [e.key, `GET ${e.url}`] : [e.key])),
    );
    for (const key of Object.keys(EXPECTATIONS)) {
      if (!registered.has(key))
        problems.push(`${key} is in EXPECTATIONS but no such route exists: remove it`);
    }
    expect(problems).toEqual([]);
  });
});

describe("every route × every caller", () => {
  const callers: (Role | null)[] = [null, ...ROLES];

  it.each(callers.map((role) => [role ?? "anonymous", role] as const))(
    "gives %s the expected status on every route",
    async (_label, role) => {
      const mismatches: string[] = [];
      let checked = 0;
      for (const e of endpoints()) {
        const exp = e.expectation;
        if (!exp) continue; // reported by the route-table test
        const prepared = (await exp.prepare?.()) ?? {};
        let session = role ? (sessions.get(role) ?? null) : null;
        if (session && exp.freshSession) {
          const user = users.get(role as Role);
          if (user) session = await signIn(t, user);
        }
        const res = await send(e, session, prepared);
        const allowed = permits(exp.who, role);
        const okForRole = !exp.okFor || (role !== null && exp.okFor.includes(role));
        const expected = allowed ? (okForRole ? exp.ok : 403) : role === null ? 401 : 403;
        checked += 1;
        if (res.statusCode !== expected) {
          mismatches.push(`${e.key}: expected ${expected}, got ${res.statusCode} ${res.body.slice(0, 200)}`);
        }
        if (!allowed && e.method !== "HEAD") {
          expect(res.headers["content-type"], e.key).toContain("application/problem+json");
        }
      }
      expect(checked).toBeGreaterThan(20);
      expect(mismatches).toEqual([]);
    },
  );

  it("refuses every non-public write without the CSRF token with 403", async () => {
    const mismatches: string[] = [];
    const session = sessions.get("administrator");
    if (!session) throw new Error("no administrator session");
    for (const e of endpoints()) {
      if (!e.expectation || e.expectation.who === "public") continue;
      if (["GET", "HEAD"].includes(e.method)) continue;
      const prepared = (await e.expectation.prepare?.()) ?? {};
      const res = await send(e, session, prepared, { "x-csrf-token": "" });
      if (res.statusCode !== 403) mismatches.push(`${e.key}: got ${res.statusCode}`);
    }
    expect(mismatches).toEqual([]);
  });
});

describe("another region", () => {
  it("gives region B's users 404 for region A's ids on every route with :id", async () => {
    const mismatches: string[] = [];
    let checked = 0;
    for (const e of endpoints()) {
      if (!e.expectation || e.expectation.who === "public" || !e.url.includes(":id")) continue;
      const prepared = (await e.expectation.prepare?.()) ?? {};
      const who = e.expectation.who;
      const role: Role = who === "signedIn" ? "administrator" : (who[0] ?? "administrator");
      const session = sessionsB.get(role);
      if (!session) throw new Error(`no region B session for ${role}`);
      const res = await send(e, session, prepared);
      checked += 1;
      if (res.statusCode !== 404) {
        mismatches.push(`${e.key}: expected 404, got ${res.statusCode} ${res.body.slice(0, 200)}`);
      }
    }
    expect(checked).toBeGreaterThanOrEqual(8);
    expect(mismatches).toEqual([]);
  });

  it("leaves region A's organisation and user unchanged after region B's attempts", async () => {
    const org = await t.db.ownerQuery<{ version: number }>(
      "SELECT version FROM organisations WHERE id = $1",
      [a.organisationId],
    );
    const user = await t.db.ownerQuery<{ status: string; name: string }>(
      "SELECT status, name FROM users WHERE id = $1",
      [target.id],
    );
    for (const [url, body] of [
      [`/api/organisations/${a.organisationId}`, { name: "Taken over", version: 1 }],
      [`/api/users/${target.id}`, { name: "Taken over", version: 1 }],
    ] as const) {
      const res = await t.app.inject({
        method: "PATCH",
        url,
        headers: { cookie: adminB.cookie, "x-csrf-token": adminB.csrf },
        payload: body,
      });
      expect(res.statusCode).toBe(404);
    }
    expect(
      await t.db.ownerQuery<{ version: number }>("SELECT version FROM organisations WHERE id = $1", [
        a.organisationId,
      ]),
    ).toEqual(org);
    expect(await t.db.ownerQuery("SELECT status, name FROM users WHERE id = $1", [target.id])).toEqual(user);
  });

  it("never lists region A's organisations or users to region B", async () => {
    for (const url of ["/api/organisations", "/api/users", "/api/audit", "/api/access-log", "/api/outbox"]) {
      const res = await t.app.inject({ method: "GET", url, headers: { cookie: adminB.cookie } });
      expect(res.statusCode, url).toBe(200);
      for (const id of [a.organisationId, a.admin.id, target.id, a.regionId]) {
        expect(res.body, `${url} shows an id of region A`).not.toContain(id);
      }
    }
  });
});

describe("junk request bodies", () => {
  it("never produce a 500 on any POST, PUT or PATCH route, for an administrator or a coach", async () => {
    const admin = sessions.get("administrator");
    const coach = sessions.get("coach");
    if (!admin || !coach) throw new Error("no administrator or coach session");
    const writes = endpoints().filter((e) => e.expectation && ["POST", "PUT", "PATCH"].includes(e.method));
    expect(writes.length).toBeGreaterThan(5);
    const junk = fc.oneof(
      fc.jsonValue().map((v) => JSON.stringify(v)),
      fc
        .dictionary(
          fc.constantFrom(
            "email",
            "password",
            "name",
            "kind",
            "version",
            "language",
            "role",
            "organisationId",
            "memberships",
            "active",
            "businessId",
            "firstName",
            "lastName",
            "birthDate",
            "identityCode",
            "purpose",
            "givenOn",
            "scopes",
            "entryData",
          ),
          fc.jsonValue(),
        )
        .map((v) => JSON.stringify(v)),
      fc.string(),
    );
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...writes), junk, fc.boolean(), async (e, payload, asCoach) => {
        const session = asCoach ? coach : admin;
        const res = await t.app.inject({
          method: e.method as "POST",
          url: fill(e.url, defaultParams(e.url)),
          remoteAddress: "10.8.0.1",
          headers: {
            cookie: session.cookie,
            "x-csrf-token": session.csrf,
            "content-type": "application/json",
          },
          payload,
        });
        if (res.statusCode >= 500) throw new Error(`${e.key} answered ${res.statusCode}: ${res.body}`);
      }),
      { numRuns: 120 },
    );
  });
});
