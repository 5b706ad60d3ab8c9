import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { buildRegion, buildUser, createTestApp, signIn, type TestApp, type TestUser } from "../../test/app";
import { buildProject, enrolParticipant, exitParticipant } from "../../test/enrolments";
import { withDatabase } from "../../test/global-setup";
import { buildParticipant } from "../../test/participants";
import { ConfigError, loadConfig } from "../config";
import { rowsOf } from "../db/client";
import { addMonthsIso, todayIso } from "../lib/dates";
import { FOLLOW_UP_REMINDERS_CRON, type Jobs, startJobs } from "./boss";
import { FOLLOW_UP_REMINDERS } from "./follow-up-reminders";

let t: TestApp;
let coachUser: TestUser;
let jobs: Jobs | null = null;

beforeAll(async () => {
  t = await createTestApp();
  const region = await buildRegion(t);
  coachUser = await buildUser(t, region, { role: "coach" });
  const coach = await signIn(t, coachUser);
  const project = await buildProject(t, region, { startsOn: "2020-01-01" });
  const p = await buildParticipant(t, coach);
  const e = await enrolParticipant(t, coach, p.data.id, { projectId: project.id, entryDate: "2024-01-01" });
  await exitParticipant(t, coach, e, addMonthsIso(todayIso(), -7));
});
afterAll(async () => {
  await jobs?.stop();
  await t?.close();
});

/** The owner's URL of this test's database (PostgreSQL only). */
async function ownerUrl(): Promise<string | null> {
  const server = inject("postgresTemplate");
  if (!server) return null;
  const [row] = await t.db.ownerQuery<{ name: string }>("SELECT current_database() AS name");
  return withDatabase(server, row?.name ?? "");
}

describe("pg-boss", () => {
  it("starts on this database, schedules the daily reminders and runs them", async () => {
    const errors: unknown[] = [];
    const log = { info: () => undefined, error: (o: object) => errors.push(o) };
    jobs = await startJobs(t.db.database, { ownerUrl: await ownerUrl(), log, pollingIntervalSeconds: 0.5 });
    const schedules = await jobs.boss.getSchedules();
    expect(schedules.map((s) => [s.name, s.cron, s.options?.tz])).toEqual([
      [FOLLOW_UP_REMINDERS, FOLLOW_UP_REMINDERS_CRON, "Europe/Helsinki"],
    ]);
    // The catch-up run at start reminds the coach of the due follow-up.
    let rows: { user_id: string }[] = [];
    for (let i = 0; i < 100 && rows.length === 0; i++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      rows = await t.db.ownerQuery("SELECT user_id::text FROM notifications");
    }
    expect(rows).toEqual([{ user_id: coachUser.id }]);
    expect(errors).toEqual([]);
    // The application's own connection is still the row-level-secured role afterwards.
    const [role] = await t.db.database.app.transaction(async (tx) =>
      rowsOf<{ u: string }>(await tx.execute(sql`SELECT current_user AS u`)),
    );
    expect(role?.u).toBe("polku_app");
    await jobs.stop();
    jobs = null;
  });
});

describe("JOBS setting", () => {
  it("runs the jobs unless JOBS=false, and names a wrong value", () => {
    expect(loadConfig({}).jobs).toBe(true);
    expect(loadConfig({ JOBS: "false" }).jobs).toBe(false);
    expect(loadConfig({ JOBS: "0" }).jobs).toBe(false);
    expect(() => loadConfig({ JOBS: "sometimes" })).toThrow(ConfigError);
    expect(() => loadConfig({ JOBS: "sometimes" })).toThrow(/JOBS="sometimes" is not valid/);
  });
});
