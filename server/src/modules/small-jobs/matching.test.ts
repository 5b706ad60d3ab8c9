import fc from "fast-check";
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
import { insertApplication, insertJob, insertProfile, insertWorker } from "../../../test/small-jobs-match";
import { addDaysIso, todayIso } from "../../lib/dates";
import { FIT_WEIGHTS, type FitFacts, fitOf, monthOf, weekdaysOf } from "./matching";

describe("fitOf", () => {
  const facts = fc.record({
    sameVillage: fc.boolean(),
    sameMunicipality: fc.boolean(),
    likesCategory: fc.boolean(),
    missingRequirements: fc.subarray(["driving_licence", "own_tools", "first_aid"]),
    weekdaysFree: fc.boolean(),
    busy: fc.boolean(),
    overCeiling: fc.boolean(),
  });

  it("scores the sum of the weights of its reasons, 0–100, and names every gap", () => {
    fc.assert(
      fc.property(facts, (f: FitFacts) => {
        const fit = fitOf(f);
        expect(fit.score).toBe(fit.reasons.reduce((s, r) => s + FIT_WEIGHTS[r], 0));
        expect(fit.score).toBeGreaterThanOrEqual(0);
        expect(fit.score).toBeLessThanOrEqual(100);
        expect(fit.reasons.includes("same_village") && fit.reasons.includes("same_municipality")).toBe(false);
        expect(fit.missing.includes("over_ceiling")).toBe(f.overCeiling);
        expect(fit.missing.includes("busy_in_window")).toBe(f.busy);
        for (const r of f.missingRequirements) expect(fit.missing).toContain(r);
      }),
    );
  });

  it("gives the whole 100 when everything holds", () => {
    expect(
      fitOf({
        sameVillage: true,
        sameMunicipality: true,
        likesCategory: true,
        missingRequirements: [],
        weekdaysFree: true,
        busy: false,
        overCeiling: false,
      }).score,
    ).toBe(100);
  });
});

describe("weekdaysOf and monthOf", () => {
  it("names the weekdays a window touches", () => {
    expect(weekdaysOf("2026-11-23", "2026-11-23")).toEqual([1]); // a Monday
    expect(weekdaysOf("2026-11-28", "2026-11-29")).toEqual([6, 7]);
    expect(weekdaysOf("2026-11-27", "2026-12-03")).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });
  it("gives a month's first and last day", () => {
    expect(monthOf("2028-02-10")).toEqual({ start: "2028-02-01", end: "2028-02-29" });
    expect(monthOf("2026-12-31")).toEqual({ start: "2026-12-01", end: "2026-12-31" });
  });
});

let t: TestApp;
let a: TestRegion;
let coach: Session;
let otherCoach: Session;
let assoc: Awaited<ReturnType<typeof buildAssociation>>;
let job: string;
const s: Record<string, TestSeeker> = {};
const today = todayIso();
const start = addDaysIso(today, 10);
const end = addDaysIso(today, 12);

interface Match {
  participantId: string;
  firstName: string;
  suitable: boolean;
  fit: { score: number; reasons: string[]; missing: string[] };
  application: string | null;
}

beforeAll(async () => {
  t = await createTestApp();
  a = await buildRegion(t);
  assoc = await buildAssociation(t, a);
  coach = await signIn(t, await buildUser(t, a, { role: "coach" }));
  const elsewhere = await buildAssociation(t, a);
  otherCoach = await signIn(
    t,
    await buildUser(t, a, { role: "coach", organisationId: elsewhere.organisationId }),
  );
  job = await insertJob(t, {
    regionId: a.regionId,
    organisationId: assoc.organisationId,
    title: "Saunan polttopuut",
    category: "forest",
    requirements: ["driving_licence"],
    startsOn: start,
    endsOn: end,
    payType: "lump_sum",
    payCents: 8000,
  });
  const seeker = async (key: string, options: Parameters<typeof buildSeeker>[3] = {}, by = coach) => {
    s[key] = await buildSeeker(t, a, by, { firstName: key, ...options });
    return s[key] as TestSeeker;
  };
  const profile = (key: string, o: Parameters<typeof insertProfile>[3] = {}) =>
    insertProfile(t, a.regionId, (s[key] as TestSeeker).participantId, { has: ["driving_licence"], ...o });

  await seeker("Aino");
  await profile("Aino", { categories: ["forest"] });
  await seeker("Bertta", { village: "Alakylä" });
  await profile("Bertta");
  await seeker("Cecilia", { consent: false });
  await profile("Cecilia");
  await seeker("Daniel");
  await profile("Daniel", { has: [] });
  await seeker("Eero");
  await profile("Eero", { monthlyCeilingCents: 10_000 });
  await seeker("Fanni");
  await profile("Fanni");
  await seeker("Greta", {}, otherCoach);
  await profile("Greta");
  await seeker("Hanna");
  await profile("Hanna");
  await seeker("Iida");
  await profile("Iida", { municipality: "Muuala" });
  await seeker("Jussi");
  await profile("Jussi", { active: false });
  await seeker("Kalle");
  // Kalle is free only on a weekday the job's window does not touch.
  const notInWindow = [1, 2, 3, 4, 5, 6, 7].find((d) => !weekdaysOf(start, end).includes(d)) ?? 1;
  await profile("Kalle", { weekdays: [notInWindow] });

  // Eero has earned 30 € this month of the job's end: with this job's 80 € he would pass his 100 €.
  const paidJob = await insertJob(t, {
    regionId: a.regionId,
    organisationId: assoc.organisationId,
    status: "paid",
    startsOn: monthOf(end).start,
    endsOn: monthOf(end).start,
  });
  await insertWorker(t, a.regionId, paidJob, (s.Eero as TestSeeker).participantId, {
    minutes: 120,
    grossCents: 3000,
    paidOn: end,
  });
  // Fanni is picked for another job the same days.
  const busyJob = await insertJob(t, {
    regionId: a.regionId,
    organisationId: assoc.organisationId,
    status: "filled",
    acceptedCount: 1,
    startsOn: addDaysIso(start, 1),
    endsOn: addDaysIso(end, 3),
  });
  await insertWorker(t, a.regionId, busyJob, (s.Fanni as TestSeeker).participantId);
  // Hanna has already applied.
  await insertApplication(t, a.regionId, job, (s.Hanna as TestSeeker).participantId, "applied");
});
afterAll(() => t.close());

