import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  buildInvitedUser,
  buildRegion,
  buildUser,
  call,
  createTestApp,
  type Session,
  signIn,
  type TestApp,
  type TestRegion,
} from "../../../test/app";
import { refusal } from "../../../test/db";
import { inRegion } from "../../db/client";
import { tokenHash } from "../auth/crypto";

let t: TestApp;
let region: TestRegion;
let admin: Session;

beforeAll(async () => {
  t = await createTestApp();
  region = await buildRegion(t);
  admin = await signIn(t, region.admin);
  // At least one row in each log.
  const coach = await buildUser(t, region, { role: "coach" });
  expect((await call(t, admin, "GET", `/api/users/${coach.id}`)).statusCode).toBe(200);
});
afterAll(() => t.close());

const LOGS = ["access_log", "audit_trail"] as const;

async function rowCount(table: string) {
  const [row] = await t.db.ownerQuery<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`);
  return row?.n ?? 0;
}

describe.each(LOGS)("%s is append-only", (table) => {
  it("refuses UPDATE, DELETE and TRUNCATE by the application role", async () => {
    const before = await rowCount(table);
    expect(before).toBeGreaterThan(0);
    const statements = [
      `UPDATE ${table} SET request_id = 'tampered'`,
      `DELETE FROM ${table}`,
      `TRUNCATE ${table}`,
    ];
    for (const statement of statements) {
      const code = await refusal(() =>
        inRegion(t.db.database.app, { regionId: region.regionId }, (tx) => tx.execute(sql.raw(statement))),
      );
      expect(code, statement).toBe("42501");
    }
    expect(await rowCount(table)).toBe(before);
    const tampered = await t.db.ownerQuery(`SELECT 1 FROM ${table} WHERE request_id = 'tampered'`);
    expect(tampered).toHaveLength(0);
  });

  it("refuses UPDATE, DELETE and TRUNCATE by the schema owner", async () => {
    const before = await rowCount(table);
    expect(before).toBeGreaterThan(0);
    for (const statement of [
      `UPDATE ${table} SET request_id = 'tampered'`,
      `DELETE FROM ${table}`,
      `TRUNCATE ${table}`,
    ]) {
      const code = await refusal(() => t.db.ownerQuery(statement));
      expect(code, statement).toBe("42501");
    }
    expect(await rowCount(table)).toBe(before);
  });
});

describe("the audit trigger", () => {
  it("records the actor, the action and each changed field with its old and new value", async () => {
    const user = await buildUser(t, region, { role: "coach", name: "Before Name" });
    const current = (await call(t, admin, "GET", `/api/users/${user.id}`)).json().data;
    const res = await call(t, admin, "PATCH", `/api/users/${user.id}`, {
      name: "After Name",
      version: current.version,
    });
    expect(res.statusCode).toBe(200);
    const rows = await t.db.ownerQuery<{
      actor_id: string;
      action: string;
      changes: Record<string, unknown>;
      request_id: string | null;
    }>(
      "SELECT actor_id::text, action, changes, request_id FROM audit_trail WHERE entity = 'users' AND entity_id = $1 ORDER BY id",
      [user.id],
    );
    const update = rows.at(-1);
    expect(update).toMatchObject({
      actor_id: region.admin.id,
      action: "update",
      changes: { name: { old: "Before Name", new: "After Name" } },
    });
    // Bookkeeping columns are left out; only what changed is recorded.
    expect(Object.keys(update?.changes ?? {})).toEqual(["name"]);
    expect(update?.request_id).toBeTruthy();
    expect(rows[0]).toMatchObject({ action: "insert", actor_id: region.admin.id });
  });

  it("records a deletion with the removed row", async () => {
    const user = await buildUser(t, region, { role: "coach" });
    const current = (await call(t, admin, "GET", `/api/users/${user.id}`)).json().data;
    const extra = await call(t, admin, "POST", `/api/users/${user.id}/memberships`, {
      organisationId: region.organisationId,
      role: "partner_worker",
    });
    expect(extra.statusCode).toBe(201);
    const membershipId = extra.json().data.id;
    expect(current.memberships).toHaveLength(1);
    const del = await call(t, admin, "DELETE", `/api/users/${user.id}/memberships/${membershipId}`);
    expect(del.statusCode).toBe(204);
    const [row] = await t.db.ownerQuery<{ actor_id: string; changes: Record<string, unknown> }>(
      "SELECT actor_id::text, changes FROM audit_trail WHERE entity = 'memberships' AND entity_id = $1 AND action = 'delete'",
      [membershipId],
    );
    expect(row?.actor_id).toBe(region.admin.id);
    expect(row?.changes).toMatchObject({ role: "partner_worker", user_id: user.id });
  });

  it("records a password change only as (changed), never the hash", async () => {
    const { user } = await buildInvitedUser(t, region, { role: "coach" });
    const [stored] = await t.db.ownerQuery<{ password_hash: string }>(
      "SELECT password_hash FROM users WHERE id = $1",
      [user.id],
    );
    expect(stored?.password_hash).toMatch(/^\$argon2id\$/);
    const rows = await t.db.ownerQuery<{ action: string; changes: Record<string, unknown> }>(
      "SELECT action, changes FROM audit_trail WHERE entity = 'users' AND entity_id = $1 ORDER BY id",
      [user.id],
    );
    const activation = rows.find((r) => r.action === "update" && "password_hash" in r.changes);
    expect(activation?.changes).toMatchObject({
      password_hash: "(changed)",
      status: { old: "invited", new: "active" },
    });
    const leaks = await t.db.ownerQuery(
      "SELECT id FROM audit_trail WHERE changes::text LIKE '%' || $1 || '%' OR changes::text LIKE '%$argon2%'",
      [stored?.password_hash],
    );
    expect(leaks).toHaveLength(0);
  });

  it("never writes a session's token hash or CSRF token into the trail", async () => {
    const user = await buildUser(t, region, { role: "coach" });
    const session = await signIn(t, user);
    const [stored] = await t.db.ownerQuery<{ id: string; token_hash: string; csrf_token: string }>(
      "SELECT id::text, token_hash, csrf_token FROM sessions WHERE token_hash = $1",
      [tokenHash(session.token)],
    );
    expect(stored).toBeDefined();
    const inserted = await t.db.ownerQuery<{ changes: Record<string, unknown> }>(
      "SELECT changes FROM audit_trail WHERE entity = 'sessions' AND entity_id = $1 AND action = 'insert'",
      [stored?.id],
    );
    expect(inserted).toHaveLength(1);
    expect(inserted[0]?.changes).toMatchObject({ user_id: user.id });
    expect(inserted[0]?.changes).not.toHaveProperty("token_hash");
    expect(inserted[0]?.changes).not.toHaveProperty("csrf_token");
    // Signing out deletes the row: the deletion is audited without the secrets too.
    expect((await call(t, session, "DELETE", "/api/session")).statusCode).toBe(204);
    const allHashes = await t.db.ownerQuery<{ token_hash: string }>(
      "SELECT token_hash FROM sessions UNION ALL SELECT token_hash FROM invitations",
    );
    for (const secret of [
      stored?.token_hash ?? "",
      stored?.csrf_token ?? "",
      session.token,
      ...allHashes.map((h) => h.token_hash),
    ]) {
      const leaks = await t.db.ownerQuery(
        "SELECT id FROM audit_trail WHERE strpos(changes::text, $1) > 0 OR strpos(coalesce(request_id, ''), $1) > 0",
        [secret],
      );
      expect(leaks, "a secret reached the audit trail").toHaveLength(0);
    }
    const deleted = await t.db.ownerQuery<{ changes: Record<string, unknown> }>(
      "SELECT changes FROM audit_trail WHERE entity = 'sessions' AND entity_id = $1 AND action = 'delete'",
      [stored?.id],
    );
    expect(deleted).toHaveLength(1);
    expect(deleted[0]?.changes).not.toHaveProperty("token_hash");
  });

  it("never writes the invitation link into the trail (the mail body is left out)", async () => {
    const res = await call(t, admin, "POST", "/api/users", {
      email: `linked-${Date.now()}@test.example`,
      name: "Linked Person",
      language: "fi",
      memberships: [{ organisationId: region.organisationId, role: "coach" }],
    });
    expect(res.statusCode).toBe(201);
    const outbox = (await call(t, admin, "GET", "/api/outbox")).json().data as { to: string; body: string }[];
    const mail = outbox.find((m) => m.to === res.json().data.email);
    const token = mail?.body.match(/\/invitation\/([A-Za-z0-9_-]+)/)?.[1];
    expect(token).toBeTruthy();
    const leaks = await t.db.ownerQuery("SELECT id FROM audit_trail WHERE strpos(changes::text, $1) > 0", [
      token,
    ]);
    expect(leaks).toHaveLength(0);
    const hashLeaks = await t.db.ownerQuery(
      "SELECT id FROM audit_trail WHERE strpos(changes::text, $1) > 0",
      [tokenHash(token ?? "")],
    );
    expect(hashLeaks).toHaveLength(0);
  });
});
