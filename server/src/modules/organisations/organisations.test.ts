import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  buildRegion,
  buildUser,
  call,
  createTestApp,
  signIn,
  type TestApp,
  type TestRegion,
} from "../../../test/app";

let t: TestApp;
let region: TestRegion;

beforeAll(async () => {
  t = await createTestApp();
  region = await buildRegion(t);
});
afterAll(() => t.close());

describe("POST /api/organisations", () => {
  it("lets an administrator add an organisation and writes the audit trail", async () => {
    const s = await signIn(t, region.admin);
    const res = await call(t, s, "POST", "/api/organisations", {
      name: "Ylikylän kyläyhdistys ry",
      kind: "association",
    });
    expect(res.statusCode).toBe(201);
    const body = res.json();
    expect(body.data).toMatchObject({
      name: "Ylikylän kyläyhdistys ry",
      kind: "association",
      active: true,
      version: 1,
    });
    const audit = await call(t, s, "GET", "/api/audit?entity=organisations");
    expect(
      audit
        .json()
        .data.some(
          (e: { entityId: string; action: string; actorId: string }) =>
            e.entityId === body.data.id && e.action === "insert" && e.actorId === region.admin.id,
        ),
    ).toBe(true);
  });

  it("refuses a coach with 403", async () => {
    const coach = await buildUser(t, region, { role: "coach" });
    const s = await signIn(t, coach);
    const res = await call(t, s, "POST", "/api/organisations", { name: "X", kind: "association" });
    expect(res.statusCode).toBe(403);
    expect(res.headers["content-type"]).toContain("application/problem+json");
  });

  it("answers an unknown field with 400 in the caller's language", async () => {
    const s = await signIn(t, region.admin);
    const res = await call(
      t,
      s,
      "POST",
      "/api/organisations",
      { name: "Y", kind: "association", evil: 1 },
      { "accept-language": "fi" },
    );
    expect(res.statusCode).toBe(400);
    expect(res.json().detail).toMatch(/Tiedoissa on virheitä/);
    expect(res.json().errors[0].path).toBe("evil");
  });

  it("refuses a stale version with 409 and keeps the saved data", async () => {
    const s = await signIn(t, region.admin);
    const created = (
      await call(t, s, "POST", "/api/organisations", { name: "Versioned", kind: "parish" })
    ).json().data;
    const first = await call(t, s, "PATCH", `/api/organisations/${created.id}`, {
      name: "First",
      version: 1,
    });
    expect(first.statusCode).toBe(200);
    const second = await call(t, s, "PATCH", `/api/organisations/${created.id}`, {
      name: "Second",
      version: 1,
    });
    expect(second.statusCode).toBe(409);
    const now = (await call(t, s, "GET", `/api/organisations/${created.id}`)).json().data;
    expect(now.name).toBe("First");
  });
});
