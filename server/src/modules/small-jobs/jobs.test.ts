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
import {
  applyToJob,
  buildAssociation,
  buildJob,
  buildSeeker,
  jobInput,
  type TestAssociation,
} from "../../../test/small-jobs";
import { addDaysIso, todayIso } from "../../lib/dates";
import type { Job } from "./api-jobs";

let t: TestApp;
let region: TestRegion;
let regionB: TestRegion;
let assoc: TestAssociation;
let otherAssoc: TestAssociation;
let assocB: TestAssociation;
let coach: Session;
let manager: Session;

const today = todayIso();
const countJobs = async () =>
  Number((await t.db.ownerQuery<{ n: string }>("SELECT count(*) AS n FROM jobs"))[0]?.n ?? 0);

beforeAll(async () => {
  t = await createTestApp();
  region = await buildRegion(t);
  regionB = await buildRegion(t);
  assoc = await buildAssociation(t, region);
  otherAssoc = await buildAssociation(t, region);
  assocB = await buildAssociation(t, regionB);
  coach = await signIn(t, await buildUser(t, region, { role: "coach" }));
  manager = await signIn(t, await buildUser(t, region, { role: "project_manager" }));
});
afterAll(() => t.close());

describe("POST /api/jobs and GET /api/jobs/:id", () => {
  it("posts an open job; the poster sees the address, a coach does not", async () => {
    const job = await buildJob(t, assoc.contact.session, assoc.organisationId, { address: "Kylätie 5" });
    expect(job).toMatchObject({
      status: "open",
      posterKind: "association",
      organisationId: assoc.organisationId,
      organisationName: assoc.organisationName,
      address: "Kylätie 5",
      acceptedCount: 0,
      applicantCount: 0,
      placesLeft: 1,
      version: 1,
      // 240 min × 15 €/h = 60 €
      estimatedGrossCents: 6000,
    });
    expect(job.publishedAt).not.toBeNull();

    const asCoach = await call(t, coach, "GET", `/api/jobs/${job.id}`);
    expect(asCoach.statusCode, asCoach.body).toBe(200);
    expect(asCoach.json().data.address).toBeNull();
    expect(asCoach.json().can).toMatchObject({ edit: false, pick: false, propose: true });

    const asPoster = await call(t, assoc.contact.session, "GET", `/api/jobs/${job.id}`);
    expect(asPoster.json().can).toMatchObject({ edit: true, publish: false, cancel: true, pick: true });
  });

  it("posts as a company when the organisation is a company", async () => {
    const company = await buildAssociation(t, region, { kind: "company" });
    const job = await buildJob(t, company.contact.session, company.organisationId);
    expect(job.posterKind).toBe("company");
  });

  it("keeps a draft to its poster: other staff get 404 and do not list it", async () => {
    const draft = await buildJob(t, assoc.contact.session, assoc.organisationId, { publish: false });
    expect(draft.status).toBe("draft");
    expect(draft.publishedAt).toBeNull();
    expect((await call(t, coach, "GET", `/api/jobs/${draft.id}`)).statusCode).toBe(404);
    expect((await call(t, otherAssoc.contact.session, "GET", `/api/jobs/${draft.id}`)).statusCode).toBe(404);
    const coachList = (await call(t, coach, "GET", "/api/jobs?limit=200")).json().data as Job[];
    expect(coachList.map((j) => j.id)).not.toContain(draft.id);
    const posterList = (await call(t, assoc.contact.session, "GET", "/api/jobs?status=draft")).json()
      .data as Job[];
    expect(posterList.map((j) => j.id)).toContain(draft.id);
    expect(posterList.every((j) => j.status === "draft")).toBe(true);
  });

  it("refuses posting for an organisation the caller is not the contact of", async () => {
    const before = await countJobs();
    const res = await call(
      t,
      assoc.contact.session,
      "POST",
      "/api/jobs",
      jobInput(otherAssoc.organisationId),
    );
    expect(res.statusCode).toBe(403);
    expect(res.json().errors[0].path).toBe("/organisationId");
    expect(await countJobs()).toBe(before);
  });
});

