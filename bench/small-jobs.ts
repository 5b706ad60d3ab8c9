// Small jobs under load (issue 5): 100 000 open jobs and 200 000 seekers in PostgreSQL; a seeker's job
// search (GET /api/me/jobs, many different participants signed in) and a coach's seeker matching for a
// job (GET /api/jobs/:id/matches, many coaches, jobs of their regions). Target: p99 under 50 ms.
//
// Run: npm run bench:small-jobs -- [--fresh] [--jobs=100000] [--seekers=200000] [--accounts=100]
//   [--coaches=20] [--seconds=20] [--direct-seconds=10] [--connections=20] [--rate=25] [--seed=1]
// BENCH_SCALE=small makes 5 000 jobs and 10 000 seekers (for a busy machine; the flags still win).
// BENCH_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/postgres) names the server and a
// superuser; the data set lives in BENCH_DB (default polku_bench_jobs), generated when it is missing, has
// another size, or with --fresh (bench/lib/small-jobs-load.ts); only that database is ever dropped.
//
// Each scenario is measured paced (requests at random moments, `rate` a second from all callers
// together: the latency people see) and saturated (`connections` callers, each sending again as soon
// as answered: the capacity). Each is measured twice:
//   - through HTTP: the application in its own process (node server/src/main.ts, as in production):
//     session, validation, the consent check, the access-log rows, the search or matching statement,
//     the benefit estimates (search) and serialisation;
//   - as bare SQL: the search statement (searchQuery) or the matching statement (matchQuery), the very
//     SQL the service sends, through `pg` as polku_app in a transaction with the region set, so that
//     row-level security applies as in the application, and JIT off as inRegion sets it
//     (server/src/db/client.ts); a pool of 10 on both sides.
import { writeFileSync } from "node:fs";
import { cpus, loadavg, totalmem } from "node:os";
import type autocannon from "autocannon";
import { PgDialect } from "drizzle-orm/pg-core";
import pg from "pg";
import type { SignedInUser } from "../server/src/http/context";
import { todayIso } from "../server/src/lib/dates";
import { matchQuery } from "../server/src/modules/small-jobs/matching";
import type { JobRow } from "../server/src/modules/small-jobs/policy";
import { type Seeker, searchQuery } from "../server/src/modules/small-jobs/search";
import { startApp } from "./lib/app";
import { BENCH_PASSWORD } from "./lib/network";
import { type Outcome, runApp, runAppPaced, runDirect } from "./lib/runners";
import { loadJobsDataSet } from "./lib/small-jobs-load";

const args = new Map(
  process.argv.slice(2).map((a) => {
    const [k = "", v = "true"] = a.replace(/^--/, "").split("=");
    return [k, v] as const;
  }),
);
const small = process.env.BENCH_SCALE === "small";
const num = (name: string, fallback: number) => Number(args.get(name) ?? fallback);
const opts = {
  jobs: num("jobs", small ? 5_000 : 100_000),
  seekers: num("seekers", small ? 10_000 : 200_000),
  accounts: num("accounts", small ? 40 : 100),
  coaches: num("coaches", small ? 10 : 20),
  seconds: num("seconds", small ? 8 : 20),
  directSeconds: num("direct-seconds", small ? 5 : 10),
  connections: num("connections", 20),
  rate: num("rate", 25),
  seed: num("seed", 1),
};
const base = process.env.BENCH_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
const dbName = process.env.BENCH_DB ?? "polku_bench_jobs";
if (!/^[a-z_][a-z0-9_]*$/.test(dbName)) throw new Error(`BENCH_DB=${dbName} is not a plain database name`);
const url = new URL(base);
url.pathname = `/${dbName}`;
const appUrl = new URL(url);
appUrl.username = "polku_app";
const t0 = performance.now();
const log = (msg: string) =>
  console.log(`[${((performance.now() - t0) / 1000).toFixed(1).padStart(6)} s] ${msg}`);

