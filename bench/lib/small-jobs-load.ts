// The small-jobs data set of issue 5 (bench/small-jobs.ts): the national network, seekers (participants
// with the contact consent and a seeker profile, a few with their own sign-in), open jobs of the
// regions' associations, and past paid work and upcoming picked work so that earnings, ceilings and
// busy windows have something to read. Loaded into a fresh database with COPY the way
// bench/self-assessment-load.ts loads the cohort's: the application's migrations make the schema; the
// load runs as the owner with session_replication_role = replica (no audit trail of a synthetic load,
// no foreign-key triggers; check constraints apply) and every foreign key is checked by an anti-join
// after; the large tables' indexes are dropped first and built after.
import { randomUUID } from "node:crypto";
import pg from "pg";
import { loadConfig } from "../../server/src/config";
import { openDatabase } from "../../server/src/db/client";
import { addDaysIso, todayIso } from "../../server/src/lib/dates";
import { hashPassword } from "../../server/src/modules/auth/crypto";
import { JOB_CATEGORIES, JOB_REQUIREMENTS } from "../../server/src/modules/small-jobs/schema";
import { arrayField, CopySink, field, NULL } from "./copy";
import { FEMALE_NAMES, LAST_NAMES, MALE_NAMES, VILLAGES } from "./finland";
import { buildIndexes, checkForeignKeys, dropIndexes } from "./indexes";
import { apportion, BENCH_PASSWORD, buildNetwork, copyNetwork, type Region } from "./network";
import { Rng } from "./rng";

export interface JobsDataSetOptions {
  /** postgres://… of a superuser; the database `name` is dropped and created anew. */
  base: string;
  name: string;
  jobs: number;
  seekers: number;
  /** Seekers who get a sign-in of their own (participant@… users), for the search scenario. */
  accounts: number;
  seed: number;
  log: (message: string) => void;
}

const words = (text: string): readonly string[] => text.split(" ");

const COLUMNS = {
  participants: words(
    "id region_id first_name last_name birth_date municipality village search_name organisation_id user_id created_by created_at updated_at",
  ),
  consents: words("id region_id participant_id purpose given_on method created_at updated_at"),
  seeker_profiles: words(
    "id region_id participant_id active has categories weekdays village municipality monthly_ceiling_cents created_at updated_at",
  ),
  jobs: words(
    "id region_id organisation_id poster_kind title description category village municipality address starts_on ends_on estimated_minutes pay_type pay_cents places accepted_count requirements status published_at filled_at done_at paid_at created_at updated_at",
  ),
  job_applications: words(
    "id region_id job_id participant_id status applied_at decided_at created_at updated_at",
  ),
  job_workers: words(
    "id region_id job_id participant_id application_id worker_minutes worker_confirmed_at orderer_minutes orderer_confirmed_at worked_from worked_to gross_cents withholding_cents withholding_basis_points paid_on created_at updated_at",
  ),
};

const LARGE = Object.keys(COLUMNS);

const TITLES: Record<(typeof JOB_CATEGORIES)[number], string> = {
  yard: "Pihan haravointi",
  snow: "Lumityöt",
  cleaning: "Siivousapu",
  moving: "Muuttoapu",
  forest: "Polttopuiden teko",
  renovation: "Aidan maalaus",
  events: "Kyläjuhlan järjestelyt",
  animals: "Koiran ulkoilutus",
  errands: "Kauppa-asiointi",
  other: "Pientä apua",
};

/** Six villages of a municipality, the same for every run of a seed. */
const villagesOf = (municipality: string) => {
  let h = 0;
  for (const ch of municipality) h = (h * 31 + ch.charCodeAt(0)) >>> 0;
  return Array.from({ length: 6 }, (_, i) => VILLAGES[(h + i * 5) % VILLAGES.length] ?? "Keskusta");
};

interface Seeker {
  id: string;
  municipality: string;
  village: string;
}

