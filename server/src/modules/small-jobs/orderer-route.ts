import { eq, sql } from "drizzle-orm";
import type { FastifyInstance, FastifyReply, FastifySchema } from "fastify";
import type { Config } from "../../config";
import { type Db, inRegion, rowsOf, type Tx } from "../../db/client";
import { access } from "../../http/context";
import { Problem } from "../../http/problem";
import type { AccessRecord, TypedReply, TypedRequest } from "../../http/route";
import type { Language } from "../access/roles";
import { accessLog } from "../audit/schema";
import { tokenHash } from "../auth/crypto";
import { jobOrderers } from "./schema";

/** The cookie that carries a household orderer's access secret (decision 024, Household orders). */
export const ORDERER_COOKIE = "polku_orderer";
/** Where the cookie is sent: the orderer's own routes only. */
export const ORDERER_COOKIE_PATH = "/api/orders";
/** How long the orderer's access lasts after they open a one-time link. */
export const ORDERER_ACCESS_DAYS = 90;

/** The household behind a request, resolved from the orderer cookie. */
export interface Orderer {
  id: string;
  regionId: string;
  name: string;
  email: string;
  language: Language;
}

/** What an orderer route's handler gets: like route()'s context, with the orderer in place of a user. */
export interface OrdererContext {
  tx: Tx;
  orderer: Orderer;
  lang: Language;
  requestId: string;
  /** Writes access-log rows naming the orderer as the reader (actor_id stays null). */
  recordAccess(record: AccessRecord | AccessRecord[]): Promise<void>;
}

type Method = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

export interface OrdererRouteDef<S extends FastifySchema> {
  method: Method;
  url: string;
  summary: string;
  tags: string[];
  schema: S;
  status?: 200 | 201 | 204;
  config?: Record<string, unknown>;
  handler(ctx: OrdererContext, req: TypedRequest<S>, reply: TypedReply<S>): Promise<unknown>;
}

/** Sets the orderer cookie: httpOnly, SameSite=Strict (so no other site can make the browser write with it). */
export function setOrdererCookie(reply: FastifyReply, config: Config, token: string) {
  reply.setCookie(ORDERER_COOKIE, token, {
    httpOnly: true,
    sameSite: "strict",
    secure: config.secureCookies,
    path: ORDERER_COOKIE_PATH,
    maxAge: ORDERER_ACCESS_DAYS * 86_400,
  });
}

export function clearOrdererCookie(reply: FastifyReply) {
  reply.clearCookie(ORDERER_COOKIE, { path: ORDERER_COOKIE_PATH });
}

/** The orderer id and region an access secret belongs to (before the region is known), or null. */
export async function findOrdererByAccessToken(
  db: Db,
  token: string | undefined,
): Promise<{ ordererId: string; regionId: string } | null> {
  if (!token || token.length > 100) return null;
  const [found] = rowsOf<{ orderer_id: string; region_id: string }>(
    await db.execute(
      sql`SELECT orderer_id, region_id FROM polku_orderer_by_access_token(${tokenHash(token)})`,
    ),
  );
  return found ? { ordererId: found.orderer_id, regionId: found.region_id } : null;
}

/** Writes access-log rows naming the orderer as the reader (actor_id null), in the caller's transaction. */
export function ordererAccessRecorder(tx: Tx, ordererId: string, route: string, requestId: string) {
  return async (record: AccessRecord | AccessRecord[]) => {
    const records = Array.isArray(record) ? record : [record];
    if (records.length === 0) return;
    await tx.insert(accessLog).values(
      records.map((r) => ({
        actorId: null,
        ordererId,
        subjectType: r.subjectType,
        subjectId: r.subjectId,
        subjectLabel: r.subjectLabel ?? null,
        purpose: r.purpose,
        route,
        requestId,
      })),
    );
  };
}

/**
 * Declares a route for a household orderer (no Polku account). The path is fixed like route()'s: the
 * orderer cookie is resolved through the SECURITY DEFINER lookup (401 pointing to "send me a link"
 * without a valid one) → a transaction in the orderer's region → access-log rows with `orderer_id` set.
 * For the request hooks the route is public (no user session); the cookie is the authentication.
 */
export function ordererRoute<S extends FastifySchema>(app: FastifyInstance, db: Db, def: OrdererRouteDef<S>) {
  app.route({
    method: def.method,
    url: def.url,
    schema: {
      ...(def.schema as FastifySchema),
      summary: def.summary,
      tags: def.tags,
      response: {
        ...(def.schema.response as Record<string, unknown> | undefined),
        "4xx": { $ref: "ProblemDetails#" },
        "5xx": { $ref: "ProblemDetails#" },
      },
    },
    config: {
      ...def.config,
      access: access.public(
        "a household follows its own orders with the orderer cookie from its e-mail link",
      ),
    },
    handler: async (request, reply) => {
      const found = await findOrdererByAccessToken(db, request.cookies[ORDERER_COOKIE]);
      if (!found) throw new Problem(401, "orders.signInByLink");
      const result = await inRegion(db, { regionId: found.regionId, requestId: request.id }, async (tx) => {
        const [row] = await tx
          .select({
            id: jobOrderers.id,
            name: jobOrderers.name,
            email: jobOrderers.email,
            language: jobOrderers.language,
          })
          .from(jobOrderers)
          .where(eq(jobOrderers.id, found.ordererId));
        if (!row) throw new Problem(401, "orders.signInByLink");
        const orderer: Orderer = { ...row, regionId: found.regionId, language: row.language as Language };
        const ctx: OrdererContext = {
          tx,
          orderer,
          lang: request.headers["accept-language"] ? request.lang : orderer.language,
          requestId: request.id,
          recordAccess: ordererAccessRecorder(tx, orderer.id, `${def.method} ${def.url}`, request.id),
        };
        return def.handler(ctx, request as unknown as TypedRequest<S>, reply as unknown as TypedReply<S>);
      });
      const out = reply as FastifyReply;
      if (out.sent) return out;
      if (def.status === 204) return out.code(204).send();
      if (def.status) out.code(def.status);
      return result;
    },
  });
}
