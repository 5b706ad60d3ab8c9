import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { call, createTestApp, type TestApp } from "../../../test/app";
import { buildParticipant, giveSharingConsent } from "../../../test/participants";
import { buildRecordNetwork, type RecordNetwork } from "../../../test/record";

let t: TestApp;
let n: RecordNetwork;

beforeAll(async () => {
  t = await createTestApp();
  n = await buildRecordNetwork(t);
});
afterAll(async () => t?.close());

const SECRET = "Salainen-tilannekuvaus-7731";
const body = (overrides: Record<string, unknown> = {}) => ({
  assessedOn: "2026-02-03",
  situation: `Asuu yksin. ${SECRET}`,
  strengths: "Käsityöt ja ruoanlaitto",
  wishes: "Haluaa töihin kyläyhdistykseen",
  barriers: {
    health: { level: 2, note: "Selkävaiva" },
    housing: { level: 0, note: "" },
    language: { level: 1, note: "  Ruotsi heikko  " },
  },
  ...overrides,
});

describe("assessments", () => {
  it("records an assessment for the coach's organisation and lists it newest first", async () => {
    const p = await buildParticipant(t, n.coach);
    const url = `/api/participants/${p.data.id}/assessments`;
    const first = await call(t, n.coach, "POST", url, body());
    expect(first.statusCode, first.body).toBe(201);
    expect(first.json().data).toMatchObject({
      assessedOn: "2026-02-03",
      strengths: "Käsityöt ja ruoanlaitto",
      barriers: {
        health: { level: 2, note: "Selkävaiva" },
        housing: { level: 0, note: "" },
        language: { level: 1, note: "Ruotsi heikko" },
      },
      authorName: n.coachName,
      version: 1,
    });
    expect(first.json().data.barriers.finances).toBeUndefined();
    const second = await call(t, n.coach2, "POST", url, body({ assessedOn: "2026-05-20" }));
    expect(second.statusCode).toBe(201);
    const list = await call(t, n.coach, "GET", url);
    expect(list.statusCode).toBe(200);
    expect(list.json().data.map((a: { assessedOn: string }) => a.assessedOn)).toEqual([
      "2026-05-20",
      "2026-02-03",
    ]);
    expect(list.json().can).toEqual({ create: true, edit: true });
    const managerView = await call(t, n.manager, "GET", url);
    expect(managerView.json().can).toEqual({ create: false, edit: false });
  });

  it("refuses a barrier level outside 0–3 and an assessment date in the future", async () => {
    const p = await buildParticipant(t, n.coach);
    const url = `/api/participants/${p.data.id}/assessments`;
    const badLevel = await call(
      t,
      n.coach,
      "POST",
      url,
      body({ barriers: { health: { level: 4, note: "" } } }),
    );
    expect(badLevel.statusCode).toBe(400);
    const future = await call(t, n.coach, "POST", url, body({ assessedOn: "2099-01-01" }));
    expect(future.statusCode).toBe(400);
    expect(future.json().errors[0].path).toBe("/assessedOn");
    const unknownArea = await call(
      t,
      n.coach,
      "POST",
      url,
      body({ barriers: { weather: { level: 1, note: "" } } }),
    );
    expect(unknownArea.statusCode).toBe(400);
  });

  it("changes an assessment by version and refuses a stale version with 409, keeping the first change", async () => {
    const p = await buildParticipant(t, n.coach);
    const created = (
      await call(t, n.coach, "POST", `/api/participants/${p.data.id}/assessments`, body())
    ).json().data;
    const url = `/api/assessments/${created.id}`;
    const first = await call(t, n.coach, "PUT", url, body({ wishes: "Opiskella", version: 1 }));
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json().data).toMatchObject({ wishes: "Opiskella", version: 2 });
    const stale = await call(t, n.coach2, "PUT", url, body({ wishes: "Jotain muuta", version: 1 }));
    expect(stale.statusCode).toBe(409);
    const list = await call(t, n.coach, "GET", `/api/participants/${p.data.id}/assessments`);
    expect(list.json().data[0].wishes).toBe("Opiskella");
  });

  it("answers a partner without consent 404, with only basic 403, and with the assessments scope 200 read-only", async () => {
    const p = await buildParticipant(t, n.coach);
    const url = `/api/participants/${p.data.id}/assessments`;
    await call(t, n.coach, "POST", url, body());
    expect((await call(t, n.partner, "GET", url)).statusCode).toBe(404);
    expect((await call(t, n.stranger, "GET", url)).statusCode).toBe(404);
    await giveSharingConsent(t, n.coach, p.data.id, n.partnerOrgId, ["basic"]);
    expect((await call(t, n.partner, "GET", url)).statusCode).toBe(403);
    await giveSharingConsent(t, n.coach, p.data.id, n.otherOrgId, ["assessments"]);
    const seen = await call(t, n.other, "GET", url);
    expect(seen.statusCode).toBe(200);
    expect(seen.json().data).toHaveLength(1);
    expect(seen.json().can).toEqual({ create: false, edit: false });
    // Partner workers may not write assessments at all (route) nor through a consent (policy).
    expect((await call(t, n.other, "POST", url, body())).statusCode).toBe(403);
    const id = seen.json().data[0].id;
    expect((await call(t, n.other, "PUT", `/api/assessments/${id}`, body({ version: 1 }))).statusCode).toBe(
      403,
    );
    expect(
      (await call(t, n.stranger, "PUT", `/api/assessments/${id}`, body({ version: 1 }))).statusCode,
    ).toBe(404);
  });

  it("logs every read in the access log and never writes the texts to the audit trail or the timeline", async () => {
    const p = await buildParticipant(t, n.coach);
    const url = `/api/participants/${p.data.id}/assessments`;
    const created = await call(t, n.coach, "POST", url, body());
    const changed = await call(
      t,
      n.coach,
      "PUT",
      `/api/assessments/${created.json().data.id}`,
      body({ situation: `Muuttanut. ${SECRET}-2`, version: 1 }),
    );
    expect(changed.statusCode).toBe(200);
    await call(t, n.manager, "GET", url);
    const audit = await t.db.ownerQuery<{ changes: unknown }>(
      "select changes from audit_trail where entity = 'assessments' and entity_id = $1",
      [created.json().data.id],
    );
    expect(audit.length).toBe(2);
    expect(JSON.stringify(audit)).not.toContain(SECRET);
    expect(JSON.stringify(audit)).not.toContain("Selkävaiva");
    const events = await t.db.ownerQuery<{ summary: unknown; scope: string }>(
      "select summary, scope from pathway_events where participant_id = $1 and kind = 'assessment'",
      [p.data.id],
    );
    expect(events.map((e) => e.scope)).toEqual(["assessments", "assessments"]);
    expect(JSON.stringify(events)).not.toContain("Selkävaiva");
    const reads = await t.db.ownerQuery<{ purpose: string }>(
      "select purpose from access_log where subject_id = $1 and route like '%assessments%' order by id",
      [p.data.id],
    );
    expect(reads.map((r) => r.purpose)).toEqual(["assessment recorded", "assessment changed", "assessments"]);
  });
});
