import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  buildOrganisation,
  buildRegion,
  buildUser,
  call,
  createTestApp,
  PASSWORD,
  type Session,
  signIn,
  type TestApp,
  type TestRegion,
  unique,
} from "../../../test/app";
import { inRegion } from "../../db/client";
import { translate } from "../../http/messages";
import { Problem } from "../../http/problem";
import { resolveSession } from "../auth/service";
import { deactivateUser } from "./service";

let t: TestApp;
let region: TestRegion;
let admin: Session;

beforeAll(async () => {
  t = await createTestApp();
  region = await buildRegion(t);
  admin = await signIn(t, region.admin);
});
afterAll(() => t.close());

interface UserRow {
  id: string;
  email: string;
  name: string;
  status: string;
  version: number;
  memberships: { id: string; organisationId: string; role: string }[];
}

const inviteBody = (overrides: Record<string, unknown> = {}) => ({
  email: `person-${unique()}@test.example`,
  name: `Person ${unique()}`,
  language: "fi",
  memberships: [{ organisationId: region.organisationId, role: "coach" }],
  ...overrides,
});

async function getUser(id: string): Promise<UserRow> {
  const res = await call(t, admin, "GET", `/api/users/${id}`);
  expect(res.statusCode).toBe(200);
  return res.json().data;
}

describe("GET /api/users", () => {
  it("lists the region's users, searches by name or e-mail and filters by status", async () => {
    const tag = unique();
    const active = await buildUser(t, region, { name: `Searchable Active ${tag}` });
    const invited = await buildUser(t, region, { name: `Searchable Invited ${tag}`, activate: false });
    const byEmail = await buildUser(t, region, { email: `mail-${tag}@test.example` });

    const all = await call(t, admin, "GET", "/api/users");
    expect(all.statusCode).toBe(200);
    const ids = (all.json().data as UserRow[]).map((u) => u.id);
    expect(ids).toEqual(expect.arrayContaining([region.admin.id, active.id, invited.id, byEmail.id]));
    expect(all.json().can).toEqual({ invite: true });

    const byName = (
      await call(t, admin, "GET", `/api/users?q=${encodeURIComponent(`searchable active ${tag}`)}`)
    ).json().data as UserRow[];
    expect(byName.map((u) => u.id)).toEqual([active.id]);

    const mail = (await call(t, admin, "GET", `/api/users?q=mail-${tag}`)).json().data as UserRow[];
    expect(mail.map((u) => u.id)).toEqual([byEmail.id]);

    const onlyInvited = (await call(t, admin, "GET", `/api/users?q=${tag}&status=invited`)).json()
      .data as UserRow[];
    expect(onlyInvited.map((u) => u.id)).toEqual([invited.id]);
    const onlyActive = (await call(t, admin, "GET", `/api/users?q=${tag}&status=active`)).json()
      .data as UserRow[];
    expect(onlyActive.map((u) => u.id).sort()).toEqual([active.id, byEmail.id].sort());
  });

  it("treats % and _ in the search as plain characters", async () => {
    const res = await call(t, admin, "GET", "/api/users?q=%25");
    expect(res.statusCode).toBe(200);
    expect(res.json().data).toEqual([]);
  });

  it("refuses an unknown status with 400", async () => {
    expect((await call(t, admin, "GET", "/api/users?status=sleeping")).statusCode).toBe(400);
  });

  it("never lists the users of another region", async () => {
    const other = await buildRegion(t);
    const list = (await call(t, admin, "GET", "/api/users")).json().data as UserRow[];
    expect(list.map((u) => u.id)).not.toContain(other.admin.id);
  });
});

