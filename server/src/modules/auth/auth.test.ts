import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
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
import { translate } from "../../http/messages";
import { tokenHash } from "./crypto";

let t: TestApp;
let region: TestRegion;
let admin: Session;

beforeAll(async () => {
  // These tests change sessions in the database behind the application's back: no session cache
  // (the cache has its own tests in session-cache.test.ts).
  t = await createTestApp({ SESSION_CACHE_SECONDS: "0" });
  region = await buildRegion(t);
  admin = await signIn(t, region.admin);
});
afterAll(() => t.close());

const signInRequest = (
  app: TestApp,
  body: unknown,
  opts: { lang?: string; remoteAddress?: string; headers?: Record<string, string> } = {},
) =>
  app.app.inject({
    method: "POST",
    url: "/api/session",
    headers: { "accept-language": opts.lang ?? "en", ...opts.headers },
    payload: body as object,
    ...(opts.remoteAddress ? { remoteAddress: opts.remoteAddress } : {}),
  });

async function sessionCount(userId: string) {
  const [row] = await t.db.ownerQuery<{ n: number }>(
    "SELECT count(*)::int AS n FROM sessions WHERE user_id = $1",
    [userId],
  );
  return row?.n ?? 0;
}

async function sessionExists(s: Session) {
  const rows = await t.db.ownerQuery("SELECT 1 FROM sessions WHERE token_hash = $1", [tokenHash(s.token)]);
  return rows.length > 0;
}

