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
import { buildAssociation, buildSeeker, type TestSeeker } from "../../../test/small-jobs";
import { insertJob, insertProfile, insertWorker } from "../../../test/small-jobs-match";
import { addDaysIso, todayIso } from "../../lib/dates";
import { weekdaysOf } from "./matching";

let t: TestApp;
let a: TestRegion;
let b: TestRegion;
let seeker: TestSeeker;
let noConsent: TestSeeker;
let coach: Session;
const ids: Record<string, string> = {};
const today = todayIso();

interface Item {
  id: string;
  title: string;
  fit: { score: number; reasons: string[]; missing: string[] };
  estimate: { grossCents: number; benefitEffectCents: number };
  myApplication: string | null;
  estimatedGrossCents: number;
}

beforeAll(async () => {
  t = await createTestApp();
  a = await buildRegion(t);
  b = await buildRegion(t);
  const assoc = await buildAssociation(t, a);
  const assocB = await buildAssociation(t, b);
  coach = await signIn(t, await buildUser(t, a, { role: "coach" }));
  seeker = await buildSeeker(t, a, coach, { village: "Ylikylä" });
  noConsent = await buildSeeker(t, a, coach, { consent: false });
  const o = { regionId: a.regionId, organisationId: assoc.organisationId };
  ids.village = await insertJob(t, { ...o, title: "Kylätalon piha", startsOn: addDaysIso(today, 3) });
  ids.municipality = await insertJob(t, {
    ...o,
    title: "Lumityöt Alakylässä",
    village: "Alakylä",
    category: "snow",
    requirements: ["driving_licence"],
    startsOn: addDaysIso(today, 2),
  });
  ids.elsewhere = await insertJob(t, { ...o, title: "Muualla", village: "Kaukola", municipality: "Muuala" });
  ids.draft = await insertJob(t, { ...o, title: "Luonnos", status: "draft" });
  ids.past = await insertJob(t, {
    ...o,
    title: "Mennyt",
    startsOn: addDaysIso(today, -10),
    endsOn: addDaysIso(today, -5),
  });
  ids.filled = await insertJob(t, { ...o, title: "Täytetty", status: "filled", acceptedCount: 1 });
  ids.later = await insertJob(t, {
    ...o,
    title: "Myöhemmin",
    startsOn: addDaysIso(today, 40),
    endsOn: addDaysIso(today, 41),
  });
  ids.regionB = await insertJob(t, {
    regionId: b.regionId,
    organisationId: assocB.organisationId,
    title: "B",
  });
});
afterAll(() => t.close());

