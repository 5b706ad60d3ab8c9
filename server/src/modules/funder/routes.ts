import type { FastifyInstance } from "fastify";
import type { Db } from "../../db/client";
import { access } from "../../http/context";
import { forbidden } from "../../http/problem";
import { route } from "../../http/route";
import { IdParams } from "../../http/typebox";
import { STAFF_ROLES } from "../participants/policy";
import { logParticipantRead } from "../participants/routes";
import { requireRelation } from "../participants/service";
import { participantLabel } from "../pathway/steps";
import { FunderPeriods, ParticipantFunder } from "./api";
import { funderCompleteness, funderPeriods } from "./service";

/** Funder (ESF) reporting: what a participant's record lacks, and the definitions per programme period. */
export function funderRoutes(app: FastifyInstance, db: Db) {
  const tags = ["funder"];

  route(app, db, {
    method: "GET",
    url: "/api/participants/:id/funder",
    summary:
      "What is missing for the funder report, per enrolment and phase, with invalid values and indicators (keeping organisation only)",
    tags,
    // Only coaches and project managers keep records; partners never see funder data (403).
    access: access.roles("coach", "project_manager"),
    personalData: true,
    schema: { params: IdParams, response: { 200: ParticipantFunder } },
    handler: async (ctx, req) => {
      const relation = await requireRelation(ctx.tx, ctx.user, req.params.id);
      // Funder data is not shared with partners, whatever the consent's scopes.
      if (relation.kind !== "keeper") throw forbidden();
      const data = await funderCompleteness(ctx.tx, req.params.id, ctx.lang);
      await logParticipantRead(ctx, await participantLabel(ctx.tx, req.params.id), "funder reporting");
      return { data };
    },
  });

  route(app, db, {
    method: "GET",
    url: "/api/funder/periods",
    summary: "The funder's fields and indicators per programme period and phase, for forms",
    tags,
    access: access.roles("administrator", ...STAFF_ROLES),
    schema: { response: { 200: FunderPeriods } },
    handler: async (ctx) => ({ data: await funderPeriods(ctx.tx, ctx.lang) }),
  });
}
