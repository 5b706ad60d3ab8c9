import { and, asc, eq, inArray, ne, sql } from "drizzle-orm";
import { rowsOf, type Tx } from "../../db/client";
import type { SignedInUser } from "../../http/context";
import { translate } from "../../http/messages";
import { conflict, notFound, Problem } from "../../http/problem";
import { createInvitation, endSessionsOf, INVITATION_DAYS } from "../auth/service";
import { organisations } from "../organisations/schema";
import { writeMail } from "../outbox/service";
import { regions } from "../regions/schema";
import {
  type Membership,
  type MembershipCreate,
  memberships,
  type UserInvite,
  type UserStatus,
  type UserSummary,
  type UserUpdate,
  users,
} from "./schema";

export interface MailSettings {
  publicUrl: string;
  smtpConfigured: boolean;
}

const userColumns = {
  id: users.id,
  email: users.email,
  name: users.name,
  language: users.language,
  status: users.status,
  lastSignInAt: users.lastSignInAt,
  version: users.version,
};

async function membershipsByUser(tx: Tx, userIds: string[]): Promise<Map<string, Membership[]>> {
  const out = new Map<string, Membership[]>();
  if (userIds.length === 0) return out;
  const rows = await tx
    .select({
      userId: memberships.userId,
      id: memberships.id,
      organisationId: memberships.organisationId,
      organisationName: organisations.name,
      role: memberships.role,
    })
    .from(memberships)
    .innerJoin(organisations, eq(organisations.id, memberships.organisationId))
    .where(inArray(memberships.userId, userIds))
    .orderBy(asc(organisations.name), asc(memberships.role));
  for (const { userId, ...m } of rows) {
    const list = out.get(userId) ?? [];
    list.push(m);
    out.set(userId, list);
  }
  return out;
}