describe("POST /api/users", () => {
  it("invites a user with memberships and status invited", async () => {
    const body = inviteBody({ name: "Irma Invite" });
    const res = await call(t, admin, "POST", "/api/users", body);
    expect(res.statusCode).toBe(201);
    expect(res.json().data).toMatchObject({
      email: body.email,
      name: "Irma Invite",
      status: "invited",
      lastSignInAt: null,
      memberships: [expect.objectContaining({ organisationId: region.organisationId, role: "coach" })],
    });
    expect(res.json().can).toMatchObject({ resendInvitation: true, deactivate: true, reactivate: false });
  });

  it("refuses an e-mail address already in use (in any case) with 409", async () => {
    const existing = await buildUser(t, region);
    const res = await call(
      t,
      admin,
      "POST",
      "/api/users",
      inviteBody({ email: existing.email.toUpperCase() }),
    );
    expect(res.statusCode).toBe(409);
    expect(res.json().detail).toBe(translate("en", "users.duplicateEmail"));
  });

  it("refuses an e-mail address used in another region with 409 (addresses sign in across regions)", async () => {
    const other = await buildRegion(t);
    const res = await call(t, admin, "POST", "/api/users", inviteBody({ email: other.admin.email }));
    expect(res.statusCode).toBe(409);
  });

  it("refuses a membership in an inactive organisation with 400 and creates nobody", async () => {
    const org = await buildOrganisation(t, region);
    const off = await call(t, admin, "PATCH", `/api/organisations/${org.id}`, { active: false, version: 1 });
    expect(off.statusCode).toBe(200);
    const body = inviteBody({ memberships: [{ organisationId: org.id, role: "coach" }] });
    const res = await call(t, admin, "POST", "/api/users", body);
    expect(res.statusCode).toBe(400);
    expect(res.json().detail).toBe(translate("en", "organisations.inactive"));
    const found = (await call(t, admin, "GET", `/api/users?q=${encodeURIComponent(body.email)}`)).json().data;
    expect(found).toEqual([]);
  });

  it("refuses a membership in an organisation of another region with 400", async () => {
    const other = await buildRegion(t);
    const body = inviteBody({ memberships: [{ organisationId: other.organisationId, role: "coach" }] });
    const res = await call(t, admin, "POST", "/api/users", body);
    expect(res.statusCode).toBe(400);
  });

  it("refuses an invitation without memberships with 400", async () => {
    const res = await call(t, admin, "POST", "/api/users", inviteBody({ memberships: [] }));
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0].path).toBe("memberships");
  });
});

describe("memberships", () => {
  it("adds a role in an organisation and takes it away", async () => {
    const user = await buildUser(t, region, { role: "coach" });
    const org = await buildOrganisation(t, region, { kind: "association" });
    const added = await call(t, admin, "POST", `/api/users/${user.id}/memberships`, {
      organisationId: org.id,
      role: "association_contact",
    });
    expect(added.statusCode).toBe(201);
    const membership = added.json().data;
    expect(membership).toMatchObject({
      organisationId: org.id,
      organisationName: org.name,
      role: "association_contact",
    });
    expect((await getUser(user.id)).memberships.map((m) => m.role).sort()).toEqual([
      "association_contact",
      "coach",
    ]);
    // The user's next request carries the new role.
    const s = await signIn(t, user);
    expect((await call(t, s, "GET", "/api/session")).json().user.roles.sort()).toEqual([
      "association_contact",
      "coach",
    ]);

    const again = await call(t, admin, "POST", `/api/users/${user.id}/memberships`, {
      organisationId: org.id,
      role: "association_contact",
    });
    expect(again.statusCode).toBe(409);

    const removed = await call(t, admin, "DELETE", `/api/users/${user.id}/memberships/${membership.id}`);
    expect(removed.statusCode).toBe(204);
    expect((await getUser(user.id)).memberships.map((m) => m.role)).toEqual(["coach"]);
    expect((await call(t, s, "GET", "/api/session")).json().user.roles).toEqual(["coach"]);
  });

  it("answers 404 for a membership that belongs to another user", async () => {
    const one = await buildUser(t, region);
    const other = await buildUser(t, region);
    const membershipId = (await getUser(other.id)).memberships[0]?.id;
    const res = await call(t, admin, "DELETE", `/api/users/${one.id}/memberships/${membershipId}`);
    expect(res.statusCode).toBe(404);
    expect((await getUser(other.id)).memberships).toHaveLength(1);
  });
});

