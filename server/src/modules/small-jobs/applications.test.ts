import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  buildOrganisation,
  buildRegion,
  buildUser,
  call,
  createTestApp,
  type Session,
  signIn,
  type TestApp,
  type TestRegion,
} from "../../../test/app";
import {
  applyToJob,
  buildAssociation,
  buildJob,
  buildSeeker,
  type TestAssociation,
  type TestSeeker,
} from "../../../test/small-jobs";
import type { Applicant, MyApplication, ParticipantApplication } from "./api-needs";

let t: TestApp;
let region: TestRegion;
let regionB: TestRegion;
let assoc: TestAssociation;
let coach: Session;
let ville: TestSeeker;
let amina: TestSeeker;

const countApplications = async () =>
  Number((await t.db.ownerQuery<{ n: string }>("SELECT count(*) AS n FROM job_applications"))[0]?.n ?? 0);
const mine = async (s: TestSeeker) =>
  (await call(t, s.session, "GET", "/api/me/applications")).json().data as MyApplication[];

beforeAll(async () => {
  t = await createTestApp();
  region = await buildRegion(t);
  regionB = await buildRegion(t);
  assoc = await buildAssociation(t, region);
  coach = await signIn(t, await buildUser(t, region, { role: "coach" }));
  ville = await buildSeeker(t, region, coach, { firstName: "Ville" });
  amina = await buildSeeker(t, region, coach, { firstName: "Amina" });
});
afterAll(() => t.close());

describe("POST /api/me/jobs/:id/apply", () => {
  it("needs the contact consent", async () => {
    const job = await buildJob(t, assoc.contact.session, assoc.organisationId);
    const noConsent = await buildSeeker(t, region, coach, { consent: false });
    const before = await countApplications();
    const res = await call(
      t,
      noConsent.session,
      "POST",
      `/api/me/jobs/${job.id}/apply`,
      {},
      {
        "accept-language": "fi",
      },
    );
    expect(res.statusCode).toBe(403);
    expect(res.json().detail).toContain("luvan ottaa sinuun yhteyttä");
    expect(await countApplications()).toBe(before);
  });

  it("applies once, tells the poster, and hides the address until picked", async () => {
    const job = await buildJob(t, assoc.contact.session, assoc.organisationId, { address: "Salainen tie 9" });
    const res = await call(t, ville.session, "POST", `/api/me/jobs/${job.id}/apply`, {
      message: "  Pääsen heti. ",
    });
    expect(res.statusCode, res.body).toBe(201);
    const data = res.json().data as MyApplication;
    expect(data).toMatchObject({
      status: "applied",
      message: "Pääsen heti.",
      address: null,
      proposedByCoach: false,
    });
    expect(data.job.id).toBe(job.id);
    expect(res.body).not.toContain("Salainen tie");
    const notes = await t.db.ownerQuery<{ kind: string }>(
      "SELECT kind FROM notifications WHERE user_id = $1 AND subject_id = $2",
      [assoc.contact.id, data.id],
    );
    expect(notes.map((n) => n.kind)).toEqual(["job_application"]);
    // ...and the poster's notice names the job (not the seeker: an association does not keep their record).
    const notices = await call(t, assoc.contact.session, "GET", "/api/notifications?unread=true");
    expect(notices.json().data).toContainEqual(
      expect.objectContaining({
        kind: "job_application",
        jobId: job.id,
        jobTitle: job.title,
        participantName: null,
      }),
    );

    const twice = await call(t, ville.session, "POST", `/api/me/jobs/${job.id}/apply`, {});
    expect(twice.statusCode).toBe(409);
    expect(twice.json().detail).toBe("You have already applied for this job.");
    const long = await call(t, amina.session, "POST", `/api/me/jobs/${job.id}/apply`, {
      message: "x".repeat(501),
    });
    expect(long.statusCode).toBe(400);
  });

  it("answers 404 for a draft or another region's job and 409 for a closed one", async () => {
    const draft = await buildJob(t, assoc.contact.session, assoc.organisationId, { publish: false });
    expect((await call(t, ville.session, "POST", `/api/me/jobs/${draft.id}/apply`, {})).statusCode).toBe(404);
    const assocB = await buildAssociation(t, regionB);
    const jobB = await buildJob(t, assocB.contact.session, assocB.organisationId);
    expect((await call(t, ville.session, "POST", `/api/me/jobs/${jobB.id}/apply`, {})).statusCode).toBe(404);
    const cancelled = await buildJob(t, assoc.contact.session, assoc.organisationId);
    await call(t, assoc.contact.session, "POST", `/api/jobs/${cancelled.id}/cancel`, {
      reason: "Ei tarvita",
      version: cancelled.version,
    });
    const res = await call(t, ville.session, "POST", `/api/me/jobs/${cancelled.id}/apply`, {});
    expect(res.statusCode).toBe(409);
    expect(res.json().detail).toBe("The job is no longer open for applications.");
  });
});

