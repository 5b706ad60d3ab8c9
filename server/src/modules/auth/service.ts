import { and, eq, sql } from "drizzle-orm";
import type { Config } from "../../config";
import { type Db, inRegion, rowsOf, type Tx } from "../../db/client";
import type { SignedInUser } from "../../http/context";
import { Problem } from "../../http/problem";
import { users } from "../users/schema";
import { hashPassword, newToken, tokenHash, verifyPassword } from "./crypto";
import { invitations, type Session, sessions } from "./schema";
import type { SessionCache } from "./session-cache";

type AuthConfig = Pick<
  Config,
  "sessionHours" | "sessionIdleMinutes" | "loginMaxFailures" | "loginLockMinutes"
>;

interface SessionRow {
  session_id: string;
  region_id: string;
  region_name: string;
  csrf_token: string;
  last_seen_at: string | Date;
  user_id: string;
  email: string;
  name: string;
  language: SignedInUser["language"];
  status: string;
  memberships: SignedInUser["memberships"] | string;
}

/**
 * Loads the signed-in user of a session, or null when the session is gone, expired, idle or the user
 * inactive. One round trip per request, none when the cache (if given) has the session from the last
 * few seconds; the idle clock is written at most once a minute.
 */
export async function resolveSession(
  db: Db,
  config: AuthConfig,
  token: string,
  cache?: SessionCache,
): Promise<SignedInUser | null> {
  const hash = tokenHash(token);
  const now = Date.now();
  const cached = cache?.get(hash, now);
  if (cached) {
    const idleMs = now - cached.lastSeenAt;
    if (idleMs <= 60_000) return cached.user;
    cache?.forget(hash);
  }
  const row = rowsOf<SessionRow>(await db.execute(sql`SELECT * FROM polku_auth_session_user(${hash})`))[0];
  if (row?.status !== "active") return null;
  let lastSeenAt = new Date(row.last_seen_at).getTime();
  const idleMs = now - lastSeenAt;
  if (idleMs > config.sessionIdleMinutes * 60_000) {
    await inRegion(db, { regionId: row.region_id }, (tx) =>
      tx.delete(sessions).where(eq(sessions.id, row.session_id)),
    );
    return null;
  }
  if (idleMs > 60_000) {
    await inRegion(db, { regionId: row.region_id }, (tx) =>
      tx.update(sessions).set({ lastSeenAt: sql`now()` }).where(eq(sessions.id, row.session_id)),
    );
    lastSeenAt = now;
  }
  const ms: SignedInUser["memberships"] =
    typeof row.memberships === "string" ? JSON.parse(row.memberships) : row.memberships;
  const user: SignedInUser = {
    id: row.user_id,
    regionId: row.region_id,
    regionName: row.region_name,
    email: row.email,
    name: row.name,
    language: row.language,
    roles: [...new Set(ms.map((m) => m.role))],
    memberships: ms,
    sessionId: row.session_id,
    csrfToken: row.csrf_token,
  };
  cache?.set(hash, { user, lastSeenAt, cachedAt: now });
  return user;
}

export function presentSession(user: SignedInUser): Session {
  return {
    user: {
      id: user.id,
      email: user.email,
      name: user.name,
      language: user.language,
      regionId: user.regionId,
      regionName: user.regionName,
      roles: user.roles,
      memberships: user.memberships,
    },
    csrfToken: user.csrfToken,
  };
}

interface ClientMeta {
  userAgent: string | null;
  requestId: string;
}

async function openSession(tx: Tx, config: AuthConfig, userId: string, meta: ClientMeta) {
  const token = newToken();
  await tx.insert(sessions).values({
    userId,
    tokenHash: tokenHash(token),
    csrfToken: newToken(),
    expiresAt: sql`now() + make_interval(hours => ${config.sessionHours})`,
    userAgent: meta.userAgent?.slice(0, 300) ?? null,
  });
  await tx
    .update(users)
    .set({ failedAttempts: 0, lockedUntil: null, lastSignInAt: sql`now()` })
    .where(eq(users.id, userId));
  return token;
}

function lockedProblem(lockedUntil: string) {
  const minutes = Math.max(1, Math.ceil((new Date(lockedUntil).getTime() - Date.now()) / 60_000));
  return new Problem(429, "auth.locked", { minutes });
}

/**
 * Checks e-mail and password and opens a session. Repeated failures lock the account for a while;
 * an unknown address costs the same time as a known one.
 */