// 1. The data set: made when missing, of another size, or asked for.
async function openJobCount(): Promise<number> {
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  const exists = (await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [dbName])).rowCount === 1;
  await admin.end();
  if (!exists) return -1;
  const c = new pg.Client({ connectionString: url.toString() });
  await c.connect();
  const n = await c
    .query<{ n: number }>("SELECT count(*)::int AS n FROM jobs WHERE status = 'open'")
    .then((r) => r.rows[0]?.n ?? 0)
    .catch(() => -1);
  await c.end();
  return n;
}
if (args.has("fresh") || (await openJobCount()) !== opts.jobs) {
  const result = await loadJobsDataSet({ base, name: dbName, ...opts, log });
  console.log("\n| table | rows | size |\n|---|---:|---:|");
  for (const t of result.tables)
    console.log(`| ${t.table} | ${t.rows.toLocaleString("fi-FI")} | ${t.size} |`);
  const s = result.seconds;
  console.log(
    `\nLoad ${s.load.toFixed(1)} s, indexes ${s.index.toFixed(1)} s, foreign keys ${s.check.toFixed(1)} s, VACUUM ANALYZE ${s.vacuum.toFixed(1)} s; total ${s.total.toFixed(1)} s.\n`,
  );
}

// 2. Who asks: seekers with a sign-in, and coaches with open jobs of their regions.
const owner = new pg.Client({ connectionString: url.toString() });
await owner.connect();
const today = todayIso();
interface SeekerActor {
  email: string;
  regionId: string;
  seeker: Seeker;
  cookie: string;
}
const seekerRows = (
  await owner.query<{
    email: string;
    region_id: string;
    id: string;
    village: string | null;
    municipality: string | null;
    has: string[] | null;
    categories: string[] | null;
    weekdays: number[] | null;
    ceiling: number | null;
  }>(
    `SELECT u.email, p.region_id, p.id, coalesce(sp.village, p.village) AS village,
            coalesce(sp.municipality, p.municipality) AS municipality, sp.has, sp.categories, sp.weekdays,
            sp.monthly_ceiling_cents AS ceiling
       FROM participants p JOIN users u ON u.id = p.user_id
       LEFT JOIN seeker_profiles sp ON sp.participant_id = p.id
      ORDER BY u.email`,
  )
).rows;
const seekers: SeekerActor[] = seekerRows.map((r) => ({
  email: r.email,
  regionId: r.region_id,
  cookie: "",
  seeker: {
    participantId: r.id,
    village: r.village,
    municipality: r.municipality,
    has: r.has ?? [],
    categories: r.categories ?? [],
    weekdays: r.weekdays ?? [],
    monthlyCeilingCents: r.ceiling,
  },
}));
interface CoachActor {
  email: string;
  user: SignedInUser;
  jobs: JobRow[];
  cookie: string;
}
const coachRows = (
  await owner.query<{ id: string; email: string; region_id: string; organisation_id: string }>(
    `SELECT id, email, region_id, organisation_id FROM (
       SELECT u.id, u.email, u.region_id, m.organisation_id,
              row_number() OVER (PARTITION BY u.region_id ORDER BY u.email) AS n,
              (SELECT count(*) FROM participants p WHERE p.region_id = u.region_id) AS people
         FROM users u JOIN memberships m ON m.user_id = u.id AND m.role = 'coach') c
      ORDER BY n, people DESC LIMIT $1`,
    [opts.coaches],
  )
).rows;
const coaches: CoachActor[] = [];
for (const c of coachRows) {
  const jobs = (
    await owner.query<{ row: JobRow }>(
      `SELECT json_build_object('id', id, 'village', village, 'municipality', municipality, 'category', category,
          'requirements', requirements, 'startsOn', starts_on, 'endsOn', ends_on, 'payType', pay_type,
          'payCents', pay_cents, 'estimatedMinutes', estimated_minutes, 'status', status) AS row
         FROM jobs WHERE region_id = $1 AND status = 'open' ORDER BY md5(id::text) LIMIT 20`,
      [c.region_id],
    )
  ).rows.map((r) => r.row);
  coaches.push({
    email: c.email,
    cookie: "",
    jobs,
    user: {
      id: c.id,
      regionId: c.region_id,
      regionName: "",
      email: c.email,
      name: "",
      language: "fi",
      roles: ["coach"],
      memberships: [{ id: "", organisationId: c.organisation_id, organisationName: "", role: "coach" }],
      sessionId: "",
      csrfToken: "",
    },
  });
}
if (seekers.length === 0 || coaches.length === 0) throw new Error("no seekers with a sign-in or no coaches");
const sizes = (
  await owner.query<{ table: string; n: string }>(
    `SELECT relname AS table, reltuples::bigint AS n FROM pg_class
      WHERE relname IN ('participants', 'seeker_profiles', 'jobs', 'job_workers') AND relkind = 'r'`,
  )
).rows;
const openJobs = await openJobCount();
const backends = async () =>
  (
    await owner.query<{ pid: number }>(
      "SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()",
    )
  ).rows.map((r) => r.pid);

