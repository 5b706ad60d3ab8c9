import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildRegion, call, createTestApp, type TestApp, type TestRegion } from "../../../test/app";
import { buildAssociation, buildSeeker, type TestSeeker } from "../../../test/small-jobs";
import { insertJob } from "../../../test/small-jobs-match";
import type { SeekerProfile, SeekerProfileInput } from "./api-money";

// A seeker profile always holds its place (decision 024, "Decided while building"): saved without a
// village or municipality it takes the participant's own, and keeps it when the participant moves later;
// matching reads the profile's place alone. Migration 0013 filled the rows saved before.

let t: TestApp;
let region: TestRegion;
let organisationId: string;

const body = (overrides: Partial<SeekerProfileInput> = {}): SeekerProfileInput => ({
  active: true,
  has: [],
  categories: [],
  weekdays: [],
  village: null,
  municipality: null,
  receivesBenefit: true,
  adjustmentPeriod: "month",
  periodAnchor: null,
  version: 0,
  ...overrides,
});

const save = async (s: TestSeeker, overrides: Partial<SeekerProfileInput> = {}) => {
  const res = await call(
    t,
    s.coach,
    "PUT",
    `/api/participants/${s.participantId}/seeker-profile`,
    body(overrides),
  );
  expect(res.statusCode, res.body).toBe(200);
  return res.json().data as SeekerProfile;
};

const matchIds = async (s: TestSeeker, job: string) => {
  const res = await call(t, s.coach, "GET", `/api/jobs/${job}/matches?partial=true`);
  expect(res.statusCode, res.body).toBe(200);
  return (res.json().data as { participantId: string; village: string | null }[]).map((m) => m.participantId);
};

const job = (village: string, municipality: string) =>
  insertJob(t, { regionId: region.regionId, organisationId, village, municipality });

beforeAll(async () => {
  t = await createTestApp();
  region = await buildRegion(t);
  organisationId = (await buildAssociation(t, region)).organisationId;
});
afterAll(async () => t?.close());

describe("the seeker profile's place", () => {
  it("is the participant's own when saved without one, and stays when the participant moves", async () => {
    const s = await buildSeeker(t, region, undefined, { village: "Ylikylä" });
    const saved = await save(s, { village: "  ", municipality: null });
    expect(saved).toMatchObject({ village: "Ylikylä", municipality: "Kuusijärvi" });
    const before = await job("Ylikylä", "Kuusijärvi");
    expect(await matchIds(s, before)).toContain(s.participantId);

    await t.db.ownerQuery(
      "UPDATE participants SET village = 'Rantala', municipality = 'Muuala' WHERE id = $1",
      [s.participantId],
    );
    const again = await call(t, s.coach, "GET", `/api/participants/${s.participantId}/seeker-profile`);
    expect(again.json().data).toMatchObject({ village: "Ylikylä", municipality: "Kuusijärvi" });
    expect(await matchIds(s, before)).toContain(s.participantId);
    expect(await matchIds(s, await job("Rantala", "Muuala"))).not.toContain(s.participantId);
    // Saved again without a place, it takes the participant's new one.
    expect(await save(s, { version: saved.version })).toMatchObject({
      village: "Rantala",
      municipality: "Muuala",
    });
  });

  it("keeps what the profile names and fills only the part it leaves out", async () => {
    const s = await buildSeeker(t, region, undefined, { village: "Ylikylä" });
    expect(await save(s, { village: "Alakylä" })).toMatchObject({
      village: "Alakylä",
      municipality: "Kuusijärvi",
    });
    const other = await buildSeeker(t, region, undefined, { village: "Ylikylä" });
    expect(await save(other, { village: "Keskikylä", municipality: "Muuala" })).toMatchObject({
      village: "Keskikylä",
      municipality: "Muuala",
    });
  });

  it("was filled by migration 0013 for profiles saved before, from their participant", async () => {
    const s = await buildSeeker(t, region, undefined, { village: "Ylikylä" });
    const own = await buildSeeker(t, region, undefined, { village: "Ylikylä" });
    for (const [p, village, municipality] of [
      [s.participantId, null, null],
      [own.participantId, "Alakylä", null],
    ] as const)
      await t.db.ownerQuery(
        `INSERT INTO seeker_profiles (region_id, participant_id, village, municipality) VALUES ($1, $2, $3, $4)`,
        [region.regionId, p, village, municipality],
      );
    const sql = readFileSync(
      new URL("../../db/migrations/0013_seeker_profile_place.sql", import.meta.url),
      "utf8",
    );
    const update = sql.split("--> statement-breakpoint").find((part) => part.includes("UPDATE"));
    expect(update).toBeDefined();
    await t.db.ownerQuery(update as string);
    const rows = await t.db.ownerQuery<{ participant_id: string; village: string; municipality: string }>(
      "SELECT participant_id::text, village, municipality FROM seeker_profiles WHERE participant_id IN ($1::uuid, $2::uuid)",
      [s.participantId, own.participantId],
    );
    expect(rows.find((r) => r.participant_id === s.participantId)).toMatchObject({
      village: "Ylikylä",
      municipality: "Kuusijärvi",
    });
    expect(rows.find((r) => r.participant_id === own.participantId)).toMatchObject({
      village: "Alakylä",
      municipality: "Kuusijärvi",
    });
  });
});