const list = async (query = "", who: TestSeeker = seeker) => {
  const res = await call(t, who.session, "GET", `/api/me/jobs${query ? `?${query}` : ""}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as { data: Item[]; next: string | null; place: Record<string, unknown> };
};
const titles = (items: Item[]) => items.map((i) => i.title);

describe("GET /api/me/jobs", () => {
  it("lists the open jobs of the seeker's municipality, their village first, never drafts, closed, past or other regions' jobs", async () => {
    const { data, place } = await list();
    expect(titles(data)).toEqual(["Kylätalon piha", "Myöhemmin", "Lumityöt Alakylässä"]);
    expect(place).toEqual({ village: "Ylikylä", municipality: "Kuusijärvi", scope: "near" });
    const first = data[0] as Item;
    expect(first.fit.reasons).toContain("same_village");
    expect(data[2]?.fit.reasons).toContain("same_municipality");
    expect(data[2]?.fit.missing).toEqual(["driving_licence"]);
    expect(first.fit.score).toBeGreaterThan(data[2]?.fit.score ?? 100);
  });

  it("never shows the address, and carries the estimate for each job", async () => {
    const { data } = await list();
    for (const item of data) {
      expect(item).not.toHaveProperty("address");
      expect(item.estimate.grossCents).toBe(item.estimatedGrossCents);
    }
    expect(data[0]?.estimatedGrossCents).toBe(6000);
  });

  it("widens to the whole region with scope=all, the near ones first", async () => {
    const { data } = await list("scope=all");
    expect(titles(data)).toEqual(["Kylätalon piha", "Myöhemmin", "Lumityöt Alakylässä", "Muualla"]);
  });

  it("filters by category, village, municipality and date window", async () => {
    expect(titles((await list("category=snow")).data)).toEqual(["Lumityöt Alakylässä"]);
    expect(titles((await list("village=Alakylä")).data)).toEqual(["Lumityöt Alakylässä"]);
    expect(titles((await list("municipality=Muuala")).data)).toEqual(["Muualla"]);
    expect(titles((await list(`from=${addDaysIso(today, 30)}`)).data)).toEqual(["Myöhemmin"]);
    expect(titles((await list(`to=${addDaysIso(today, 2)}`)).data)).toEqual(["Lumityöt Alakylässä"]);
    const res = await call(
      t,
      seeker.session,
      "GET",
      `/api/me/jobs?from=${today}&to=${addDaysIso(today, -1)}`,
    );
    expect(res.statusCode).toBe(400);
  });

  it("ranks by the seeker profile: liked kinds and what they have", async () => {
    const other = await buildSeeker(t, a, coach, { village: "Alakylä" });
    await insertProfile(t, a.regionId, other.participantId, {
      has: ["driving_licence"],
      categories: ["snow"],
      village: "Alakylä",
      municipality: "Kuusijärvi",
    });
    const { data } = await list("", other);
    expect(data[0]?.title).toBe("Lumityöt Alakylässä");
    expect(data[0]?.fit.reasons).toEqual([
      "same_village",
      "likes_category",
      "has_requirements",
      "free_in_window",
      "under_ceiling",
    ]);
    expect(data[0]?.fit.score).toBe(100);
  });

  it("says when the seeker is not free on any day of a job's window, or is busy then", async () => {
    const other = await buildSeeker(t, a, coach);
    const start = addDaysIso(today, 3);
    const touched = weekdaysOf(start, start);
    await insertProfile(t, a.regionId, other.participantId, {
      weekdays: [1, 2, 3, 4, 5, 6, 7].filter((d) => !touched.includes(d)),
    });
    const assoc = await buildAssociation(t, a);
    const busyJob = await insertJob(t, {
      regionId: a.regionId,
      organisationId: assoc.organisationId,
      status: "filled",
      acceptedCount: 1,
      startsOn: addDaysIso(today, 40),
      endsOn: addDaysIso(today, 41),
    });
    await insertWorker(t, a.regionId, busyJob, other.participantId);
    const { data } = await list("", other);
    const byTitle = new Map(data.map((d) => [d.title, d]));
    // "Kylätalon piha" runs today+3 … today+9 (a whole week): some free day is always in it.
    expect(byTitle.get("Kylätalon piha")?.fit.reasons).toContain("free_in_window");
    expect(byTitle.get("Myöhemmin")?.fit.missing).toEqual(["busy_in_window"]);
    const oneDay = await insertJob(t, {
      regionId: a.regionId,
      organisationId: assoc.organisationId,
      title: "Yksi päivä",
      village: "Alakylä",
      startsOn: start,
      endsOn: start,
    });
    const single = (await list("", other)).data.find((d) => d.id === oneDay);
    expect(single?.fit.missing).toEqual(["weekdays_not_free"]);
  });

  it("pages with a cursor, without repeating or skipping a job", async () => {
    const first = await list("limit=2");
    expect(first.data).toHaveLength(2);
    expect(first.next).not.toBeNull();
    const second = await list(`limit=2&cursor=${first.next}`);
    expect(titles([...first.data, ...second.data])).toEqual(titles((await list()).data));
    expect(second.next).toBeNull();
    const bad = await call(t, seeker.session, "GET", "/api/me/jobs?cursor=nonsense");
    expect(bad.statusCode).toBe(400);
  });

  it("refuses a participant without the contact consent with 403 and says how to give it", async () => {
    const res = await call(t, noConsent.session, "GET", "/api/me/jobs", undefined, {
      "accept-language": "fi",
    });
    expect(res.statusCode).toBe(403);
    expect(res.json().type).toContain("smallJobs.contactConsentNeeded");
    expect(res.json().detail).toContain("valmentajasi");
  });

  it("writes the seeker's own read to the access log", async () => {
    await list();
    const rows = await t.db.ownerQuery<{ n: number }>(
      "SELECT count(*)::int AS n FROM access_log WHERE subject_id = $1 AND route = 'GET /api/me/jobs'",
      [seeker.participantId],
    );
    expect(rows[0]?.n).toBeGreaterThan(0);
  });
});

describe("GET /api/me/jobs/:id", () => {
  it("shows an open job without its address", async () => {
    const res = await call(t, seeker.session, "GET", `/api/me/jobs/${ids.village}`);
    expect(res.statusCode, res.body).toBe(200);
    const d = res.json().data;
    expect(d.address).toBeNull();
    expect(d.application).toBeNull();
    expect(d.worker).toBeNull();
    expect(d.estimate.grossCents).toBe(6000);
  });

  it("answers 404 for drafts, other regions' jobs and closed jobs the seeker had no part in", async () => {
    for (const id of [ids.draft, ids.regionB, ids.filled]) {
      const res = await call(t, seeker.session, "GET", `/api/me/jobs/${id}`);
      expect(res.statusCode, `${id}`).toBe(404);
    }
  });

  it("shows the address, hours and pay to a picked worker", async () => {
    const worker = await buildSeeker(t, a, coach);
    const assoc = await buildAssociation(t, a);
    const job = await insertJob(t, {
      regionId: a.regionId,
      organisationId: assoc.organisationId,
      status: "done",
      address: "Rantatie 5",
      acceptedCount: 1,
    });
    await insertWorker(t, a.regionId, job, worker.participantId, { minutes: 180, grossCents: 4500 });
    const res = await call(t, worker.session, "GET", `/api/me/jobs/${job}`);
    expect(res.statusCode, res.body).toBe(200);
    const d = res.json().data;
    expect(d.address).toBe("Rantatie 5");
    expect(d.myApplication).toBe("accepted");
    expect(d.worker).toMatchObject({ workerMinutes: 180, grossCents: 4500, paidOn: null });
    // Someone else still gets 404 for the same (closed) job.
    expect((await call(t, seeker.session, "GET", `/api/me/jobs/${job}`)).statusCode).toBe(404);
  });
});

describe("GET /api/participants/:id/job-matches", () => {
  it("gives the coach the seeker's best jobs and logs the read", async () => {
    const res = await call(t, coach, "GET", `/api/participants/${seeker.participantId}/job-matches`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().contactConsent).toBe(true);
    expect(titles(res.json().data)[0]).toBe("Kylätalon piha");
    const rows = await t.db.ownerQuery<{ n: number }>(
      "SELECT count(*)::int AS n FROM access_log WHERE subject_id = $1 AND route = 'GET /api/participants/:id/job-matches'",
      [seeker.participantId],
    );
    expect(rows[0]?.n).toBe(1);
  });

  it("answers 404 to a coach who may not see the participant", async () => {
    const other = await buildUser(t, a, {
      role: "coach",
      organisationId: (await buildAssociation(t, a)).organisationId,
    });
    const res = await call(
      t,
      await signIn(t, other),
      "GET",
      `/api/participants/${seeker.participantId}/job-matches`,
    );
    expect(res.statusCode).toBe(404);
  });
});
