import type { FastifyInstance, LightMyRequestResponse } from "fastify";
import { buildApp } from "../src/app";
import { type Config, loadConfig } from "../src/config";
import { inRegion } from "../src/db/client";
import type { SignedInUser } from "../src/http/context";
import type { OrganisationKind, Role } from "../src/modules/access/roles";
import { acceptInvitation, createInvitation, resolveSession } from "../src/modules/auth/service";
import { createOrganisation } from "../src/modules/organisations/service";
import { bootstrapRegion } from "../src/modules/regions/service";
import { inviteUser } from "../src/modules/users/service";
import { createTestDatabase, type TestDatabase } from "./db";

export const PASSWORD = "correct horse battery staple";

export interface TestApp {
  app: FastifyInstance;
  db: TestDatabase;
  config: Config;
  close(): Promise<void>;
}

/** The real application in-process on a fresh database. */
export async function createTestApp(env: Record<string, string> = {}): Promise<TestApp> {
  const db = await createTestDatabase();
  const config = loadConfig({
    LOG_LEVEL: "silent",
    SEED_DEMO: "false",
    LOGIN_RATE_LIMIT_PER_MINUTE: "10000",
    RATE_LIMIT_PER_MINUTE: "100000",
    WEB_DIST: "/nonexistent",
    ...env,
  });
  const app = await buildApp(config, db.database, { logger: false });
  await app.ready();
  return {
    app,
    db,
    config,
    close: async () => {
      await app.close();
      await db.close();
    },
  };
}

let counter = 0;
export const unique = () => `${Date.now().toString(36)}${(counter++).toString(36)}`;

export interface TestRegion {
  regionId: string;
  organisationId: string;
  admin: TestUser;
}

export interface TestUser {
  id: string;
  email: string;
  password: string;
  regionId: string;
}

/** A region with its first organisation and an active administrator (through the real services). */
export async function buildRegion(t: TestApp, overrides: { name?: string } = {}): Promise<TestRegion> {
  const tag = unique();
  const email = `admin-${tag}@test.example`;
  const boot = await bootstrapRegion(t.db.database, {
    code: `r-${tag}`,
    name: overrides.name ?? `Region ${tag}`,
    organisation: { name: `City ${tag}`, kind: "municipality" },
    administrator: { email, name: `Admin ${tag}`, language: "en" },
  });
  const { user } = await acceptInvitation(t.db.database.app, t.config, boot.invitationToken, PASSWORD, {
    userAgent: "test",
    requestId: "test",
  });
  return {
    regionId: boot.regionId,
    organisationId: boot.organisationId,
    admin: { id: user.id, email, password: PASSWORD, regionId: boot.regionId },
  };
}

/** An organisation in the region. */
export async function buildOrganisation(
  t: TestApp,
  region: TestRegion,
  overrides: { name?: string; kind?: OrganisationKind } = {},
) {
  return inRegion(t.db.database.app, { regionId: region.regionId, userId: region.admin.id }, (tx) =>
    createOrganisation(tx, {
      name: overrides.name ?? `Org ${unique()}`,
      kind: overrides.kind ?? "association",
    }),
  );
}

/** An active user with a role, invited by the region's administrator, who has set PASSWORD. */
export async function buildUser(
  t: TestApp,
  region: TestRegion,
  overrides: { role?: Role; organisationId?: string; name?: string; email?: string; activate?: boolean } = {},
): Promise<TestUser> {
  return (await buildInvitedUser(t, region, overrides)).user;
}

/** Like buildUser, and also returns the user's invitation token (already used unless activate is false). */
export async function buildInvitedUser(
  t: TestApp,
  region: TestRegion,
  overrides: { role?: Role; organisationId?: string; name?: string; email?: string; activate?: boolean } = {},
): Promise<{ user: TestUser; token: string }> {
  const email = overrides.email ?? `user-${unique()}@test.example`;
  const db = t.db.database.app;
  const actor = await adminUser(t, region);
  const { id, token } = await inRegion(
    db,
    { regionId: region.regionId, userId: region.admin.id },
    async (tx) => {
      const u = await inviteUser(
        tx,
        actor,
        {
          email,
          name: overrides.name ?? `User ${unique()}`,
          language: "en",
          memberships: [
            {
              organisationId: overrides.organisationId ?? region.organisationId,
              role: overrides.role ?? "coach",
            },
          ],
        },
        { publicUrl: t.config.publicUrl, smtpConfigured: false },
      );
      return { id: u.id, token: await createInvitation(tx, u.id, region.admin.id) };
    },
  );
  if (overrides.activate !== false) {
    await acceptInvitation(db, t.config, token, PASSWORD, { userAgent: "test", requestId: "test" });
  }
  return { user: { id, email, password: PASSWORD, regionId: region.regionId }, token };
}

// The acting administrator of each region, signed in once (argon2 is slow on purpose).
const actors = new WeakMap<TestRegion, Promise<SignedInUser>>();

/** The region's administrator as a signed-in user, for calling services directly. */
export function adminUser(t: TestApp, region: TestRegion): Promise<SignedInUser> {
  let actor = actors.get(region);
  if (!actor) {
    actor = (async () => {
      const signed = await signIn(t, region.admin);
      const user = await resolveSession(t.db.database.app, t.config, signed.token);
      if (!user) throw new Error("admin could not sign in");
      return user;
    })();
    actors.set(region, actor);
  }
  return actor;
}

export interface Session {
  token: string;
  csrf: string;
  cookie: string;
}

/** Signs in through the API and returns the cookie and CSRF token. */
export async function signIn(t: TestApp, user: { email: string; password: string }): Promise<Session> {
  const res = await t.app.inject({
    method: "POST",
    url: "/api/session",
    payload: { email: user.email, password: user.password },
  });
  if (res.statusCode !== 200) throw new Error(`sign-in failed: ${res.statusCode} ${res.body}`);
  const cookie = res.cookies.find((c) => c.name === "polku_session");
  if (!cookie) throw new Error("no session cookie");
  return { token: cookie.value, csrf: res.json().csrfToken, cookie: `polku_session=${cookie.value}` };
}

type Method = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

/** A request as a signed-in user (cookie + CSRF header), or anonymously. */
export function call(
  t: TestApp,
  session: Session | null,
  method: Method,
  url: string,
  payload?: unknown,
  headers: Record<string, string> = {},
): Promise<LightMyRequestResponse> {
  return t.app.inject({
    method,
    url,
    headers: {
      "accept-language": "en",
      ...(session ? { cookie: session.cookie, "x-csrf-token": session.csrf } : {}),
      ...headers,
    },
    ...(payload !== undefined ? { payload: payload as object } : {}),
  });
}
