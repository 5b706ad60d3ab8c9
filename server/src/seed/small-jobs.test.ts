import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { call, createTestApp, signIn, type TestApp } from "../../test/app";
import { DEMO_PASSWORD, seedDemo } from "./demo";
import { seedDemoPathways } from "./pathways";
import { seedDemoSmallJobs } from "./small-jobs";

let t: TestApp;
const as = (email: string) => signIn(t, { email, password: DEMO_PASSWORD });

beforeAll(async () => {
  t = await createTestApp();
  await seedDemo(t.db.database, t.config);
  await seedDemoPathways(t.app, t.db.database, t.config);
  await seedDemoSmallJobs(t.app);
});
afterAll(() => t.close());

describe("seedDemoSmallJobs", () => {
  it("gives Ylikylän kyläyhdistys its village's work needs and jobs in every state", async () => {
    const association = await as("association@polku.example");
    const needs = (await call(t, association, "GET", "/api/work-needs")).json().data as { title: string }[];
    expect(needs.map((n) => n.title)).toEqual(
      expect.arrayContaining([
        "Kylätalon pihan raivaus",
        "Rantasaunan polttopuut",
        "Lumityöt ikäihmisten pihoissa",
        "Kylätalon kevätsiivous",
      ]),
    );
    const jobs = (await call(t, association, "GET", "/api/jobs?limit=200")).json().data as {
      status: string;
    }[];
    const states = new Set(jobs.map((j) => j.status));
    const expected = ["draft", "open", "filled", "done", "cancelled"];
    if (t.app.hasRoute({ method: "POST", url: "/api/job-workers/:id/payment" })) expected.push("paid");
    expect([...states].sort()).toEqual(expected.sort());
  });

  it("shows Ville open jobs near him, his village first, with estimates", async () => {
    const ville = await as("participant@polku.example");
    const res = await call(t, ville, "GET", "/api/me/jobs");
    expect(res.statusCode, res.body).toBe(200);
    const data = res.json().data as {
      title: string;
      fit: { reasons: string[] };
      estimate: { grossCents: number };
    }[];
    expect(data.map((j) => j.title)).toEqual(
      expect.arrayContaining([
        "Kylätalon pihan raivaus",
        "Rantasaunan polttopuut",
        "Lumityöt ikäihmisten pihoissa",
      ]),
    );
    expect(data[0]?.fit.reasons).toContain("same_village");
    expect(data.every((j) => j.estimate.grossCents > 0)).toBe(true);
  });

  it("has paid Ville earlier, so his earnings are not empty", async () => {
    if (!t.app.hasRoute({ method: "POST", url: "/api/job-workers/:id/payment" })) return;
    const [row] = await t.db.ownerQuery<{ cents: number }>(
      `SELECT coalesce(sum(w.gross_cents), 0)::int AS cents FROM job_workers w
       JOIN participants p ON p.id = w.participant_id
       JOIN users u ON u.id = p.user_id WHERE u.email = 'participant@polku.example' AND w.paid_on IS NOT NULL`,
    );
    expect(row?.cents).toBe(4500);
  });

  it("leaves Amina without the contact consent, so that she is told how to give it", async () => {
    const amina = await as("participant2@polku.example");
    const res = await call(t, amina, "GET", "/api/me/jobs");
    expect(res.statusCode).toBe(403);
    expect(res.json().type).toContain("smallJobs.contactConsentNeeded");
  });

  it("gives the coach seekers to match with an open job", async () => {
    const coach = await as("coach@polku.example");
    const association = await as("association@polku.example");
    const jobs = (await call(t, association, "GET", "/api/jobs?status=open")).json().data as {
      id: string;
      title: string;
    }[];
    const yard = jobs.find((j) => j.title === "Kylätalon pihan raivaus");
    if (!yard) throw new Error("no yard job");
    const res = await call(t, coach, "GET", `/api/jobs/${yard.id}/matches?partial=true`);
    expect(res.statusCode, res.body).toBe(200);
    const names = (res.json().data as { firstName: string }[]).map((m) => m.firstName);
    expect(names).toContain("Ville");
    expect(names).toContain("Kaisa");
  });
});
