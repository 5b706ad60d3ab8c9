import type { FastifyInstance } from "fastify";
import type { Db } from "../../db/client";
import { access, hasRole } from "../../http/context";
import { route } from "../../http/route";
import { IdParams } from "../../http/typebox";
import { STAFF_ROLES } from "../participants/policy";
import {
  StatutoryLimitCreate,
  StatutoryLimitList,
  StatutoryLimitResponse,
  StatutoryLimitUpdate,
} from "./api";
import { createLimit, listLimits, updateLimit } from "./service";

/** The statutory limits of pathway measures (domain.md): administrators edit, staff read them. */
export function ruleRoutes(app: FastifyInstance, db: Db) {
  const tags = ["statutory limits"];
  const admin = access.roles("administrator");

  route(app, db, {
    method: "GET",
    url: "/api/statutory-limits",
    summary: "The region's statutory limits with their validity (staff read them to explain warnings)",
    tags,
    access: access.roles("administrator", ...STAFF_ROLES),
    schema: { response: { 200: StatutoryLimitList } },
    handler: async (ctx) => {
      const isAdmin = hasRole(ctx.user, "administrator");
      return { data: await listLimits(ctx.tx), can: { create: isAdmin, edit: isAdmin } };
    },
  });

  route(app, db, {
    method: "POST",
    url: "/api/statutory-limits",
    summary:
      "Add a limit; with `supersedes` the old row ends the day before (a change in the law). Overlapping validity is refused (409)",
    tags,
    access: admin,
    status: 201,
    schema: { body: StatutoryLimitCreate, response: { 201: StatutoryLimitResponse } },
    handler: async (ctx, req) => ({ data: await createLimit(ctx.tx, req.body) }),
  });

  route(app, db, {
    method: "PATCH",
    url: "/api/statutory-limits/:id",
    summary: "Change a limit (optimistic concurrency by version); overlapping validity is refused (409)",
    tags,
    access: admin,
    schema: { params: IdParams, body: StatutoryLimitUpdate, response: { 200: StatutoryLimitResponse } },
    handler: async (ctx, req) => ({ data: await updateLimit(ctx.tx, req.params.id, req.body) }),
  });
}
