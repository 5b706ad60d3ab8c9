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
import { buildParticipant, giveSharingConsent, identityCodeFor } from "../../../test/participants";

let t: TestApp;
let region: TestRegion;
let coach: Session;
let partner: Session;
let partnerOrgId: string;

beforeAll(async () => {
  t = await createTestApp();
  region = await buildRegion(t);
  coach = await signIn(t, await buildUser(t, region, { role: "coach" }));
  const partnerOrg = await buildOrganisation(t, region, { kind: "wellbeing_county" });
  partnerOrgId = partnerOrg.id;
  partner = await signIn(
    t,
    await buildUser(t, region, { role: "partner_worker", organisationId: partnerOrg.id }),
  );
});
afterAll(async () => t?.close());

describe("POST /api/participants", () => {
  it("registers a participant with a valid identity code and never lists the code", async () => {
    const code = identityCodeFor("1985-03-07");
    const created = await buildParticipant(t, coach, {
      firstName: "Aino",
      lastName: "Hakulinen",
      birthDate: "1985-03-07",
      identityCode: code,
    });
    expect(created.data.identityCode).toBe(code);
    expect(created.relation).toEqual({ kind: "keeper", write: true });
    const byCode = await call(
      t,
      coach,
      "GET",
      `/api/participants?q=${encodeURIComponent(code.toLowerCase())}`,
    );
    expect(byCode.statusCode).toBe(200);
    expect(byCode.json().data.map((p: { id: string }) => p.id)).toEqual([created.data.id]);
    expect(byCode.body).not.toContain(code);
    const byName = await call(t, coach, "GET", "/api/participants?q=hakulinen%20ai");
    expect(byName.json().data.map((p: { id: string }) => p.id)).toContain(created.data.id);
    const firstLast = await call(t, coach, "GET", "/api/participants?q=Aino%20Haku");
    expect(firstLast.json().data.map((p: { id: string }) => p.id)).toContain(created.data.id);
  });

  it("refuses an identity code with a wrong check character, naming the field", async () => {
    const code = identityCodeFor("1985-03-07");
    const wrong = `${code.slice(0, -1)}${code.endsWith("A") ? "B" : "A"}`;
    const res = await call(t, coach, "POST", "/api/participants", {
      firstName: "X",
      lastName: "Y",
      birthDate: "1985-03-07",
      identityCode: wrong,
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0].path).toBe("/identityCode");
  });

  it("warns of a likely duplicate by name and birth date, and saves when acknowledged", async () => {
    const first = await buildParticipant(t, coach, {
      firstName: "Eero",
      lastName: "Kallio",
      birthDate: "1979-11-30",
    });
    const body = { firstName: "Eero", lastName: "kallio ", birthDate: "1979-11-30" };
    const check = await call(t, coach, "POST", "/api/participants/duplicates", body);
    expect(check.json().data).toEqual([
      expect.objectContaining({ reason: "name_and_birth_date", participantId: first.data.id }),
    ]);
    const refused = await call(t, coach, "POST", "/api/participants", body);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().detail).toContain("same name and birth date");
    const saved = await call(t, coach, "POST", "/api/participants", { ...body, acknowledgeDuplicates: true });
    expect(saved.statusCode).toBe(201);
  });

  it("refuses a second participant with the same identity code, even acknowledged", async () => {
    const code = identityCodeFor("1992-06-01");
    await buildParticipant(t, coach, { birthDate: "1992-06-01", identityCode: code });
    const res = await call(t, coach, "POST", "/api/participants", {
      firstName: "Other",
      lastName: "Person",
      birthDate: "1992-06-01",
      identityCode: code,
      acknowledgeDuplicates: true,
    });
    expect(res.statusCode).toBe(409);
  });
});