/** The region's users, filtered by a text (name or e-mail) and status, at most `limit`. */
export async function listUsers(
  tx: Tx,
  filter: { q?: string | undefined; status?: UserStatus | undefined },
  limit = 200,
): Promise<UserSummary[]> {
  const conditions = [];
  if (filter.q?.trim()) {
    const like = `%${filter.q.trim().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    conditions.push(sql`(${users.name} ILIKE ${like} OR ${users.email} ILIKE ${like})`);
  }
  if (filter.status) conditions.push(eq(users.status, filter.status));
  const rows = await tx
    .select(userColumns)
    .from(users)
    .where(conditions.length ? and(...conditions) : undefined)
    .orderBy(asc(users.name), asc(users.email))
    .limit(limit);
  const ms = await membershipsByUser(
    tx,
    rows.map((r) => r.id),
  );
  return rows.map((r) => ({ ...r, memberships: ms.get(r.id) ?? [] }));
}

export async function getUser(tx: Tx, id: string): Promise<UserSummary> {
  const [row] = await tx.select(userColumns).from(users).where(eq(users.id, id));
  if (!row) throw notFound();
  const ms = await membershipsByUser(tx, [id]);
  return { ...row, memberships: ms.get(id) ?? [] };
}

async function assertActiveOrganisations(tx: Tx, ids: string[]) {
  if (ids.length === 0) return;
  const found = await tx
    .select({ id: organisations.id, active: organisations.active })
    .from(organisations)
    .where(inArray(organisations.id, ids));
  for (const id of ids) {
    const org = found.find((o) => o.id === id);
    if (!org) throw new Problem(400, "problem.reference");
    if (!org.active) throw new Problem(400, "organisations.inactive");
  }
}

async function sendInvitation(tx: Tx, actor: SignedInUser, target: UserSummary, mail: MailSettings) {
  const token = await createInvitation(tx, target.id, actor.id);
  const [region] = await tx.select({ name: regions.name }).from(regions);
  const params = {
    name: target.name,
    inviter: actor.name,
    region: region?.name ?? "",
    days: INVITATION_DAYS,
    link: `${mail.publicUrl}/invitation/${token}`,
  };
  await writeMail(
    tx,
    {
      to: target.email,
      subject: translate(target.language, "mail.invitation.subject"),
      body: translate(target.language, "mail.invitation.body", params),
    },
    mail.smtpConfigured,
  );
}

/** Creates an invited user with memberships and writes the invitation mail to the outbox. */
export async function inviteUser(
  tx: Tx,
  actor: SignedInUser,
  input: UserInvite,
  mail: MailSettings,
): Promise<UserSummary> {
  const email = input.email.trim();
  // E-mail addresses are unique across regions; the definer function sees all of them (ids only).
  const [existing] = rowsOf(await tx.execute(sql`SELECT 1 FROM polku_auth_user_by_email(${email})`));
  if (existing) throw new Problem(409, "users.duplicateEmail");
  await assertActiveOrganisations(
    tx,
    input.memberships.map((m) => m.organisationId),
  );
  const [created] = await tx
    .insert(users)
    .values({ email, name: input.name.trim(), language: input.language, status: "invited" })
    .returning({ id: users.id });
  if (!created) throw new Error("insert returned nothing");
  const unique = new Map(input.memberships.map((m) => [`${m.organisationId}:${m.role}`, m]));
  await tx.insert(memberships).values([...unique.values()].map((m) => ({ ...m, userId: created.id })));
  const user = await getUser(tx, created.id);
  await sendInvitation(tx, actor, user, mail);
  return user;
}

/** Writes a fresh invitation link (the old one stops working). */
export async function resendInvitation(tx: Tx, actor: SignedInUser, id: string, mail: MailSettings) {
  const user = await getUser(tx, id);
  if (user.status !== "invited") throw new Problem(409, "users.notInvited");
  await sendInvitation(tx, actor, user, mail);
  return user;
}

export async function updateUser(tx: Tx, id: string, input: UserUpdate): Promise<UserSummary> {
  await getUser(tx, id);
  const [row] = await tx
    .update(users)
    .set({
      ...(input.name !== undefined ? { name: input.name.trim() } : {}),
      ...(input.language !== undefined ? { language: input.language } : {}),
      version: sql`${users.version} + 1`,
      updatedAt: sql`now()`,
    })
    .where(and(eq(users.id, id), eq(users.version, input.version)))
    .returning({ id: users.id });
  if (!row) throw conflict();
  return getUser(tx, id);
}

/** Active administrators of the region other than `exceptUserId`. */
async function otherActiveAdministrators(tx: Tx, exceptUserId: string): Promise<number> {
  const [row] = await tx
    .select({ n: sql<number>`count(DISTINCT ${users.id})::int` })
    .from(users)
    .innerJoin(memberships, eq(memberships.userId, users.id))
    .where(
      and(eq(memberships.role, "administrator"), eq(users.status, "active"), ne(users.id, exceptUserId)),
    );
  return row?.n ?? 0;
}

export async function addMembership(tx: Tx, userId: string, input: MembershipCreate): Promise<Membership> {
  await getUser(tx, userId);
  await assertActiveOrganisations(tx, [input.organisationId]);
  const [row] = await tx
    .insert(memberships)
    .values({ userId, organisationId: input.organisationId, role: input.role })
    .onConflictDoNothing()
    .returning({ id: memberships.id });
  if (!row) throw new Problem(409, "problem.duplicate");
  const user = await getUser(tx, userId);
  const m = user.memberships.find((x) => x.id === row.id);
  if (!m) throw notFound();
  return m;
}

/** Removes a membership; the region's last active administrator cannot lose that role. */
export async function removeMembership(tx: Tx, userId: string, membershipId: string) {
  const [m] = await tx
    .select({ role: memberships.role })
    .from(memberships)
    .where(and(eq(memberships.id, membershipId), eq(memberships.userId, userId)));
  if (!m) throw notFound();
  if (m.role === "administrator") {
    const user = await getUser(tx, userId);
    const stillAdmin = user.memberships.some((x) => x.role === "administrator" && x.id !== membershipId);
    if (!stillAdmin && user.status === "active" && (await otherActiveAdministrators(tx, userId)) === 0) {
      throw new Problem(409, "users.lastAdministrator");
    }
  }
  await tx.delete(memberships).where(eq(memberships.id, membershipId));
}

/** Deactivates a user: ends their sessions and open invitations. Not oneself, not the last administrator. */
export async function deactivateUser(tx: Tx, actor: SignedInUser, id: string): Promise<UserSummary> {
  if (id === actor.id) throw new Problem(409, "users.cannotDeactivateSelf");
  const user = await getUser(tx, id);
  if (user.status === "deactivated") return user;
  if (user.memberships.some((m) => m.role === "administrator") && user.status === "active") {
    if ((await otherActiveAdministrators(tx, id)) === 0) throw new Problem(409, "users.lastAdministrator");
  }
  await tx
    .update(users)
    .set({ status: "deactivated", version: sql`${users.version} + 1`, updatedAt: sql`now()` })
    .where(eq(users.id, id));
  await endSessionsOf(tx, id);
  return getUser(tx, id);
}

/** Gives a deactivated user access again: active if they had set a password, otherwise invited. */
export async function reactivateUser(tx: Tx, id: string): Promise<UserSummary> {
  const user = await getUser(tx, id);
  if (user.status !== "deactivated") return user;
  await tx
    .update(users)
    .set({
      status: sql`CASE WHEN ${users.passwordHash} IS NULL THEN 'invited' ELSE 'active' END`,
      failedAttempts: 0,
      lockedUntil: null,
      version: sql`${users.version} + 1`,
      updatedAt: sql`now()`,
    })
    .where(eq(users.id, id));
  return getUser(tx, id);
}
