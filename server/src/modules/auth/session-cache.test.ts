import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  buildRegion,
  buildUser,
  call,
  createTestApp,
  signIn,
  type TestApp,
  type TestRegion,
} from "../../../test/app";
import type { SignedInUser } from "../../http/context";
import { tokenHash } from "./crypto";
import { SessionCache } from "./session-cache";

const user = (id: string) => ({ id }) as SignedInUser;

describe("SessionCache", () => {
  it("keeps an entry for its time to live, then forgets it", () => {
    const cache = new SessionCache(5_000);
    cache.set("a", { user: user("1"), lastSeenAt: 0, cachedAt: 1_000 });
    expect(cache.get("a", 5_999)?.user.id).toBe("1");
    expect(cache.get("a", 6_000)).toBeUndefined();
    expect(cache.size).toBe(0);
  });

  it("holds nothing when turned off", () => {
    const cache = new SessionCache(0);
    cache.set("a", { user: user("1"), lastSeenAt: 0, cachedAt: 0 });
    expect(cache.get("a", 0)).toBeUndefined();
    expect(cache.enabled).toBe(false);
  });

  it("drops the oldest entry when full, and forgets on request", () => {
    const cache = new SessionCache(60_000, 2);
    cache.set("a", { user: user("1"), lastSeenAt: 0, cachedAt: 0 });
    cache.set("b", { user: user("2"), lastSeenAt: 0, cachedAt: 0 });
    cache.set("c", { user: user("3"), lastSeenAt: 0, cachedAt: 0 });
    expect([cache.get("a", 1), cache.get("b", 1)?.user.id, cache.get("c", 1)?.user.id]).toEqual([
      undefined,
      "2",
      "3",
    ]);
    cache.forget("b");
    cache.clear();
    expect(cache.size).toBe(0);
  });
});

describe("the session cache in the request path", () => {
  let t: TestApp;
  let region: TestRegion;
  beforeAll(async () => {
    t = await createTestApp({ SESSION_CACHE_SECONDS: "30" });
    region = await buildRegion(t);
  });
  afterAll(() => t.close());

  it("answers from memory within its time to live, even when the database changed behind it", async () => {
    const s = await signIn(t, await buildUser(t, region, { role: "coach" }));
    expect((await call(t, s, "GET", "/api/session")).statusCode).toBe(200);
    await t.db.ownerQuery(
      "UPDATE sessions SET expires_at = now() - interval '1 second' WHERE token_hash = $1",
      [tokenHash(s.token)],
    );
    // The documented window (docs/decisions/022): this process has not changed the session itself.
    expect((await call(t, s, "GET", "/api/session")).statusCode).toBe(200);
  });

  it("forgets at once what this process changes: sign-out, deactivation, a removed role", async () => {
    const coach = await buildUser(t, region, { role: "coach" });
    const s = await signIn(t, coach);
    const admin = await signIn(t, region.admin);
    expect((await call(t, s, "GET", "/api/session")).statusCode).toBe(200);
    expect((await call(t, s, "DELETE", "/api/session")).statusCode).toBe(204);
    expect((await call(t, s, "GET", "/api/session")).statusCode).toBe(401);

    const again = await signIn(t, coach);
    expect((await call(t, again, "GET", "/api/caseload")).statusCode).toBe(200);
    expect((await call(t, admin, "POST", `/api/users/${coach.id}/deactivate`)).statusCode).toBe(200);
    expect((await call(t, again, "GET", "/api/caseload")).statusCode).toBe(401);
  });
});
