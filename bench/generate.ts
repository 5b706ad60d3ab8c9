// National-scale data set for the pathway load scenario (issue 3): 45 regions, 2 000 coaches, 200 000
// participants with their consents, enrolments, steps, stages and contacts, and 4 000 000 pathway events,
// loaded into a fresh database with COPY.
//
// Run: npx tsx bench/generate.ts [--participants=200000] [--events=4000000] [--coaches=2000] [--regions=45] [--seed=1]
// BENCH_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/postgres) names the server and a
// superuser; the database BENCH_DB (default polku_bench) is dropped and created anew, and only it.
//
// How it loads, and why:
// - The schema comes from the application's own migrations (openDatabase), so the data set has exactly
//   the tables, row-level security policies, triggers and grants that production has.
// - The load runs as the owner with `SET session_replication_role = replica`. In that mode PostgreSQL
//   fires no ordinary triggers: the audit triggers (an audit trail of a synthetic load is not wanted)
//   and the foreign-key triggers stay silent. Check constraints still apply. Every foreign key is then
//   checked by an anti-join after the load, and the setting ends with the load's connections.
// - Indexes of the large tables are dropped before and built after the load (faster than keeping them
//   up to date row by row). Tables that no foreign key points at are loaded with COPY … FREEZE (rows
//   written frozen, pages marked all-visible), so the closing VACUUM ANALYZE has little to do and
//   plans and index-only scans are as in a database that has been running.
// - Contacts and events are loaded in month order, so their physical order follows time, as in a
//   system that has run for years (a participant's events are spread over many pages, not adjacent).
// - Every row carries the region_id of its participant's region, so row-level security sees it as the
//   application would have written it.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { loadConfig } from "../server/src/config";
import { openDatabase } from "../server/src/db/client";
import { todayIso } from "../server/src/lib/dates";
import { hashPassword } from "../server/src/modules/auth/crypto";
import { BucketFiles, CopySink } from "./lib/copy";
import { DayStrings, dayOf, monthIndex } from "./lib/days";
import { buildIndexes, checkForeignKeys, dropIndexes } from "./lib/indexes";
import { BENCH_PASSWORD, buildNetwork, copyNetwork, type Network } from "./lib/network";
import { planPathway } from "./lib/pathway";
import { Rng } from "./lib/rng";
import { COLUMNS, type Sinks, writeParticipant } from "./lib/rows";

const args = new Map(
  process.argv.slice(2).map((a) => {
    const [k = "", v = ""] = a.replace(/^--/, "").split("=");
    return [k, v] as const;
  }),
);
const num = (name: string, fallback: number) => Number(args.get(name) ?? fallback);
const opts = {
  regions: num("regions", 45),
  coaches: num("coaches", 2000),
  participants: num("participants", 200_000),
  events: num("events", 4_000_000),
  seed: num("seed", 1),
};
const base = process.env.BENCH_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
const dbName = process.env.BENCH_DB ?? "polku_bench";
if (!/^[a-z_][a-z0-9_]*$/.test(dbName)) throw new Error(`BENCH_DB=${dbName} is not a plain database name`);

const t0 = performance.now();
const seconds = (from: number) => (performance.now() - from) / 1000;
const log = (msg: string) => console.log(`[${seconds(t0).toFixed(1).padStart(6)} s] ${msg}`);

// 1. A fresh database with the application's schema.
const admin = new pg.Client({ connectionString: base });
await admin.connect();
await admin.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
await admin.query(`CREATE DATABASE ${dbName}`);
await admin.end();
const url = new URL(base);
url.pathname = `/${dbName}`;
const config = loadConfig({ DATABASE_URL: url.toString() });
if (config.database.kind !== "postgres") throw new Error("the generator needs PostgreSQL");
await (await openDatabase(config.database)).close();
log(`created ${dbName} and migrated it`);

// 2. Owner connections for the load (see the header for session_replication_role).
const connect = async () => {
  const c = new pg.Client({ connectionString: url.toString() });
  await c.connect();
  await c.query("SET session_replication_role = replica");
  await c.query("SET synchronous_commit = off");
  await c.query("SET maintenance_work_mem = '512MB'");
  return c;
};
const owner = await connect();
const LARGE = [
  "participants",
  "consents",
  "enrolments",
  "steps",
  "stage_changes",
  "contacts",
  "pathway_events",
];
const dropped = await dropIndexes(owner, LARGE);
log(`dropped ${dropped.length} indexes of the large tables`);

// 3. The network: regions, organisations, staff, projects, statutory limits.
const rng = new Rng(opts.seed);
const network: Network = buildNetwork(rng, opts);
const passwordHash = await hashPassword(BENCH_PASSWORD);
const timings = new Map<string, { rows: number; load: number; index: number }>();
const record = (table: string, rows: number, load: number) => timings.set(table, { rows, load, index: 0 });