describe("POST /api/session", () => {
  it("signs in with an HttpOnly, SameSite=Lax session cookie (not Secure over http)", async () => {
    const user = await buildUser(t, region, { role: "coach" });
    const res = await signInRequest(t, { email: user.email, password: PASSWORD });
    expect(res.statusCode).toBe(200);
    const cookie = res.cookies.find((c) => c.name === "polku_session");
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: "Lax", path: "/" });
    expect(cookie?.secure).toBeFalsy();
    expect(cookie?.value.length).toBeGreaterThanOrEqual(40);
    // Only the token's hash is stored.
    const stored = await t.db.ownerQuery("SELECT 1 FROM sessions WHERE token_hash = $1", [
      tokenHash(cookie?.value ?? ""),
    ]);
    expect(stored).toHaveLength(1);
    expect(res.body).not.toContain(cookie?.value);
    expect(res.json().user).toMatchObject({ id: user.id, email: user.email, roles: ["coach"] });
  });

  it("accepts the e-mail address in another case and with surrounding spaces", async () => {
    const user = await buildUser(t, region, { role: "coach" });
    const res = await signInRequest(t, { email: `  ${user.email.toUpperCase()} `, password: PASSWORD });
    expect(res.statusCode).toBe(200);
  });

  it.each(["fi", "sv", "en"] as const)("refuses a wrong password with 401 in %s", async (lang) => {
    const user = await buildUser(t, region, { role: "coach" });
    const res = await signInRequest(t, { email: user.email, password: "wrong password" }, { lang });
    expect(res.statusCode).toBe(401);
    expect(res.headers["content-type"]).toContain("application/problem+json");
    expect(res.json().detail).toBe(translate(lang, "auth.badCredentials"));
    expect(res.headers["content-language"]).toBe(lang);
    expect(res.cookies.find((c) => c.name === "polku_session")).toBeUndefined();
  });

  it("answers an unknown e-mail address with the same 401 as a wrong password", async () => {
    const user = await buildUser(t, region, { role: "coach" });
    const wrong = await signInRequest(t, { email: user.email, password: "wrong password" }, { lang: "sv" });
    const unknown = await signInRequest(
      t,
      { email: `nobody-${unique()}@test.example`, password: "wrong password" },
      { lang: "sv" },
    );
    expect(unknown.statusCode).toBe(401);
    expect(unknown.json()).toEqual({ ...wrong.json(), instance: unknown.json().instance });
  });

  it("locks the account after 5 failures with a clear message, even for the right password", async () => {
    const user = await buildUser(t, region, { role: "coach" });
    const sessionsBefore = await sessionCount(user.id);
    for (let i = 1; i <= 4; i++) {
      const res = await signInRequest(t, { email: user.email, password: `wrong ${i}` });
      expect(res.statusCode, `attempt ${i}`).toBe(401);
    }
    const fifth = await signInRequest(t, { email: user.email, password: "wrong 5" });
    expect(fifth.statusCode).toBe(429);
    expect(fifth.json().detail).toBe(translate("en", "auth.locked", { minutes: 15 }));
    const right = await signInRequest(t, { email: user.email, password: PASSWORD }, { lang: "fi" });
    expect(right.statusCode).toBe(429);
    expect(right.json().detail).toBe(translate("fi", "auth.locked", { minutes: 15 }));
    expect(right.json().detail).toContain("15 minuutiksi");
    expect(right.cookies.find((c) => c.name === "polku_session")).toBeUndefined();
    expect(await sessionCount(user.id)).toBe(sessionsBefore);
  });

  it("lets the user in again once the lock has expired", async () => {
    const user = await buildUser(t, region, { role: "coach" });
    for (let i = 1; i <= 5; i++) await signInRequest(t, { email: user.email, password: `wrong ${i}` });
    expect((await signInRequest(t, { email: user.email, password: PASSWORD })).statusCode).toBe(429);
    await t.db.ownerQuery("UPDATE users SET locked_until = now() - interval '1 second' WHERE id = $1", [
      user.id,
    ]);
    const res = await signInRequest(t, { email: user.email, password: PASSWORD });
    expect(res.statusCode).toBe(200);
    const [row] = await t.db.ownerQuery<{ failed_attempts: number; locked_until: string | null }>(
      "SELECT failed_attempts, locked_until FROM users WHERE id = $1",
      [user.id],
    );
    expect(row).toEqual({ failed_attempts: 0, locked_until: null });
  });

  it("resets the failure count after a successful sign-in", async () => {
    const user = await buildUser(t, region, { role: "coach" });
    for (let i = 1; i <= 4; i++) await signInRequest(t, { email: user.email, password: `wrong ${i}` });
    expect((await signInRequest(t, { email: user.email, password: PASSWORD })).statusCode).toBe(200);
    for (let i = 1; i <= 4; i++) {
      expect((await signInRequest(t, { email: user.email, password: `wrong ${i}` })).statusCode).toBe(401);
    }
  });

  it("refuses a deactivated user with 403 and a message to contact the administrator", async () => {
    const user = await buildUser(t, region, { role: "coach" });
    expect((await call(t, admin, "POST", `/api/users/${user.id}/deactivate`)).statusCode).toBe(200);
    const res = await signInRequest(t, { email: user.email, password: PASSWORD });
    expect(res.statusCode).toBe(403);
    expect(res.json().detail).toBe(translate("en", "auth.deactivated"));
    // A wrong password does not reveal that the account exists but is deactivated.
    const wrong = await signInRequest(t, { email: user.email, password: "wrong password" });
    expect(wrong.statusCode).toBe(401);
  });

  it("refuses an invited user who has not set a password yet", async () => {
    const user = await buildUser(t, region, { role: "coach", activate: false });
    const res = await signInRequest(t, { email: user.email, password: PASSWORD });
    expect(res.statusCode).toBe(401);
  });

  it("refuses a sign-in posted from a foreign origin (login CSRF)", async () => {
    const user = await buildUser(t, region, { role: "coach" });
    const res = await signInRequest(
      t,
      { email: user.email, password: PASSWORD },
      { headers: { origin: "https://evil.example" } },
    );
    expect(res.statusCode).toBe(403);
    expect(res.cookies.find((c) => c.name === "polku_session")).toBeUndefined();
  });

  it("answers a malformed JSON body with a 400 problem, never 500", async () => {
    const res = await t.app.inject({
      method: "POST",
      url: "/api/session",
      headers: { "content-type": "application/json", "accept-language": "en" },
      payload: '{"email": "a@b.c", "password": ',
    });
    expect(res.statusCode).toBe(400);
    expect(res.headers["content-type"]).toContain("application/problem+json");
    expect(res.json()).toMatchObject({ status: 400, detail: translate("en", "problem.invalidJson") });
  });

  it.each([
    ["application/xml", "<signIn/>"],
    ["text/plain", '{"email":"a@b.c","password":"x"}'],
    ["application/x-www-form-urlencoded", "email=a%40b.c&password=x"],
  ])("answers a %s body with 415", async (type, payload) => {
    const res = await t.app.inject({
      method: "POST",
      url: "/api/session",
      headers: { "content-type": type, "accept-language": "en" },
      payload,
    });
    expect(res.statusCode).toBe(415);
    expect(res.json()).toMatchObject({
      status: 415,
      detail: translate("en", "problem.unsupportedMediaType"),
    });
  });

  it("refuses unknown fields with 400", async () => {
    const res = await signInRequest(t, { email: "a@b.c", password: "x", admin: true });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors).toEqual([expect.objectContaining({ path: "admin" })]);
  });
});