describe("seekers never see each other", () => {
  it("lists only one's own applications, with nothing of other applicants", async () => {
    const job = await buildJob(t, assoc.contact.session, assoc.organisationId);
    await applyToJob(t, ville, job.id, "Villen viesti");
    await applyToJob(t, amina, job.id, "Aminan viesti");
    const res = await call(t, amina.session, "GET", "/api/me/applications");
    expect(res.statusCode).toBe(200);
    const data = res.json().data as MyApplication[];
    expect(data.length).toBeGreaterThan(0);
    expect(data.every((a) => a.job.id !== undefined)).toBe(true);
    expect(res.body).not.toContain("Villen viesti");
    expect(res.body).not.toContain(ville.participantId);
    expect(res.body).not.toContain(ville.firstName);
    // Staff routes are not theirs.
    expect((await call(t, amina.session, "GET", `/api/jobs/${job.id}/applicants`)).statusCode).toBe(403);
    expect((await call(t, amina.session, "GET", `/api/jobs/${job.id}`)).statusCode).toBe(403);
    expect((await call(t, amina.session, "GET", "/api/jobs")).statusCode).toBe(403);
  });
});

describe("POST /api/me/jobs/:id/withdraw", () => {
  it("withdraws an application, and the seeker may apply again while the job is open", async () => {
    const job = await buildJob(t, assoc.contact.session, assoc.organisationId);
    const seeker = await buildSeeker(t, region, coach);
    await applyToJob(t, seeker, job.id);
    const res = await call(t, seeker.session, "POST", `/api/me/jobs/${job.id}/withdraw`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().data.status).toBe("withdrawn");
    const applicants = (await call(t, assoc.contact.session, "GET", `/api/jobs/${job.id}/applicants`)).json()
      .data as Applicant[];
    expect(applicants).toEqual([]);
    expect((await call(t, seeker.session, "POST", `/api/me/jobs/${job.id}/withdraw`)).statusCode).toBe(409);
    await applyToJob(t, seeker, job.id);
    expect((await mine(seeker)).find((a) => a.job.id === job.id)?.status).toBe("applied");
    expect((await call(t, amina.session, "POST", `/api/me/jobs/${job.id}/withdraw`)).statusCode).toBe(404);
  });

  it("frees a picked worker's place: the count falls and the filled job opens again", async () => {
    const job = await buildJob(t, assoc.contact.session, assoc.organisationId, { places: 1 });
    const seeker = await buildSeeker(t, region, coach);
    const app = await applyToJob(t, seeker, job.id);
    const picked = await call(
      t,
      assoc.contact.session,
      "POST",
      `/api/jobs/${job.id}/applicants/${app}/accept`,
    );
    expect(picked.json().data.status).toBe("filled");
    const res = await call(t, seeker.session, "POST", `/api/me/jobs/${job.id}/withdraw`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().data).toMatchObject({ status: "withdrawn", workerId: null, address: null });
    const after = (await call(t, assoc.contact.session, "GET", `/api/jobs/${job.id}`)).json().data;
    expect(after).toMatchObject({ status: "open", acceptedCount: 0, placesLeft: 1, filledAt: null });
    expect(await t.db.ownerQuery("SELECT id FROM job_workers WHERE job_id = $1", [job.id])).toEqual([]);
    // The poster is told, about this application.
    const told = await t.db.ownerQuery<{ user_id: string }>(
      "SELECT user_id FROM notifications WHERE kind = 'job_withdrawn' AND subject_id = $1",
      [app],
    );
    expect(told.map((n) => n.user_id)).toEqual([assoc.contact.id]);
  });

  it("refuses withdrawing once the work is done", async () => {
    const job = await buildJob(t, assoc.contact.session, assoc.organisationId);
    const seeker = await buildSeeker(t, region, coach);
    const app = await applyToJob(t, seeker, job.id);
    const picked = await call(
      t,
      assoc.contact.session,
      "POST",
      `/api/jobs/${job.id}/applicants/${app}/accept`,
    );
    await call(t, assoc.contact.session, "POST", `/api/jobs/${job.id}/done`, {
      version: picked.json().data.version,
    });
    const res = await call(t, seeker.session, "POST", `/api/me/jobs/${job.id}/withdraw`);
    expect(res.statusCode).toBe(409);
    expect((await mine(seeker)).find((a) => a.job.id === job.id)?.status).toBe("accepted");
  });
});

