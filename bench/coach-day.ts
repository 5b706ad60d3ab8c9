// A coach's day under load (issue 3): 50 coaches at once, each signed in with their own session, open
// their caseload, search, open one of their participants, read the timeline and add a step. Each
// endpoint runs alone with autocannon; then the same SQL runs straight through `pg` at the same
// concurrency, so the application's overhead is a ratio. Then the whole day as a mix, and the search
// alone at one connection.
//
// Needs the data set of bench/generate.ts. Run: npx tsx bench/coach-day.ts [--seconds=20]
//   [--connections=50] [--direct-seconds=15] [--only=caseload,search,participant,timeline,step]
// The application runs as its own process (node server/src/main.ts) against BENCH_DB with JOBS=false,
// SEED_DEMO=false, LOG_LEVEL=warn and rate limits raised; it is stopped at the end.
import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";
import { createServer } from "node:net";
import { loadavg } from "node:os";
import autocannon from "autocannon";
import pg from "pg";
import { loadConfig } from "../server/src/config";
import { todayIso } from "../server/src/lib/dates";
import { type CpuUse, measureCpu } from "./lib/cpu";
import * as direct from "./lib/direct";
import { HOSTS } from "./lib/finland";
import { BENCH_PASSWORD } from "./lib/network";

const args = new Map(
  process.argv.slice(2).map((a) => {
    const [k = "", v = ""] = a.replace(/^--/, "").split("=");
    return [k, v] as const;
  }),
);
const seconds = Number(args.get("seconds") ?? 20);
const connections = Number(args.get("connections") ?? 50);
const directSeconds = Number(args.get("direct-seconds") ?? 15);
const only = args.get("only")?.split(",");
const base = process.env.BENCH_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
const dbName = process.env.BENCH_DB ?? "polku_bench";
const url = new URL(base);
url.pathname = `/${dbName}`;
const config = loadConfig({ DATABASE_URL: url.toString() });
if (config.database.kind !== "postgres") throw new Error("needs PostgreSQL");
const today = todayIso();
const loadAtStart = loadavg()
  .map((l) => l.toFixed(1))
  .join(" ");

// 1. Who: 50 coaches spread over the regions (one per region, then a second in the first regions),
// with the participants of their open caseload.
interface Coach extends direct.Actor {
  email: string;
  participants: { id: string; firstName: string; lastName: string }[];
  searches: string[];
  cookie: string;
  csrf: string;
}
const owner = new pg.Client({ connectionString: url.toString() });
await owner.connect();
const picked = await owner.query<{ id: string; email: string; region_id: string; organisation_id: string }>(
  `SELECT id, email, region_id, organisation_id FROM (
     SELECT u.id, u.email, u.region_id, m.organisation_id,
            row_number() OVER (PARTITION BY u.region_id ORDER BY u.email) AS n
       FROM users u JOIN memberships m ON m.user_id = u.id AND m.role = 'coach'
      WHERE EXISTS (SELECT 1 FROM enrolments e WHERE e.coach_id = u.id AND e.exit_date IS NULL)) c
    ORDER BY n, email LIMIT $1`,
  [connections],
);
if (picked.rows.length === 0) throw new Error(`no coaches in ${dbName}: run bench/generate.ts first`);
const coaches: Coach[] = [];
for (const c of picked.rows) {
  const { rows } = await owner.query<{ id: string; first_name: string; last_name: string }>(
    `SELECT p.id, p.first_name, p.last_name FROM enrolments e JOIN participants p ON p.id = e.participant_id
      WHERE e.coach_id = $1 AND e.exit_date IS NULL ORDER BY p.id`,
    [c.id],
  );
  const participants = rows.map((r) => ({ id: r.id, firstName: r.first_name, lastName: r.last_name }));
  coaches.push({
    userId: c.id,
    regionId: c.region_id,
    organisationIds: [c.organisation_id],
    email: c.email,
    participants,
    // What a coach types: the start of a last name, or a first name and the start of the last.
    searches: participants
      .slice(0, 20)
      .map((p, i) =>
        (i % 3 === 2 ? `${p.firstName} ${p.lastName.slice(0, 2)}` : p.lastName.slice(0, 4)).toLowerCase(),
      ),
    cookie: "",
    csrf: "",
  });
}
const sizes = await owner.query<{ table: string; n: string }>(
  `SELECT relname AS table, reltuples::bigint AS n FROM pg_class
    WHERE relname IN ('participants', 'pathway_events', 'users', 'regions') AND relkind = 'r'`,
);
// The server processes of the bench database, for their CPU time (the server is shared with test runs).
const backends = async () =>
  (
    await owner.query<{ pid: number }>(
      "SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()",
    )
  ).rows.map((r) => r.pid);