describe("validation", () => {
  const refused = async (overrides: Parameters<typeof jobInput>[1], lang = "en") => {
    const before = await countJobs();
    const res = await call(
      t,
      assoc.contact.session,
      "POST",
      "/api/jobs",
      jobInput(assoc.organisationId, overrides),
      { "accept-language": lang },
    );
    expect(res.statusCode, res.body).toBe(400);
    expect(res.headers["content-type"]).toContain("application/problem+json");
    expect(await countJobs()).toBe(before);
    return res.json() as { detail: string; errors: { path: string; message: string }[] };
  };

  it("refuses a window that ends before it starts, in the caller's language", async () => {
    const body = await refused({ startsOn: addDaysIso(today, 10), endsOn: addDaysIso(today, 9) }, "fi");
    expect(body.errors).toEqual([
      { path: "/endsOn", message: "Päättymispäivä ei voi olla ennen alkamispäivää." },
    ]);
    const sv = await refused({ startsOn: addDaysIso(today, 10), endsOn: addDaysIso(today, 9) }, "sv");
    expect(sv.detail).toBe("Slutdagen kan inte vara före startdagen.");
  });

  it("refuses a new job that starts in the past", async () => {
    const body = await refused({ startsOn: addDaysIso(today, -1), endsOn: addDaysIso(today, 3) });
    expect(body.errors[0]?.path).toBe("/startsOn");
  });

  it("refuses hourly pay under 1 €/h or over 500 €/h, and a lump sum over 5 000 €", async () => {
    expect((await refused({ payType: "hourly", payCents: 99 })).detail).toBe(
      "The hourly pay is too low: it must be at least 1 €/h.",
    );
    expect((await refused({ payType: "hourly", payCents: 50_001 })).detail).toContain("at most 500 €/h");
    expect((await refused({ payType: "lump_sum", payCents: 500_001 })).detail).toContain("5000 €");
    // At the limits it is fine.
    await buildJob(t, assoc.contact.session, assoc.organisationId, { payType: "hourly", payCents: 100 });
    await buildJob(t, assoc.contact.session, assoc.organisationId, { payType: "hourly", payCents: 50_000 });
  });

  it("refuses estimated minutes out of range and a window over a year", async () => {
    await refused({ estimatedMinutes: 10 });
    const long = await refused({ endsOn: addDaysIso(today, 400) });
    expect(long.errors[0]?.path).toBe("/endsOn");
  });

  it("keeps the job as it was when a change is refused", async () => {
    const job = await buildJob(t, assoc.contact.session, assoc.organisationId);
    const res = await call(t, assoc.contact.session, "PATCH", `/api/jobs/${job.id}`, {
      endsOn: addDaysIso(job.startsOn, -1),
      title: "Should not be saved",
      version: job.version,
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0].path).toBe("/endsOn");
    const after = (await call(t, assoc.contact.session, "GET", `/api/jobs/${job.id}`)).json().data as Job;
    expect(after).toMatchObject({ title: job.title, endsOn: job.endsOn, version: job.version });
  });
});