/** Generates and loads the data set; returns the rows and seconds per table, for the report. */
export async function loadJobsDataSet(o: JobsDataSetOptions): Promise<{
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
  if (config.database.kind !== "postgres") throw new Error("the small-jobs bench needs PostgreSQL");
  await (await openDatabase(config.database)).close();
  o.log(`created ${o.name} and migrated it`);

  const connect = async () => {
    const c = new pg.Client({ connectionString: url.toString() });
    await c.connect();
    await c.query("SET session_replication_role = replica");
    await c.query("SET synchronous_commit = off");
    await c.query("SET maintenance_work_mem = '256MB'");
    return c;
  };
  const owner = await connect();
  const dropped = await dropIndexes(owner, LARGE);

  const rng = new Rng(o.seed);
  const coaches = Math.max(45, Math.round(o.seekers / 100));
  const network = buildNetwork(rng, { regions: 45, coaches, participants: o.seekers });
  const passwordHash = await hashPassword(BENCH_PASSWORD);
  await copyNetwork(
    async (table, columns, rows) => {
      const sink = await CopySink.open(owner, table, columns);
      for (const r of rows) sink.row(r.join("\t"));
      await sink.finish();
    },
    network,
    passwordHash,
  );
  await owner.query("SELECT polku_default_benefit_rules(id) FROM regions");
  o.log(`network: ${network.regions.length} regions, ${network.staff.length} staff, benefit rules`);

  const today = todayIso();
  const now = new Date().toISOString();
  const tLoad = performance.now();
  const clients = await Promise.all(Array.from({ length: 4 }, connect));
  const [c0, c1, c2, c3] = clients;
  if (!c0 || !c1 || !c2 || !c3) throw new Error("no connections");
  const sinks = {
    participants: await CopySink.open(c0, "participants", COLUMNS.participants),
    consents: await CopySink.open(c1, "consents", COLUMNS.consents, { freeze: true }),
    profiles: await CopySink.open(c2, "seeker_profiles", COLUMNS.seeker_profiles, { freeze: true }),
    jobs: await CopySink.open(c3, "jobs", COLUMNS.jobs),
  };
  const flush = () => Promise.all(Object.values(sinks).map((s) => s.flush()));

  // Seekers, region by region; every `step`-th gets a sign-in of its own.
  const step = Math.max(1, Math.floor(o.seekers / Math.max(1, o.accounts)));
  const seekersOf = new Map<string, Seeker[]>();
  const accounts: {
    userId: string;
    regionId: string;
    organisationId: string;
    email: string;
    name: string;
  }[] = [];
  let person = 0;
  for (const region of network.regions) {
    const list: Seeker[] = [];
    seekersOf.set(region.id, list);
    for (let k = 0; k < region.participants; k++, person++) {
      const coach = rng.pick(region.coaches);
      const id = randomUUID();
      const first = rng.pick(rng.chance(0.5) ? FEMALE_NAMES : MALE_NAMES);
      const last = rng.pick(LAST_NAMES);
      const municipality = rng.pick(region.municipalities);
      const village = rng.pick(villagesOf(municipality));
      const account = person % step === 0 && accounts.length < o.accounts;
      const userId = account ? randomUUID() : null;
      if (userId) {
        accounts.push({
          userId,
          regionId: region.id,
          organisationId: coach.organisationId,
          email: `seeker-${String(accounts.length + 1).padStart(4, "0")}@bench.polku.example`,
          name: `${first} ${last}`,
        });
      }
      const birth = `${rng.int(1962, 2006)}-${String(rng.int(1, 12)).padStart(2, "0")}-${String(rng.int(1, 28)).padStart(2, "0")}`;
      sinks.participants.row(
        [
          id,
          region.id,
          field(first),
          field(last),
          birth,
          field(municipality),
          field(village),
          field(`${last} ${first}`.toLowerCase()),
          coach.organisationId,
          userId ?? NULL,
          coach.id,
          now,
          now,
        ].join("\t"),
      );
      sinks.consents.row(
        [
          randomUUID(),
          region.id,
          id,
          "contact",
          addDaysIso(today, -rng.int(1, 700)),
          "signed_paper",
          now,
          now,
        ].join("\t"),
      );
      const has = JOB_REQUIREMENTS.filter((r) =>
        rng.chance(r === "driving_licence" ? 0.6 : r === "work_clothes" ? 0.5 : 0.2),
      );
      const categories = rng.shuffled(JOB_CATEGORIES).slice(0, rng.int(0, 3));
      const weekdays = rng.chance(0.6)
        ? []
        : rng.shuffled([1, 2, 3, 4, 5, 6, 7]).slice(0, rng.int(3, 5)).sort();
      // A tenth name no place of their own: saved, such a profile takes the participant's (profiles.ts),
      // so every profile holds its place. The draw stays, so a seed makes the same data set as before.
      rng.chance(0.9);
      sinks.profiles.row(
        [
          randomUUID(),
          region.id,
          id,
          rng.chance(0.95) ? "t" : "f",
          arrayField(has),
          arrayField(categories),
          field(`{${weekdays.join(",")}}`),
          field(village),
          field(municipality),
          rng.chance(0.15) ? String(rng.int(300, 800) * 100) : NULL,
          now,
          now,
        ].join("\t"),
      );
      list.push({ id, municipality, village });
      if (person % 512 === 511) await flush();
    }
  }

  // Open jobs of the regions' associations, spread like the seekers; then past paid work and upcoming
  // picked work (for earnings, ceilings and busy windows), with their applications and workers.
  const associationsOf = (r: Region) => r.organisations.filter((x) => x.kind === "association");
  const perRegion = apportion(
    o.jobs,
    network.regions.map((r) => Math.max(1, r.participants)),
  );
  const window = () => {
    const length = rng.weighted([
      [0, 40],
      [1, 20],
      [2, 10],
      [6, 10],
      [13, 10],
      [29, 10],
    ] as const);
    return length;
  };
  const pay = () =>
    rng.chance(0.7)
      ? { type: "hourly", cents: rng.int(24, 40) * 50 }
      : { type: "lump_sum", cents: rng.int(6, 40) * 500 };
  const jobRow = (
    region: Region,
    status: string,
    startsOn: string,
    endsOn: string,
    extra: { minutes: number; pay: { type: string; cents: number }; places: number; accepted: number },
  ) => {
    const id = randomUUID();
    const category = rng.pick(JOB_CATEGORIES);
    const municipality = rng.pick(region.municipalities);
    const requirements = rng.chance(0.5) ? [] : rng.shuffled(JOB_REQUIREMENTS).slice(0, rng.int(1, 2));
    const published = `${addDaysIso(startsOn, -rng.int(3, 30))} 09:00:00+02`;
    const closed = status !== "open";
    sinks.jobs.row(
      [
        id,
        region.id,
        rng.pick(associationsOf(region)).id,
        "association",
        field(`${TITLES[category]} ${rng.int(1, 999)}`),
        "",
        category,
        field(rng.pick(villagesOf(municipality))),
        field(municipality),
        NULL,
        startsOn,
        endsOn,
        String(extra.minutes),
        extra.pay.type,
        String(extra.pay.cents),
        String(extra.places),
        String(extra.accepted),
        arrayField(requirements),
        status,
        published,
        closed ? `${addDaysIso(startsOn, -1)} 12:00:00+02` : NULL,
        status === "paid" ? `${endsOn} 18:00:00+02` : NULL,
        status === "paid" ? `${endsOn} 20:00:00+02` : NULL,
        published,
        published,
      ].join("\t"),
    );
    return id;
  };
  const openJobs = new Map<string, string[]>();
  let jobCount = 0;
  for (const region of network.regions) {
    const ids: string[] = [];
    openJobs.set(region.id, ids);
    const n = perRegion[region.index] ?? 0;
    for (let k = 0; k < n; k++) {
      const start = addDaysIso(today, rng.int(0, 60));
      const places = rng.weighted([
        [1, 70],
        [2, 20],
        [3, 10],
      ] as const);
      ids.push(
        jobRow(region, "open", start, addDaysIso(start, window()), {
          minutes: rng.int(2, 32) * 30,
          pay: pay(),
          places,
          accepted: 0,
        }),
      );
      if (++jobCount % 512 === 0) await flush();
    }
  }
  await Promise.all(Object.values(sinks).map((s) => s.finish()));

  // job_workers points at job_applications, so only the workers are loaded frozen.
  const appSink = await CopySink.open(c0, "job_applications", COLUMNS.job_applications);
  const workerSink = await CopySink.open(c1, "job_workers", COLUMNS.job_workers, { freeze: true });
  const jobSink2 = await CopySink.open(c2, "jobs", COLUMNS.jobs);
  sinks.jobs = jobSink2;
  const pairs = new Set<string>();
  const apply = (regionId: string, jobId: string, participantId: string, status: string, day: string) => {
    const key = `${jobId}:${participantId}`;
    if (pairs.has(key)) return null;
    pairs.add(key);
    const id = randomUUID();
    appSink.row(
      [
        id,
        regionId,
        jobId,
        participantId,
        status,
        `${day} 10:00:00+02`,
        status === "applied" ? NULL : `${day} 12:00:00+02`,
        now,
        now,
      ].join("\t"),
    );
    return id;
  };
  let extra = 0;
  for (const region of network.regions) {
    const seekers = seekersOf.get(region.id) ?? [];
    if (seekers.length === 0) continue;
    // A tenth of the seekers were paid for one past job, a twentieth are picked for an upcoming one.
    for (let k = 0; k < Math.round(seekers.length / 10); k++) {
      const s = rng.pick(seekers);
      const start = addDaysIso(today, -rng.int(10, 150));
      const end = addDaysIso(start, rng.int(0, 2));
      const p = pay();
      const minutes = rng.int(2, 16) * 30;
      const jobId = jobRow(region, "paid", start, end, { minutes, pay: p, places: 1, accepted: 1 });
      const appId = apply(region.id, jobId, s.id, "accepted", addDaysIso(start, -2));
      if (!appId) continue;
      const gross = p.type === "hourly" ? Math.floor((2 * minutes * p.cents + 60) / 120) : p.cents;
      const paidOn = addDaysIso(end, rng.int(1, 9));
      workerSink.row(
        [
          randomUUID(),
          region.id,
          jobId,
          s.id,
          appId,
          String(minutes),
          `${end} 18:00:00+02`,
          String(minutes),
          `${end} 18:30:00+02`,
          start,
          end,
          String(gross),
          String(Math.floor((gross * 1500 + 5000) / 10000)),
          "1500",
          paidOn < today ? paidOn : addDaysIso(today, -1),
          now,
          now,
        ].join("\t"),
      );
      if (++extra % 512 === 0) await Promise.all([appSink.flush(), workerSink.flush(), jobSink2.flush()]);
    }
    for (let k = 0; k < Math.round(seekers.length / 20); k++) {
      const s = rng.pick(seekers);
      const start = addDaysIso(today, rng.int(1, 40));
      const jobId = jobRow(region, "filled", start, addDaysIso(start, rng.int(0, 3)), {
        minutes: 240,
        pay: pay(),
        places: 1,
        accepted: 1,
      });
      const appId = apply(region.id, jobId, s.id, "accepted", today);
      if (!appId) continue;
      workerSink.row(
        [
          randomUUID(),
          region.id,
          jobId,
          s.id,
          appId,
          NULL,
          NULL,
          NULL,
          NULL,
          NULL,
          NULL,
          NULL,
          NULL,
          NULL,
          NULL,
          now,
          now,
        ].join("\t"),
      );
      if (++extra % 512 === 0) await Promise.all([appSink.flush(), workerSink.flush(), jobSink2.flush()]);
    }
    // A fifth of the seekers have applied to an open job.
    const open = openJobs.get(region.id) ?? [];
    for (let k = 0; open.length > 0 && k < Math.round(seekers.length / 5); k++) {
      apply(region.id, rng.pick(open), rng.pick(seekers).id, "applied", today);
      if (++extra % 512 === 0) await appSink.flush();
    }
  }
  await Promise.all([appSink.finish(), workerSink.finish(), jobSink2.finish()]);

  // The seekers' own sign-ins: users with the participant role, linked from participants.user_id.
  const users = await CopySink.open(
    owner,
    "users",
    words("id region_id email name language status password_hash created_at updated_at"),
  );
  for (const a of accounts)
    users.row(
      [a.userId, a.regionId, a.email, field(a.name), "fi", "active", passwordHash, now, now].join("\t"),
    );
  await users.finish();
  const memberships = await CopySink.open(
    owner,
    "memberships",
    words("region_id user_id organisation_id role"),
  );
  for (const a of accounts)
    memberships.row([a.regionId, a.userId, a.organisationId, "participant"].join("\t"));
  await memberships.finish();
  const load = since(tLoad);
  o.log(
    `loaded in ${load.toFixed(1)} s (${accounts.length} seeker sign-ins); building ${dropped.length} indexes`,
  );

  const tIndex = performance.now();
  const counts = new Map<string, number>([
    ["participants", sinks.participants.rows],
    ["consents", sinks.consents.rows],
    ["seeker_profiles", sinks.profiles.rows],
    ["jobs", jobCount + extra],
    ["job_applications", appSink.rows],
    ["job_workers", workerSink.rows],
  ]);
  await buildIndexes([c0, c1], dropped, (t) => counts.get(t) ?? 0);
  const index = since(tIndex);
  const tCheck = performance.now();
  await checkForeignKeys(owner, [...LARGE, "users", "memberships"]);
  const check = since(tCheck);
  const tVacuum = performance.now();
  for (const t of LARGE) await c0.query(`VACUUM (ANALYZE) ${t}`);
  await c0.query("ANALYZE regions, organisations, users, memberships, benefit_rules");
  const vacuum = since(tVacuum);
  const sizes = await owner.query<{ table: string; size: string; rows: string }>(
    `SELECT relname AS table, pg_size_pretty(pg_total_relation_size(oid)) AS size, reltuples::bigint AS rows FROM pg_class
      WHERE relnamespace = 'public'::regnamespace AND relkind = 'r' AND relname = ANY($1)`,
    [LARGE],
  );
  for (const c of [...clients, owner]) {
    await c.query("SET session_replication_role = origin");
    await c.end();
  }
  const of = new Map(sizes.rows.map((r) => [r.table, r]));
  return {
    tables: LARGE.map((table) => ({
      table,
      rows: Number(of.get(table)?.rows ?? 0),
      size: of.get(table)?.size ?? "",
    })),
    seconds: { load, index, check, vacuum, total: since(t0) },
  };
}
