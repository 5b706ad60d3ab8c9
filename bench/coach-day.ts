// A coach's day under load (issue 3): 50 coaches at once, each with their own session, open their
// caseload, search, open one of their participants, read the timeline and add a step.
//
// Each endpoint is measured twice: paced (the 50 coaches together send `rate` requests a second at random
// moments, by default 25: each coach clicks every two seconds on average) and saturated (50 connections,
// each sending its next request as soon as the last is answered: the capacity, where latency is mostly
// queueing). For each, the same SQL then runs straight through `pg` under the same load, so the
// application's overhead is a ratio. Then the whole day (paced: its requests mixed; saturated: one
// sequence per coach), and the search alone on one connection.
//
// Needs the data set of bench/generate.ts. Run: npx tsx bench/coach-day.ts [--seconds=20]
//   [--direct-seconds=15] [--connections=50] [--rate=25] [--only=caseload,search,participant,timeline,step]
// The application runs in its own process (node server/src/main.ts, as in production) against BENCH_DB
// with JOBS=false, SEED_DEMO=false, LOG_LEVEL=warn and the rate limits raised; it is stopped at the end.
import { loadavg } from "node:os";
import type autocannon from "autocannon";
import pg from "pg";
import { loadConfig } from "../server/src/config";
import { todayIso } from "../server/src/lib/dates";
import { startApp } from "./lib/app";
import { type Coach, dayEndpoints, type Endpoint, headersOf, loadCoaches, signIn } from "./lib/day";
import { type Load, type Outcome, runApp, runAppPaced, runDirect } from "./lib/runners";

const args = new Map(
  process.argv.slice(2).map((a) => {
    const [k = "", v = ""] = a.replace(/^--/, "").split("=");
    return [k, v] as const;
  }),
);
const seconds = Number(args.get("seconds") ?? 20);
const directSeconds = Number(args.get("direct-seconds") ?? 15);
const connections = Number(args.get("connections") ?? 50);
const rate = Number(args.get("rate") ?? 25);
const only = args.get("only")?.split(",");
const base = process.env.BENCH_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
const url = new URL(base);
url.pathname = `/${process.env.BENCH_DB ?? "polku_bench"}`;
const config = loadConfig({ DATABASE_URL: url.toString() });
if (config.database.kind !== "postgres") throw new Error("needs PostgreSQL");
const today = todayIso();
const loadAtStart = loadavg()
  .map((l) => l.toFixed(1))
  .join(" ");

const owner = new pg.Client({ connectionString: url.toString() });
await owner.connect();
const coaches = await loadCoaches(owner, connections);
if (coaches.length === 0) throw new Error(`no coaches in ${url.pathname}: run bench/generate.ts first`);
const sizes = await owner.query<{ table: string; n: string }>(
  `SELECT relname AS table, reltuples::bigint AS n FROM pg_class
    WHERE relname IN ('participants', 'pathway_events', 'users') AND relkind = 'r'`,
);
// The server processes of the bench database, for their CPU time (the server is shared with test runs).
const backends = async () =>
  (
    await owner.query<{ pid: number }>(
      "SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()",
    )
  ).rows.map((r) => r.pid);

// The application, in its own process.
const app = await startApp(url.toString());
const { origin, stop: stopApp } = app;
const cpuOf = { appPid: app.pid, backends };

