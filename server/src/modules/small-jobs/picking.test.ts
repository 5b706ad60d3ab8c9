import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  buildRegion,
  buildUser,
  call,
  createTestApp,
  type Session,
  signIn,
  type TestApp,
  type TestRegion,
} from "../../../test/app";
import { asRegion } from "../../../test/enrolments";
import {
  applyToJob,
  buildApplicants,
  buildAssociation,
  buildJob,
  buildSeeker,
  type TestAssociation,
} from "../../../test/small-jobs";
import type { Job } from "./api-jobs";
import type { Applicant, JobWorker } from "./api-needs";
import { seekerProfiles } from "./schema";

let t: TestApp;
let region: TestRegion;
let assoc: TestAssociation;
let otherAssoc: TestAssociation;
let coach: Session;

const accept = (s: Session, jobId: string, applicationId: string) =>
  call(t, s, "POST", `/api/jobs/${jobId}/applicants/${applicationId}/accept`);
const notifications = (userId: string, subjectId: string) =>
  t.db.ownerQuery<{ kind: string }>("SELECT kind FROM notifications WHERE user_id = $1 AND subject_id = $2", [
    userId,
    subjectId,
  ]);

beforeAll(async () => {
  t = await createTestApp();
  region = await buildRegion(t);
  assoc = await buildAssociation(t, region);
  otherAssoc = await buildAssociation(t, region);
  coach = await signIn(t, await buildUser(t, region, { role: "coach" }));
});
afterAll(() => t.close());

describe("picking under the job's row lock", () => {
  it("gives exactly one of 100 concurrent accepts on a one-place job the place", async () => {
    const job = await buildJob(t, assoc.contact.session, assoc.organisationId, { places: 1 });
    const applications = await buildApplicants(t, region, job.id, 100);
    const responses = await Promise.all(applications.map((id) => accept(assoc.contact.session, job.id, id)));
    const statuses = responses.map((r) => r.statusCode);
    expect(statuses.filter((s) => s === 200)).toHaveLength(1);
    const refused = responses.filter((r) => r.statusCode === 409);
    expect(refused).toHaveLength(99);
    for (const r of refused) expect(r.json().detail).toBe("The job has already been filled.");

    const [row] = await t.db.ownerQuery<{ accepted_count: number; status: string; filled_at: string | null }>(
      "SELECT accepted_count, status, filled_at FROM jobs WHERE id = $1",
      [job.id],
    );
    expect(row).toMatchObject({ accepted_count: 1, status: "filled" });
    expect(row?.filled_at).not.toBeNull();
    const workers = await t.db.ownerQuery("SELECT id FROM job_workers WHERE job_id = $1", [job.id]);
    expect(workers).toHaveLength(1);
    const byStatus = await t.db.ownerQuery<{ status: string; n: string }>(
      "SELECT status, count(*) AS n FROM job_applications WHERE job_id = $1 GROUP BY status ORDER BY status",
      [job.id],
    );
    expect(byStatus.map((r) => [r.status, Number(r.n)])).toEqual([
      ["accepted", 1],
      ["declined", 99],
    ]);
  });

  it("fills a two-place job with the second pick, declines the rest and tells everyone", async () => {
    const job = await buildJob(t, assoc.contact.session, assoc.organisationId, { places: 2 });
    const [a, b, c] = await Promise.all([
      buildSeeker(t, region, coach),
      buildSeeker(t, region, coach),
      buildSeeker(t, region, coach),
    ]);
    if (!a || !b || !c) throw new Error("no seekers");
    const appA = await applyToJob(t, a, job.id);
    const appB = await applyToJob(t, b, job.id);
    const appC = await applyToJob(t, c, job.id);

    const first = await accept(assoc.contact.session, job.id, appA);
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json().data).toMatchObject({ status: "open", acceptedCount: 1, placesLeft: 1 });
    const second = await accept(assoc.contact.session, job.id, appB);
    expect(second.json().data).toMatchObject({ status: "filled", acceptedCount: 2, placesLeft: 0 });
    expect(second.json().can.pick).toBe(false);

    expect((await notifications(a.user.id, appA)).map((n) => n.kind)).toEqual(["job_picked"]);
    expect((await notifications(c.user.id, appC)).map((n) => n.kind)).toEqual(["job_not_picked"]);
    const third = await accept(assoc.contact.session, job.id, appC);
    expect(third.statusCode).toBe(409);
    expect(
      (
        await call(
          t,
          assoc.contact.session,
          "POST",
          `/api/jobs/${job.id}/applicants/${appC}/accept`,
          undefined,
          {
            "accept-language": "fi",
          },
        )
      ).json().detail,
    ).toBe("Työ on jo täytetty.");

    // The picked seeker now sees the address; the declined one does not.
    const mineA = (await call(t, a.session, "GET", "/api/me/applications")).json().data;
    expect(mineA[0]).toMatchObject({ status: "accepted", address: "Kylätie 1" });
    const mineC = (await call(t, c.session, "GET", "/api/me/applications")).json().data;
    expect(mineC[0]).toMatchObject({ status: "declined", address: null, workerId: null });
  });

  it("declines an applicant once, and refuses picking a proposal the seeker has not taken up", async () => {
    const job = await buildJob(t, assoc.contact.session, assoc.organisationId);
    const seeker = await buildSeeker(t, region, coach);
    const app = await applyToJob(t, seeker, job.id);
    const res = await call(t, assoc.contact.session, "POST", `/api/jobs/${job.id}/applicants/${app}/decline`);
    expect(res.statusCode, res.body).toBe(200);
    expect((await notifications(seeker.user.id, app)).map((n) => n.kind)).toEqual(["job_not_picked"]);
    const twice = await call(
      t,
      assoc.contact.session,
      "POST",
      `/api/jobs/${job.id}/applicants/${app}/decline`,
    );
    expect(twice.statusCode).toBe(409);
    expect((await accept(assoc.contact.session, job.id, app)).statusCode).toBe(409);

    const proposed = await buildSeeker(t, region, coach);
    const p = await call(t, coach, "POST", `/api/jobs/${job.id}/propose`, {
      participantId: proposed.participantId,
    });
    expect(p.statusCode, p.body).toBe(201);
    const refused = await accept(assoc.contact.session, job.id, p.json().data.id);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().detail).toBe("The application is no longer pending.");
    // Only the poster picks.
    expect((await accept(coach, job.id, app)).statusCode).toBe(403);
    expect((await accept(otherAssoc.contact.session, job.id, app)).statusCode).toBe(403);
  });
});

