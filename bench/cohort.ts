// The cohort report of issue 4 (distance travelled) over 1 000 000 submitted answers of 200 000
// participants (7 dimensions each: ~7 million score rows) in PostgreSQL.
//
// Run: npm run bench:cohort -- [--fresh] [--runs=30] [--participants=200000] [--answers=1000000] [--seed=1]
// BENCH_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/postgres) names the server and a
// superuser; the data set lives in BENCH_DB (default polku_bench_sa), generated when it is missing or with
// --fresh (bench/lib/self-assessment-load.ts), and only that database is ever dropped.
//
// Measured one request at a time (a report is a manager's occasional click, not a load), `runs` times
// after two warm-up runs, for four reports of the largest region: the whole region, one project of about
// 5 000 people, a period of the last twelve months, and an age band with a stage. Each is timed
//   - through HTTP: GET /api/self-assessment/cohort from the application in its own process
//     (node server/src/main.ts as in production), signed in as the region's project manager: session,
//     validation, the report's statements, suppression, the access-log row and serialisation;
//   - as bare SQL: the report's statement (cohortQuery and its SET LOCAL work_mem, the very SQL the service
//     sends) through `pg` as polku_app in a transaction with the region set, so row-level security applies
//     as in the application.
import { writeFileSync } from "node:fs";
import { cpus, loadavg, totalmem } from "node:os";
import { PgDialect } from "drizzle-orm/pg-core";
import pg from "pg";
import { addMonthsIso, todayIso } from "../server/src/lib/dates";
import { COHORT_WORK_MEM, cohortQuery } from "../server/src/modules/self-assessment/cohort-service";
import type { CohortFilters } from "../server/src/modules/self-assessment/cohort-stats";
import { startApp } from "./lib/app";
import { BENCH_PASSWORD } from "./lib/network";
import { loadCohortDataSet } from "./lib/self-assessment-load";

const args = new Map(
  process.argv.slice(2).map((a) => {
    const [k = "", v = "true"] = a.replace(/^--/, "").split("=");
    return [k, v] as const;
  }),
);
const num = (name: string, fallback: number) => Number(args.get(name) ?? fallback);
const runs = num("runs", 30);
const base = process.env.BENCH_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
const dbName = process.env.BENCH_DB ?? "polku_bench_sa";
if (!/^[a-z_][a-z0-9_]*$/.test(dbName)) throw new Error(`BENCH_DB=${dbName} is not a plain database name`);
const url = new URL(base);
url.pathname = `/${dbName}`;
const appUrl = new URL(url);
appUrl.username = "polku_app";
const t0 = performance.now();
const log = (msg: string) =>
  console.log(`[${((performance.now() - t0) / 1000).toFixed(1).padStart(6)} s] ${msg}`);

// 1. The data set.
async function hasData(): Promise<boolean> {
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  const exists = (await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [dbName])).rowCount === 1;
  await admin.end();
  if (!exists) return false;
  const c = new pg.Client({ connectionString: url.toString() });
  await c.connect();
  const n = await c
    .query<{ n: string }>("SELECT count(*) AS n FROM self_assessments")
    .then((r) => Number(r.rows[0]?.n ?? 0))
    .catch(() => 0);
  await c.end();
  return n > 0;
}
if (args.has("fresh") || !(await hasData())) {
  const result = await loadCohortDataSet({
    base,
    name: dbName,
    participants: num("participants", 200_000),
    answers: num("answers", 1_000_000),
    seed: num("seed", 1),
    log,
  });
  console.log("\n| table | rows | size |\n|---|---:|---:|");
  for (const t of result.tables)
    console.log(`| ${t.table} | ${t.rows.toLocaleString("fi-FI")} | ${t.size} |`);
  const s = result.seconds;
  console.log(
    `\nLoad ${s.load.toFixed(1)} s, indexes ${s.index.toFixed(1)} s, foreign keys ${s.check.toFixed(1)} s, VACUUM ANALYZE ${s.vacuum.toFixed(1)} s; total ${s.total.toFixed(1)} s.\n`,
  );
}

// 2. What to report on: the largest region, its project nearest 5 000 people.
const owner = new pg.Client({ connectionString: url.toString() });
await owner.connect();
const [region] = (
  await owner.query<{ id: string; code: string; people: number; scores: number }>(
    `SELECT r.id, r.code, count(*)::int AS people,
            (SELECT count(*)::int FROM self_assessment_scores s WHERE s.region_id = r.id) AS scores
       FROM regions r JOIN participants p ON p.region_id = r.id
      GROUP BY r.id ORDER BY count(*) DESC LIMIT 1`,
  )
).rows;
if (!region) throw new Error("no data");
const [instrument] = (
  await owner.query<{ id: string }>(
    "SELECT id FROM instruments WHERE region_id = $1 AND key = 'polku-work-ability'",
    [region.id],
  )
).rows;
const [project] = (
  await owner.query<{ id: string; people: number }>(
    `SELECT project_id AS id, count(DISTINCT participant_id)::int AS people FROM enrolments
      WHERE region_id = $1 GROUP BY project_id ORDER BY abs(count(DISTINCT participant_id) - 5000) LIMIT 1`,
    [region.id],
  )
).rows;
const [manager] = (
  await owner.query<{ email: string }>(
    `SELECT u.email FROM users u JOIN memberships m ON m.user_id = u.id AND m.role = 'project_manager'
      WHERE u.region_id = $1 LIMIT 1`,
    [region.id],
  )
).rows;
if (!instrument || !project || !manager)
  throw new Error("the data set lacks an instrument, project or manager");