describe("POST /api/jobs/:id/propose", () => {
  it("proposes to a participant the coach sees; the seeker is told and may take it up", async () => {
    const job = await buildJob(t, assoc.contact.session, assoc.organisationId, { requirements: ["own_car"] });
    const seeker = await buildSeeker(t, region, coach);
    const res = await call(t, coach, "POST", `/api/jobs/${job.id}/propose`, {
      participantId: seeker.participantId,
    });
    expect(res.statusCode, res.body).toBe(201);
    const id = res.json().data.id as string;
    expect(res.json().data).toEqual({
      id,
      jobId: job.id,
      participantId: seeker.participantId,
      status: "proposed",
    });
    const notes = await t.db.ownerQuery<{ kind: string }>(
      "SELECT kind FROM notifications WHERE user_id = $1 AND subject_id = $2",
      [seeker.user.id, id],
    );
    expect(notes.map((n) => n.kind)).toEqual(["job_proposed"]);
    expect((await mine(seeker)).find((a) => a.id === id)).toMatchObject({
      status: "proposed",
      proposedByCoach: true,
    });

    const again = await call(t, coach, "POST", `/api/jobs/${job.id}/propose`, {
      participantId: seeker.participantId,
    });
    expect(again.statusCode).toBe(409);

    const applied = await call(t, seeker.session, "POST", `/api/me/jobs/${job.id}/apply`, {
      message: "Kiitos",
    });
    expect(applied.statusCode).toBe(201);
    expect(applied.json().data).toMatchObject({ id, status: "applied", proposedByCoach: true });
    const applicants = (await call(t, assoc.contact.session, "GET", `/api/jobs/${job.id}/applicants`)).json()
      .data as Applicant[];
    expect(applicants).toEqual([
      expect.objectContaining({ applicationId: id, proposedByCoach: true, has: { own_car: false } }),
    ]);
  });

  it("refuses a participant without the contact consent, one the coach does not see, and other regions", async () => {
    const job = await buildJob(t, assoc.contact.session, assoc.organisationId);
    const noConsent = await buildSeeker(t, region, coach, { consent: false });
    const before = await countApplications();
    const res = await call(t, coach, "POST", `/api/jobs/${job.id}/propose`, {
      participantId: noConsent.participantId,
    });
    expect(res.statusCode).toBe(409);
    expect(res.json().errors[0].path).toBe("/participantId");

    const elsewhere = await buildOrganisation(t, region, { kind: "service_provider" });
    const strangerCoach = await signIn(
      t,
      await buildUser(t, region, { role: "coach", organisationId: elsewhere.id }),
    );
    const unseen = await call(t, strangerCoach, "POST", `/api/jobs/${job.id}/propose`, {
      participantId: ville.participantId,
    });
    expect(unseen.statusCode).toBe(404);

    const coachB = await signIn(t, await buildUser(t, regionB, { role: "coach" }));
    const otherRegion = await call(t, coachB, "POST", `/api/jobs/${job.id}/propose`, {
      participantId: ville.participantId,
    });
    expect(otherRegion.statusCode).toBe(404);
    expect(await countApplications()).toBe(before);
  });
});

