// Loads the cohort data set (bench/lib/self-assessment.ts) into a fresh database with COPY, the way
// bench/generate.ts loads the pathway's: the application's own migrations make the schema; the load runs
// as the owner with session_replication_role = replica (no audit trail of a synthetic load, no foreign-key
// triggers; check constraints still apply) and every foreign key is then checked by an anti-join; the
// large tables' indexes are dropped first and built after; a table no foreign key points at is loaded
// frozen (COPY … FREEZE).
import pg from "pg";
import { loadConfig } from "../../server/src/config";
import { openDatabase } from "../../server/src/db/client";
import { todayIso } from "../../server/src/lib/dates";
import { hashPassword } from "../../server/src/modules/auth/crypto";
import { CopySink } from "./copy";
import { DayStrings, dayOf } from "./days";
import { buildIndexes, checkForeignKeys, dropIndexes } from "./indexes";
import { apportion, BENCH_PASSWORD, buildNetwork, copyNetwork } from "./network";
import { Rng } from "./rng";
import { regionInstruments, SA_COLUMNS, writeCohortPerson } from "./self-assessment";

export interface CohortDataSetOptions {
  /** postgres://… of a superuser on the server; the database `name` is dropped and created anew. */
  base: string;
  name: string;
  participants: number;
  answers: number;
  seed: number;
  log: (message: string) => void;
}

const LARGE = ["participants", "enrolments", "stage_changes", "self_assessments", "self_assessment_scores"];

/** Generates and loads the data set; returns the rows and seconds per table, for the report. */
export async function loadCohortDataSet(o: CohortDataSetOptions): Promise<{
  tables: { table: string; rows: number; size: string }[];
  seconds: { load: number; index: number; check: number; vacuum: number; total: number };
}> {
  const t0 = performance.now();
  const since = (t: number) => (performance.now() - t) / 1000;
  const admin = new pg.Client({ connectionString: o.base });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${o.name} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${o.name}`);
  await admin.end();
  const url = new URL(o.base);
  url.pathname = `/${o.name}`;
  const config = loadConfig({ DATABASE_URL: url.toString() });
  if (config.database.kind !== "postgres") throw new Error("the cohort bench needs PostgreSQL");
  await (await openDatabase(config.database)).close();
  o.log(`created ${o.name} and migrated it`);

  const connect = async () => {
    const c = new pg.Client({ connectionString: url.toString() });
    await c.connect();
    await c.query("SET session_replication_role = replica");
    await c.query("SET synchronous_commit = off");
    await c.query("SET maintenance_work_mem = '512MB'");
    return c;
  };
  const owner = await connect();
  const dropped = await dropIndexes(owner, LARGE);

  const rng = new Rng(o.seed);
  const network = buildNetwork(rng, { regions: 45, coaches: 2000, participants: o.participants });
  await copyNetwork(
    async (table, columns, rows) => {
      const sink = await CopySink.open(owner, table, columns);
      for (const r of rows) sink.row(r.join("\t"));
      await sink.finish();
    },
    network,
    await hashPassword(BENCH_PASSWORD),
  );
  // Every region gets Polku's default instrument, as bootstrapRegion gives it.
  await owner.query("SELECT polku_default_instrument(id) FROM regions");
  const instruments = await regionInstruments(owner);
  o.log(`network: ${network.regions.length} regions, ${network.staff.length} staff, default instruments`);

  // Answers per person: exactly o.answers in all, about answers / participants each (1 to ~9).
  const weights = Array.from({ length: o.participants }, () => 0.2 + rng.next() * 1.6);
  const answerCounts = apportion(o.answers, weights);
  const firstDay = dayOf("2024-01-01");
  const lastDay = dayOf(todayIso()) - 1;
  const days = new DayStrings(firstDay - 10, lastDay + 10);

  const tLoad = performance.now();
  const [c0, c1, c2, c3, c4] = await Promise.all(Array.from({ length: 5 }, connect));
  if (!c0 || !c1 || !c2 || !c3 || !c4) throw new Error("no connections");
  const sinks = {
    participants: await CopySink.open(c0, "participants", SA_COLUMNS.participants),
    enrolments: await CopySink.open(c1, "enrolments", SA_COLUMNS.enrolments, { freeze: true }),
    stageChanges: await CopySink.open(c2, "stage_changes", SA_COLUMNS.stage_changes, { freeze: true }),
    answers: await CopySink.open(c3, "self_assessments", SA_COLUMNS.self_assessments),
    scores: await CopySink.open(c4, "self_assessment_scores", SA_COLUMNS.self_assessment_scores, {
      freeze: true,
    }),
  };
  let person = 0;
  for (const region of network.regions) {
    const instrument = instruments.get(region.id);
    if (!instrument) throw new Error(`region ${region.code} has no default instrument`);
    for (let k = 0; k < region.participants; k++, person++) {
      writeCohortPerson(
        rng,
        days,
        { region, instrument, answers: answerCounts[person] ?? 0, firstDay, lastDay },
        sinks,
      );
      if (person % 256 === 255) await Promise.all(Object.values(sinks).map((s) => s.flush()));
      if (person % 50_000 === 49_999) o.log(`  ${person + 1} participants written`);
    }
  }
  await Promise.all(Object.values(sinks).map((s) => s.finish()));
  const load = since(tLoad);
  o.log(`loaded in ${load.toFixed(1)} s; building ${dropped.length} indexes`);

  const tIndex = performance.now();
  const counts = new Map(Object.values(sinks).map((s) => [s.table, s.rows]));
  await buildIndexes([c0, c1], dropped, (t) => counts.get(t) ?? 0);
  const index = since(tIndex);
  const tCheck = performance.now();
  await checkForeignKeys(owner, [...LARGE, "users", "memberships", "organisations", "projects"]);
  const check = since(tCheck);
  const tVacuum = performance.now();
  await Promise.all([
    c0.query("VACUUM (ANALYZE) self_assessment_scores"),
    (async () => {
      for (const t of LARGE.filter((x) => x !== "self_assessment_scores"))
        await c1.query(`VACUUM (ANALYZE) ${t}`);
      await c1.query("ANALYZE regions, organisations, users, memberships, projects, instruments");
      await c1.query("ANALYZE instrument_versions, instrument_dimensions");
    })(),
  ]);
  const vacuum = since(tVacuum);
  const sizes = await owner.query<{ table: string; size: string }>(
    `SELECT relname AS table, pg_size_pretty(pg_total_relation_size(oid)) AS size FROM pg_class
      WHERE relnamespace = 'public'::regnamespace AND relkind = 'r' AND relname = ANY($1)`,
    [LARGE],
  );
  for (const c of [c0, c1, c2, c3, c4, owner]) {
    await c.query("SET session_replication_role = origin");
    await c.end();
  }
  const sizeOf = new Map(sizes.rows.map((r) => [r.table, r.size]));
  return {
    tables: LARGE.map((table) => ({ table, rows: counts.get(table) ?? 0, size: sizeOf.get(table) ?? "" })),
    seconds: { load, index, check, vacuum, total: since(t0) },
  };
}
