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
import { inRegion } from "../../db/client";
import { getProject } from "./service";

let t: TestApp;
let region: TestRegion;
let admin: Session;
let coach: Session;
let manager: Session;
let managerOrgId: string;
let otherAdmin: Session;

beforeAll(async () => {
  t = await createTestApp();
  region = await buildRegion(t);
  admin = await signIn(t, region.admin);
  coach = await signIn(t, await buildUser(t, region, { role: "coach" }));
  managerOrgId = (await buildOrganisation(t, region, { name: "Vauhdittamo" })).id;
  manager = await signIn(
    t,
    await buildUser(t, region, { role: "project_manager", organisationId: managerOrgId }),
  );
  otherAdmin = await signIn(t, (await buildRegion(t)).admin);
});
afterAll(async () => t?.close());

const project = (over: Record<string, unknown> = {}) => ({
  name: `Kohti työtä ${Math.random().toString(36).slice(2, 8)}`,
  code: "S30123",
  programmePeriod: "2021-2027",
  organisationId: region.organisationId,
  startsOn: "2024-01-01",
  endsOn: "2026-12-31",
  ...over,
});

describe("projects", () => {
  it("lets an administrator add a project that staff then see with the organisation's name", async () => {
    const body = project();
    const res = await call(t, admin, "POST", "/api/projects", body);
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toEqual({
      data: {
        id: expect.any(String),
        name: body.name,
        code: "S30123",
        programmePeriod: "2021-2027",
        organisationId: region.organisationId,
        organisationName: expect.stringMatching(/^City /),
        startsOn: "2024-01-01",
        endsOn: "2026-12-31",
        version: 1,
      },
      can: { edit: true },
    });
    const listed = await call(t, coach, "GET", "/api/projects");
    expect(listed.statusCode).toBe(200);
    expect(listed.json().can).toEqual({ create: false });
    expect(listed.json().data.map((p: { name: string }) => p.name)).toContain(body.name);
    const one = await call(t, coach, "GET", `/api/projects/${res.json().data.id}`);
    expect(one.json().can).toEqual({ edit: false });
    const fromService = await inRegion(t.db.database.app, { regionId: region.regionId, userId: null }, (tx) =>
      getProject(tx, res.json().data.id),
    );
    expect(fromService.name).toBe(body.name);
  });

  it("lets a project manager add projects for their own organisation only", async () => {
    const own = await call(t, manager, "POST", "/api/projects", project({ organisationId: managerOrgId }));
    expect(own.statusCode, own.body).toBe(201);
    const foreign = await call(t, manager, "POST", "/api/projects", project());
    expect(foreign.statusCode).toBe(403);
    expect(foreign.json().errors[0].path).toBe("/organisationId");
    expect((await call(t, manager, "GET", "/api/projects")).json().can).toEqual({ create: true });
    expect((await call(t, coach, "POST", "/api/projects", project())).statusCode).toBe(403);
  });

  it("refuses a duplicate name, an end before the start and an unknown organisation", async () => {
    const body = project();
    expect((await call(t, admin, "POST", "/api/projects", body)).statusCode).toBe(201);
    const dup = await call(t, admin, "POST", "/api/projects", { ...body, name: body.name.toUpperCase() });
    expect(dup.statusCode).toBe(409);
    expect(dup.json().errors[0].path).toBe("/name");
    const backwards = await call(t, admin, "POST", "/api/projects", project({ endsOn: "2023-12-31" }));
    expect(backwards.statusCode).toBe(400);
    expect(backwards.json().errors[0].path).toBe("/endsOn");
    const unknown = await call(
      t,
      admin,
      "POST",
      "/api/projects",
      project({ organisationId: "00000000-0000-4000-8000-000000000000" }),
    );
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().errors[0].path).toBe("/organisationId");
  });

  it("refuses a stale change with 409, and hides projects from another region", async () => {
    const created = (await call(t, admin, "POST", "/api/projects", project())).json().data;
    const url = `/api/projects/${created.id}`;
    const first = await call(t, admin, "PATCH", url, { endsOn: "2027-06-30", version: created.version });
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json().data).toMatchObject({ endsOn: "2027-06-30", version: 2 });
    const stale = await call(t, admin, "PATCH", url, { code: null, version: created.version });
    expect(stale.statusCode).toBe(409);
    expect((await call(t, manager, "PATCH", url, { code: null, version: 2 })).statusCode).toBe(403);
    expect((await call(t, otherAdmin, "GET", url)).statusCode).toBe(404);
    expect((await call(t, otherAdmin, "GET", "/api/projects")).json().data).toEqual([]);
  });
});
