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
import { buildSeeker, type TestSeeker } from "../../../test/small-jobs";
import type { SeekerProfile, SeekerProfileInput } from "./api-money";

let t: TestApp;
let region: TestRegion;
let seeker: TestSeeker;
let otherCoach: Session;
let projectManager: Session;

const body = (overrides: Partial<SeekerProfileInput> = {}): SeekerProfileInput => ({
  active: true,
  has: ["driving_licence"],
  categories: ["yard", "snow"],
  weekdays: [6, 1, 3],
  village: "Alakylä",
  municipality: "Kuusijärvi",
  receivesBenefit: true,
  adjustmentPeriod: "month",
  periodAnchor: null,
  version: 0,
  ...overrides,
});

beforeAll(async () => {
  t = await createTestApp();
  region = await buildRegion(t);
  seeker = await buildSeeker(t, region, undefined, { village: "Ylikylä" });
  const otherOrg = (
    await call(t, await signIn(t, region.admin), "POST", "/api/organisations", {
      name: "Toinen yhdistys",
      kind: "association",
    })
  ).json().data.id as string;
  otherCoach = await signIn(t, await buildUser(t, region, { role: "coach", organisationId: otherOrg }));
  projectManager = await signIn(t, await buildUser(t, region, { role: "project_manager" }));
});
afterAll(async () => t?.close());

const accessRows = (participantId: string) =>
  t.db.ownerQuery<{ route: string; purpose: string }>(
    "SELECT route, purpose FROM access_log WHERE subject_id = $1 ORDER BY id",
    [participantId],
  );

describe("seeker profile", () => {
  it("answers the defaults, with the participant's own village, before anything is saved", async () => {
    const res = await call(t, seeker.session, "GET", "/api/me/seeker-profile");
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().data).toMatchObject({
      participantId: seeker.participantId,
      saved: false,
      version: 0,
      village: "Ylikylä",
      adjustmentPeriod: "month",
      receivesBenefit: true,
      monthlyCeilingCents: null,
    });
    expect(res.json().can).toEqual({ edit: true, setCeiling: false });
  });

  it("lets the participant save it, but not the ceiling; the coach sets the ceiling, and a later save keeps it", async () => {
    const own = await call(
      t,
      seeker.session,
      "PUT",
      "/api/me/seeker-profile",
      body({ monthlyCeilingCents: 99_900 }),
    );
    expect(own.statusCode, own.body).toBe(200);
    const saved = own.json().data as SeekerProfile;
    expect(saved).toMatchObject({ saved: true, version: 1, village: "Alakylä", monthlyCeilingCents: null });
    expect(saved.weekdays).toEqual([1, 3, 6]);

    const byCoach = await call(
      t,
      seeker.coach,
      "PUT",
      `/api/participants/${seeker.participantId}/seeker-profile`,
      body({ monthlyCeilingCents: 50_000, version: saved.version }),
    );
    expect(byCoach.statusCode, byCoach.body).toBe(200);
    expect(byCoach.json().data).toMatchObject({ monthlyCeilingCents: 50_000, version: 2 });

    const again = await call(
      t,
      seeker.session,
      "PUT",
      "/api/me/seeker-profile",
      body({ monthlyCeilingCents: null, categories: ["forest"], version: 2 }),
    );
    expect(again.statusCode, again.body).toBe(200);
    expect(again.json().data).toMatchObject({
      monthlyCeilingCents: 50_000,
      categories: ["forest"],
      version: 3,
    });

    const stale = await call(t, seeker.session, "PUT", "/api/me/seeker-profile", body({ version: 2 }));
    expect(stale.statusCode).toBe(409);
  });

  it("needs the anchor day for 4-week periods", async () => {
    const res = await call(
      t,
      seeker.session,
      "PUT",
      "/api/me/seeker-profile",
      body({ adjustmentPeriod: "four_weeks", periodAnchor: null, version: 3 }),
    );
    expect(res.statusCode, res.body).toBe(400);
    expect(res.json().errors[0].path).toBe("/periodAnchor");
    const ok = await call(
      t,
      seeker.session,
      "PUT",
      "/api/me/seeker-profile",
      body({ adjustmentPeriod: "four_weeks", periodAnchor: "2024-03-25", version: 3 }),
    );
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json().data).toMatchObject({ adjustmentPeriod: "four_weeks", periodAnchor: "2024-03-25" });
  });

  it("refuses a bad weekday or requirement by schema", async () => {
    for (const bad of [{ weekdays: [0] }, { has: ["jetpack"] }]) {
      const res = await call(t, seeker.session, "PUT", "/api/me/seeker-profile", { ...body(), ...bad });
      expect(res.statusCode, JSON.stringify(bad)).toBe(400);
    }
  });

  it("shows staff who may see the participant the profile and logs it; others get 404, and only coaches write", async () => {
    const url = `/api/participants/${seeker.participantId}/seeker-profile`;
    const before = (await accessRows(seeker.participantId)).length;
    const pm = await call(t, projectManager, "GET", url);
    expect(pm.statusCode, pm.body).toBe(200);
    expect(pm.json().can).toEqual({ edit: false, setCeiling: false });
    expect(pm.json().data.monthlyCeilingCents).toBe(50_000);
    const rows = await accessRows(seeker.participantId);
    expect(rows.length).toBe(before + 1);
    expect(rows.at(-1)).toEqual({
      route: "GET /api/participants/:id/seeker-profile",
      purpose: "seeker profile",
    });

    expect((await call(t, otherCoach, "GET", url)).statusCode).toBe(404);
    expect((await call(t, otherCoach, "PUT", url, body({ version: 4 }))).statusCode).toBe(404);
    expect((await call(t, projectManager, "PUT", url, body({ version: 4 }))).statusCode).toBe(403);
  });
});