describe("GET /api/participants/:id/job-applications", () => {
  it("shows the coach the participant's proposals, applications and work, newest first, logged once", async () => {
    const seeker = await buildSeeker(t, region, coach);
    const other = await buildSeeker(t, region, coach, { firstName: "Toinen" });
    const first = await buildJob(t, assoc.contact.session, assoc.organisationId, {
      title: "Halkojen pino",
      address: "Salainen tie 1",
    });
    const second = await buildJob(t, assoc.contact.session, assoc.organisationId, {
      title: "Kirjaston hylly",
    });
    const third = await buildJob(t, assoc.contact.session, assoc.organisationId, {
      title: "Pihan haravointi",
    });
    // Picked on the first job, with hours and pay recorded on the worker row.
    const pickedId = await applyToJob(t, seeker, first.id, "Pääsen");
    const accepted = await call(
      t,
      assoc.contact.session,
      "POST",
      `/api/jobs/${first.id}/applicants/${pickedId}/accept`,
    );
    expect(accepted.statusCode, accepted.body).toBe(200);
    await t.db.ownerQuery(
      `UPDATE job_workers SET worker_minutes = 180, orderer_minutes = 180, gross_cents = 4500,
         paid_on = '2026-01-15' WHERE application_id = $1`,
      [pickedId],
    );
    await applyToJob(t, seeker, second.id);
    const proposed = await call(t, coach, "POST", `/api/jobs/${third.id}/propose`, {
      participantId: seeker.participantId,
    });
    expect(proposed.statusCode, proposed.body).toBe(201);
    // Another seeker on the same jobs never appears in this participant's list.
    await applyToJob(t, other, second.id, "Toisen viesti");

    const res = await call(t, coach, "GET", `/api/participants/${seeker.participantId}/job-applications`);
    expect(res.statusCode, res.body).toBe(200);
    const data = res.json().data as ParticipantApplication[];
    expect(data.map((a) => [a.job.title, a.status, a.proposedByCoach])).toEqual([
      ["Pihan haravointi", "proposed", true],
      ["Kirjaston hylly", "applied", false],
      ["Halkojen pino", "accepted", false],
    ]);
    const [p, applied, picked] = data;
    expect(p).toMatchObject({ appliedAt: null, decidedAt: null, worker: null });
    expect(applied?.appliedAt).not.toBeNull();
    expect(applied?.worker).toBeNull();
    expect(picked?.decidedAt).not.toBeNull();
    expect(picked?.worker).toEqual({
      workerMinutes: 180,
      ordererMinutes: 180,
      hoursAgree: true,
      grossCents: 4500,
      paidOn: "2026-01-15",
    });
    expect(res.body).not.toContain("Salainen tie");
    expect(res.body).not.toContain(other.participantId);
    expect(res.body).not.toContain("Toisen viesti");

    const logged = await t.db.ownerQuery<{ subject_type: string; purpose: string }>(
      "SELECT subject_type, purpose FROM access_log WHERE subject_id = $1 AND purpose = 'small jobs: applications'",
      [seeker.participantId],
    );
    expect(logged).toEqual([{ subject_type: "participant", purpose: "small jobs: applications" }]);
    const otherLogged = await t.db.ownerQuery(
      "SELECT id FROM access_log WHERE subject_id = $1 AND purpose = 'small jobs: applications'",
      [other.participantId],
    );
    expect(otherLogged).toEqual([]);
  });

  it("answers 404 to a coach without a relation and to another region, and 403 to a poster", async () => {
    const seeker = await buildSeeker(t, region, coach);
    const url = `/api/participants/${seeker.participantId}/job-applications`;
    const elsewhere = await buildOrganisation(t, region, { kind: "service_provider" });
    const strangerCoach = await signIn(
      t,
      await buildUser(t, region, { role: "coach", organisationId: elsewhere.id }),
    );
    expect((await call(t, strangerCoach, "GET", url)).statusCode).toBe(404);
    const coachB = await signIn(t, await buildUser(t, regionB, { role: "coach" }));
    expect((await call(t, coachB, "GET", url)).statusCode).toBe(404);
    expect((await call(t, assoc.contact.session, "GET", url)).statusCode).toBe(403);
    expect((await call(t, seeker.session, "GET", url)).statusCode).toBe(403);
  });
});
