import { buildApp } from "./app";
import { ConfigError, loadConfig } from "./config";
import { openDatabase } from "./db/client";
import { type Jobs, startJobs } from "./jobs/boss";
import { startOutboxSender } from "./modules/outbox/sender";
import { countRegions } from "./modules/regions/service";
import { DEMO_PASSWORD, DEMO_USERS, seedDemo } from "./seed/demo";
import { seedDemoPathways } from "./seed/pathways";
import { seedDemoSelfAssessments } from "./seed/self-assessments";
import { seedDemoSmallJobs } from "./seed/small-jobs";

async function main() {
  let config: ReturnType<typeof loadConfig>;
  try {
    config = loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(err.message);
      process.exit(1);
    }
    throw err;
  }
  const database = await openDatabase(config.database);
  let seeded = false;
  if (config.seedDemo && (await countRegions(database)) === 0) {
    await seedDemo(database, config);
    seeded = true;
  }
  const app = await buildApp(config, database);
  if (seeded) {
    await seedDemoPathways(app, database, config);
    await seedDemoSelfAssessments(app);
    await seedDemoSmallJobs(app);
  }
  const sender = config.smtpUrl
    ? startOutboxSender(database.app, config.smtpUrl, config.mailFrom, app.log)
    : null;
  let jobs: Jobs | null = null;
  if (config.jobs) {
    const ownerUrl = config.database.kind === "postgres" ? config.database.url : null;
    // The reminders are not worth refusing to serve for: a failure to start them is logged loudly.
    jobs = await startJobs(database, { ownerUrl, log: app.log }).catch((err: unknown) => {
      app.log.error(
        { err: err instanceof Error ? err.message : String(err) },
        "scheduled jobs did not start",
      );
      return null;
    });
  }

  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    app.log.info({ signal }, "shutting down");
    sender?.stop();
    await jobs?.stop();
    await app.close();
    await database.close();
    process.exit(0);
  };
  process.on("SIGINT", () => void shutdown("SIGINT"));
  process.on("SIGTERM", () => void shutdown("SIGTERM"));

  await app.listen({ port: config.port, host: config.host });
  const where =
    config.database.kind === "pglite" ? `embedded database in ${config.database.dataDir}` : "PostgreSQL";
  const lines = [
    "",
    `Polku is running at ${config.publicUrl} (${where}).`,
    seeded ? "The demo network was seeded." : "",
    config.seedDemo ? `Demo sign-ins (password ${DEMO_PASSWORD}):` : "",
    ...(config.seedDemo ? DEMO_USERS.map((u) => `  ${u.role.padEnd(20)} ${u.email}  (${u.name})`) : []),
    "",
  ].filter((l, i, all) => l !== "" || i === 0 || i === all.length - 1);
  console.log(lines.join("\n"));
}

main().catch((err) => {
  console.error("Polku failed to start:", err instanceof Error ? err.message : err);
  process.exit(1);
});
