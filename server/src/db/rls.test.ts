import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  buildInvitedUser,
  buildRegion,
  buildUser,
  call,
  createTestApp,
  signIn,
  type TestApp,
  type TestRegion,
  type TestUser,
} from "../../test/app";
import { refusal } from "../../test/db";
import { inRegion, rowsOf } from "./client";

let t: TestApp;
let a: TestRegion;
let b: TestRegion;
let coachB: TestUser;
/** Every table of schema public with a region_id column, read from the catalogue. */
let tenantTables: string[];

const quote = (name: string) => `"${name.replaceAll('"', '""')}"`;

/**
 * Gives a region a row in every tenant table: sessions, invitations, outbox, memberships, access log,
 * audit, and a participant with a whole pathway (written directly: this test is about the database).
 */
async function populate(region: TestRegion): Promise<TestUser> {
  const coach = await buildUser(t, region, { role: "coach" });
  await buildInvitedUser(t, region, { role: "participant", activate: false });
  const s = await signIn(t, region.admin);
  const read = await call(t, s, "GET", `/api/users/${coach.id}`);
  expect(read.statusCode).toBe(200);
  await inRegion(app(), { regionId: region.regionId, userId: coach.id }, async (tx) => {
    const one = async (q: ReturnType<typeof sql>) => rowsOf<{ id: string }>(await tx.execute(q))[0]?.id ?? "";
    const org = region.organisationId;
    const project = await one(
      sql`INSERT INTO projects (name, programme_period, organisation_id, starts_on) VALUES ('P', '2021-2027', ${org}, '2026-01-01') RETURNING id`,
    );
    const p = await one(
      sql`INSERT INTO participants (first_name, last_name, birth_date, search_name, organisation_id) VALUES ('A', 'B', '1990-01-01', 'b a', ${org}) RETURNING id`,
    );
    await tx.execute(
      sql`INSERT INTO consents (participant_id, purpose, given_on, method) VALUES (${p}, 'pathway', '2026-01-02', 'in_person')`,
    );
    await tx.execute(
      sql`INSERT INTO enrolments (participant_id, project_id, coach_id, entry_date) VALUES (${p}, ${project}, ${coach.id}, '2026-01-02')`,
    );
    await tx.execute(
      sql`INSERT INTO assessments (participant_id, assessed_on, barriers, organisation_id, author_id) VALUES (${p}, '2026-01-03', '{}', ${org}, ${coach.id})`,
    );
    const plan = await one(sql`INSERT INTO plans (participant_id) VALUES (${p}) RETURNING id`);
    const goal = await one(sql`INSERT INTO goals (plan_id, title) VALUES (${plan}, 'G') RETURNING id`);
    await tx.execute(
      sql`INSERT INTO goal_reviews (goal_id, reviewed_on, status, author_id) VALUES (${goal}, '2026-02-01', 'in_progress', ${coach.id})`,
    );
    await tx.execute(
      sql`INSERT INTO steps (participant_id, kind, starts_on, author_id, organisation_id) VALUES (${p}, 'work_trial', '2026-02-01', ${coach.id}, ${org})`,
    );
    await tx.execute(
      sql`INSERT INTO stage_changes (participant_id, stage, changed_on, author_id) VALUES (${p}, 'reached', '2026-01-02', ${coach.id})`,
    );
    await tx.execute(
      sql`INSERT INTO contacts (participant_id, kind, happened_at, organisation_id, author_id) VALUES (${p}, 'phone', now(), ${org}, ${coach.id})`,
    );
    await tx.execute(
      sql`INSERT INTO pathway_events (participant_id, at, kind, scope) VALUES (${p}, now(), 'registered', 'basic')`,
    );
    await tx.execute(
      sql`INSERT INTO notifications (user_id, kind, subject_type, subject_id) VALUES (${coach.id}, 'follow_up_due', 'enrolment', ${p})`,
    );
    // Self-assessment: the region's default instrument (every region gets one) answered once.
    const [dim] = rowsOf<{ instrument_id: string; version_id: string; dimension_id: string; key: string }>(
      await tx.execute(
        sql`SELECT v.instrument_id, v.id AS version_id, d.id AS dimension_id, d.key FROM instrument_versions v JOIN instrument_dimensions d ON d.instrument_version_id = v.id WHERE v.status = 'published' LIMIT 1`,
      ),
    );
    if (!dim) throw new Error("the region has no default instrument");
    const answer = await one(
      sql`INSERT INTO self_assessments (participant_id, instrument_id, instrument_version_id, mode, answered_on, status, started_by, submitted_at) VALUES (${p}, ${dim.instrument_id}, ${dim.version_id}, 'self', '2026-03-01', 'submitted', ${coach.id}, now()) RETURNING id`,
    );
    await tx.execute(
      sql`INSERT INTO self_assessment_scores (self_assessment_id, dimension_id, participant_id, instrument_id, dimension_key, answered_on, score) VALUES (${answer}, ${dim.dimension_id}, ${p}, ${dim.instrument_id}, ${dim.key}, '2026-03-01', 6)`,
    );
    await tx.execute(
      sql`INSERT INTO assessment_reminders (participant_id, instrument_id, interval_months, next_due, set_by) VALUES (${p}, ${dim.instrument_id}, 3, '2026-06-01', ${coach.id})`,
    );
    // Small jobs: a need, a household order, an application, a worker paid, an invoice (the region's
    // benefit rules come with the region).
    await tx.execute(sql`INSERT INTO seeker_profiles (participant_id, village) VALUES (${p}, 'Ylikylä')`);
    const need = await one(
      sql`INSERT INTO work_needs (organisation_id, title, category, village, season, created_by) VALUES (${org}, 'N', 'yard', 'Ylikylä', 'summer', ${coach.id}) RETURNING id`,
    );
    const orderer = await one(
      sql`INSERT INTO job_orderers (name, email) VALUES ('H', 'h@example.fi') RETURNING id`,
    );
    const job = await one(
      sql`INSERT INTO jobs (organisation_id, poster_kind, orderer_id, work_need_id, title, category, village, starts_on, ends_on, estimated_minutes, pay_type, pay_cents, status, accepted_count) VALUES (${org}, 'household', ${orderer}, ${need}, 'J', 'yard', 'Ylikylä', '2026-05-01', '2026-05-02', 120, 'hourly', 1500, 'paid', 1) RETURNING id`,
    );
    const application = await one(
      sql`INSERT INTO job_applications (job_id, participant_id, status) VALUES (${job}, ${p}, 'accepted') RETURNING id`,
    );
    await tx.execute(
      sql`INSERT INTO job_workers (job_id, participant_id, application_id, gross_cents, paid_on) VALUES (${job}, ${p}, ${application}, 3000, '2026-05-05')`,
    );
    await tx.execute(
      sql`INSERT INTO job_invoices (job_id, organisation_id, number, reference, issued_on, due_on, lines, labour_cents, total_cents) VALUES (${job}, ${org}, 1, '13', '2026-05-05', '2026-05-19', '[]', 3000, 3000)`,
    );
  });
  return coach;
}

