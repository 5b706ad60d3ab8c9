// Load scenario for the platform foundation: the requests every page makes (session, organisations,
// users list, audit trail), at 50 concurrent connections against PostgreSQL on this machine.
// Run: npx tsx bench/foundation.ts [seconds]   (BENCH_DATABASE_URL defaults to the local PostgreSQL)
import autocannon from "autocannon";
import pg from "pg";
import { buildApp } from "../server/src/app";
import { loadConfig } from "../server/src/config";
import { openDatabase } from "../server/src/db/client";
import { DEMO_PASSWORD, seedDemo } from "../server/src/seed/demo";

const seconds = Number(process.argv[2] ?? 10);
const base = process.env.BENCH_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
const dbName = "polku_bench";

const admin = new pg.Client({ connectionString: base });
await admin.connect();
await admin.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
await admin.query(`CREATE DATABASE ${dbName}`);
await admin.end();
const url = new URL(base);
url.pathname = `/${dbName}`;
const config = loadConfig({
  DATABASE_URL: url.toString(),
  LOG_LEVEL: "silent",
  SEED_DEMO: "false",
  RATE_LIMIT_PER_MINUTE: "100000000",
  WEB_DIST: "/nonexistent",
});
if (config.database.kind !== "postgres") throw new Error("bench needs PostgreSQL");
const database = await openDatabase({ ...config.database, poolSize: 20 });
await seedDemo(database, config);

// Bulk users (raw SQL as owner, as a migration or import would): a region of realistic size.
const owner = new pg.Client({ connectionString: url.toString() });
await owner.connect();
await owner.query(`
  INSERT INTO users (region_id, email, name, status, language)
  SELECT r.id, 'bulk' || g || '@bench.example', 'Bulk User ' || g, 'active', 'fi'
  FROM regions r, generate_series(1, 2000) g`);
await owner.query(`
  INSERT INTO memberships (region_id, user_id, organisation_id, role)
  SELECT u.region_id, u.id, (SELECT id FROM organisations ORDER BY name LIMIT 1), 'participant'
  FROM users u WHERE u.email LIKE 'bulk%'`);
await owner.query("ANALYZE");

const app = await buildApp(config, database, { logger: false });
await app.listen({ port: 0, host: "127.0.0.1" });
const address = app.server.address();
const port = typeof address === "object" && address ? address.port : 0;
const signIn = await fetch(`http://127.0.0.1:${port}/api/session`, {
  method: "POST",
  headers: { "content-type": "application/json" },
  body: JSON.stringify({ email: "admin@polku.example", password: DEMO_PASSWORD }),
});
const cookie = (signIn.headers.get("set-cookie") ?? "").split(";")[0] ?? "";

interface Row {
  endpoint: string;
  rps: number;
  p50: number;
  p99: number;
  errors: number;
}
const rows: Row[] = [];
for (const path of [
  "/health",
  "/api/session",
  "/api/organisations",
  "/api/users?q=Bulk%20User%2019",
  "/api/audit?limit=50",
]) {
  const result = await autocannon({
    url: `http://127.0.0.1:${port}${path}`,
    connections: 50,
    duration: seconds,
    headers: { cookie, "accept-language": "fi" },
  });
  rows.push({
    endpoint: `GET ${path}`,
    rps: Math.round(result.requests.average),
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.non2xx + result.errors,
  });
}

// The same reads straight through pg, one at a time, to show what the database alone costs.
const direct = new pg.Client({ connectionString: url.toString() });
await direct.connect();
const timeQuery = async (text: string) => {
  const times: number[] = [];
  for (let i = 0; i < 200; i++) {
    const t0 = performance.now();
    await direct.query(text);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return { p50: times[100] ?? 0, p99: times[198] ?? 0 };
};
const q1 = await timeQuery("SELECT * FROM organisations ORDER BY name");
const q2 = await timeQuery("SELECT * FROM users WHERE name ILIKE '%Bulk User 19%' ORDER BY name LIMIT 200");

console.log(
  `\n${seconds} s per endpoint, 50 connections, PostgreSQL ${(await direct.query("SHOW server_version")).rows[0]?.server_version}\n`,
);
console.log("| endpoint | requests/s | p50 ms | p99 ms | non-2xx/errors |");
console.log("|---|---:|---:|---:|---:|");
for (const r of rows) console.log(`| ${r.endpoint} | ${r.rps} | ${r.p50} | ${r.p99} | ${r.errors} |`);
console.log(
  "\nDirect pg, sequential (ms): organisations p50 %s p99 %s; user search p50 %s p99 %s",
  q1.p50.toFixed(2),
  q1.p99.toFixed(2),
  q2.p50.toFixed(2),
  q2.p99.toFixed(2),
);

await direct.end();
await owner.end();
await app.close();
await database.close();