// 3. The bare SQL, as polku_app with the region set, and its plans for the record.
const dialect = new PgDialect();
const inRegion = async (client: pg.ClientBase, regionId: string, text: string, params: unknown[]) => {
  await client.query("BEGIN");
  try {
    // As the services: the region for row-level security, and no JIT (searchJobs, seekersForJob).
    await client.query("SELECT set_config('app.region_id', $1, true), set_config('jit', 'off', true)", [
      regionId,
    ]);
    await client.query(text, params);
    await client.query("COMMIT");
  } catch (err) {
    await client.query("ROLLBACK");
    throw err;
  }
};
const searchSql = seekers.map((s) => ({
  regionId: s.regionId,
  ...dialect.sqlToQuery(searchQuery(s.seeker, { limit: 20 }, today)),
}));
const matchSql = coaches.flatMap((c) =>
  c.jobs.map((j) => ({
    regionId: c.user.regionId,
    ...dialect.sqlToQuery(matchQuery(c.user, j, { partial: false, limit: 50 })),
  })),
);
const explain = async (q: { regionId: string; sql: string; params: unknown[] }) => {
  const direct = new pg.Client({ connectionString: appUrl.toString() });
  await direct.connect();
  await direct.query("BEGIN");
  await direct.query("SELECT set_config('app.region_id', $1, true), set_config('jit', 'off', true)", [
    q.regionId,
  ]);
  const plan = await direct.query<{ "QUERY PLAN": string }>(`EXPLAIN (ANALYZE, BUFFERS) ${q.sql}`, q.params);
  await direct.query("COMMIT");
  await direct.end();
  return plan.rows.map((r) => r["QUERY PLAN"]).join("\n");
};
const planFile = "/tmp/polku-bench-small-jobs-plans.txt";
const [firstSearch] = searchSql;
const [firstMatch] = matchSql;
if (firstSearch && firstMatch) {
  writeFileSync(
    planFile,
    `-- job search\n${await explain(firstSearch)}\n\n-- seeker matching\n${await explain(firstMatch)}\n`,
  );
  log(`plans of one search and one matching are in ${planFile}`);
}

// 4. The application in its own process; everyone signs in (argon2: a few at a time).
const app = await startApp(url.toString());
const { origin, stop: stopApp } = app;
const cpuOf = { appPid: app.pid, backends };
const signIn = async (who: { email: string; cookie: string }) => {
  const res = await fetch(`${origin}/api/session`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email: who.email, password: BENCH_PASSWORD }),
  });
  if (!res.ok) throw new Error(`${who.email} could not sign in: ${res.status} ${await res.text()}`);
  who.cookie = (res.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
};
const loadAtStart = loadavg()
  .map((l) => l.toFixed(1))
  .join(" ");

interface Scenario {
  name: string;
  path(i: number): { path: string; cookie: string };
  sql: { regionId: string; sql: string; params: unknown[] }[];
}
const pairs = coaches.flatMap((c) => c.jobs.map((j) => ({ c, j })));
const scenarios: Scenario[] = [
  {
    name: "GET /api/me/jobs (job search)",
    path: (i) => {
      const s = seekers[i % seekers.length] as SeekerActor;
      return { path: "/api/me/jobs", cookie: s.cookie };
    },
    sql: searchSql,
  },
  {
    name: "GET /api/jobs/:id/matches (seeker matching)",
    path: (i) => {
      const p = pairs[i % pairs.length] as (typeof pairs)[number];
      return { path: `/api/jobs/${p.j.id}/matches`, cookie: p.c.cookie };
    },
    sql: matchSql,
  },
];