describe("the region's last administrator", () => {
  let lone: TestRegion;
  let loneAdmin: Session;

  beforeAll(async () => {
    lone = await buildRegion(t);
    loneAdmin = await signIn(t, lone.admin);
  });

  it("cannot lose the administrator role (409) until another administrator exists", async () => {
    const self = (await call(t, loneAdmin, "GET", `/api/users/${lone.admin.id}`)).json().data as UserRow;
    const adminMembership = self.memberships.find((m) => m.role === "administrator");
    const refused = await call(
      t,
      loneAdmin,
      "DELETE",
      `/api/users/${lone.admin.id}/memberships/${adminMembership?.id}`,
    );
    expect(refused.statusCode).toBe(409);
    expect(refused.json().detail).toBe(translate("en", "users.lastAdministrator"));
    expect((await call(t, loneAdmin, "GET", "/api/session")).json().user.roles).toContain("administrator");

    // An invited (not yet active) administrator does not count.
    await buildUser(t, lone, { role: "administrator", activate: false });
    const stillRefused = await call(
      t,
      loneAdmin,
      "DELETE",
      `/api/users/${lone.admin.id}/memberships/${adminMembership?.id}`,
    );
    expect(stillRefused.statusCode).toBe(409);

    const second = await buildUser(t, lone, { role: "administrator" });
    const allowed = await call(
      t,
      loneAdmin,
      "DELETE",
      `/api/users/${lone.admin.id}/memberships/${adminMembership?.id}`,
    );
    expect(allowed.statusCode).toBe(204);
    // The former administrator is refused now; the second one carries on.
    expect((await call(t, loneAdmin, "GET", "/api/users")).statusCode).toBe(403);
    const s2 = await signIn(t, second);
    expect((await call(t, s2, "GET", "/api/users")).statusCode).toBe(200);
  });

  it("cannot be deactivated (409), checked by the service whoever asks", async () => {
    const region2 = await buildRegion(t);
    const coach = await buildUser(t, region2, { role: "coach" });
    const s = await signIn(t, coach);
    const actor = await resolveSession(t.db.database.app, t.config, s.token);
    if (!actor) throw new Error("coach could not sign in");
    const attempt = inRegion(t.db.database.app, { regionId: region2.regionId, userId: coach.id }, (tx) =>
      deactivateUser(tx, actor, region2.admin.id),
    );
    await expect(attempt).rejects.toBeInstanceOf(Problem);
    await expect(attempt).rejects.toMatchObject({ status: 409, key: "users.lastAdministrator" });
    const [row] = await t.db.ownerQuery<{ status: string }>("SELECT status FROM users WHERE id = $1", [
      region2.admin.id,
    ]);
    expect(row?.status).toBe("active");
  });
});

describe("POST /api/users/:id/deactivate", () => {
  it("refuses to deactivate oneself with 409", async () => {
    const res = await call(t, admin, "POST", `/api/users/${region.admin.id}/deactivate`);
    expect(res.statusCode).toBe(409);
    expect(res.json().detail).toBe(translate("en", "users.cannotDeactivateSelf"));
    expect((await getUser(region.admin.id)).status).toBe("active");
  });

  it("deactivates a user and ends their sessions at once", async () => {
    const user = await buildUser(t, region, { role: "coach" });
    const s = await signIn(t, user);
    expect((await call(t, s, "GET", "/api/session")).statusCode).toBe(200);
    const res = await call(t, admin, "POST", `/api/users/${user.id}/deactivate`);
    expect(res.statusCode).toBe(200);
    expect(res.json().data.status).toBe("deactivated");
    expect(res.json().can).toMatchObject({ deactivate: false, reactivate: true });
    expect((await call(t, s, "GET", "/api/session")).statusCode).toBe(401);
    const sessions = await t.db.ownerQuery("SELECT 1 FROM sessions WHERE user_id = $1", [user.id]);
    expect(sessions).toHaveLength(0);
  });

  it("answers 404 for an id that is not a user of the region", async () => {
    const res = await call(t, admin, "POST", `/api/users/${crypto.randomUUID()}/deactivate`);
    expect(res.statusCode).toBe(404);
  });
});

