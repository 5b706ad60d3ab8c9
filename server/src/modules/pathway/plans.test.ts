import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { call, createTestApp, type Session, type TestApp } from "../../../test/app";
import { buildParticipant, giveSharingConsent } from "../../../test/participants";
import { buildRecordNetwork, type RecordNetwork } from "../../../test/record";
import type { Plan, PlanSave } from "./api-record";

let t: TestApp;
let n: RecordNetwork;

beforeAll(async () => {
  t = await createTestApp();
  n = await buildRecordNetwork(t);
});
afterAll(async () => t?.close());

const goal = (title: string, extra: Partial<PlanSave["goals"][number]> = {}) => ({
  title,
  description: `${title}: kuvaus`,
  targetDate: "2026-12-31",
  status: "open" as const,
  ...extra,
});

const plan = (version: number, overrides: Partial<PlanSave> = {}): PlanSave => ({
  summary: "Tavoitteena työkokeilu kevään aikana",
  agreedOn: "2026-03-01",
  nextReviewOn: "2026-06-01",
  goals: [goal("Työkokeilu"), goal("Ajokortti")],
  version,
  ...overrides,
});

async function createPlan(session: Session, participantId: string, body = plan(0)): Promise<Plan> {
  const res = await call(t, session, "PUT", `/api/participants/${participantId}/plan`, body);
  expect(res.statusCode, res.body).toBe(200);
  return res.json().data;
}

/** What a save stored: the plan fields and the goals as sent, in order. */
const stored = (p: Plan) => ({
  summary: p.summary,
  agreedOn: p.agreedOn,
  nextReviewOn: p.nextReviewOn,
  goals: p.goals.map((g) => ({ title: g.title, description: g.description, status: g.status })),
});

describe("PUT /api/participants/:id/plan", () => {
  it("creates the plan with version 0 and answers GET with the goals in order", async () => {
    const p = await buildParticipant(t, n.coach);
    const url = `/api/participants/${p.data.id}/plan`;
    const empty = await call(t, n.coach, "GET", url);
    expect(empty.statusCode).toBe(200);
    expect(empty.json()).toEqual({ data: null, can: { edit: true } });
    const created = await createPlan(n.coach, p.data.id);
    expect(created).toMatchObject({
      summary: "Tavoitteena työkokeilu kevään aikana",
      agreedOn: "2026-03-01",
      nextReviewOn: "2026-06-01",
      version: 1,
      updatedByName: n.coachName,
    });
    expect(created.goals.map((g) => g.title)).toEqual(["Työkokeilu", "Ajokortti"]);
    expect((await call(t, n.coach, "GET", url)).json().data).toEqual(created);
    const again = await call(t, n.coach2, "PUT", url, plan(0, { summary: "Toinen" }));
    expect(again.statusCode).toBe(409);
  });

  it("refuses the second of two concurrent saves with 409 and overwrites nothing of the first", async () => {
    const p = await buildParticipant(t, n.coach);
    const url = `/api/participants/${p.data.id}/plan`;
    const v1 = await createPlan(n.coach, p.data.id);
    const [work, licence] = v1.goals;
    if (!work || !licence) throw new Error("goals missing");
    const saveA = plan(1, {
      summary: "Aino: työkokeilu kirjastossa",
      goals: [{ ...goal("Työkokeilu kirjastossa"), id: work.id }, goal("Uusi tavoite A")],
    });
    const saveB = plan(1, {
      summary: "Bertta: kurssi ensin",
      nextReviewOn: "2026-09-01",
      goals: [{ ...goal("Ajokortti", { status: "in_progress" }), id: licence.id }, goal("Uusi tavoite B")],
    });
    const [a, b] = await Promise.all([
      call(t, n.coach, "PUT", url, saveA),
      call(t, n.coach2, "PUT", url, saveB),
    ]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([200, 409]);
    const [winner, loser, winnerSave, winnerName] =
      a.statusCode === 200 ? [a, b, saveA, n.coachName] : [b, a, saveB, n.coach2Name];
    expect(loser.json().detail).toContain(winnerName);
    expect(loser.json().type).toBe("/problems/plans.conflict");
    const after = (await call(t, n.coach, "GET", url)).json().data as Plan;
    expect(after).toEqual(winner.json().data);
    expect(after.version).toBe(2);
    expect(stored(after)).toEqual({
      summary: winnerSave.summary,
      agreedOn: winnerSave.agreedOn,
      nextReviewOn: winnerSave.nextReviewOn,
      goals: winnerSave.goals.map((g) => ({ title: g.title, description: g.description, status: g.status })),
    });

    // The same refusal, one after the other: the stale version changes nothing.
    const stale = await call(t, n.coach2, "PUT", url, { ...saveB, summary: "Myöhässä" });
    expect(stale.statusCode).toBe(409);
    expect((await call(t, n.coach, "GET", url)).json().data).toEqual(after);
  });

  it("refuses two concurrent first saves but one, and keeps that one", async () => {
    const p = await buildParticipant(t, n.coach);
    const url = `/api/participants/${p.data.id}/plan`;
    const [a, b] = await Promise.all([
      call(t, n.coach, "PUT", url, plan(0, { summary: "A", goals: [goal("A1")] })),
      call(t, n.coach2, "PUT", url, plan(0, { summary: "B", goals: [goal("B1"), goal("B2")] })),
    ]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([200, 409]);
    const winner = a.statusCode === 200 ? a : b;
    expect((await call(t, n.coach, "GET", url)).json().data).toEqual(winner.json().data);
  });

  it("deletes a removed goal without reviews and sets a removed reviewed goal dropped", async () => {
    const p = await buildParticipant(t, n.coach);
    const url = `/api/participants/${p.data.id}/plan`;
    const v1 = await createPlan(n.coach, p.data.id, plan(0, { goals: [goal("G1"), goal("G2"), goal("G3")] }));
    const [g1, g2, g3] = v1.goals;
    if (!g1 || !g2 || !g3) throw new Error("goals missing");
    const review = await call(t, n.coach, "POST", `/api/goals/${g2.id}/reviews`, {
      reviewedOn: "2026-04-01",
      status: "in_progress",
      note: "Edistyy",
    });
    expect(review.statusCode, review.body).toBe(201);
    const saved = await call(t, n.coach, "PUT", url, plan(2, { goals: [{ ...goal("G3"), id: g3.id }] }));
    expect(saved.statusCode, saved.body).toBe(200);
    const goals = (saved.json().data as Plan).goals;
    expect(goals.map((g) => [g.title, g.status])).toEqual([
      ["G3", "open"],
      ["G2", "dropped"],
    ]);
    expect(goals[1]?.reviews.map((r) => r.note)).toEqual(["Edistyy"]);
    const rows = await t.db.ownerQuery("select id from goals where id = $1", [g1.id]);
    expect(rows).toHaveLength(0);
  });

  it("refuses a goal id of another plan and dates out of order, naming the field", async () => {
    const p = await buildParticipant(t, n.coach);
    const q = await buildParticipant(t, n.coach);
    const foreign = (await createPlan(n.coach, q.data.id)).goals[0];
    if (!foreign) throw new Error("goal missing");
    await createPlan(n.coach, p.data.id);
    const url = `/api/participants/${p.data.id}/plan`;
    const res = await call(t, n.coach, "PUT", url, plan(1, { goals: [{ ...goal("X"), id: foreign.id }] }));
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0].path).toBe("/goals/0/id");
    const dates = await call(
      t,
      n.coach,
      "PUT",
      url,
      plan(1, { agreedOn: "2026-05-01", nextReviewOn: "2026-04-01" }),
    );
    expect(dates.statusCode).toBe(400);
    expect(dates.json().errors[0].path).toBe("/nextReviewOn");
    const blank = await call(t, n.coach, "PUT", url, plan(1, { goals: [goal("   ")] }));
    expect(blank.statusCode).toBe(400);
    expect((await call(t, n.coach, "GET", url)).json().data.version).toBe(1);
  });
});

