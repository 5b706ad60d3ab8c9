import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import type {
  FastifyInstance,
  FastifyReply,
  FastifyRequest,
  FastifySchema,
  RawReplyDefaultExpression,
  RawRequestDefaultExpression,
  RawServerDefault,
  RouteGenericInterface,
} from "fastify";
import { type Db, inRegion, type Tx } from "../db/client";
import type { Language } from "../modules/access/roles";
import { accessLog } from "../modules/audit/schema";
import type { Access, SignedInUser } from "./context";
import { Problem } from "./problem";

export type TypedRequest<S extends FastifySchema> = FastifyRequest<
  RouteGenericInterface,
  RawServerDefault,
  RawRequestDefaultExpression,
  S,
  TypeBoxTypeProvider
>;
export type TypedReply<S extends FastifySchema> = FastifyReply<
  RouteGenericInterface,
  RawServerDefault,
  RawRequestDefaultExpression,
  RawReplyDefaultExpression,
  unknown,
  S,
  TypeBoxTypeProvider
>;

/** One read of personal data, for the access log (Act 703/2023 § 11). */
export interface AccessRecord {
  subjectType: string;
  subjectId: string;
  subjectLabel?: string | null;
  purpose: string;
}

/** What a signed-in handler gets: a transaction with the region set, the user, the language. */
export interface RequestContext {
  tx: Tx;
  user: SignedInUser;
  lang: Language;
  requestId: string;
  /** Writes access-log rows (one per record, in one statement) in the same transaction. */
  recordAccess(record: AccessRecord | AccessRecord[]): Promise<void>;
}

export interface PublicContext {
  db: Db;
  user: SignedInUser | null;
  lang: Language;
  requestId: string;
}

type Method = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

interface RouteBase<S extends FastifySchema> {
  method: Method;
  url: string;
  summary: string;
  tags: string[];
  schema: S;
  /** Success status; 204 sends no body. */
  status?: 200 | 201 | 204;
  /** Extra route config, e.g. a stricter rate limit. */
  config?: Record<string, unknown>;
}

export interface SignedInRoute<S extends FastifySchema> extends RouteBase<S> {
  access: Exclude<Access, { kind: "public" }>;
  /** Set when the response carries personal data: the handler must call ctx.recordAccess. */
  personalData?: boolean;
  handler(ctx: RequestContext, req: TypedRequest<S>, reply: TypedReply<S>): Promise<unknown>;
}

export interface PublicRoute<S extends FastifySchema> extends RouteBase<S> {
  access: Extract<Access, { kind: "public" }>;
  handler(ctx: PublicContext, req: TypedRequest<S>, reply: TypedReply<S>): Promise<unknown>;
}

const problemResponses = {
  "4xx": { $ref: "ProblemDetails#" },
  "5xx": { $ref: "ProblemDetails#" },
};

function fullSchema(def: RouteBase<FastifySchema>, isPublic: boolean) {
  const response = { ...(def.schema.response as Record<string, unknown> | undefined), ...problemResponses };
  return {
    ...def.schema,
    summary: def.summary,
    tags: def.tags,
    response,
    ...(isPublic ? {} : { security: [{ session: [] }] }),
  };
}

/**
 * Declares a route for signed-in users. The path is fixed: rate limit → authenticate → validate →
 * authorise (by `access`) → transaction with the region and actor set (the audit trigger records each
 * write) → present. A handler never sees a connection without its region.
 */
export function route<S extends FastifySchema>(app: FastifyInstance, db: Db, def: SignedInRoute<S>) {
  app.route({
    method: def.method,
    url: def.url,
    schema: fullSchema(def, false),
    config: { ...def.config, access: def.access, personalData: def.personalData ?? false },
    handler: async (request, reply) => {
      const req = request as unknown as TypedRequest<S>;
      const user = request.user;
      if (!user) throw new Problem(401, "problem.unauthenticated");
      let accessRows = 0;
      const result = await inRegion(
        db,
        { regionId: user.regionId, userId: user.id, requestId: request.id },
        async (tx) => {
          const ctx: RequestContext = {
            tx,
            user,
            lang: request.lang,
            requestId: request.id,
            recordAccess: async (record) => {
              const records = Array.isArray(record) ? record : [record];
              if (records.length === 0) return;
              await tx.insert(accessLog).values(
                records.map((r) => ({
                  actorId: user.id,
                  subjectType: r.subjectType,
                  subjectId: r.subjectId,
                  subjectLabel: r.subjectLabel ?? null,
                  purpose: r.purpose,
                  route: `${def.method} ${def.url}`,
                  requestId: request.id,
                })),
              );
              accessRows += records.length;
            },
          };
          const out = await def.handler(ctx, req, reply as unknown as TypedReply<S>);
          if (def.personalData && accessRows === 0) {
            throw new Error(`${def.method} ${def.url} returned personal data without writing the access log`);
          }
          return out;
        },
      );
      return present(reply, def.status, result);
    },
  });
}

/** Declares a route anyone may call (sign-in, invitations, health). Say why it is public. */
export function publicRoute<S extends FastifySchema>(app: FastifyInstance, db: Db, def: PublicRoute<S>) {
  app.route({
    method: def.method,
    url: def.url,
    schema: fullSchema(def, true),
    config: { ...def.config, access: def.access },
    handler: async (request, reply) => {
      const req = request as unknown as TypedRequest<S>;
      const ctx: PublicContext = { db, user: request.user, lang: request.lang, requestId: request.id };
      const result = await def.handler(ctx, req, reply as unknown as TypedReply<S>);
      return present(reply, def.status, result);
    },
  });
}

function present(reply: FastifyReply, status: number | undefined, result: unknown) {
  if (reply.sent) return reply;
  if (status === 204) return reply.code(204).send();
  if (status) reply.code(status);
  return result;
}