try {
  await signIn(origin, coaches);

  // A route that does not exist (yet) answers the not-found handler's 404 (type about:blank): skip it.
  const available: Endpoint[] = [];
  for (const e of dayEndpoints(today).filter((x) => !only || only.includes(x.key))) {
    const c = coaches[0] as Coach;
    const call = e.call(c, 0);
    const res = await fetch(`${origin}${call.path}`, {
      method: call.method,
      headers: headersOf(c, call),
      body: call.body,
    });
    const body = await res.text();
    if (res.status === 404 && body.includes("about:blank"))
      console.log(`skipped ${e.name}: no such route yet`);
    else if (!res.ok) throw new Error(`${e.name} answered ${res.status}: ${body.slice(0, 300)}`);
    else available.push(e);
  }

  if (available.length === 0) throw new Error("none of the day's endpoints exists");
  // Requests go to the coaches in turn, so that 50 different sessions are in flight; `visit` counts a
  // coach's own requests, to vary which of their participants is opened.
  let turn = 0;
  const nextCoach = () => coaches[turn++ % coaches.length] as Coach;
  const visit = () => Math.floor(turn / coaches.length);
  const requestOf = (e: Endpoint): autocannon.Request => ({
    setupRequest: (req) => {
      const c = nextCoach();
      const call = e.call(c, visit());
      return {
        ...req,
        method: call.method,
        path: call.path,
        headers: headersOf(c, call),
        body: call.body ?? "",
      };
    },
  });
  // The day as one sequence: one coach's five requests in a row, then the next coach.
  const day: autocannon.Request[] = available.map((e, i) => ({
    setupRequest: (req, context) => {
      const ctx = context as { coach?: Coach; n?: number };
      if (i === 0 || !ctx.coach) {
        ctx.coach = nextCoach();
        ctx.n = visit();
      }
      const call = e.call(ctx.coach, ctx.n ?? 0);
      return {
        ...req,
        method: call.method,
        path: call.path,
        headers: headersOf(ctx.coach, call),
        body: call.body ?? "",
      };
    },
  }));

  // Paced requests: the i-th goes to coach i mod 50 (their (i div 50)-th visit); for the day, the
  // i-th request is the (i mod 5)-th endpoint of the day.
  const send = async (e: Endpoint, c: Coach, n: number) => {
    const call = e.call(c, n);
    const res = await fetch(`${origin}${call.path}`, {
      method: call.method,
      headers: headersOf(c, call),
      body: call.body,
    });
    await res.arrayBuffer();
    return res.ok;
  };
  const pacedOf = (e: Endpoint) => (i: number) =>
    send(e, coaches[i % coaches.length] as Coach, Math.floor(i / coaches.length));
  const pacedDay = (i: number) => {
    const k = Math.floor(i / available.length);
    return send(
      available[i % available.length] as Endpoint,
      coaches[k % coaches.length] as Coach,
      Math.floor(k / coaches.length),
    );
  };
  const paced = { connections, seconds, rate };
  const saturated: Load = { connections, seconds };
  // Warm up (JIT, caches) with a few seconds of the day; not measured.
  await runApp(origin, day, { connections, seconds: 5 }, cpuOf);
  type Results = { paced?: Outcome; saturated?: Outcome; directPaced?: Outcome; directSaturated?: Outcome };
  const results = new Map<string, Results>();
  // The same SQL goes through pg as the application role, over a pool of the application's size (10),
  // so that waiting for a connection counts on both sides; the application idles meanwhile. Each
  // endpoint's four runs follow each other, and adding steps comes last, so that the steps the runs
  // add do not weigh on the other endpoints' figures.
  const pool = new pg.Pool({ connectionString: config.database.appUrl, max: 10 });
  for (const e of available) {
    const work = (client: pg.ClientBase, i: number) =>
      e.sql(client, coaches[i % coaches.length] as Coach, Math.floor(i / coaches.length));
    const r: Results = {};
    results.set(e.name, r);
    r.paced = await runAppPaced(pacedOf(e), paced, cpuOf);
    r.directPaced = await runDirect(pool, work, { ...paced, seconds: directSeconds }, backends);
    r.saturated = await runApp(origin, [requestOf(e)], saturated, cpuOf);
    r.directSaturated = await runDirect(pool, work, { ...saturated, seconds: directSeconds }, backends);
    console.log(`${e.name}: paced p99 ${r.paced.p99.toFixed(1)} ms; saturated ${r.saturated.rps} req/s`);
  }
  await pool.end();
  const searchEndpoint = available.find((e) => e.key === "search");
  const single = searchEndpoint
    ? await runApp(origin, [requestOf(searchEndpoint)], { connections: 1, seconds }, cpuOf)
    : null;
  const dayPaced = await runAppPaced(pacedDay, paced, cpuOf);
  const daySaturated = await runApp(origin, day, saturated, cpuOf);
  await stopApp();

  // Report, as markdown for docs/performance.md.
  const f = (n: number) => (n >= 10 ? n.toFixed(0) : n.toFixed(1));
  const ms = (cpuSeconds: number, o: Outcome) => f((cpuSeconds * 1000) / Math.max(1, o.total));
  const count = (t: string) => Number(sizes.rows.find((r) => r.table === t)?.n ?? 0).toLocaleString("en");
  const failed = (o?: Outcome) => (o?.failed ? ` (${o.failed} failed)` : "");
  console.log(
    `\n${coaches.length} coaches on ${connections} connections; app runs ${seconds} s, pg-direct ${directSeconds} s, pool of 10 on both sides. ` +
      `Data: ${count("participants")} participants, ${count("pathway_events")} events, ${count("users")} users. ` +
      `Load average at the start: ${loadAtStart}.`,
  );
  console.log(`\nPaced: ${rate} requests/s from the ${coaches.length} coaches together.\n`);
  console.log(
    "| endpoint | p50 ms | p99 ms | pg-direct p50 ms | pg-direct p99 ms | ratio p50 | ratio p99 | p99 < 50 ms | ratio < 2 |",
  );
  console.log("|---|---:|---:|---:|---:|---:|---:|---|---|");
  for (const [name, r] of results) {
    const a = r.paced;
    const d = r.directPaced;
    if (!a || !d) continue;
    const r50 = a.p50 / Math.max(0.01, d.p50);
    console.log(
      `| ${name} | ${f(a.p50)} | ${f(a.p99)} | ${f(d.p50)} | ${f(d.p99)}${failed(d)} | ${f(r50)} | ${f(a.p99 / Math.max(0.01, d.p99))} | ${a.p99 < 50 ? "yes" : "no"}${failed(a)} | ${r50 < 2 ? "yes" : "no"} |`,
    );
  }
  console.log(`\nSaturated: ${connections} connections, each sends again as soon as answered.\n`);
  console.log(
    "| endpoint | req/s | p50 ms | p99 ms | pg-direct req/s | pg-direct p50 ms | pg-direct p99 ms | ratio p50 | CPU ms per request: app + postgres | pg-direct: postgres |",
  );
  console.log("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
  for (const [name, r] of results) {
    const a = r.saturated;
    const d = r.directSaturated;
    if (!a || !d) continue;
    console.log(
      `| ${name} | ${a.rps}${failed(a)} | ${a.p50} | ${a.p99} | ${d.rps}${failed(d)} | ${f(d.p50)} | ${f(d.p99)} | ${f(a.p50 / Math.max(0.01, d.p50))} | ${ms(a.cpu.appSeconds, a)} + ${ms(a.cpu.postgresSeconds, a)} | ${ms(d.cpu.postgresSeconds, d)} |`,
    );
  }
  const line = (label: string, o: Outcome | null) =>
    o &&
    console.log(
      `${label}: ${o.rps} req/s, p50 ${f(o.p50)} ms, p99 ${f(o.p99)} ms, max ${f(o.max)} ms${failed(o)}; CPU per request app ${ms(o.cpu.appSeconds, o)} ms + postgres ${ms(o.cpu.postgresSeconds, o)} ms.`,
    );
  console.log("");
  line(`The day's ${available.length} requests mixed, paced`, dayPaced);
  line("The day as a sequence per coach, saturated", daySaturated);
  line("Search alone, 1 connection", single);
  console.log("\nCPU, % of one core (app or pg client, postgres backends, whole machine):");
  for (const [name, r] of results) {
    const c = (o?: Outcome) => (o ? `${o.cpu.app}/${o.cpu.postgres}/${o.cpu.machine}` : "");
    console.log(
      `- ${name}: paced ${c(r.paced)}, saturated ${c(r.saturated)}; pg-direct paced ${c(r.directPaced)}, saturated ${c(r.directSaturated)}`,
    );
  }
} finally {
  await stopApp();
  await owner.end();
}