describe("POST /api/users/:id/reactivate", () => {
  it("gives a deactivated user access again", async () => {
    const user = await buildUser(t, region, { role: "coach" });
    expect((await call(t, admin, "POST", `/api/users/${user.id}/deactivate`)).statusCode).toBe(200);
    const res = await call(t, admin, "POST", `/api/users/${user.id}/reactivate`);
    expect(res.statusCode).toBe(200);
    expect(res.json().data.status).toBe("active");
    const s = await signIn(t, { email: user.email, password: PASSWORD });
    expect((await call(t, s, "GET", "/api/session")).statusCode).toBe(200);
  });

  it("returns a user who never set a password to invited", async () => {
    const user = await buildUser(t, region, { role: "coach", activate: false });
    expect((await call(t, admin, "POST", `/api/users/${user.id}/deactivate`)).statusCode).toBe(200);
    const res = await call(t, admin, "POST", `/api/users/${user.id}/reactivate`);
    expect(res.json().data.status).toBe("invited");
  });
});

describe("PATCH /api/users/:id", () => {
  it("changes the name and language and bumps the version", async () => {
    const user = await buildUser(t, region, { name: "Old Name" });
    const before = await getUser(user.id);
    const res = await call(t, admin, "PATCH", `/api/users/${user.id}`, {
      name: "  New Name ",
      language: "sv",
      version: before.version,
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().data).toMatchObject({ name: "New Name", language: "sv", version: before.version + 1 });
  });

  it("refuses a stale version with 409 and keeps the saved data", async () => {
    const user = await buildUser(t, region, { name: "Original" });
    const { version } = await getUser(user.id);
    expect(
      (await call(t, admin, "PATCH", `/api/users/${user.id}`, { name: "First", version })).statusCode,
    ).toBe(200);
    const stale = await call(t, admin, "PATCH", `/api/users/${user.id}`, { name: "Second", version });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().detail).toBe(translate("en", "problem.conflict"));
    expect((await getUser(user.id)).name).toBe("First");
  });

  it("refuses a change of e-mail or status through PATCH with 400", async () => {
    const user = await buildUser(t, region);
    const { version } = await getUser(user.id);
    const res = await call(t, admin, "PATCH", `/api/users/${user.id}`, { status: "active", version });
    expect(res.statusCode).toBe(400);
  });
});

describe("the access log of user reads", () => {
  it("records who read which user, visible in GET /api/access-log", async () => {
    const reader = await buildUser(t, region, { role: "administrator", name: `Reader ${unique()}` });
    const subject = await buildUser(t, region, { name: `Subject ${unique()}` });
    const s = await signIn(t, reader);
    expect((await call(t, s, "GET", `/api/users/${subject.id}`)).statusCode).toBe(200);

    const log = await call(t, admin, "GET", "/api/access-log?subjectType=user");
    expect(log.statusCode).toBe(200);
    const entries = log.json().data as {
      actorId: string;
      actorName: string;
      subjectType: string;
      subjectId: string;
      purpose: string;
    }[];
    const entry = entries.find((e) => e.subjectId === subject.id && e.actorId === reader.id);
    expect(entry).toMatchObject({ subjectType: "user", purpose: "user administration" });
    expect(entry?.actorName).toMatch(/^Reader /);
  });

  it("records one entry per user shown in a list", async () => {
    const tag = unique();
    const one = await buildUser(t, region, { name: `Listed ${tag} one` });
    const two = await buildUser(t, region, { name: `Listed ${tag} two` });
    const reads = async () =>
      (
        await t.db.ownerQuery<{ n: number }>(
          "SELECT count(*)::int AS n FROM access_log WHERE subject_id IN ($1, $2) AND actor_id = $3",
          [one.id, two.id, region.admin.id],
        )
      )[0]?.n ?? 0;
    const before = await reads();
    expect(
      (await call(t, admin, "GET", `/api/users?q=${encodeURIComponent(`Listed ${tag}`)}`)).json().data,
    ).toHaveLength(2);
    const after = await reads();
    expect(after - before).toBe(2);
  });
});