describe("PATCH, publish and cancel", () => {
  it("changes a job by version and refuses a stale version with 409", async () => {
    const job = await buildJob(t, assoc.contact.session, assoc.organisationId);
    const ok = await call(t, assoc.contact.session, "PATCH", `/api/jobs/${job.id}`, {
      title: "Lumityöt",
      category: "snow",
      places: 3,
      version: job.version,
    });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json().data).toMatchObject({ title: "Lumityöt", category: "snow", places: 3, version: 2 });
    const stale = await call(t, assoc.contact.session, "PATCH", `/api/jobs/${job.id}`, {
      title: "Stale",
      version: job.version,
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().detail).toContain("changed");
    expect(
      (await call(t, coach, "PATCH", `/api/jobs/${job.id}`, { title: "x", version: 2 })).statusCode,
    ).toBe(403);
    const other = await call(t, otherAssoc.contact.session, "PATCH", `/api/jobs/${job.id}`, {
      title: "x",
      version: 2,
    });
    expect(other.statusCode).toBe(403);
  });

  it("publishes a draft once, checking it again", async () => {
    const draft = await buildJob(t, assoc.contact.session, assoc.organisationId, { publish: false });
    const res = await call(t, assoc.contact.session, "POST", `/api/jobs/${draft.id}/publish`, {
      version: draft.version,
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().data.status).toBe("open");
    const again = await call(t, assoc.contact.session, "POST", `/api/jobs/${draft.id}/publish`, {
      version: res.json().data.version,
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().detail).toBe("Only a draft can be published.");
  });

  it("refuses publishing a draft whose start has passed", async () => {
    const draft = await buildJob(t, assoc.contact.session, assoc.organisationId, { publish: false });
    await t.db.ownerQuery("UPDATE jobs SET starts_on = $1 WHERE id = $2", [addDaysIso(today, -2), draft.id]);
    const res = await call(t, assoc.contact.session, "POST", `/api/jobs/${draft.id}/publish`, {
      version: draft.version,
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0].path).toBe("/startsOn");
    const after = (await call(t, assoc.contact.session, "GET", `/api/jobs/${draft.id}`)).json().data as Job;
    expect(after.status).toBe("draft");
  });

  it("cancels with a reason, tells the applicants, and cannot cancel twice", async () => {
    const job = await buildJob(t, assoc.contact.session, assoc.organisationId);
    const seeker = await buildSeeker(t, region, coach);
    await applyToJob(t, seeker, job.id);
    const res = await call(t, assoc.contact.session, "POST", `/api/jobs/${job.id}/cancel`, {
      reason: "Sade",
      version: job.version,
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().data).toMatchObject({ status: "cancelled", cancelReason: "Sade" });
    expect(res.json().can).toMatchObject({ cancel: false, edit: false });
    const notes = await t.db.ownerQuery<{ kind: string }>(
      "SELECT kind FROM notifications WHERE user_id = $1 AND subject_id = $2",
      [seeker.user.id, job.id],
    );
    expect(notes.map((n) => n.kind)).toEqual(["job_cancelled"]);
    const again = await call(t, assoc.contact.session, "POST", `/api/jobs/${job.id}/cancel`, {
      reason: "Again",
      version: res.json().data.version,
    });
    expect(again.statusCode).toBe(409);
    const edit = await call(t, assoc.contact.session, "PATCH", `/api/jobs/${job.id}`, {
      title: "x",
      version: res.json().data.version,
    });
    expect(edit.statusCode).toBe(409);
  });
});

describe("GET /api/jobs", () => {
  it("filters by status, organisation, village, category and window, and pages", async () => {
    const org = await buildAssociation(t, region);
    const s = org.contact.session;
    const a = await buildJob(t, s, org.organisationId, { village: "Alakylä", category: "forest" });
    const b = await buildJob(t, s, org.organisationId, {
      village: "Alakylä",
      category: "snow",
      startsOn: addDaysIso(today, 30),
      endsOn: addDaysIso(today, 31),
    });
    const c = await buildJob(t, s, org.organisationId, {
      village: "Keskikylä",
      category: "snow",
      publish: false,
    });
    const ids = async (session: Session, q: string) =>
      (
        (await call(t, session, "GET", `/api/jobs?organisationId=${org.organisationId}&${q}`)).json()
          .data as Job[]
      )
        .map((j) => j.id)
        .sort();
    expect(await ids(s, "")).toEqual([a.id, b.id, c.id].sort());
    expect(await ids(s, "village=alakylä")).toEqual([a.id, b.id].sort());
    expect(await ids(s, "category=snow")).toEqual([b.id, c.id].sort());
    expect(await ids(s, "status=open")).toEqual([a.id, b.id].sort());
    expect(await ids(s, `from=${addDaysIso(today, 20)}`)).toEqual([b.id]);
    expect(await ids(s, `to=${addDaysIso(today, 20)}`)).toEqual([a.id, c.id].sort());
    expect(await ids(manager, "")).toEqual([a.id, b.id].sort());
    const page = (await call(t, s, "GET", `/api/jobs?organisationId=${org.organisationId}&limit=2`)).json();
    expect(page.data).toHaveLength(2);
    expect(page.total).toBe(3);
    // Another association's contact lists only their own organisation's jobs.
    const theirs = (await call(t, otherAssoc.contact.session, "GET", "/api/jobs?limit=200")).json()
      .data as Job[];
    expect(theirs.every((j) => j.organisationId === otherAssoc.organisationId)).toBe(true);
  });
});

describe("another region", () => {
  it("answers 404 for a job of another region and never lists it", async () => {
    const job = await buildJob(t, assoc.contact.session, assoc.organisationId);
    const b = assocB.contact.session;
    expect((await call(t, b, "GET", `/api/jobs/${job.id}`)).statusCode).toBe(404);
    expect((await call(t, b, "PATCH", `/api/jobs/${job.id}`, { title: "x", version: 1 })).statusCode).toBe(
      404,
    );
    expect(
      (await call(t, b, "POST", `/api/jobs/${job.id}/cancel`, { reason: "x", version: 1 })).statusCode,
    ).toBe(404);
    expect((await call(t, b, "GET", `/api/jobs/${job.id}/applicants`)).statusCode).toBe(404);
    const list = (await call(t, b, "GET", "/api/jobs?limit=200")).json().data as Job[];
    expect(list.map((j) => j.id)).not.toContain(job.id);
    // Posting for region A's organisation from region B is refused and saves nothing.
    const before = await countJobs();
    expect((await call(t, b, "POST", "/api/jobs", jobInput(assoc.organisationId))).statusCode).toBe(404);
    expect(await countJobs()).toBe(before);
  });
});