type Results = { paced: Outcome; saturated: Outcome; directPaced: Outcome; directSaturated: Outcome };
const results = new Map<string, Results>();
try {
  for (let i = 0; i < seekers.length; i += 4) await Promise.all(seekers.slice(i, i + 4).map(signIn));
  for (let i = 0; i < coaches.length; i += 4) await Promise.all(coaches.slice(i, i + 4).map(signIn));
  log(`${seekers.length} seekers and ${coaches.length} coaches signed in`);
  const pool = new pg.Pool({ connectionString: appUrl.toString(), max: 10 });
  for (const s of scenarios) {
    const probe = s.path(0);
    const check = await fetch(`${origin}${probe.path}`, { headers: { cookie: probe.cookie } });
    if (!check.ok)
      throw new Error(`${s.name} answered ${check.status}: ${(await check.text()).slice(0, 300)}`);
    let turn = 0;
    const request: autocannon.Request = {
      setupRequest: (req) => {
        const call = s.path(turn++);
        return {
          ...req,
          method: "GET",
          path: call.path,
          headers: { cookie: call.cookie, "accept-language": "fi" },
        };
      },
    };
    const send = async (i: number) => {
      const call = s.path(i);
      const res = await fetch(`${origin}${call.path}`, {
        headers: { cookie: call.cookie, "accept-language": "fi" },
      });
      await res.arrayBuffer();
      return res.ok;
    };
    const work = (client: pg.ClientBase, i: number) => {
      const q = s.sql[i % s.sql.length] as Scenario["sql"][number];
      return inRegion(client, q.regionId, q.sql, q.params);
    };
    // Warm up (JIT, caches); not measured.
    await runApp(origin, [request], { connections: opts.connections, seconds: 3 }, cpuOf);
    const paced = { connections: opts.connections, seconds: opts.seconds, rate: opts.rate };
    const saturated = { connections: opts.connections, seconds: opts.seconds };
    const r: Results = {
      paced: await runAppPaced(send, paced, cpuOf),
      directPaced: await runDirect(pool, work, { ...paced, seconds: opts.directSeconds }, backends),
      saturated: await runApp(origin, [request], saturated, cpuOf),
      directSaturated: await runDirect(pool, work, { ...saturated, seconds: opts.directSeconds }, backends),
    };
    results.set(s.name, r);
    log(
      `${s.name}: paced p50 ${r.paced.p50.toFixed(1)} ms p99 ${r.paced.p99.toFixed(1)} ms; bare SQL p99 ${r.directPaced.p99.toFixed(1)} ms`,
    );
  }
  await pool.end();
} finally {
  await stopApp();
  await owner.end();
}

// 5. The report, as markdown for docs/performance.md.
const f = (n: number) => (n >= 10 ? n.toFixed(0) : n.toFixed(1));
const count = (t: string) => Number(sizes.find((r) => r.table === t)?.n ?? 0).toLocaleString("en");
const failed = (o: Outcome) => (o.failed ? ` (${o.failed} failed)` : "");
console.log(
  `\nMeasured ${today}; ${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GiB; load average at the start ${loadAtStart}. ` +
    `Data: ${openJobs.toLocaleString("en")} open jobs (${count("jobs")} in all), ${count("seeker_profiles")} seekers, ${count("job_workers")} workers. ` +
    `${seekers.length} seekers and ${coaches.length} coaches (${pairs.length} of their regions' jobs) signed in; app ${opts.seconds} s, bare SQL ${opts.directSeconds} s per run; pool of 10 on both sides.`,
);
console.log(`\nPaced: ${opts.rate} requests/s at random moments, at most ${opts.connections} at once.\n`);
console.log("| scenario | HTTP p50 ms | HTTP p99 ms | bare SQL p50 ms | bare SQL p99 ms | p99 < 50 ms |");
console.log("|---|---:|---:|---:|---:|---|");
for (const [name, r] of results) {
  console.log(
    `| ${name} | ${f(r.paced.p50)} | ${f(r.paced.p99)}${failed(r.paced)} | ${f(r.directPaced.p50)} | ${f(r.directPaced.p99)}${failed(r.directPaced)} | ${r.paced.p99 < 50 ? "yes" : "no"} |`,
  );
}
console.log(`\nSaturated: ${opts.connections} connections, each sends again as soon as answered.\n`);
console.log(
  "| scenario | req/s | HTTP p50 ms | HTTP p99 ms | bare SQL req/s | bare SQL p50 ms | bare SQL p99 ms |",
);
console.log("|---|---:|---:|---:|---:|---:|---:|");
for (const [name, r] of results) {
  console.log(
    `| ${name} | ${r.saturated.rps}${failed(r.saturated)} | ${f(r.saturated.p50)} | ${f(r.saturated.p99)} | ${r.directSaturated.rps}${failed(r.directSaturated)} | ${f(r.directSaturated.p50)} | ${f(r.directSaturated.p99)} |`,
  );
}
