import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { call, createTestApp, type TestApp } from "../../../test/app";
import { buildParticipant, giveSharingConsent } from "../../../test/participants";
import { buildRecordNetwork, type RecordNetwork } from "../../../test/record";
import type { StageHistory } from "./api-record";

let t: TestApp;
let n: RecordNetwork;

beforeAll(async () => {
  t = await createTestApp();
  n = await buildRecordNetwork(t);
});
afterAll(async () => t?.close());

describe("stages of the Vaasa model", () => {
  it("records stage changes and takes the latest by date, then by when recorded, as current", async () => {
    const p = await buildParticipant(t, n.coach);
    const url = `/api/participants/${p.data.id}/stages`;
    const none = await call(t, n.coach, "GET", url);
    expect(none.statusCode).toBe(200);
    expect(none.json()).toEqual({ data: { current: null, history: [] }, can: { change: true } });
    const move = async (stage: string, changedOn: string) => {
      const res = await call(t, n.coach, "POST", url, { stage, changedOn, note: "" });
      expect(res.statusCode, res.body).toBe(201);
      return res.json() as StageHistory;
    };
    await move("reached", "2026-02-01");
    await move("resources_and_goals", "2026-04-01");
    // Recorded later but dated earlier: history, not the current stage.
    const backdated = await move("life_management", "2026-03-01");
    expect(backdated.data.current?.stage).toBe("resources_and_goals");
    // Two changes on the same day: the one recorded last is current.
    const sameDay = await move("guided_onward", "2026-04-01");
    expect(sameDay.data.current?.stage).toBe("guided_onward");
    const got = (await call(t, n.coach, "GET", url)).json() as StageHistory;
    expect(got.data.history.map((s) => [s.changedOn, s.stage])).toEqual([
      ["2026-04-01", "guided_onward"],
      ["2026-04-01", "resources_and_goals"],
      ["2026-03-01", "life_management"],
      ["2026-02-01", "reached"],
    ]);
    const events = await t.db.ownerQuery<{ summary: Record<string, unknown> }>(
      "select summary from pathway_events where participant_id = $1 and kind = 'stage_changed' order by created_at",
      [p.data.id],
    );
    expect(events.map((e) => e.summary.from)).toEqual([null, "reached", "reached", "resources_and_goals"]);
    // The participant search shows the same current stage.
    const search = await call(
      t,
      n.coach,
      "GET",
      `/api/participants?q=${encodeURIComponent(p.data.lastName)}`,
    );
    expect(search.json().data[0].stage).toBe("guided_onward");
  });

  it("refuses a change dated in the future and an unknown stage", async () => {
    const p = await buildParticipant(t, n.coach);
    const url = `/api/participants/${p.data.id}/stages`;
    const future = await call(t, n.coach, "POST", url, {
      stage: "reached",
      changedOn: "2099-01-01",
      note: "",
    });
    expect(future.statusCode).toBe(400);
    expect(future.json().errors[0].path).toBe("/changedOn");
    const unknown = await call(t, n.coach, "POST", url, {
      stage: "employed",
      changedOn: "2026-01-01",
      note: "",
    });
    expect(unknown.statusCode).toBe(400);
    expect((await call(t, n.coach, "GET", url)).json().data.history).toEqual([]);
  });

  it("needs the plan scope to read and a writing keeper to change", async () => {
    const p = await buildParticipant(t, n.coach);
    const url = `/api/participants/${p.data.id}/stages`;
    const change = { stage: "reached", changedOn: "2026-02-01", note: "Tavattiin kirjastossa" };
    expect((await call(t, n.partner, "GET", url)).statusCode).toBe(404);
    expect((await call(t, n.stranger, "POST", url, change)).statusCode).toBe(404);
    await giveSharingConsent(t, n.coach, p.data.id, n.partnerOrgId, ["basic"]);
    expect((await call(t, n.partner, "GET", url)).statusCode).toBe(403);
    await giveSharingConsent(t, n.coach, p.data.id, n.otherOrgId, ["plan"]);
    const seen = await call(t, n.other, "GET", url);
    expect(seen.statusCode).toBe(200);
    expect(seen.json().can).toEqual({ change: false });
    expect((await call(t, n.other, "POST", url, change)).statusCode).toBe(403);
    expect((await call(t, n.manager, "POST", url, change)).statusCode).toBe(403);
    expect((await call(t, n.manager, "GET", url)).json().can).toEqual({ change: false });
  });
});
