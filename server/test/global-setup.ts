import { writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import type { TestProject } from "vitest/node";
import { openDatabase } from "../src/db/client";

/** Databases of this test run carry its process id, so two runs on one server never touch each other's. */
export const RUN_TAG = String(process.pid);
export const TEMPLATE_DB = `polku_tpl_${RUN_TAG}`;

function alive(pid: number) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

declare module "vitest" {
  export interface ProvidedContext {
    pgliteTemplate: string | null;
    postgresTemplate: string | null;
    postgresTemplateName: string | null;
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
    // Leftovers of interrupted runs whose process is gone (never another live run's databases).
    const stale = await admin.query(
      "SELECT datname FROM pg_database WHERE datname ~ '^polku_(t|tpl)_[0-9]+'",
    );
    for (const { datname } of stale.rows as { datname: string }[]) {
      const pid = Number(/^polku_(?:t|tpl)_([0-9]+)/.exec(datname)?.[1]);
      if (!alive(pid)) await admin.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
    }
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
    project.provide("postgresTemplateName", TEMPLATE_DB);
    project.provide("pgliteTemplate", null);
    return async () => {
      const a = new pg.Client({ connectionString: url });
      await a.connect();
      await a.query(`DROP DATABASE IF EXISTS ${TEMPLATE_DB} WITH (FORCE)`);
      await a.end();
    };
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
    project.provide("postgresTemplateName", null);
  }
}