beforeAll(async () => {
  t = await createTestApp();
  a = await buildRegion(t);
  b = await buildRegion(t);
  await populate(a);
  coachB = await populate(b);
  tenantTables = (
    await t.db.ownerQuery<{ relname: string }>(
      `SELECT c.relname FROM pg_class c
         JOIN pg_namespace n ON n.oid = c.relnamespace
         JOIN pg_attribute att ON att.attrelid = c.oid
        WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p')
          AND att.attname = 'region_id' AND NOT att.attisdropped
        ORDER BY 1`,
    )
  ).map((r) => r.relname);
});
afterAll(() => t.close());

const app = () => t.db.database.app;
const count = async (query: ReturnType<typeof sql>, regionId?: string) => {
  const run = (db: Pick<ReturnType<typeof app>, "execute">) => db.execute(query);
  const result = regionId ? await inRegion(app(), { regionId }, (tx) => run(tx)) : await run(app());
  return rowsOf<{ n: number }>(result)[0]?.n;
};

describe("row-level security", () => {
  it("finds every tenant table in the catalogue", () => {
    // The other checks iterate over this list; it must hold the tables the schema is known to have.
    expect(tenantTables).toEqual(
      expect.arrayContaining([
        "access_log",
        "audit_trail",
        "consents",
        "contacts",
        "enrolments",
        "invitations",
        "memberships",
        "organisations",
        "outbox",
        "participants",
        "pathway_events",
        "sessions",
        "statutory_limits",
        "users",
      ]),
    );
  });

  it("shows the application role no rows of any tenant table when no region is set", async () => {
    for (const table of [...tenantTables, "regions"]) {
      const total = await t.db.ownerQuery<{ n: number }>(`SELECT count(*)::int AS n FROM ${quote(table)}`);
      expect(total[0]?.n, `${table} should have rows for this test to mean anything`).toBeGreaterThan(0);
      expect(await count(sql.raw(`SELECT count(*)::int AS n FROM ${quote(table)}`)), table).toBe(0);
    }
  });

  it("refuses an insert by the application role when no region is set", async () => {
    const name = `Orphan ${Date.now()}`;
    // The region column's default is the transaction's region: without one the row has none, and the
    // policy (checked before NOT NULL) refuses it.
    expect(
      await refusal(() =>
        app().execute(sql`INSERT INTO organisations (name, kind) VALUES (${name}, 'association')`),
      ),
    ).toBe("42501");
    // Naming a region explicitly does not help: the policy's WITH CHECK needs the transaction's region.
    expect(
      await refusal(() =>
        app().execute(
          sql`INSERT INTO organisations (region_id, name, kind) VALUES (${a.regionId}, ${name}, 'association')`,
        ),
      ),
    ).toBe("42501");
    const rows = await t.db.ownerQuery("SELECT 1 FROM organisations WHERE name = $1", [name]);
    expect(rows).toHaveLength(0);
  });

  it("never returns another region's rows from any tenant table inside inRegion", async () => {
    for (const region of [a, b]) {
      for (const table of tenantTables) {
        const rows = rowsOf<{ region_id: string; n: number }>(
          await inRegion(app(), { regionId: region.regionId }, (tx) =>
            tx.execute(
              sql.raw(`SELECT region_id::text, count(*)::int AS n FROM ${quote(table)} GROUP BY region_id`),
            ),
          ),
        );
        expect(
          rows.map((r) => r.region_id),
          table,
        ).toEqual([region.regionId]);
        expect(rows[0]?.n, table).toBeGreaterThan(0);
      }
      const regions = rowsOf<{ id: string }>(
        await inRegion(app(), { regionId: region.regionId }, (tx) =>
          tx.execute(sql`SELECT id::text FROM regions`),
        ),
      );
      expect(regions.map((r) => r.id)).toEqual([region.regionId]);
    }
  });

  it("cannot change or delete another region's rows by id", async () => {
    const changed = await count(
      sql`WITH c AS (UPDATE users SET name = 'Hijacked' WHERE id = ${coachB.id} RETURNING 1) SELECT count(*)::int AS n FROM c`,
      a.regionId,
    );
    expect(changed).toBe(0);
    const deleted = await count(
      sql`WITH d AS (DELETE FROM memberships WHERE user_id = ${coachB.id} RETURNING 1) SELECT count(*)::int AS n FROM d`,
      a.regionId,
    );
    expect(deleted).toBe(0);
    const [still] = await t.db.ownerQuery<{ name: string; n: number }>(
      "SELECT u.name, (SELECT count(*)::int FROM memberships m WHERE m.user_id = u.id) AS n FROM users u WHERE u.id = $1",
      [coachB.id],
    );
    expect(still?.name).not.toBe("Hijacked");
    expect(still?.n).toBe(1);
  });

  it("refuses an insert in region A that names region B (WITH CHECK)", async () => {
    const name = `Smuggled ${Date.now()}`;
    const code = await refusal(() =>
      inRegion(app(), { regionId: a.regionId }, (tx) =>
        tx.execute(
          sql`INSERT INTO organisations (region_id, name, kind) VALUES (${b.regionId}, ${name}, 'association')`,
        ),
      ),
    );
    expect(code).toBe("42501");
    expect(await t.db.ownerQuery("SELECT 1 FROM organisations WHERE name = $1", [name])).toHaveLength(0);
  });

  it("refuses moving a row of region A into region B", async () => {
    const code = await refusal(() =>
      inRegion(app(), { regionId: a.regionId }, (tx) =>
        tx.execute(sql`UPDATE organisations SET region_id = ${b.regionId} WHERE id = ${a.organisationId}`),
      ),
    );
    expect(code).toBe("42501");
    const [org] = await t.db.ownerQuery<{ region_id: string }>(
      "SELECT region_id::text FROM organisations WHERE id = $1",
      [a.organisationId],
    );
    expect(org?.region_id).toBe(a.regionId);
  });

  it("refuses a membership that joins an organisation of region A to a user of region B (composite key)", async () => {
    // Through the application, under region A.
    const viaApp = await refusal(() =>
      inRegion(app(), { regionId: a.regionId }, (tx) =>
        tx.execute(
          sql`INSERT INTO memberships (user_id, organisation_id, role) VALUES (${coachB.id}, ${a.organisationId}, 'coach')`,
        ),
      ),
    );
    expect(viaApp).toBe("23503");
    // Even the owner, whom row-level security does not restrict, cannot write such a row.
    const asOwner = await refusal(() =>
      t.db.ownerQuery(
        "INSERT INTO memberships (region_id, user_id, organisation_id, role) VALUES ($1, $2, $3, 'coach')",
        [a.regionId, coachB.id, a.organisationId],
      ),
    );
    expect(asOwner).toBe("23503");
  });
});