describe("POST /api/goals/:id/reviews", () => {
  it("appends a review, sets the goal's status and bumps the plan's version", async () => {
    const p = await buildParticipant(t, n.coach);
    const v1 = await createPlan(n.coach, p.data.id);
    const target = v1.goals[0];
    if (!target) throw new Error("goal missing");
    const url = `/api/goals/${target.id}/reviews`;
    const first = await call(t, n.coach, "POST", url, {
      reviewedOn: "2026-04-01",
      status: "in_progress",
      note: "",
    });
    expect(first.statusCode, first.body).toBe(201);
    const second = await call(t, n.coach2, "POST", url, {
      reviewedOn: "2026-05-01",
      status: "achieved",
      note: "Sopimus allekirjoitettu",
    });
    const after = second.json().data as Plan;
    expect(after.version).toBe(3);
    const reviewed = after.goals.find((g) => g.id === target.id);
    expect(reviewed?.status).toBe("achieved");
    expect(reviewed?.reviews.map((r) => [r.reviewedOn, r.status, r.authorName])).toEqual([
      ["2026-05-01", "achieved", n.coach2Name],
      ["2026-04-01", "in_progress", n.coachName],
    ]);
    // A plan opened before the review is now stale: its save is refused.
    const stale = await call(t, n.coach, "PUT", `/api/participants/${p.data.id}/plan`, plan(1));
    expect(stale.statusCode).toBe(409);
    const future = await call(t, n.coach, "POST", url, {
      reviewedOn: "2099-01-01",
      status: "open",
      note: "",
    });
    expect(future.statusCode).toBe(400);
    const events = await t.db.ownerQuery<{ kind: string; summary: Record<string, unknown> }>(
      "select kind, summary from pathway_events where participant_id = $1 and scope = 'plan' order by created_at",
      [p.data.id],
    );
    expect(events.map((e) => e.kind)).toEqual(["plan_saved", "goal_reviewed", "goal_reviewed"]);
    expect(events[2]?.summary).toEqual({ reviewedOn: "2026-05-01", from: "in_progress", status: "achieved" });
  });

  it("lets a partner with the plan scope read the plan but not review or save it", async () => {
    const p = await buildParticipant(t, n.coach);
    const v1 = await createPlan(n.coach, p.data.id);
    const url = `/api/participants/${p.data.id}/plan`;
    expect((await call(t, n.partner, "GET", url)).statusCode).toBe(404);
    await giveSharingConsent(t, n.coach, p.data.id, n.partnerOrgId, ["basic"]);
    expect((await call(t, n.partner, "GET", url)).statusCode).toBe(403);
    await giveSharingConsent(t, n.coach, p.data.id, n.otherOrgId, ["plan"]);
    const seen = await call(t, n.other, "GET", url);
    expect(seen.statusCode).toBe(200);
    expect(seen.json()).toEqual({ data: v1, can: { edit: false } });
    expect((await call(t, n.other, "PUT", url, plan(1))).statusCode).toBe(403);
    const goalId = v1.goals[0]?.id;
    const review = { reviewedOn: "2026-04-01", status: "achieved", note: "" };
    expect((await call(t, n.other, "POST", `/api/goals/${goalId}/reviews`, review)).statusCode).toBe(403);
    expect((await call(t, n.stranger, "POST", `/api/goals/${goalId}/reviews`, review)).statusCode).toBe(404);
    expect((await call(t, n.manager, "PUT", url, plan(1))).statusCode).toBe(403);
  });
});