// 2. The application, in its own process as in production.
const port = await new Promise<number>((resolve) => {
  const probe = createServer().listen(0, "127.0.0.1", () => {
    const address = probe.address();
    probe.close(() => resolve(typeof address === "object" && address ? address.port : 0));
  });
});
const origin = `http://127.0.0.1:${port}`;
const app: ChildProcess = spawn(process.execPath, ["--import", "tsx", "server/src/main.ts"], {
  env: {
    ...process.env,
    NODE_ENV: "production",
    DATABASE_URL: url.toString(),
    PORT: String(port),
    HOST: "127.0.0.1",
    JOBS: "false",
    SEED_DEMO: "false",
    LOG_LEVEL: "warn",
    RATE_LIMIT_PER_MINUTE: "1000000000",
    LOGIN_RATE_LIMIT_PER_MINUTE: "1000000",
    WEB_DIST: "/nonexistent",
  },
  stdio: ["ignore", "inherit", "inherit"],
});
const stopApp = async () => {
  if (app.exitCode === null && app.signalCode === null) {
    const exited = once(app, "exit");
    app.kill("SIGTERM");
    await exited;
  }
};
process.on("SIGINT", () => void stopApp().then(() => process.exit(130)));
const appPid = app.pid ?? 0;

try {
  for (let tries = 0; ; tries++) {
    const ok = await fetch(`${origin}/health`)
      .then((r) => r.ok)
      .catch(() => false);
    if (ok) break;
    if (tries > 120 || app.exitCode !== null) throw new Error("the application did not start");
    await new Promise((r) => setTimeout(r, 500));
  }

  // 3. Sign in every coach (argon2: a few at a time).
  for (let i = 0; i < coaches.length; i += 4) {
    await Promise.all(
      coaches.slice(i, i + 4).map(async (c) => {
        const res = await fetch(`${origin}/api/session`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ email: c.email, password: BENCH_PASSWORD }),
        });
        if (!res.ok) throw new Error(`${c.email} could not sign in: ${res.status} ${await res.text()}`);
        c.cookie = (res.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
        c.csrf = ((await res.json()) as { csrfToken: string }).csrfToken;
      }),
    );
  }

  // 4. The endpoints of the day. Each request is made as the next coach in turn, so that 50 different
  // sessions are in flight; the participant is one of that coach's own.
  interface Call {
    method: "GET" | "POST";
    path: string;
    body?: string;
  }
  const pick = <T>(items: readonly T[], n: number): T => items[n % items.length] as T;
  const stepBody = (n: number): direct.NewStep => {
    const start = new Date(Date.now() + (7 + (n % 60)) * 86_400_000).toISOString().slice(0, 10);
    const end = new Date(Date.now() + (97 + (n % 60)) * 86_400_000).toISOString().slice(0, 10);
    const kind = pick(["work_trial", "rehabilitative_work", "association_activity", "education"], n);
    return {
      kind,
      title: "Uusi askel",
      providerName: pick(HOSTS, n),
      startsOn: start,
      endsOn: end,
      daysPerWeek: 3,
      hoursPerDay: 5,
    };
  };
  const endpoints: {
    key: string;
    name: string;
    call(c: Coach, n: number): Call;
    sql(client: pg.ClientBase, c: Coach, n: number): Promise<void>;
  }[] = [
    {
      key: "caseload",
      name: "GET /api/caseload",
      call: () => ({ method: "GET", path: "/api/caseload" }),
      sql: (client, c) => direct.caseload(client, c, today),
    },
    {
      key: "search",
      name: "GET /api/participants?q=",
      call: (c, n) => ({
        method: "GET",
        path: `/api/participants?q=${encodeURIComponent(pick(c.searches, n))}`,
      }),
      sql: (client, c, n) => direct.search(client, c, pick(c.searches, n), today),
    },
    {
      key: "participant",
      name: "GET /api/participants/:id",
      call: (c, n) => ({ method: "GET", path: `/api/participants/${pick(c.participants, n).id}` }),
      sql: (client, c, n) => direct.participant(client, c, pick(c.participants, n).id),
    },
    {
      key: "timeline",
      name: "GET /api/participants/:id/timeline",
      call: (c, n) => ({ method: "GET", path: `/api/participants/${pick(c.participants, n).id}/timeline` }),
      sql: (client, c, n) => direct.timeline(client, c, pick(c.participants, n).id),
    },
    {
      key: "step",
      name: "POST /api/participants/:id/steps",
      call: (c, n) => ({
        method: "POST",
        path: `/api/participants/${pick(c.participants, n).id}/steps`,
        body: JSON.stringify(stepBody(n)),
      }),
      sql: (client, c, n) => direct.addStep(client, c, pick(c.participants, n).id, stepBody(n)),
    },
  ];
  const headersOf = (c: Coach, call: Call) => ({
    cookie: c.cookie,
    "x-csrf-token": c.csrf,
    "accept-language": "fi",
    ...(call.body ? { "content-type": "application/json" } : {}),
  });

  // A route that does not exist yet answers the not-found handler's 404 (type about:blank): skip it.
  const available: typeof endpoints = [];
  for (const e of endpoints.filter((x) => !only || only.includes(x.key))) {
    const c = coaches[0] as Coach;
    const call = e.call(c, 0);
    const res = await fetch(`${origin}${call.path}`, {
      method: call.method,
      headers: headersOf(c, call),
      body: call.body,
    });
    const body = await res.text();
    if (res.status === 404 && body.includes("about:blank")) {
      console.log(`skipped ${e.name}: the route does not exist yet`);
    } else if (!res.ok) {
      throw new Error(`${e.name} answered ${res.status}: ${body.slice(0, 300)}`);
    } else {
      available.push(e);
    }
  }

  // Requests go to the coaches in turn; `visit` counts a coach's own requests, to vary the participant.
  let turn = 0;
  const nextCoach = () => coaches[turn++ % coaches.length] as Coach;
  const visit = () => Math.floor(turn / coaches.length);
  const load = async (requests: autocannon.Request[], conns: number) => {
    const cpu = await measureCpu(appPid, backends);
    const r = await autocannon({ url: origin, connections: conns, duration: seconds, requests });
    return { r, cpu: await cpu() };
  };
  const request = (e: (typeof endpoints)[number]): autocannon.Request => ({
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

  interface Row {
    name: string;
    rps: number;
    p50: number;
    p99: number;
    bad: number;
    total: number;
    cpu: CpuUse;
    direct?: { rps: number; p50: number; p99: number; total: number; cpu: CpuUse };
  }
  const rows: Row[] = [];
  for (const e of available) {
    const { r, cpu } = await load([request(e)], connections);
    rows.push({
      name: e.name,
      rps: Math.round(r.requests.average),
      p50: r.latency.p50,
      p99: r.latency.p99,
      bad: r.non2xx + r.errors + r.timeouts,
      total: r.requests.total,
      cpu,
    });
    console.log(
      `${e.name}: ${Math.round(r.requests.average)} req/s, p50 ${r.latency.p50} ms, p99 ${r.latency.p99} ms`,
    );
  }

  // The whole day as one sequence per connection: a coach opens the caseload, searches, opens a
  // participant, reads the timeline, adds a step; then the next coach.
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
  const mixed = available.length > 1 ? await load(day, connections) : null;

  // The search alone, one connection: what one person waits for.
  const searchEndpoint = available.find((e) => e.key === "search");
  const single = searchEndpoint ? await load([request(searchEndpoint)], 1) : null;

  // 5. The same SQL straight through pg, as the application role, at the same concurrency over a pool
  // of the application's size (10), so that waiting for a connection counts on both sides.
  await stopApp();
  const pool = new pg.Pool({ connectionString: config.database.appUrl, max: 10 });
  const runDirect = async (e: (typeof endpoints)[number]) => {
    const cpu = await measureCpu(process.pid, backends);
    const times: number[] = [];
    const deadline = performance.now() + directSeconds * 1000;
    let n = 0;
    await Promise.all(
      Array.from({ length: connections }, async () => {
        while (performance.now() < deadline) {
          const i = n++;
          const c = coaches[i % coaches.length] as Coach;
          const t = performance.now();
          const client = await pool.connect();
          try {
            await e.sql(client, c, Math.floor(i / coaches.length));
          } finally {
            client.release();
          }
          times.push(performance.now() - t);
        }
      }),
    );
    times.sort((a, b) => a - b);
    const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? 0;
    return {
      rps: Math.round(times.length / directSeconds),
      p50: at(0.5),
      p99: at(0.99),
      total: times.length,
      cpu: await cpu(),
    };
  };
  for (const e of available) {
    const row = rows.find((r) => r.name === e.name);
    if (row) row.direct = await runDirect(e);
  }
  await pool.end();

  // 6. Report, as markdown for docs/performance.md.
  const f = (n: number) => (n >= 10 ? n.toFixed(0) : n.toFixed(1));
  const perRequest = (seconds: number, total: number) => f((seconds * 1000) / Math.max(1, total));
  const count = (t: string) => Number(sizes.rows.find((r) => r.table === t)?.n ?? 0).toLocaleString("en");
  console.log(
    `\n${connections} connections (${coaches.length} coaches), ${seconds} s per endpoint; pg-direct ${directSeconds} s, pool of 10. ` +
      `Data: ${count("participants")} participants, ${count("pathway_events")} events, ${count("users")} users. ` +
      `Load average at the start: ${loadAtStart}.\n`,
  );
  console.log(
    "| endpoint | req/s | p50 ms | p99 ms | pg-direct req/s | pg-direct p50 ms | pg-direct p99 ms | ratio p50 | ratio p99 | CPU ms per request: app + postgres (pg-direct: postgres) | p99 < 50 ms and ratio < 2 |",
  );
  console.log("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|");
  for (const r of rows) {
    const d = r.direct;
    const r50 = d ? r.p50 / Math.max(0.01, d.p50) : 0;
    const r99 = d ? r.p99 / Math.max(0.01, d.p99) : 0;
    const met = r.p99 < 50 && r50 < 2 ? "yes" : "no";
    const cpu = `${perRequest(r.cpu.appSeconds, r.total)} + ${perRequest(r.cpu.postgresSeconds, r.total)}${d ? ` (${perRequest(d.cpu.postgresSeconds, d.total)})` : ""}`;
    console.log(
      `| ${r.name} | ${r.rps} | ${r.p50} | ${r.p99} | ${d?.rps ?? ""} | ${d ? f(d.p50) : ""} | ${d ? f(d.p99) : ""} | ${f(r50)} | ${f(r99)} | ${cpu} | ${met}${r.bad ? ` (${r.bad} failed)` : ""} |`,
    );
  }
  if (mixed) {
    console.log(
      `\nThe day as a sequence (${available.length} requests per coach): ${Math.round(mixed.r.requests.average)} req/s, ` +
        `p50 ${mixed.r.latency.p50} ms, p99 ${mixed.r.latency.p99} ms, ${mixed.r.non2xx + mixed.r.errors} failed; ` +
        `CPU per request app ${perRequest(mixed.cpu.appSeconds, mixed.r.requests.total)} ms + postgres ${perRequest(mixed.cpu.postgresSeconds, mixed.r.requests.total)} ms.`,
    );
  }
  if (single) {
    console.log(
      `Search alone, 1 connection: ${Math.round(single.r.requests.average)} req/s, p50 ${single.r.latency.p50} ms, ` +
        `p99 ${single.r.latency.p99} ms, max ${single.r.latency.max} ms.`,
    );
  }
  console.log(
    "\nCPU (% of one core) during each run: app, postgres (bench database), load generator, whole machine",
  );
  for (const r of rows) {
    console.log(
      `- ${r.name}: ${r.cpu.app}, ${r.cpu.postgres}, ${r.cpu.self}, ${r.cpu.machine}; pg-direct: client ${r.direct?.cpu.app}, postgres ${r.direct?.cpu.postgres}, machine ${r.direct?.cpu.machine}`,
    );
  }
} finally {
  await stopApp();
  await owner.end();
}
