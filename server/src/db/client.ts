import { mkdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { PGlite } from "@electric-sql/pglite";
import { type ExtractTablesWithRelations, sql } from "drizzle-orm";
import { drizzle as drizzleNodePg } from "drizzle-orm/node-postgres";
import { migrate as migrateNodePg } from "drizzle-orm/node-postgres/migrator";
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from "drizzle-orm/pg-core";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import pg from "pg";
import * as schema from "./schema";

export type Schema = typeof schema;
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
export type Tx = PgTransaction<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;

export const migrationsFolder = path.join(path.dirname(fileURLToPath(import.meta.url)), "migrations");

/**
 * An open database. `app` runs as the role polku_app, under row-level security. `asOwner` runs one
 * transaction as the schema owner, for the few operations that stand above regions (creating a region).
 */
export interface Database {
  kind: "pglite" | "postgres";
  app: Db;
  asOwner<T>(fn: (tx: Tx) => Promise<T>): Promise<T>;
  /** Plain query as the application role, for health checks and tests. */
  ping(): Promise<void>;
  close(): Promise<void>;
}

export type DatabaseOptions =
  | { kind: "pglite"; dataDir: string | null; loadDataDir?: Blob | File }
  | { kind: "postgres"; url: string; appUrl: string; appPassword: string | null; poolSize?: number };

/** Opens the database named by the options, migrates it, and returns it connected as the application role. */
export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  return options.kind === "pglite" ? openPglite(options) : openPostgres(options);
}

async function openPglite(options: { dataDir: string | null; loadDataDir?: Blob | File }): Promise<Database> {
  if (options.dataDir) mkdirSync(options.dataDir, { recursive: true });
  const client = new PGlite({
    ...(options.dataDir ? { dataDir: path.resolve(options.dataDir) } : {}),
    ...(options.loadDataDir ? { loadDataDir: options.loadDataDir } : {}),
  });
  await client.waitReady;
  const db = drizzlePglite(client, { schema }) as unknown as Db;
  await migratePglite(drizzlePglite(client), { migrationsFolder });
  // PGlite is one embedded session whose session user is the superuser; the application's queries run
  // under SET ROLE polku_app, so row-level security applies to them (see docs/decisions/003).
  await client.exec("SET ROLE polku_app");
  return {
    kind: "pglite",
    app: db,
    asOwner: (fn) =>
      db.transaction(async (tx) => {
        await tx.execute(sql`SET LOCAL ROLE NONE`);
        return fn(tx);
      }),
    ping: async () => {
      await client.query("SELECT 1");
    },
    close: async () => {
      await client.close();
    },
  };
}

async function openPostgres(options: {
  url: string;
  appUrl: string;
  appPassword: string | null;
  poolSize?: number;
}): Promise<Database> {
  const ownerPool = new pg.Pool({ connectionString: options.url, max: 2 });
  const owner = drizzleNodePg(ownerPool, { schema }) as unknown as Db;
  const lock = await ownerPool.connect();
  try {
    // One migrator at a time when several instances start together.
    await lock.query("SELECT pg_advisory_lock(72700001)");
    await migrateNodePg(drizzleNodePg(lock), { migrationsFolder });
    if (options.appPassword) {
      const quoted = (await lock.query("SELECT quote_literal($1::text) AS q", [options.appPassword])).rows[0]
        ?.q;
      await lock.query(`ALTER ROLE polku_app PASSWORD ${quoted}`);
    }
  } finally {
    await lock.query("SELECT pg_advisory_unlock(72700001)").catch(() => undefined);
    lock.release();
  }
  const appPool = new pg.Pool({ connectionString: options.appUrl, max: options.poolSize ?? 10 });
  const app = drizzleNodePg(appPool, { schema }) as unknown as Db;
  const role = await appPool.query(
    "SELECT current_user AS u, (SELECT rolbypassrls OR rolsuper FROM pg_roles WHERE rolname = current_user) AS bypass",
  );
  if (role.rows[0]?.bypass) {
    throw new Error(
      `The application role ${role.rows[0]?.u} can bypass row-level security; connect as polku_app.`,
    );
  }
  return {
    kind: "postgres",
    app,
    asOwner: (fn) => owner.transaction(fn),
    ping: async () => {
      await appPool.query("SELECT 1");
    },
    close: async () => {
      await appPool.end();
      await ownerPool.end();
    },
  };
}

export interface TxContext {
  regionId: string;
  userId?: string | null;
  requestId?: string | null;
}

/**
 * Runs fn in a transaction with the region (for row-level security), the acting user and the request id
 * (for the audit trigger) set. It is the only way the application reads or writes tenant rows.
 *
 * JIT compilation is off in the same statement: the planner's cost of statements with per-row subplans
 * (job search, seeker matching, the caseload) passes jit_above_cost on large regions, and compiling took
 * 100–160 ms against 3–30 ms of work (docs/performance.md, small jobs). Requests here are short.
 */
export function inRegion<T>(db: Db, ctx: TxContext, fn: (tx: Tx) => Promise<T>): Promise<T> {
  return db.transaction(async (tx) => {
    await tx.execute(
      sql`SELECT set_config('app.region_id', ${ctx.regionId}, true), set_config('app.user_id', ${ctx.userId ?? ""}, true), set_config('app.request_id', ${ctx.requestId ?? ""}, true), set_config('jit', 'off', true)`,
    );
    return fn(tx);
  });
}

/** Rows of a raw query, whichever driver ran it. */
export function rowsOf<T>(result: unknown): T[] {
  if (Array.isArray(result)) return result as T[];
  const r = result as { rows?: T[] };
  return r.rows ?? [];
}