describe("what the poster sees of applicants and workers", () => {
  it("shows the first name, the job's requirements only, the message — and logs each view", async () => {
    const job = await buildJob(t, assoc.contact.session, assoc.organisationId, {
      requirements: ["driving_licence", "hygiene_passport"],
    });
    const seeker = await buildSeeker(t, region, coach, { firstName: "Aino" });
    await asRegion(t, region, (tx) =>
      tx.insert(seekerProfiles).values({
        participantId: seeker.participantId,
        has: ["driving_licence", "own_tools"],
      }),
    );
    const other = await buildSeeker(t, region, coach);
    await applyToJob(t, seeker, job.id, "Minulla on auto.");
    await applyToJob(t, other, job.id);
    // A proposal the seeker has not taken up is not an applicant.
    const proposed = await buildSeeker(t, region, coach);
    await call(t, coach, "POST", `/api/jobs/${job.id}/propose`, { participantId: proposed.participantId });

    const res = await call(t, assoc.contact.session, "GET", `/api/jobs/${job.id}/applicants`);
    expect(res.statusCode, res.body).toBe(200);
    const data = res.json().data as Applicant[];
    expect(data).toHaveLength(2);
    const aino = data.find((d) => d.firstName === "Aino");
    expect(aino).toMatchObject({
      status: "applied",
      message: "Minulla on auto.",
      has: { driving_licence: true, hygiene_passport: false },
      proposedByCoach: false,
    });
    expect(Object.keys(aino ?? {}).sort()).toEqual(
      ["applicationId", "appliedAt", "firstName", "has", "message", "proposedByCoach", "status"].sort(),
    );
    expect(res.body).not.toContain("Työnhakija");
    expect(res.body).not.toContain(seeker.participantId);
    expect(res.body).not.toContain("own_tools");

    const log = await t.db.ownerQuery<{ subject_id: string; purpose: string }>(
      "SELECT subject_id, purpose FROM access_log WHERE actor_id = $1 AND route = $2",
      [assoc.contact.id, "GET /api/jobs/:id/applicants"],
    );
    expect(log.map((l) => l.subject_id).sort()).toEqual([seeker.participantId, other.participantId].sort());
    expect(log.every((l) => l.purpose === "small job applicants")).toBe(true);

    expect((await call(t, coach, "GET", `/api/jobs/${job.id}/applicants`)).statusCode).toBe(403);
    expect(
      (await call(t, otherAssoc.contact.session, "GET", `/api/jobs/${job.id}/applicants`)).statusCode,
    ).toBe(403);
  });

  it("lists workers with hours and pay, logging each", async () => {
    const job = await buildJob(t, assoc.contact.session, assoc.organisationId);
    const seeker = await buildSeeker(t, region, coach, { firstName: "Veikko" });
    const app = await applyToJob(t, seeker, job.id);
    expect((await accept(assoc.contact.session, job.id, app)).statusCode).toBe(200);
    const res = await call(t, assoc.contact.session, "GET", `/api/jobs/${job.id}/workers`);
    expect(res.statusCode, res.body).toBe(200);
    const workers = res.json().data as JobWorker[];
    expect(workers).toEqual([
      {
        workerId: expect.any(String),
        firstName: "Veikko",
        workerMinutes: null,
        ordererMinutes: null,
        workerConfirmedAt: null,
        ordererConfirmedAt: null,
        hoursAgree: false,
        grossCents: null,
        withholdingCents: null,
        paidOn: null,
        version: 1,
      },
    ]);
    const log = await t.db.ownerQuery<{ subject_id: string }>(
      "SELECT subject_id FROM access_log WHERE route = $1 AND subject_type = 'participant'",
      ["GET /api/jobs/:id/workers"],
    );
    expect(log.map((l) => l.subject_id)).toContain(seeker.participantId);
  });
});