describe("GET /api/session", () => {
  it("returns the signed-in user, their roles and the CSRF token", async () => {
    const user = await buildUser(t, region, { role: "partner_worker", name: "Paula Partner" });
    const s = await signIn(t, user);
    const res = await call(t, s, "GET", "/api/session");
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      csrfToken: s.csrf,
      user: {
        id: user.id,
        email: user.email,
        name: "Paula Partner",
        regionId: region.regionId,
        roles: ["partner_worker"],
        memberships: [
          expect.objectContaining({ organisationId: region.organisationId, role: "partner_worker" }),
        ],
      },
    });
  });

  it("answers 401 without a cookie and with an unknown cookie", async () => {
    expect((await call(t, null, "GET", "/api/session")).statusCode).toBe(401);
    const res = await t.app.inject({
      method: "GET",
      url: "/api/session",
      headers: { cookie: "polku_session=not-a-real-token", "accept-language": "sv" },
    });
    expect(res.statusCode).toBe(401);
    expect(res.json().detail).toBe(translate("sv", "problem.unauthenticated"));
  });

  it("ends a session idle longer than SESSION_IDLE_MINUTES with 401", async () => {
    const user = await buildUser(t, region, { role: "coach" });
    const s = await signIn(t, user);
    const idle = t.config.sessionIdleMinutes;
    // Just inside the limit the session lives on, and the request refreshes it.
    await t.db.ownerQuery(
      "UPDATE sessions SET last_seen_at = now() - make_interval(mins => $1) WHERE token_hash = $2",
      [idle - 2, tokenHash(s.token)],
    );
    expect((await call(t, s, "GET", "/api/session")).statusCode).toBe(200);
    const [fresh] = await t.db.ownerQuery<{ age: number }>(
      "SELECT extract(epoch FROM now() - last_seen_at)::int AS age FROM sessions WHERE token_hash = $1",
      [tokenHash(s.token)],
    );
    expect(fresh?.age).toBeLessThan(60);
    await t.db.ownerQuery(
      "UPDATE sessions SET last_seen_at = now() - make_interval(mins => $1) WHERE token_hash = $2",
      [idle + 1, tokenHash(s.token)],
    );
    expect((await call(t, s, "GET", "/api/session")).statusCode).toBe(401);
    expect(await sessionExists(s)).toBe(false);
  });

  it("ends a session past its absolute lifetime with 401", async () => {
    const user = await buildUser(t, region, { role: "coach" });
    const s = await signIn(t, user);
    await t.db.ownerQuery(
      "UPDATE sessions SET expires_at = now() - interval '1 second' WHERE token_hash = $1",
      [tokenHash(s.token)],
    );
    expect((await call(t, s, "GET", "/api/session")).statusCode).toBe(401);
  });
});

describe("DELETE /api/session", () => {
  it("ends the session server-side so the old cookie no longer works", async () => {
    const user = await buildUser(t, region, { role: "coach" });
    const s = await signIn(t, user);
    const res = await call(t, s, "DELETE", "/api/session");
    expect(res.statusCode).toBe(204);
    const cleared = res.cookies.find((c) => c.name === "polku_session");
    expect(cleared?.value).toBe("");
    expect(await sessionExists(s)).toBe(false);
    expect((await call(t, s, "GET", "/api/session")).statusCode).toBe(401);
  });
});

