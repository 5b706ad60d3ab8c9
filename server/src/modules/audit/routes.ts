import type { FastifyInstance } from "fastify";
import type { Db } from "../../db/client";
import { access } from "../../http/context";
import { route } from "../../http/route";
import { AccessPage, AccessQuery, AuditPage, AuditQuery } from "./schema";
import { listAccess, listAudit } from "./service";

export function auditRoutes(app: FastifyInstance, db: Db) {
  route(app, db, {
    method: "GET",
    url: "/api/audit",
    summary: "The audit trail: who changed what, when",
    tags: ["administration"],
    access: access.roles("administrator"),
    schema: { querystring: AuditQuery, response: { 200: AuditPage } },
    handler: async (ctx, req) => listAudit(ctx.tx, req.query),
  });

  route(app, db, {
    method: "GET",
    url: "/api/access-log",
    summary: "The access log: who read which record, when",
    tags: ["administration"],
    access: access.roles("administrator"),
    schema: { querystring: AccessQuery, response: { 200: AccessPage } },
    handler: async (ctx, req) => listAccess(ctx.tx, req.query),
  });
}