describe("marking the work done", () => {
  it("makes each worker's work a completed small-jobs step in their pathway", async () => {
    const job = await buildJob(t, assoc.contact.session, assoc.organisationId, {
      places: 3,
      title: "Aidan maalaus",
    });
    const worker = await buildSeeker(t, region, coach);
    const waiting = await buildSeeker(t, region, coach);
    const app = await applyToJob(t, worker, job.id);
    const waitingApp = await applyToJob(t, waiting, job.id);

    const early = await call(t, assoc.contact.session, "POST", `/api/jobs/${job.id}/done`, {
      version: job.version,
    });
    expect(early.statusCode).toBe(409);
    expect(early.json().detail).toBe("A job can be marked done once at least one worker has been picked.");

    const picked = await accept(assoc.contact.session, job.id, app);
    const version = (picked.json().data as Job).version;
    const stale = await call(t, assoc.contact.session, "POST", `/api/jobs/${job.id}/done`, {
      version: version - 1,
    });
    expect(stale.statusCode).toBe(409);
    const done = await call(t, assoc.contact.session, "POST", `/api/jobs/${job.id}/done`, { version });
    expect(done.statusCode, done.body).toBe(200);
    expect(done.json().data.status).toBe("done");
    expect(done.json().data.doneAt).not.toBeNull();
    expect(done.json().can).toMatchObject({ markDone: false, confirmHours: true, edit: false });

    const [w] = await t.db.ownerQuery<{ step_id: string | null }>(
      "SELECT step_id FROM job_workers WHERE job_id = $1",
      [job.id],
    );
    expect(w?.step_id).toBeTruthy();
    const steps = await call(t, worker.coach, "GET", `/api/participants/${worker.participantId}/steps`);
    expect(steps.statusCode, steps.body).toBe(200);
    expect(steps.json().data).toEqual([
      expect.objectContaining({
        id: w?.step_id,
        kind: "small_jobs",
        title: "Aidan maalaus",
        status: "completed",
        startsOn: job.startsOn,
        endsOn: job.endsOn,
        providerOrganisationId: assoc.organisationId,
        providerOrganisationName: assoc.organisationName,
      }),
    ]);
    const events = await t.db.ownerQuery<{ kind: string; summary: Record<string, unknown> }>(
      "SELECT kind, summary FROM pathway_events WHERE participant_id = $1 AND ref_id = $2",
      [worker.participantId, w?.step_id],
    );
    expect(events).toEqual([
      {
        kind: "step_added",
        summary: { kind: "small_jobs", status: "completed", startsOn: job.startsOn, endsOn: job.endsOn },
      },
    ]);
    // The one still waiting was not picked, and hears of it; the worker hears the work is done.
    expect((await notifications(waiting.user.id, waitingApp)).map((n) => n.kind)).toEqual(["job_not_picked"]);
    expect((await notifications(worker.user.id, job.id)).map((n) => n.kind)).toEqual(["job_done"]);
    // Done twice is refused, and no second step is made.
    const again = await call(t, assoc.contact.session, "POST", `/api/jobs/${job.id}/done`, {
      version: done.json().data.version,
    });
    expect(again.statusCode).toBe(409);
    const count = await t.db.ownerQuery("SELECT id FROM steps WHERE participant_id = $1", [
      worker.participantId,
    ]);
    expect(count).toHaveLength(1);
  });
});