async function copyRows(table: string, columns: string[], rows: string[][]) {
  const t = performance.now();
  const sink = await CopySink.open(owner, table, columns);
  for (const r of rows) sink.row(r.join("\t"));
  await sink.finish();
  record(table, rows.length, seconds(t));
}
await copyNetwork(copyRows, network, passwordHash);
await owner.query("SELECT polku_default_statutory_limits(id) FROM regions");
log(`network: ${network.regions.length} regions, ${network.staff.length} staff`);

// 4. Plan every pathway once to count its events, then share the contacts so that events add up exactly.
const firstDay = dayOf("2024-01-01");
const lastDay = Math.min(dayOf(todayIso()) - 1, dayOf("2026-12-31"));
const seedOf = (i: number, stream: number) =>
  (opts.seed * 0x9e3779b1) ^ (i * 0x85ebca6b) ^ (stream * 0xc2b2ae35);
const people: { region: number; coach: number }[] = [];
for (const region of network.regions) {
  for (let k = 0; k < region.participants; k++) {
    people.push({ region: region.index, coach: k % Math.max(1, region.coaches.length) });
  }
}
const planOf = (i: number) => {
  const who = people[i];
  const region = network.regions[who?.region ?? 0];
  const coach = region?.coaches[who?.coach ?? 0];
  if (!region || !coach) throw new Error(`participant ${i} has no region or coach`);
  return { region, plan: planPathway(new Rng(seedOf(i, 1)), region, coach, firstDay, lastDay) };
};
const weights = new Float64Array(people.length);
let baseEvents = 0;
let weightSum = 0;
for (let i = 0; i < people.length; i++) {
  const { plan } = planOf(i);
  baseEvents += plan.baseEvents;
  // Contacts follow the time in the project, with a spread between people (some meet weekly, some rarely).
  const w = (plan.activeEnd - plan.entryDay + 14) * (0.2 + new Rng(seedOf(i, 3)).count(1, 6));
  weights[i] = w;
  weightSum += w;
}
const contactTotal = opts.events - baseEvents;
if (contactTotal < 0)
  throw new Error(`${opts.events} events are too few: the pathways alone make ${baseEvents}`);
const contactCounts = new Uint16Array(people.length);
let given = 0;
for (let i = 0; i < people.length; i++) {
  const n = Math.floor((contactTotal * (weights[i] ?? 0)) / weightSum);
  contactCounts[i] = n;
  given += n;
}
for (let i = 0; given < contactTotal; i = (i + 1) % people.length, given++) {
  contactCounts[i] = (contactCounts[i] ?? 0) + 1;
}
log(`planned ${people.length} pathways: ${baseEvents} events from pathways, ${contactTotal} contacts`);

// 5. Write: the participant tables stream straight into COPY; contacts and events go to month files.
const days = new DayStrings(firstDay - 40, lastDay + 400);
const firstMonth = monthIndex(firstDay - 40);
const bucketCount = monthIndex(lastDay) - firstMonth + 1;
const bucketCache = new Int16Array(lastDay + 401 - (firstDay - 40));
for (let d = firstDay - 40; d <= lastDay + 400; d++)
  bucketCache[d - (firstDay - 40)] = monthIndex(d) - firstMonth;
const bucket = (day: number) =>
  Math.min(bucketCount - 1, Math.max(0, bucketCache[day - (firstDay - 40)] ?? 0));
