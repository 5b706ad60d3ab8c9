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
import { buildAssociation, buildSeeker, type TestAssociation } from "../../../test/small-jobs";
import { addDaysIso, todayIso } from "../../lib/dates";
import type { Job } from "./api-jobs";
import type { WorkNeed } from "./api-needs";

let t: TestApp;
let region: TestRegion;
let regionB: TestRegion;
let laavu: TestAssociation;
let other: TestAssociation;
let coach: Session;

const today = todayIso();
const needBody = (organisationId: string, overrides: Record<string, unknown> = {}) => ({
  organisationId,
  title: "Laavun polttopuut",
  description: "Puut tehdään ja kannetaan laavulle.",
  category: "forest",
  village: "Ylikylä",
  municipality: "Kuusijärvi",
  place: "Laavu järven rannalla",
  season: "autumn",
  effortHours: 20,
  beneficiaries: "Kaikki kyläläiset",
  ...overrides,
});
const createNeed = async (a: TestAssociation, overrides: Record<string, unknown> = {}) => {
  const res = await call(
    t,
    a.contact.session,
    "POST",
    "/api/work-needs",
    needBody(a.organisationId, overrides),
  );
  expect(res.statusCode, res.body).toBe(201);
  return res.json().data as WorkNeed;
};
const postBody = (overrides: Record<string, unknown> = {}) => ({
  startsOn: addDaysIso(today, 3),
  endsOn: addDaysIso(today, 10),
  estimatedMinutes: 480,
  payType: "lump_sum",
  payCents: 12000,
  places: 2,
  requirements: ["own_tools"],
  ...overrides,
});

beforeAll(async () => {
  t = await createTestApp();
  region = await buildRegion(t);
  regionB = await buildRegion(t);
  laavu = await buildAssociation(t, region);
  other = await buildAssociation(t, region);
  coach = await signIn(t, await buildUser(t, region, { role: "coach" }));
});
afterAll(() => t.close());

describe("work needs", () => {
  it("records a need; the association and the region's coaches see it, another association does not", async () => {
    const need = await createNeed(laavu);
    expect(need).toMatchObject({
      organisationId: laavu.organisationId,
      organisationName: laavu.organisationName,
      title: "Laavun polttopuut",
      season: "autumn",
      effortHours: 20,
      archived: false,
      jobCount: 0,
      version: 1,
    });
    const ids = async (s: Session, q = "") =>
      ((await call(t, s, "GET", `/api/work-needs${q}`)).json().data as WorkNeed[]).map((n) => n.id);
    expect(await ids(laavu.contact.session)).toContain(need.id);
    expect(await ids(coach, `?village=ylikylä&organisationId=${laavu.organisationId}`)).toContain(need.id);
    expect(await ids(coach, "?village=Alakylä")).not.toContain(need.id);
    expect(await ids(other.contact.session)).not.toContain(need.id);
    const assocB = await buildAssociation(t, regionB);
    expect(await ids(assocB.contact.session)).not.toContain(need.id);
    const seeker = await buildSeeker(t, region, coach);
    expect((await call(t, seeker.session, "GET", "/api/work-needs")).statusCode).toBe(403);
  });

  it("refuses a need for someone else's association", async () => {
    const res = await call(
      t,
      laavu.contact.session,
      "POST",
      "/api/work-needs",
      needBody(other.organisationId),
    );
    expect(res.statusCode).toBe(403);
    expect(res.json().errors[0].path).toBe("/organisationId");
    const assocB = await buildAssociation(t, regionB);
    const fromB = await call(
      t,
      assocB.contact.session,
      "POST",
      "/api/work-needs",
      needBody(laavu.organisationId),
    );
    expect(fromB.statusCode).toBe(404);
  });

  it("changes and archives a need by version; a stale version answers 409", async () => {
    const need = await createNeed(laavu);
    const res = await call(t, laavu.contact.session, "PATCH", `/api/work-needs/${need.id}`, {
      title: "Polttopuut ja risut",
      effortHours: null,
      version: need.version,
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().data).toMatchObject({ title: "Polttopuut ja risut", effortHours: null, version: 2 });
    const stale = await call(t, laavu.contact.session, "PATCH", `/api/work-needs/${need.id}`, {
      title: "Vanha",
      version: need.version,
    });
    expect(stale.statusCode).toBe(409);
    const archived = await call(t, laavu.contact.session, "PATCH", `/api/work-needs/${need.id}`, {
      archived: true,
      version: 2,
    });
    expect(archived.json().data.archived).toBe(true);
    const open = (await call(t, laavu.contact.session, "GET", "/api/work-needs")).json().data as WorkNeed[];
    expect(open.map((n) => n.id)).not.toContain(need.id);
    const arch = (await call(t, laavu.contact.session, "GET", "/api/work-needs?archived=true")).json()
      .data as WorkNeed[];
    expect(arch.map((n) => n.id)).toContain(need.id);
    // Another association: 404; a coach sees it but may not change it: 403.
    const body = { title: "x", version: 3 };
    expect(
      (await call(t, other.contact.session, "PATCH", `/api/work-needs/${need.id}`, body)).statusCode,
    ).toBe(404);
    expect((await call(t, coach, "PATCH", `/api/work-needs/${need.id}`, body)).statusCode).toBe(403);
  });

  it("posts a need as a job in one step", async () => {
    const need = await createNeed(laavu);
    const res = await call(t, laavu.contact.session, "POST", `/api/work-needs/${need.id}/post`, {
      ...postBody(),
      publish: true,
      address: "Laavuntie 2",
    });
    expect(res.statusCode, res.body).toBe(201);
    const job = res.json().data as Job;
    expect(job).toMatchObject({
      title: need.title,
      description: need.description,
      category: "forest",
      village: "Ylikylä",
      municipality: "Kuusijärvi",
      workNeedId: need.id,
      organisationId: laavu.organisationId,
      status: "open",
      payType: "lump_sum",
      payCents: 12000,
      estimatedGrossCents: 12000,
      places: 2,
      requirements: ["own_tools"],
      address: "Laavuntie 2",
    });
    const draft = await call(t, laavu.contact.session, "POST", `/api/work-needs/${need.id}/post`, {
      ...postBody(),
      title: "Risusavotta",
    });
    expect(draft.json().data).toMatchObject({ status: "draft", title: "Risusavotta" });
    const list = (await call(t, laavu.contact.session, "GET", "/api/work-needs")).json().data as WorkNeed[];
    expect(list.find((n) => n.id === need.id)?.jobCount).toBe(2);
  });

  it("refuses posting with a bad window, from an archived need, or for another association", async () => {
    const need = await createNeed(laavu);
    const before = await t.db.ownerQuery("SELECT id FROM jobs WHERE work_need_id = $1", [need.id]);
    const bad = await call(t, laavu.contact.session, "POST", `/api/work-needs/${need.id}/post`, {
      ...postBody({ startsOn: addDaysIso(today, 5), endsOn: addDaysIso(today, 4) }),
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].path).toBe("/endsOn");
    expect(
      (await call(t, other.contact.session, "POST", `/api/work-needs/${need.id}/post`, postBody()))
        .statusCode,
    ).toBe(404);
    await call(t, laavu.contact.session, "PATCH", `/api/work-needs/${need.id}`, {
      archived: true,
      version: 1,
    });
    const archived = await call(
      t,
      laavu.contact.session,
      "POST",
      `/api/work-needs/${need.id}/post`,
      postBody(),
    );
    expect(archived.statusCode).toBe(409);
    expect(await t.db.ownerQuery("SELECT id FROM jobs WHERE work_need_id = $1", [need.id])).toEqual(before);
  });
});