describe("cross-site request forgery", () => {
  it("refuses a write without x-csrf-token with 403 and changes nothing", async () => {
    const name = `No token ${unique()}`;
    const res = await t.app.inject({
      method: "POST",
      url: "/api/organisations",
      headers: { cookie: admin.cookie, "accept-language": "en" },
      payload: { name, kind: "association" },
    });
    expect(res.statusCode).toBe(403);
    expect(res.json().detail).toBe(translate("en", "problem.csrf"));
    const list = (await call(t, admin, "GET", "/api/organisations")).json().data as { name: string }[];
    expect(list.map((o) => o.name)).not.toContain(name);
  });

  it("refuses a write with another session's CSRF token", async () => {
    const user = await buildUser(t, region, { role: "coach" });
    const other = await signIn(t, user);
    const res = await call(
      t,
      admin,
      "PUT",
      "/api/session/language",
      { language: "sv" },
      {
        "x-csrf-token": other.csrf,
      },
    );
    expect(res.statusCode).toBe(403);
  });

  it("refuses a write from a foreign Origin with 403, and accepts the service's own", async () => {
    const user = await buildUser(t, region, { role: "coach" });
    const s = await signIn(t, user);
    const foreign = await call(
      t,
      s,
      "PUT",
      "/api/session/language",
      { language: "sv" },
      {
        origin: "https://evil.example",
      },
    );
    expect(foreign.statusCode).toBe(403);
    expect((await call(t, s, "GET", "/api/session")).json().user.language).toBe("en");
    const own = await call(
      t,
      s,
      "PUT",
      "/api/session/language",
      { language: "sv" },
      {
        origin: t.config.publicUrl,
      },
    );
    expect(own.statusCode).toBe(204);
  });
});

describe("PUT /api/session/language", () => {
  it("remembers the language for the next request", async () => {
    const user = await buildUser(t, region, { role: "coach" });
    const s = await signIn(t, user);
    expect((await call(t, s, "GET", "/api/session")).json().user.language).toBe("en");
    const res = await call(t, s, "PUT", "/api/session/language", { language: "sv" });
    expect(res.statusCode).toBe(204);
    expect((await call(t, s, "GET", "/api/session")).json().user.language).toBe("sv");
    // Without an Accept-Language header, problems come in the user's own language.
    const problem = await t.app.inject({
      method: "GET",
      url: "/api/nothing-here",
      headers: { cookie: s.cookie },
    });
    expect(problem.json().detail).toBe(translate("sv", "problem.notFound"));
  });

  it("refuses a language the service does not have with 400", async () => {
    const user = await buildUser(t, region, { role: "coach" });
    const s = await signIn(t, user);
    expect((await call(t, s, "PUT", "/api/session/language", { language: "de" })).statusCode).toBe(400);
  });
});

