import { PGlite } from "@electric-sql/pglite";
import PgBoss from "pg-boss";
import type { Database } from "../db/client";
import { TIME_ZONE, todayIso } from "../lib/dates";
import { createFollowUpReminders, FOLLOW_UP_REMINDERS } from "./follow-up-reminders";

/** What the jobs write to the server log. */
export interface JobLog {
  info(obj: object, msg: string): void;
  error(obj: object, msg: string): void;
}

export interface JobsOptions {
  /** The owner's PostgreSQL URL (pg-boss creates its own schema); null on PGlite. */
  ownerUrl: string | null;
  log: JobLog;
  /** How often a worker looks for work (default 30 s; tests use less). */
  pollingIntervalSeconds?: number;
  /** Run the reminders once at start, catching up on a day the server was down at 06:00 (default true). */
  catchUp?: boolean;
}

export interface Jobs {
  boss: PgBoss;
  stop(): Promise<void>;
}

/** Every day at 06:00 Finnish time. */
export const FOLLOW_UP_REMINDERS_CRON = "0 6 * * *";

/**
 * pg-boss's database access over the embedded PGlite: each statement runs in its own PGlite transaction
 * (which holds PGlite's lock, so nothing of the application interleaves) as the owner (SET LOCAL ROLE NONE
 * lapses at the end, and the session returns to polku_app). pg-boss's multi-statement commands carry their
 * own BEGIN/COMMIT; inside ours they only draw a warning, and the COMMIT ends ours.
 */
export function pgliteExecutor(client: PGlite): PgBoss.Db {
  return {
    executeSql: (text: string, values?: unknown[]) =>
      client.transaction(async (tx) => {
        await tx.exec("SET LOCAL ROLE NONE");
        if (values && values.length > 0) {
          const result = await tx.query(text, values);
          return { rows: result.rows };
        }
        const results = await tx.exec(text);
        return { rows: results.at(-1)?.rows ?? [] };
      }),
  };
}

function pgliteClientOf(database: Database): PGlite {
  const client = (database.app as unknown as { $client?: unknown }).$client;
  if (!(client instanceof PGlite)) throw new Error("the embedded database has no PGlite client");
  return client;
}

/**
 * Starts pg-boss on the owner's connection (see docs/decisions/012) with Polku's scheduled jobs:
 * `follow-up-reminders` every day at 06:00 Europe/Helsinki. The job only calls createFollowUpReminders.
 */
export async function startJobs(database: Database, options: JobsOptions): Promise<Jobs> {
  const common = {
    schema: "pgboss",
    // Keep the bookkeeping small: completed jobs are archived after a day and dropped after a week.
    archiveCompletedAfterSeconds: 24 * 3600,
    deleteAfterDays: 7,
    // A daily job needs no eager polling (pg-boss's defaults are every 5 s and 2 min).
    cronWorkerIntervalSeconds: 30,
    maintenanceIntervalSeconds: 600,
  };
  let boss: PgBoss;
  if (database.kind === "pglite") {
    boss = new PgBoss({ ...common, db: pgliteExecutor(pgliteClientOf(database)) });
  } else {
    if (!options.ownerUrl) throw new Error("pg-boss needs the owner's database URL");
    boss = new PgBoss({ ...common, connectionString: options.ownerUrl, max: 2 });
  }
  boss.on("error", (err: Error) => options.log.error({ err: err.message }, "scheduled jobs: error"));
  await boss.start();
  await boss.createQueue(FOLLOW_UP_REMINDERS);
  await boss.schedule(FOLLOW_UP_REMINDERS, FOLLOW_UP_REMINDERS_CRON, {}, { tz: TIME_ZONE });
  await boss.work(
    FOLLOW_UP_REMINDERS,
    { pollingIntervalSeconds: options.pollingIntervalSeconds ?? 30 },
    async () => {
      const today = todayIso();
      const created = await createFollowUpReminders(database, today);
      options.log.info({ job: FOLLOW_UP_REMINDERS, today, created }, "follow-up reminders created");
      return { created };
    },
  );
  if (options.catchUp !== false) {
    // One run per day at most; a restart later the same day adds nothing twice (the notifications are unique).
    await boss.send(FOLLOW_UP_REMINDERS, {}, { singletonKey: `start-${todayIso()}`, singletonHours: 24 });
  }
  return {
    boss,
    stop: async () => {
      await boss.stop({ graceful: true, wait: true, timeout: 10_000 });
    },
  };
}