export async function signIn(
  db: Db,
  config: AuthConfig,
  input: { email: string; password: string },
  meta: ClientMeta,
): Promise<{ token: string; user: SignedInUser }> {
  const found = rowsOf<{ user_id: string; region_id: string }>(
    await db.execute(sql`SELECT user_id, region_id FROM polku_auth_user_by_email(${input.email.trim()})`),
  )[0];
  if (!found) {
    await verifyPassword(null, input.password);
    throw new Problem(401, "auth.badCredentials");
  }
  const ctx = { regionId: found.region_id, userId: found.user_id, requestId: meta.requestId };
  const [user] = await inRegion(db, ctx, (tx) =>
    tx
      .select({ passwordHash: users.passwordHash, status: users.status, lockedUntil: users.lockedUntil })
      .from(users)
      .where(eq(users.id, found.user_id)),
  );
  if (!user) throw new Problem(401, "auth.badCredentials");
  if (user.lockedUntil && new Date(user.lockedUntil).getTime() > Date.now())
    throw lockedProblem(user.lockedUntil);
  // Verify outside any transaction: argon2 is slow on purpose and must not hold locks.
  const ok = await verifyPassword(user.passwordHash, input.password);
  if (!ok) {
    const [after] = await inRegion(db, ctx, (tx) =>
      tx
        .update(users)
        .set({
          failedAttempts: sql`CASE WHEN ${users.failedAttempts} + 1 >= ${config.loginMaxFailures} THEN 0 ELSE ${users.failedAttempts} + 1 END`,
          lockedUntil: sql`CASE WHEN ${users.failedAttempts} + 1 >= ${config.loginMaxFailures} THEN now() + make_interval(mins => ${config.loginLockMinutes}) ELSE ${users.lockedUntil} END`,
        })
        .where(eq(users.id, found.user_id))
        .returning({ lockedUntil: users.lockedUntil }),
    );
    if (after?.lockedUntil && new Date(after.lockedUntil).getTime() > Date.now())
      throw lockedProblem(after.lockedUntil);
    throw new Problem(401, "auth.badCredentials");
  }
  if (user.status === "deactivated") throw new Problem(403, "auth.deactivated");
  if (user.status !== "active") throw new Problem(401, "auth.badCredentials");
  const token = await inRegion(db, ctx, (tx) => openSession(tx, config, found.user_id, meta));
  const signedIn = await resolveSession(db, config, token);
  if (!signedIn) throw new Problem(401, "auth.badCredentials");
  return { token, user: signedIn };
}

/** Ends the session server-side; the cookie is then worthless. */
export async function signOut(tx: Tx, sessionId: string) {
  await tx.delete(sessions).where(eq(sessions.id, sessionId));
}

/** Ends every session of a user (deactivation, password change). */
export async function endSessionsOf(tx: Tx, userId: string) {
  await tx.delete(sessions).where(eq(sessions.userId, userId));
}

export async function setLanguage(tx: Tx, userId: string, language: "fi" | "sv" | "en") {
  await tx.update(users).set({ language, updatedAt: sql`now()` }).where(eq(users.id, userId));
}

export const INVITATION_DAYS = 7;

/** Makes a one-time invitation link for an invited user, replacing any earlier one. Returns the token. */
export async function createInvitation(tx: Tx, userId: string, createdBy: string): Promise<string> {
  await tx.delete(invitations).where(and(eq(invitations.userId, userId), sql`${invitations.usedAt} IS NULL`));
  const token = newToken();
  await tx.insert(invitations).values({
    userId,
    tokenHash: tokenHash(token),
    createdBy,
    expiresAt: sql`now() + make_interval(days => ${INVITATION_DAYS})`,
  });
  return token;
}

async function findInvitation(db: Db, token: string) {
  const found = rowsOf<{ invitation_id: string; region_id: string }>(
    await db.execute(sql`SELECT invitation_id, region_id FROM polku_auth_invitation(${tokenHash(token)})`),
  )[0];
  if (!found) throw new Problem(404, "auth.invitationInvalid");
  return found;
}

/** Who an invitation is for, so the page can greet them. */
export async function invitationInfo(db: Db, token: string) {
  const found = await findInvitation(db, token);
  const [row] = await inRegion(db, { regionId: found.region_id }, (tx) =>
    tx
      .select({ email: users.email, name: users.name, status: users.status })
      .from(invitations)
      .innerJoin(users, eq(users.id, invitations.userId))
      .where(eq(invitations.id, found.invitation_id)),
  );
  if (row?.status !== "invited") throw new Problem(404, "auth.invitationInvalid");
  return { email: row.email, name: row.name };
}

/** Sets the invited user's password, activates the account, uses up the link and signs the user in. */
export async function acceptInvitation(
  db: Db,
  config: AuthConfig,
  token: string,
  password: string,
  meta: ClientMeta,
): Promise<{ token: string; user: SignedInUser }> {
  const found = await findInvitation(db, token);
  const passwordHash = await hashPassword(password);
  const sessionToken = await inRegion(
    db,
    { regionId: found.region_id, requestId: meta.requestId },
    async (tx) => {
      const [inv] = await tx
        .update(invitations)
        .set({ usedAt: sql`now()` })
        .where(and(eq(invitations.id, found.invitation_id), sql`${invitations.usedAt} IS NULL`))
        .returning({ userId: invitations.userId });
      if (!inv) throw new Problem(404, "auth.invitationInvalid");
      await tx.execute(sql`SELECT set_config('app.user_id', ${inv.userId}, true)`);
      const [u] = await tx
        .update(users)
        .set({ passwordHash, status: "active", updatedAt: sql`now()`, version: sql`${users.version} + 1` })
        .where(and(eq(users.id, inv.userId), eq(users.status, "invited")))
        .returning({ id: users.id });
      if (!u) throw new Problem(404, "auth.invitationInvalid");
      return openSession(tx, config, u.id, meta);
    },
  );
  const user = await resolveSession(db, config, sessionToken);
  if (!user) throw new Problem(401, "auth.badCredentials");
  return { token: sessionToken, user };
}