describe("invitations", () => {
  /** Invites a person through the API and reads the link from the outbox. */
  async function invite() {
    const email = `invited-${unique()}@test.example`;
    const res = await call(t, admin, "POST", "/api/users", {
      email,
      name: "Iida Invited",
      language: "fi",
      memberships: [{ organisationId: region.organisationId, role: "coach" }],
    });
    expect(res.statusCode).toBe(201);
    return { id: res.json().data.id as string, email, token: await latestLink(email) };
  }

  async function latestLink(email: string) {
    const outbox = (await call(t, admin, "GET", "/api/outbox")).json().data as { to: string; body: string }[];
    const mail = outbox.find((m) => m.to === email);
    const link = mail?.body.match(/(\S+)\/invitation\/([A-Za-z0-9_-]+)/);
    expect(link?.[1]).toBe(t.config.publicUrl);
    const token = link?.[2];
    if (!token) throw new Error(`no invitation link in the mail to ${email}`);
    return token;
  }

  it("writes a mail with a /invitation/<token> link that shows who it is for", async () => {
    const { email, token } = await invite();
    const res = await call(t, null, "GET", `/api/invitations/${token}`);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ email, name: "Iida Invited" });
  });

  it("refuses a password shorter than 12 characters with 400 and keeps the link usable", async () => {
    const { token } = await invite();
    const res = await call(t, null, "POST", `/api/invitations/${token}/accept`, { password: "short" });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0].path).toBe("password");
    expect((await call(t, null, "GET", `/api/invitations/${token}`)).statusCode).toBe(200);
  });

  it("activates the account, signs the person in, and cannot be used twice", async () => {
    const { id, email, token } = await invite();
    const res = await call(t, null, "POST", `/api/invitations/${token}/accept`, {
      password: "a long enough password",
    });
    expect(res.statusCode).toBe(200);
    const cookie = res.cookies.find((c) => c.name === "polku_session");
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: "Lax" });
    expect(res.json().user).toMatchObject({ id, email, roles: ["coach"] });
    const session = {
      token: cookie?.value ?? "",
      csrf: res.json().csrfToken,
      cookie: `polku_session=${cookie?.value}`,
    };
    expect((await call(t, session, "GET", "/api/session")).statusCode).toBe(200);

    const again = await call(
      t,
      null,
      "POST",
      `/api/invitations/${token}/accept`,
      {
        password: "another long password",
      },
      { "accept-language": "fi" },
    );
    expect(again.statusCode).toBe(404);
    expect(again.json().detail).toBe(translate("fi", "auth.invitationInvalid"));
    expect((await call(t, null, "GET", `/api/invitations/${token}`)).statusCode).toBe(404);
    // The first password stands.
    expect((await signInRequest(t, { email, password: "a long enough password" })).statusCode).toBe(200);
    expect((await signInRequest(t, { email, password: "another long password" })).statusCode).toBe(401);
  });

  it("stops the old link working when the invitation is sent again", async () => {
    const { id, email, token: first } = await invite();
    const resend = await call(t, admin, "POST", `/api/users/${id}/invitation`);
    expect(resend.statusCode).toBe(200);
    const second = await latestLink(email);
    expect(second).not.toBe(first);
    const old = await call(t, null, "GET", `/api/invitations/${first}`, undefined, {
      "accept-language": "sv",
    });
    expect(old.statusCode).toBe(404);
    expect(old.json().detail).toBe(translate("sv", "auth.invitationInvalid"));
    expect(
      (
        await call(t, null, "POST", `/api/invitations/${first}/accept`, {
          password: "a long enough password",
        })
      ).statusCode,
    ).toBe(404);
    expect((await call(t, null, "GET", `/api/invitations/${second}`)).statusCode).toBe(200);
  });

  it("answers an unknown token with 404 and a malformed one with 400", async () => {
    expect((await call(t, null, "GET", `/api/invitations/${"x".repeat(43)}`)).statusCode).toBe(404);
    expect((await call(t, null, "GET", "/api/invitations/short")).statusCode).toBe(400);
  });
});

describe("over https", () => {
  let secure: TestApp;
  let user: { email: string; password: string };

  beforeAll(async () => {
    secure = await createTestApp({ PUBLIC_URL: "https://polku.example", LOGIN_RATE_LIMIT_PER_MINUTE: "3" });
    const r = await buildRegion(secure);
    user = r.admin;
  });
  afterAll(() => secure.close());

  it("marks the session cookie Secure when PUBLIC_URL is https", async () => {
    const res = await signInRequest(
      secure,
      { email: user.email, password: PASSWORD },
      { remoteAddress: "10.0.0.1" },
    );
    expect(res.statusCode).toBe(200);
    const cookie = res.cookies.find((c) => c.name === "polku_session");
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: "Lax", secure: true });
    expect(res.headers["strict-transport-security"]).toBeDefined();
  });

  it("limits sign-in attempts per address with 429 (LOGIN_RATE_LIMIT_PER_MINUTE)", async () => {
    for (let i = 1; i <= 3; i++) {
      const res = await signInRequest(
        secure,
        { email: `nobody-${i}@test.example`, password: "wrong" },
        { remoteAddress: "10.0.0.2" },
      );
      expect(res.statusCode, `attempt ${i}`).toBe(401);
    }
    const limited = await signInRequest(
      secure,
      { email: user.email, password: PASSWORD },
      { remoteAddress: "10.0.0.2", lang: "fi" },
    );
    expect(limited.statusCode).toBe(429);
    expect(limited.headers["content-type"]).toContain("application/problem+json");
    expect(limited.json().detail).toBe(translate("fi", "problem.rateLimited"));
    // Another address is not affected.
    const other = await signInRequest(
      secure,
      { email: user.email, password: PASSWORD },
      { remoteAddress: "10.0.0.3" },
    );
    expect(other.statusCode).toBe(200);
  });
});