const today = todayIso();
const none: CohortFilters = {
  projectId: null,
  groupKey: null,
  ageBand: null,
  stage: null,
  from: null,
  to: null,
};
const scenarios: { name: string; filters: CohortFilters }[] = [
  {
    name: `whole region (${region.code}, ${region.people} people, ${region.scores} score rows)`,
    filters: none,
  },
  { name: `one project (${project.people} people)`, filters: { ...none, projectId: project.id } },
  { name: "period: the last 12 months", filters: { ...none, from: addMonthsIso(today, -12), to: today } },
  {
    name: "age band 30–54 and stage resources_and_goals",
    filters: { ...none, ageBand: "30_54", stage: "resources_and_goals" },
  },
];
log(`region ${region.code}: ${region.people} participants, ${region.scores} score rows; ${runs} runs each`);

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
async function time(fn: () => Promise<void>): Promise<{ p50: number; p99: number; max: number }> {
  for (let i = 0; i < 2; i++) await fn();
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn();
    ms.push(performance.now() - t);
  }
  ms.sort((a, b) => a - b);
  return { p50: percentile(ms, 50), p99: percentile(ms, 99), max: ms[ms.length - 1] ?? Number.NaN };
}

// 3. The bare SQL, as polku_app with the region set.
const direct = new pg.Client({ connectionString: appUrl.toString() });
await direct.connect();
const dialect = new PgDialect();
const workMem = dialect.sqlToQuery(COHORT_WORK_MEM).sql;
const bare = async (filters: CohortFilters) => {
  const q = dialect.sqlToQuery(cohortQuery(region.id, instrument.id, filters));
  await direct.query("BEGIN");
  await direct.query("SELECT set_config('app.region_id', $1, true)", [region.id]);
  await direct.query(workMem);
  await direct.query(q.sql, q.params);
  await direct.query("COMMIT");
};
const plan = dialect.sqlToQuery(cohortQuery(region.id, instrument.id, none));
await direct.query("BEGIN");
await direct.query("SELECT set_config('app.region_id', $1, true)", [region.id]);
await direct.query(workMem);
const explained = await direct.query<{ "QUERY PLAN": string }>(
  `EXPLAIN (ANALYZE, BUFFERS) ${plan.sql}`,
  plan.params,
);
await direct.query("COMMIT");
const planFile = "/tmp/polku-bench-cohort-plan.txt";
writeFileSync(planFile, explained.rows.map((r) => r["QUERY PLAN"]).join("\n"));
log(`the whole region's plan is in ${planFile}`);

// 4. The application in its own process.
const app = await startApp(url.toString());
const { origin, stop: stopApp } = app;

const rows: string[] = [];
try {
  const signIn = await fetch(`${origin}/api/session`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email: manager.email, password: BENCH_PASSWORD }),
  });
  if (!signIn.ok) throw new Error(`the manager could not sign in: ${signIn.status}`);
  const cookie = (signIn.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
  const loadAtStart = loadavg()
    .map((l) => l.toFixed(1))
    .join(" ");

  for (const s of scenarios) {
    const params = new URLSearchParams({ instrumentId: instrument.id });
    for (const [k, v] of Object.entries(s.filters)) if (v) params.set(k, v);
    let last: unknown = null;
    const http = await time(async () => {
      const res = await fetch(`${origin}/api/self-assessment/cohort?${params}`, { headers: { cookie } });
      if (!res.ok) throw new Error(`${s.name}: ${res.status} ${await res.text()}`);
      last = await res.json();
    });
    const sql = await time(() => bare(s.filters));
    const report = (last as { data: { participants: number | null; withTwoAnswers: number | null } }).data;
    rows.push(
      `| ${s.name} | ${report.participants ?? "–"} | ${report.withTwoAnswers ?? "–"} | ${http.p50.toFixed(0)} | ${http.p99.toFixed(0)} | ${sql.p50.toFixed(0)} | ${sql.p99.toFixed(0)} | ${(http.p50 / sql.p50).toFixed(2)} |`,
    );
    log(
      `${s.name}: HTTP p50 ${http.p50.toFixed(0)} ms p99 ${http.p99.toFixed(0)} ms; SQL p50 ${sql.p50.toFixed(0)} ms p99 ${sql.p99.toFixed(0)} ms`,
    );
  }
  console.log(
    `\nMeasured ${today}, ${runs} runs each after 2 warm-ups, one request at a time; ${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GiB; load average at start ${loadAtStart}.\n`,
  );
  console.log(
    "| report | people | with two answers | HTTP p50 ms | HTTP p99 ms | SQL p50 ms | SQL p99 ms | HTTP / SQL |",
  );
  console.log("|---|---:|---:|---:|---:|---:|---:|---:|");
  for (const r of rows) console.log(r);
} finally {
  await stopApp();
  await direct.end();
  await owner.end();
}
