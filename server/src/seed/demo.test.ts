import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { call, createTestApp, signIn, type TestApp } from "../../test/app";
import { countRegions, regionByCode } from "../modules/regions/service";
import { DEMO_PASSWORD, DEMO_REGION, DEMO_USERS, seedDemo } from "./demo";
import { seedDemoPathways } from "./pathways";

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
  await seedDemo(t.db.database, t.config);
  await seedDemoPathways(t.app, t.db.database, t.config);
});
afterAll(() => t.close());

describe("seedDemoPathways", () => {
  it("gives the coaches living caseloads: stages, a broken statutory limit, no recent contact, a follow-up due", async () => {
    const coach = await signIn(t, { email: "coach@polku.example", password: DEMO_PASSWORD });
    const caseload = await call(t, coach, "GET", "/api/caseload");
    expect(caseload.statusCode).toBe(200);
    const rows = caseload.json().data as { firstName: string; flags: string[] }[];
    expect(rows.length).toBeGreaterThanOrEqual(4);
    const flagsOf = (name: string) => rows.find((r) => r.firstName === name)?.flags ?? [];
    expect(flagsOf("Jari")).toContain("statutory_limit");
    expect(flagsOf("Kaisa")).toContain("no_contact_30_days");
    const coach2 = await signIn(t, { email: "coach2@polku.example", password: DEMO_PASSWORD });
    const rows2 = (await call(t, coach2, "GET", "/api/caseload")).json().data as {
      firstName: string;
      flags: string[];
    }[];
    expect(rows2.find((r) => r.firstName === "Marko")?.flags).toContain("follow_up_due");
  });

  it("lets the demo participant sign in and see their own plan and the coach's shared notes", async () => {
    const ville = await signIn(t, { email: "participant@polku.example", password: DEMO_PASSWORD });
    const me = await call(t, ville, "GET", "/api/me/pathway");
    expect(me.statusCode, me.body).toBe(200);
    expect(me.body).toContain("Työkokeilu puuverstaalla");
    expect(me.body).toContain("Työkokeilu alkanut hyvin");
    expect(me.body).not.toContain("Tavattiin kylätalon kahvilassa");
  });
});

describe("seedDemo", () => {
  it("creates the demo region with 6 organisations", async () => {
    expect(await countRegions(t.db.database)).toBe(1);
    const region = await regionByCode(t.db.database, DEMO_REGION.code);
    expect(region?.name).toBe(DEMO_REGION.name);
    const orgs = await t.db.ownerQuery<{ name: string; active: boolean }>(
      "SELECT name, active FROM organisations WHERE region_id = $1",
      [region?.id],
    );
    expect(orgs).toHaveLength(6);
    expect(orgs.every((o) => o.active)).toBe(true);
  });

  it("creates 8 active users, each of whom can sign in with DEMO_PASSWORD and holds the intended role", async () => {
    const rows = await t.db.ownerQuery<{ email: string; status: string }>("SELECT email, status FROM users");
    expect(rows).toHaveLength(8);
    expect(rows.every((u) => u.status === "active")).toBe(true);
    expect(DEMO_USERS).toHaveLength(8);
    for (const spec of DEMO_USERS) {
      const s = await signIn(t, { email: spec.email, password: DEMO_PASSWORD });
      const me = (await call(t, s, "GET", "/api/session")).json().user;
      expect(me, spec.email).toMatchObject({ name: spec.name, language: spec.language, roles: [spec.role] });
    }
  });

  it("leaves no invitation open and writes the invitation mails to the outbox", async () => {
    const open = await t.db.ownerQuery("SELECT 1 FROM invitations WHERE used_at IS NULL");
    expect(open).toHaveLength(0);
    const mails = await t.db.ownerQuery<{ to_address: string }>("SELECT to_address FROM outbox");
    expect(mails.map((m) => m.to_address).sort()).toEqual(
      DEMO_USERS.slice(1)
        .map((u) => u.email)
        .sort(),
    );
  });

  it("goes through the audit trail like any other writes", async () => {
    const admin = DEMO_USERS[0];
    if (!admin) throw new Error("no demo administrator");
    const s = await signIn(t, { email: admin.email, password: DEMO_PASSWORD });
    const entriesOf = async (entity: string) => {
      const res = await call(t, s, "GET", `/api/audit?entity=${entity}&limit=200`);
      expect(res.statusCode).toBe(200);
      expect(res.json().nextCursor).toBeNull();
      return res.json().data as { action: string; entity: string; actorId: string | null }[];
    };
    const inserts = async (entity: string) => (await entriesOf(entity)).filter((e) => e.action === "insert");
    expect(await inserts("organisations")).toHaveLength(6);
    expect(await inserts("users")).toHaveLength(8);
    expect(await inserts("memberships")).toHaveLength(8);
    // Staff accounts are the administrator's doing; participants get theirs from their coach.
    const me = (await call(t, s, "GET", "/api/session")).json().user;
    expect((await inserts("users")).filter((e) => e.actorId === me.id)).toHaveLength(5);
    const coach = await signIn(t, { email: "coach@polku.example", password: DEMO_PASSWORD });
    const coachId = (await call(t, coach, "GET", "/api/session")).json().user.id;
    expect((await inserts("users")).filter((e) => e.actorId === coachId)).toHaveLength(1);
    const seeded = await t.db.ownerQuery<{ n: number }>(
      "SELECT count(*)::int AS n FROM audit_trail WHERE request_id = 'demo-seed'",
    );
    expect(seeded[0]?.n).toBeGreaterThan(20);
  });
});