const dir = mkdtempSync(path.join(tmpdir(), "polku-bench-"));
const streams = await Promise.all(Array.from({ length: 5 }, connect));
const [c0, c1, c2, c3, c4] = streams as [pg.Client, pg.Client, pg.Client, pg.Client, pg.Client];
// Participants are referenced by foreign keys, so they cannot be truncated alone and load unfrozen.
const frozen = { freeze: true };
const sinks: Sinks = {
  participants: await CopySink.open(c0, "participants", COLUMNS.participants),
  consents: await CopySink.open(c1, "consents", COLUMNS.consents, frozen),
  enrolments: await CopySink.open(c2, "enrolments", COLUMNS.enrolments, frozen),
  steps: await CopySink.open(c3, "steps", COLUMNS.steps, frozen),
  stageChanges: await CopySink.open(c4, "stage_changes", COLUMNS.stage_changes, frozen),
  contacts: new BucketFiles(dir, "contacts", bucketCount),
  events: new BucketFiles(dir, "events", bucketCount),
};
const rowsOf = (table: string) => timings.get(table)?.rows ?? 0;
const addIndexTimes = (perTable: Map<string, number>) => {
  for (const [table, s] of perTable) {
    const t = timings.get(table);
    if (t) t.index += s;
  }
};
let indexSeconds = 0;
const tWrite = performance.now();
try {
  for (let i = 0; i < people.length; i++) {
    const { region, plan } = planOf(i);
    writeParticipant(
      { rng: new Rng(seedOf(i, 2)), days, bucket, sinks },
      region,
      plan,
      contactCounts[i] ?? 0,
    );
    if (i % 256 === 255) {
      await Promise.all([
        sinks.participants.flush(),
        sinks.consents.flush(),
        sinks.enrolments.flush(),
        sinks.steps.flush(),
        sinks.stageChanges.flush(),
        sinks.contacts.flush(),
        sinks.events.flush(),
      ]);
    }
    if (i % 50_000 === 49_999) log(`  ${i + 1} participants written`);
  }
  const direct = [sinks.participants, sinks.consents, sinks.enrolments, sinks.steps, sinks.stageChanges];
  await Promise.all([
    ...direct.map(async (s) => {
      await s.finish();
      record(s.table, s.rows, seconds(tWrite));
    }),
    sinks.contacts.close(),
    sinks.events.close(),
  ]);
  log(`participants and their pathways written (contacts and events to ${bucketCount} month files)`);

  // Events, month by month, take longest: meanwhile the other connection loads the contacts and builds
  // the indexes of every other table.
  const tIndex = performance.now();
  const others = dropped.filter((d) => d.table !== "pathway_events");
  await Promise.all([
    sinks.events
      .load(c1, "pathway_events", COLUMNS.pathway_events)
      .then((ms) => record("pathway_events", sinks.events.rows, ms / 1000)),
    (async () => {
      const ms = await sinks.contacts.load(c0, "contacts", COLUMNS.contacts);
      record("contacts", sinks.contacts.rows, ms / 1000);
      addIndexTimes(await buildIndexes([c0], others, rowsOf));
    })(),
  ]);
  log("contacts and events loaded; indexes of the other tables built");
  addIndexTimes(
    await buildIndexes(
      [c0, c1],
      dropped.filter((d) => d.table === "pathway_events"),
      rowsOf,
    ),
  );
  indexSeconds = seconds(tIndex);
  log(`built ${dropped.length} indexes`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}

// 6. Foreign keys, statistics.
const tCheck = performance.now();
const fks = await checkForeignKeys(owner, [...LARGE, "users", "memberships", "organisations", "projects"]);
const checkSeconds = seconds(tCheck);
log(`checked ${fks} foreign keys`);
const tVacuum = performance.now();
await Promise.all([
  c0.query("VACUUM (ANALYZE) pathway_events"),
  (async () => {
    for (const t of LARGE.filter((x) => x !== "pathway_events")) await c1.query(`VACUUM (ANALYZE) ${t}`);
    await c1.query("ANALYZE regions, organisations, users, memberships, projects, statutory_limits");
  })(),
]);
const vacuumSeconds = seconds(tVacuum);
log("vacuumed and analysed");

// 7. Report.
const sizes = await owner.query<{ table: string; size: string }>(
  `SELECT relname AS table, pg_size_pretty(pg_total_relation_size(oid)) AS size FROM pg_class
    WHERE relnamespace = 'public'::regnamespace AND relkind = 'r'`,
);
const sizeOf = new Map(sizes.rows.map((r) => [r.table, r.size]));
const counts = await owner.query<{ open: number; coaches: number; minimum: number; maximum: number }>(
  `SELECT count(*)::int AS open, count(DISTINCT coach_id)::int AS coaches,
          min(n)::int AS minimum, max(n)::int AS maximum
     FROM (SELECT coach_id, count(*) OVER (PARTITION BY coach_id) AS n FROM enrolments WHERE exit_date IS NULL) x`,
);
for (const c of [...streams, owner]) {
  await c.query("SET session_replication_role = origin");
  await c.end();
}
const total = seconds(t0);
console.log(
  `\nData set in ${dbName} (seed ${opts.seed}), dates ${days.iso(firstDay)} – ${days.iso(lastDay)}\n`,
);
console.log("| table | rows | load s | index s | size |");
console.log("|---|---:|---:|---:|---:|");
for (const [table, t] of timings) {
  console.log(
    `| ${table} | ${t.rows.toLocaleString("en").replace(/,/g, " ")} | ${t.load.toFixed(1)} | ${t.index.toFixed(1)} | ${sizeOf.get(table) ?? ""} |`,
  );
}
const open = counts.rows[0];
console.log(
  `\nOpen enrolments ${open?.open} over ${open?.coaches} coaches (a caseload of ${open?.minimum}–${open?.maximum}).`,
);
console.log(
  `Index builds (partly during the event load) ${indexSeconds.toFixed(1)} s, foreign-key check ${checkSeconds.toFixed(1)} s, VACUUM ANALYZE ${vacuumSeconds.toFixed(1)} s; total ${total.toFixed(1)} s.`,
);
console.log(
  `Users sign in with the password ${BENCH_PASSWORD}: coach-0001@bench.polku.example … (see bench/lib/network.ts).`,
);
