import { randomBytes } from "node:crypto";
import { readFile } from "node:fs/promises";
import pg from "pg";
import { inject } from "vitest";
import { type Database, openDatabase } from "../src/db/client";
import { withDatabase } from "./global-setup";

export interface TestDatabase {
  database: Database;
  kind: "pglite" | "postgres";
  /** Runs SQL as the schema owner (bypasses row-level security), for assertions about the database itself. */
  ownerQuery<T = Record<string, unknown>>(text: string, params?: unknown[]): Promise<T[]>;
  close(): Promise<void>;
}

/** A fresh, migrated database for one test file: PGlite from the dump, or a PostgreSQL copy of the template. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const pgUrl = inject("postgresTemplate");
  if (pgUrl) {
    const template = inject("postgresTemplateName");
    // The run's template name ends in its process id; test databases carry the same id.
    const name = `polku_t_${template?.split("_").pop()}_${randomBytes(6).toString("hex")}`;
    const admin = new pg.Client({ connectionString: pgUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name} TEMPLATE ${template}`);
    await admin.end();
    const url = withDatabase(pgUrl, name);
    const database = await openDatabase({
      kind: "postgres",
      url,
      appUrl: withDatabase(pgUrl, name, "polku_app"),
      appPassword: null,
      poolSize: 5,
    });
    const owner = new pg.Pool({ connectionString: url, max: 1 });
    return {
      database,
      kind: "postgres",
      ownerQuery: async <T>(text: string, params: unknown[] = []) =>
        (await owner.query(text, params)).rows as T[],
      close: async () => {
        await database.close();
        await owner.end();
        const a = new pg.Client({ connectionString: pgUrl });
        await a.connect();
        // pg's Pool.end() resolves before its clients' connections have closed; forcing the drop at once
        // would terminate them and surface as uncaught "terminating connection" errors. Wait for them.
        for (let attempt = 0; ; attempt++) {
          try {
            await a.query(`DROP DATABASE IF EXISTS ${name}${attempt >= 50 ? " WITH (FORCE)" : ""}`);
            break;
          } catch (err) {
            if ((err as { code?: string }).code !== "55006" || attempt >= 50) throw err;
            await new Promise((resolve) => setTimeout(resolve, 20));
          }
        }
        await a.end();
      },
    };
  }
  const file = inject("pgliteTemplate");
  if (!file) throw new Error("the test database template was not built (global setup did not run)");
  const dump = new Blob([await readFile(file)]);
  const database = await openDatabase({ kind: "pglite", dataDir: null, loadDataDir: dump });
  return {
    database,
    kind: "pglite",
    ownerQuery: <T>(text: string, params: unknown[] = []) =>
      database.asOwner(async (tx) => {
        const { sql } = await import("drizzle-orm");
        // $n placeholders (each may appear more than once) become bound parameters.
        const parts = text.split(/\$(\d+)/);
        const query = sql.join(
          parts.map((part, i) => (i % 2 === 0 ? sql.raw(part) : sql`${params[Number(part) - 1]}`)),
          sql``,
        );
        const r = (await tx.execute(query)) as unknown as { rows: T[] };
        return r.rows;
      }),
    close: () => database.close(),
  };
}

/** The PostgreSQL SQLSTATE of a failed query, whichever driver (and Drizzle wrapper) raised it. */
export function sqlState(err: unknown): string | undefined {
  const e = err as { code?: unknown; cause?: { code?: unknown } };
  const code = e?.cause?.code ?? e?.code;
  return typeof code === "string" ? code : undefined;
}

/** Runs fn, expecting the database to refuse it; returns the SQLSTATE. */
export async function refusal(fn: () => Promise<unknown>): Promise<string> {
  try {
    await fn();
  } catch (err) {
    const code = sqlState(err);
    if (!code) throw err;
    return code;
  }
  throw new Error("the database accepted what it should have refused");
}