describe("sharing by consent", () => {
  it("shows a partner the participant only while a sharing consent is in force, without the identity code", async () => {
    const p = await buildParticipant(t, coach, {
      birthDate: "1970-01-01",
      identityCode: identityCodeFor("1970-01-01"),
    });
    const url = `/api/participants/${p.data.id}`;
    expect((await call(t, partner, "GET", url)).statusCode).toBe(404);
    const consent = await giveSharingConsent(t, coach, p.data.id, partnerOrgId, ["basic", "plan"]);
    const seen = await call(t, partner, "GET", url);
    expect(seen.statusCode).toBe(200);
    expect(seen.json().data.identityCode).toBeNull();
    expect(seen.json().relation).toEqual({ kind: "shared", scopes: ["basic", "plan"] });
    expect(seen.json().can).toMatchObject({
      seePlan: true,
      seeAssessments: false,
      seeNotes: false,
      edit: false,
    });
    const withdrawn = await call(t, coach, "POST", `${url}/consents/${consent.id}/withdraw`, {
      withdrawnOn: "2026-02-01",
      version: consent.version,
    });
    expect(withdrawn.statusCode, withdrawn.body).toBe(200);
    expect(withdrawn.json().data.inForce).toBe(false);
    expect((await call(t, partner, "GET", url)).statusCode).toBe(404);
  });

  it("refuses a stale participant update with 409 and keeps the first save", async () => {
    const p = await buildParticipant(t, coach);
    const url = `/api/participants/${p.data.id}`;
    const first = await call(t, coach, "PATCH", url, { phone: "040 123 4567", version: p.data.version });
    expect(first.statusCode).toBe(200);
    const second = await call(t, coach, "PATCH", url, { phone: "050 999 9999", version: p.data.version });
    expect(second.statusCode).toBe(409);
    expect((await call(t, coach, "GET", url)).json().data.phone).toBe("040 123 4567");
  });
});

describe("POST /api/participants/:id/account", () => {
  it("invites the participant, links the account and refuses a second one", async () => {
    const p = await buildParticipant(t, coach);
    const email = `own-${Date.now()}@test.example`;
    const res = await call(t, coach, "POST", `/api/participants/${p.data.id}/account`, { email });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().data.hasAccount).toBe(true);
    const [row] = await t.db.ownerQuery<{ role: string; linked: boolean }>(
      `SELECT m.role, p.user_id = u.id AS linked FROM users u JOIN memberships m ON m.user_id = u.id
         JOIN participants p ON p.id = $2 WHERE lower(u.email) = lower($1)`,
      [email, p.data.id],
    );
    expect(row).toEqual({ role: "participant", linked: true });
    const again = await call(t, coach, "POST", `/api/participants/${p.data.id}/account`, {
      email: `x${email}`,
    });
    expect(again.statusCode).toBe(409);
  });
});

describe("GET /api/participants as a partner", () => {
  it("shows the current stage only to an organisation whose consent includes the plan", async () => {
    const p = await buildParticipant(t, coach, { lastName: `Vaihe-${Date.now()}` });
    const stage = await call(t, coach, "POST", `/api/participants/${p.data.id}/stages`, {
      stage: "life_management",
      changedOn: "2026-02-01",
      note: "",
    });
    expect(stage.statusCode, stage.body).toBe(201);
    const consent = await giveSharingConsent(t, coach, p.data.id, partnerOrgId, ["basic"]);
    const q = `/api/participants?q=${encodeURIComponent(p.data.lastName)}`;
    expect((await call(t, partner, "GET", q)).json().data[0].stage).toBeNull();
    expect((await call(t, coach, "GET", q)).json().data[0].stage).toBe("life_management");
    await call(t, coach, "POST", `/api/participants/${p.data.id}/consents/${consent.id}/withdraw`, {
      withdrawnOn: "2026-03-01",
      version: consent.version,
    });
    await giveSharingConsent(t, coach, p.data.id, partnerOrgId, ["basic", "plan"]);
    expect((await call(t, partner, "GET", q)).json().data[0].stage).toBe("life_management");
  });
});
