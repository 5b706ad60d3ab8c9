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
import { buildParticipant } from "../../../test/participants";
import { buildAssociation } from "../../../test/small-jobs";
import { insertApplication, insertJob, insertProfile, insertWorker } from "../../../test/small-jobs-match";
import { addDaysIso, todayIso } from "../../lib/dates";
import { weekdaysOf } from "./matching";

// matchQuery ranks the seekers in tiers (the job's village, the others who like its kind of work, the
// rest) and stops as soon as a page is full; the seekers' place may be their profile's or, without one,
// their participant record's. These tests hold its pages to the ranking of everyone at once: every page
// size, with and without `partial`, is the head of the whole list in fitOf's order.

interface Match {
  participantId: string;
  firstName: string;
  lastName: string;
  village: string | null;
  municipality: string | null;
  suitable: boolean;
  fit: { score: number; reasons: string[]; missing: string[] };
  application: string | null;
}

let t: TestApp;
let a: TestRegion;
let coach: Session;
let job: string;
const today = todayIso();
const start = addDaysIso(today, 10);
const end = addDaysIso(today, 11);
/** participantId → where the test put them, for the expected place. */
const expectedPlace = new Map<string, { village: string | null; municipality: string | null }>();
const near = new Set<string>();

beforeAll(async () => {
  t = await createTestApp();
  a = await buildRegion(t);
  const assoc = await buildAssociation(t, a);
  coach = await signIn(t, await buildUser(t, a, { role: "coach" }));
  job = await insertJob(t, {
    regionId: a.regionId,
    organisationId: assoc.organisationId,
    category: "forest",
    village: "Ylikylä",
    municipality: "Kuusijärvi",
    requirements: ["driving_licence"],
    startsOn: start,
    endsOn: end,
    payType: "lump_sum",
    payCents: 5000,
  });
  const notInWindow = [1, 2, 3, 4, 5, 6, 7].find((d) => !weekdaysOf(start, end).includes(d)) ?? 1;
  // A mix of places: the profile's own (the village in another case, too), none (the participant's),
  // another village, another municipality; liked kinds, requirements, weekdays, a busy window, an
  // application. Same first names in pairs, so that the last name and the id break ties.
  const places: { profile: [string | null, string | null]; person: [string, string] }[] = [
    { profile: ["Ylikylä", "Kuusijärvi"], person: ["Alakylä", "Muuala"] },
    { profile: ["YLIKYLÄ", "Kuusijärvi"], person: ["Alakylä", "Kuusijärvi"] },
    { profile: [null, null], person: ["Ylikylä", "Kuusijärvi"] },
    { profile: [null, null], person: ["Alakylä", "Kuusijärvi"] },
    { profile: [null, null], person: ["Ylikylä", "Muuala"] },
    { profile: ["Alakylä", "Kuusijärvi"], person: ["Ylikylä", "Kuusijärvi"] },
    { profile: ["Ylikylä", "Muuala"], person: ["Ylikylä", "Kuusijärvi"] },
  ];
  const busyJob = await insertJob(t, {
    regionId: a.regionId,
    organisationId: assoc.organisationId,
    status: "filled",
    acceptedCount: 1,
    startsOn: start,
    endsOn: end,
  });
  for (let i = 0; i < 28; i++) {
    const place = places[i % places.length] as (typeof places)[number];
    const created = await buildParticipant(t, coach, {
      firstName: `Hakija${Math.floor(i / 2)}`,
      lastName: `Suku${i % 3}`,
      village: place.person[0],
      municipality: place.person[1],
    });
    const id = created.data.id;
    const res = await call(t, coach, "POST", `/api/participants/${id}/consents`, {
      purpose: "contact",
      givenOn: today,
      method: "in_person",
    });
    expect(res.statusCode, res.body).toBe(201);
    await insertProfile(t, a.regionId, id, {
      village: place.profile[0],
      municipality: place.profile[1],
      has: i % 4 === 3 ? [] : ["driving_licence"],
      categories: i % 3 === 0 ? ["forest"] : i % 3 === 1 ? ["yard"] : [],
      weekdays: i % 5 === 4 ? [notInWindow] : [],
    });
    if (i % 9 === 2) await insertWorker(t, a.regionId, busyJob, id);
    if (i % 7 === 5) await insertApplication(t, a.regionId, job, id, "applied");
    const municipality = place.profile[1] ?? place.person[1];
    expectedPlace.set(id, { village: place.profile[0] ?? place.person[0], municipality });
    if (municipality === "Kuusijärvi") near.add(id);
  }
});
afterAll(() => t.close());

