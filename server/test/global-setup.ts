import { writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import type { TestProject } from "vitest/node";
import { openDatabase } from "../src/db/client";

export const TEMPLATE_DB = "polku_test_template";

declare module "vitest" {
  export interface ProvidedContext {
    pgliteTemplate: string | null;
    postgresTemplate: string | null;
  }
}

/** URL of the same server with another database name. */
export function withDatabase(url: string, database: string, user?: string) {
  const u = new URL(url);
  u.pathname = `/${database}`;
  if (user) {
    u.username = user;
    u.password = "";
  }
  return u.toString();
}

/**
 * Builds one migrated database per test run: a PGlite data-dir dump, or a PostgreSQL template database
 * when TEST_DATABASE_URL is set. Each test file then starts from a copy (conventions: Epic Stack 038).
 */
export default async function setup(project: TestProject) {
  const url = process.env.TEST_DATABASE_URL;
  if (url) {
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    // Leftovers of an interrupted run.
    const stale = await admin.query("SELECT datname FROM pg_database WHERE datname LIKE 'polku_t_%'");
    for (const { datname } of stale.rows)
      await admin.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
    await admin.query(`DROP DATABASE IF EXISTS ${TEMPLATE_DB} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${TEMPLATE_DB}`);
    await admin.end();
    const templateUrl = withDatabase(url, TEMPLATE_DB);
    const db = await openDatabase({
      kind: "postgres",
      url: templateUrl,
      appUrl: withDatabase(url, TEMPLATE_DB, "polku_app"),
      appPassword: null,
      poolSize: 1,
    });
    await db.close();
    project.provide("postgresTemplate", url);
    project.provide("pgliteTemplate", null);
  } else {
    const { PGlite } = await import("@electric-sql/pglite");
    const { drizzle } = await import("drizzle-orm/pglite");
    const { migrate } = await import("drizzle-orm/pglite/migrator");
    const { migrationsFolder } = await import("../src/db/client");
    const client = new PGlite();
    await migrate(drizzle(client), { migrationsFolder });
    const dump = await client.dumpDataDir("none");
    await client.close();
    const file = path.join(os.tmpdir(), `polku-template-${process.pid}.tar`);
    await writeFile(file, Buffer.from(await dump.arrayBuffer()));
    project.provide("pgliteTemplate", file);
    project.provide("postgresTemplate", null);
  }
}
