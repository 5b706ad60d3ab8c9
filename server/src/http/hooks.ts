import type { FastifyInstance, FastifyRequest } from "fastify";
import type { Config } from "../config";
import type { Db } from "../db/client";
import { resolveSession } from "../modules/auth/service";
import { SessionCache } from "../modules/auth/session-cache";
import { type Access, hasRole } from "./context";
import { languageFromHeader } from "./messages";
import { Problem } from "./problem";

export const SESSION_COOKIE = "polku_session";
const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);
/**
 * Writes through these routes can change who a session's user is or what they may do (sign-out,
 * language, users and their memberships, organisations, invitations): after one, this process forgets
 * every cached session.
 */
const CHANGES_SESSIONS = /^\/api\/(session|users|organisations|invitations)(\/|$)/;

function accessOf(req: FastifyRequest): Access | undefined {
  return req.routeOptions.config?.access;
}

/**
 * The fixed path of every request, as hooks that no route can leave out:
 * onRequest: language, session → preValidation: signed in? CSRF → (validation) → preHandler: role.
 */
export function registerRequestPath(app: FastifyInstance, db: Db, config: Config) {
  app.decorateRequest("lang", "fi");
  app.decorateRequest("user", null);
  const sessionCache = new SessionCache(config.sessionCacheSeconds * 1000);

  app.addHook("onRequest", async (req) => {
    req.lang = languageFromHeader(req.headers["accept-language"], "fi");
    const token = req.cookies[SESSION_COOKIE];
    if (token && token.length <= 100) {
      req.user = await resolveSession(db, config, token, sessionCache);
      if (req.user && !req.headers["accept-language"]) req.lang = req.user.language;
    }
  });

  app.addHook("preValidation", async (req) => {
    // No route matched: the not-found handler answers 404 and reveals nothing.
    if (req.is404) return;
    const rule = accessOf(req);
    // Fail closed: a route declared without an access rule answers to nobody.
    if (!rule) {
      req.log.error({ route: req.routeOptions.url }, "route has no access rule");
      throw new Error(`route ${req.method} ${req.routeOptions.url} has no access rule`);
    }
    if (rule.kind !== "public" && !req.user) throw new Problem(401, "problem.unauthenticated");
    if (!SAFE_METHODS.has(req.method)) {
      // Cross-site writes: the browser names the page's origin; it must be ours.
      const origin = req.headers.origin;
      if (origin && origin !== config.publicUrl && origin !== `${req.protocol}://${req.host}`) {
        throw new Problem(403, "problem.csrf");
      }
      // A cookie-authenticated write must carry the session's CSRF token.
      // (Public writes — sign-in, accepting an invitation — have no session yet; the origin check covers them.)
      if (req.user && rule.kind !== "public" && req.headers["x-csrf-token"] !== req.user.csrfToken) {
        throw new Problem(403, "problem.csrf");
      }
    }
  });

  // Before the answer leaves (the write is committed by then), so the caller's next request already
  // goes to the database.
  app.addHook("onSend", async (req, _reply, payload) => {
    if (!SAFE_METHODS.has(req.method) && CHANGES_SESSIONS.test(req.routeOptions.url ?? ""))
      sessionCache.clear();
    return payload;
  });

  app.addHook("preHandler", async (req) => {
    const rule = accessOf(req);
    if (rule?.kind === "roles") {
      if (!req.user || !hasRole(req.user, ...rule.roles)) throw new Problem(403, "problem.forbidden");
    }
  });
}
