import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { call, createTestApp, signIn, type TestApp } from "../../test/app";
import { addMonthsIso, todayIso } from "../lib/dates";
import type { CaseloadList } from "../modules/pathway/api-enrolments";
import type { History, MySelfAssessments } from "../modules/self-assessment/api";
import { DEMO_PASSWORD, seedDemo } from "./demo";
import { seedDemoPathways } from "./pathways";
import { seedDemoSelfAssessments } from "./self-assessments";

let t: TestApp;
const as = (email: string) => signIn(t, { email, password: DEMO_PASSWORD });

beforeAll(async () => {
  t = await createTestApp();
  await seedDemo(t.db.database, t.config);
  await seedDemoPathways(t.app, t.db.database, t.config);
  await seedDemoSelfAssessments(t.app);
});
afterAll(() => t.close());

describe("seedDemoSelfAssessments", () => {
  it("gives Ville answers over months, his own of today last, so that his charts show change", async () => {
    const ville = await as("participant@polku.example");
    const history = (await call(t, ville, "GET", "/api/me/self-assessments/history")).json().data as History;
    expect(history.instrument.key).toBe("polku-work-ability");
    expect(history.answers.map((a) => [a.answeredOn, a.mode])).toEqual([
      [addMonthsIso(todayIso(), -4), "with_coach"],
      [addMonthsIso(todayIso(), -2), "external"],
      [todayIso(), "self"],
    ]);
    expect(history.answers[1]?.externalTool).toBe("Kykyviisari");
    const everyday = history.comparison.find((c) => c.key === "everyday_life");
    expect(everyday).toMatchObject({ first: { score: 4 }, latest: { score: 7 }, change: 3 });
    const mine = (await call(t, ville, "GET", "/api/me/self-assessments")).json()
      .data as MySelfAssessments["data"];
    expect(mine.drafts).toEqual([]);
  });

  it("leaves two reminders due on the first coach's caseload", async () => {
    const coach = await as("coach@polku.example");
    const rows = ((await call(t, coach, "GET", "/api/caseload")).json() as CaseloadList).data;
    const due = rows.filter((r) => r.flags.includes("self_assessment_due")).map((r) => r.lastName);
    expect(due.sort()).toEqual(["Salonen", "Väisänen"]);
    expect(rows.find((r) => r.lastName === "Koskinen")?.selfAssessmentDue).toBeNull();
  });

  it("gives at least five participants two or more submitted answers", async () => {
    const [row] = await t.db.ownerQuery<{ n: number }>(
      `SELECT count(*)::int AS n FROM (SELECT participant_id FROM self_assessments WHERE status = 'submitted'
       GROUP BY participant_id HAVING count(*) >= 2) x`,
    );
    expect(row?.n).toBeGreaterThanOrEqual(5);
  });
});