describe("the application role", () => {
  it("runs the application's queries as polku_app", async () => {
    const [row] = rowsOf<{ u: string }>(await app().execute(sql`SELECT current_user AS u`));
    expect(row?.u).toBe("polku_app");
    const [inTx] = rowsOf<{ u: string }>(
      await inRegion(app(), { regionId: a.regionId }, (tx) => tx.execute(sql`SELECT current_user AS u`)),
    );
    expect(inTx?.u).toBe("polku_app");
  });

  it("is not a superuser, cannot bypass row-level security and owns nothing", async () => {
    const [role] = await t.db.ownerQuery<{ rolsuper: boolean; rolbypassrls: boolean }>(
      "SELECT rolsuper, rolbypassrls FROM pg_roles WHERE rolname = 'polku_app'",
    );
    expect(role).toEqual({ rolsuper: false, rolbypassrls: false });
    const tables = await t.db.ownerQuery(
      "SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tableowner = 'polku_app'",
    );
    expect(tables).toEqual([]);
    const owned = await t.db.ownerQuery<{ relname: string }>(
      `SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = 'public' AND c.relowner = (SELECT oid FROM pg_roles WHERE rolname = 'polku_app')`,
    );
    expect(owned).toEqual([]);
  });
});

describe("the schema catalogue", () => {
  it("gives every table with a region_id row-level security, a region policy and an audit trigger", async () => {
    const tables = await t.db.ownerQuery<{
      relname: string;
      rls: boolean;
      policies: number;
      full_policies: number;
      audit: number;
    }>(
      `SELECT c.relname,
              c.relrowsecurity AS rls,
              (SELECT count(*)::int FROM pg_policies p
                WHERE p.schemaname = 'public' AND p.tablename = c.relname) AS policies,
              (SELECT count(*)::int FROM pg_policies p
                WHERE p.schemaname = 'public' AND p.tablename = c.relname AND p.cmd = 'ALL'
                  AND p.qual LIKE '%polku_current_region()%' AND p.with_check LIKE '%polku_current_region()%') AS full_policies,
              (SELECT count(*)::int FROM pg_trigger tg JOIN pg_proc f ON f.oid = tg.tgfoid
                WHERE tg.tgrelid = c.oid AND f.proname = 'polku_audit' AND NOT tg.tgisinternal) AS audit
         FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p')
          AND EXISTS (SELECT 1 FROM pg_attribute att
                       WHERE att.attrelid = c.oid AND att.attname = 'region_id' AND NOT att.attisdropped)
        ORDER BY 1`,
    );
    expect(tables.length).toBeGreaterThanOrEqual(8);
    for (const table of tables) {
      expect(table.rls, `${table.relname}: ALTER TABLE ... ENABLE ROW LEVEL SECURITY`).toBe(true);
      expect(table.policies, `${table.relname}: needs a region_isolation policy`).toBeGreaterThan(0);
      expect(
        table.full_policies,
        `${table.relname}: the policy must check polku_current_region() in USING and WITH CHECK`,
      ).toBeGreaterThan(0);
      if (table.relname === "audit_trail" || table.relname === "access_log") {
        expect(table.audit, `${table.relname} must not audit itself`).toBe(0);
      } else {
        expect(table.audit, `${table.relname}: CREATE TRIGGER ... EXECUTE FUNCTION polku_audit()`).toBe(1);
      }
    }
  });

  it("keeps the regions table itself behind row-level security", async () => {
    const [regions] = await t.db.ownerQuery<{ rls: boolean }>(
      "SELECT relrowsecurity AS rls FROM pg_class WHERE oid = 'public.regions'::regclass",
    );
    expect(regions?.rls).toBe(true);
  });
});