const matches = async (query: string) => {
  const res = await call(t, coach, "GET", `/api/jobs/${job}/matches?${query}`);
  expect(res.statusCode, res.body).toBe(200);
  return (res.json() as { data: Match[] }).data;
};

/** fitOf's order of matchQuery: applied last, suitable first, by score, then by name and id. */
const inOrder = (list: Match[]) =>
  [...list].sort(
    (x, y) =>
      Number(x.application !== null) - Number(y.application !== null) ||
      Number(y.suitable) - Number(x.suitable) ||
      y.fit.score - x.fit.score ||
      (x.firstName < y.firstName ? -1 : x.firstName > y.firstName ? 1 : 0) ||
      (x.lastName < y.lastName ? -1 : x.lastName > y.lastName ? 1 : 0) ||
      (x.participantId < y.participantId ? -1 : 1),
  );

describe("matching in tiers", () => {
  it("lists everyone near the job, with the profile's place or else the participant's, in fitOf's order", async () => {
    const all = await matches("partial=true&limit=50");
    expect(new Set(all.map((m) => m.participantId))).toEqual(near);
    for (const m of all)
      expect({ village: m.village, municipality: m.municipality }).toEqual(
        expectedPlace.get(m.participantId),
      );
    expect(all.map((m) => m.participantId)).toEqual(inOrder(all).map((m) => m.participantId));
    // The village counts whatever its case, and from the participant where the profile names none.
    const villagers = all.filter((m) => m.fit.reasons.includes("same_village"));
    expect(villagers.length).toBeGreaterThanOrEqual(3);
    for (const m of villagers) expect(m.village?.toLowerCase()).toBe("ylikylä");
    // The mix reaches every tier and every gap.
    expect(
      all.some(
        (m) =>
          m.suitable && !m.fit.reasons.includes("same_village") && m.fit.reasons.includes("likes_category"),
      ),
    ).toBe(true);
    expect(
      all.some(
        (m) =>
          m.suitable && !m.fit.reasons.includes("same_village") && !m.fit.reasons.includes("likes_category"),
      ),
    ).toBe(true);
    for (const gap of ["driving_licence", "busy_in_window", "weekdays_not_free"])
      expect(all.some((m) => m.fit.missing.includes(gap))).toBe(true);
    expect(all.some((m) => m.application === "applied")).toBe(true);
  });

  it("gives every page size the head of the whole list, with and without partial", async () => {
    const all = await matches("partial=true&limit=50");
    const suitableOrApplied = all.filter((m) => m.suitable || m.application !== null);
    for (let limit = 1; limit <= all.length + 1; limit++) {
      expect(
        (await matches(`partial=true&limit=${limit}`)).map((m) => m.participantId),
        `partial ${limit}`,
      ).toEqual(all.slice(0, limit).map((m) => m.participantId));
      const page = await matches(`limit=${limit}`);
      expect(
        page.map((m) => m.participantId),
        `limit ${limit}`,
      ).toEqual(suitableOrApplied.slice(0, limit).map((m) => m.participantId));
      expect(page).toEqual(all.filter((m) => page.some((p) => p.participantId === m.participantId)));
    }
  });
});
