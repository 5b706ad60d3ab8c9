import type { FastifyInstance, FastifyReply } from "fastify";
import type { Config } from "../../config";
import type { Db } from "../../db/client";
import { access } from "../../http/context";
import { SESSION_COOKIE } from "../../http/hooks";
import { publicRoute, route } from "../../http/route";
import { InvitationAccept, InvitationInfo, InvitationToken, LanguageChange, Session, SignIn } from "./schema";
import { acceptInvitation, invitationInfo, presentSession, setLanguage, signIn, signOut } from "./service";

export function authRoutes(app: FastifyInstance, db: Db, config: Config) {
  const setCookie = (reply: FastifyReply, token: string) =>
    reply.setCookie(SESSION_COOKIE, token, {
      httpOnly: true,
      sameSite: "lax",
      secure: config.secureCookies,
      path: "/",
      maxAge: config.sessionHours * 3600,
    });

  route(app, db, {
    method: "GET",
    url: "/api/session",
    summary: "The signed-in user and the CSRF token for writes",
    tags: ["session"],
    access: access.signedIn(),
    schema: { response: { 200: Session } },
    handler: async (ctx) => presentSession(ctx.user),
  });

  publicRoute(app, db, {
    method: "POST",
    url: "/api/session",
    summary: "Sign in with e-mail and password",
    tags: ["session"],
    access: access.public("signing in is how a person becomes known"),
    config: { rateLimit: { max: config.loginRateLimitPerMinute, timeWindow: "1 minute" } },
    schema: { body: SignIn, response: { 200: Session } },
    handler: async (ctx, req, reply) => {
      const { token, user } = await signIn(db, config, req.body, {
        userAgent: req.headers["user-agent"] ?? null,
        requestId: ctx.requestId,
      });
      setCookie(reply as unknown as FastifyReply, token);
      return presentSession(user);
    },
  });

  route(app, db, {
    method: "DELETE",
    url: "/api/session",
    summary: "Sign out",
    tags: ["session"],
    access: access.signedIn(),
    status: 204,
    schema: {},
    handler: async (ctx, _req, reply) => {
      await signOut(ctx.tx, ctx.user.sessionId);
      (reply as unknown as FastifyReply).clearCookie(SESSION_COOKIE, { path: "/" });
    },
  });

  route(app, db, {
    method: "PUT",
    url: "/api/session/language",
    summary: "Remember the user's language",
    tags: ["session"],
    access: access.signedIn(),
    status: 204,
    schema: { body: LanguageChange },
    handler: async (ctx, req) => {
      await setLanguage(ctx.tx, ctx.user.id, req.body.language);
    },
  });

  publicRoute(app, db, {
    method: "GET",
    url: "/api/invitations/:token",
    summary: "Who an invitation link is for",
    tags: ["session"],
    access: access.public("the invited person has no account yet; the unguessable token is the credential"),
    config: { rateLimit: { max: 30, timeWindow: "1 minute" } },
    schema: { params: InvitationToken, response: { 200: InvitationInfo } },
    handler: async (_ctx, req) => invitationInfo(db, req.params.token),
  });

  publicRoute(app, db, {
    method: "POST",
    url: "/api/invitations/:token/accept",
    summary: "Set a password with an invitation link and sign in",
    tags: ["session"],
    access: access.public("the invited person has no account yet; the unguessable token is the credential"),
    config: { rateLimit: { max: 30, timeWindow: "1 minute" } },
    schema: { params: InvitationToken, body: InvitationAccept, response: { 200: Session } },
    handler: async (ctx, req, reply) => {
      const { token, user } = await acceptInvitation(db, config, req.params.token, req.body.password, {
        userAgent: req.headers["user-agent"] ?? null,
        requestId: ctx.requestId,
      });
      setCookie(reply as unknown as FastifyReply, token);
      return presentSession(user);
    },
  });
}