const matches = async (query = "", who = coach) => {
  const res = await call(t, who, "GET", `/api/jobs/${job}/matches${query ? `?${query}` : ""}`);
  expect(res.statusCode, res.body).toBe(200);
  return (res.json() as { data: Match[] }).data;
};
const names = (list: Match[]) => list.map((m) => m.firstName);

describe("GET /api/jobs/:id/matches", () => {
  it("lists the suitable seekers the coach may see, best first, and marks those who applied last", async () => {
    const list = await matches();
    expect(names(list)).toEqual(["Aino", "Bertta", "Hanna"]);
    expect(list[0]?.fit.reasons).toEqual([
      "same_village",
      "likes_category",
      "has_requirements",
      "free_in_window",
      "under_ceiling",
    ]);
    expect(list[1]?.fit.reasons).toContain("same_municipality");
    expect(list[0]?.application).toBeNull();
    expect(list[2]?.application).toBe("applied");
  });

  it("with partial, adds those who lack a requirement, are busy, not free or over their ceiling, saying what is missing", async () => {
    const list = await matches("partial=true");
    const by = new Map(list.map((m) => [m.firstName, m]));
    expect(by.get("Daniel")?.fit.missing).toEqual(["driving_licence"]);
    expect(by.get("Daniel")?.suitable).toBe(false);
    expect(by.get("Eero")?.fit.missing).toEqual(["over_ceiling"]);
    expect(by.get("Fanni")?.fit.missing).toEqual(["busy_in_window"]);
    expect(by.get("Aino")?.suitable).toBe(true);
    // Never: no consent, not visible to this coach, another municipality, an inactive profile.
    for (const never of ["Cecilia", "Greta", "Iida", "Jussi"]) expect(by.has(never), never).toBe(false);
    // The suitable come first.
    const firstUnsuitable = list.findIndex((m) => !m.suitable && m.application === null);
    expect(list.slice(0, firstUnsuitable).every((m) => m.suitable)).toBe(true);
  });

  it("excludes a seeker not free on the window's weekdays unless partial", async () => {
    const kalle = (await matches("partial=true")).find((m) => m.firstName === "Kalle");
    expect(kalle?.fit.missing).toEqual(["weekdays_not_free"]);
    expect(kalle?.fit.reasons).not.toContain("free_in_window");
    expect(names(await matches())).not.toContain("Kalle");
  });

  it("shows another coach only the participants they may see", async () => {
    expect(names(await matches("partial=true", otherCoach))).toEqual(["Greta"]);
  });

  it("writes one access-log row per seeker listed, none for those not listed", async () => {
    const countFor = async (participantId: string) =>
      (
        await t.db.ownerQuery<{ n: number }>(
          "SELECT count(*)::int AS n FROM access_log WHERE route = 'GET /api/jobs/:id/matches' AND subject_id = $1",
          [participantId],
        )
      )[0]?.n ?? 0;
    const everyone = Object.values(s).map((x) => x.participantId);
    const before = new Map(await Promise.all(everyone.map(async (id) => [id, await countFor(id)] as const)));
    const listed = new Set((await matches()).map((m) => m.participantId));
    expect(listed.size).toBe(3);
    for (const id of everyone)
      expect(await countFor(id), id).toBe((before.get(id) ?? 0) + (listed.has(id) ? 1 : 0));
  });

  it("logs a list that found no one against the job", async () => {
    const lonely = await insertJob(t, {
      regionId: a.regionId,
      organisationId: assoc.organisationId,
      village: "Erämaa",
      municipality: "Kaukana",
    });
    const res = await call(t, coach, "GET", `/api/jobs/${lonely}/matches`);
    expect(res.statusCode).toBe(200);
    expect(res.json().data).toEqual([]);
    const rows = await t.db.ownerQuery<{ subject_type: string }>(
      "SELECT subject_type FROM access_log WHERE subject_id = $1",
      [lonely],
    );
    expect(rows.map((r) => r.subject_type)).toEqual(["job-matches"]);
  });

  it("refuses posters (association contacts) with 403, and answers 404 for drafts and 409 for closed jobs", async () => {
    expect((await call(t, assoc.contact.session, "GET", `/api/jobs/${job}/matches`)).statusCode).toBe(403);
    const draft = await insertJob(t, {
      regionId: a.regionId,
      organisationId: assoc.organisationId,
      status: "draft",
    });
    expect((await call(t, coach, "GET", `/api/jobs/${draft}/matches`)).statusCode).toBe(404);
    const done = await insertJob(t, {
      regionId: a.regionId,
      organisationId: assoc.organisationId,
      status: "done",
    });
    expect((await call(t, coach, "GET", `/api/jobs/${done}/matches`)).statusCode).toBe(409);
  });
});
