import type { FastifyInstance } from "fastify";
import type { Db } from "../../db/client";
import { access } from "../../http/context";
import { route } from "../../http/route";
import { IdParams } from "../../http/typebox";
import { participantPolicy, STAFF_ROLES } from "../participants/policy";
import { logParticipantRead } from "../participants/routes";
import { StepCheck, StepCheckResponse, StepCreate, StepList, StepResponse, StepUpdate } from "./api-steps";
import { checkDraft, createStep, listSteps, participantLabel, updateStep } from "./steps";

/** Pathway steps (askeleet) with their statutory limit warnings. Access: participants/policy.ts, scope "plan". */
export function stepRoutes(app: FastifyInstance, db: Db) {
  const tags = ["steps"];

  route(app, db, {
    method: "GET",
    url: "/api/participants/:id/steps",
    summary: "A participant's pathway steps, each with the statutory limits it breaks (sharing scope: plan)",
    tags,
    access: access.roles(...STAFF_ROLES),
    personalData: true,
    schema: { params: IdParams, response: { 200: StepList } },
    handler: async (ctx, req) => {
      const { steps, relation } = await listSteps(ctx.tx, ctx.user, ctx.lang, req.params.id);
      await logParticipantRead(ctx, await participantLabel(ctx.tx, req.params.id), "steps");
      return { data: steps, can: { add: participantPolicy.edit(relation) } };
    },
  });

  route(app, db, {
    method: "POST",
    url: "/api/participants/:id/steps",
    summary: "Add a step; statutory limit warnings come back with it and never block saving",
    tags,
    access: access.roles("coach"),
    personalData: true,
    status: 201,
    schema: { params: IdParams, body: StepCreate, response: { 201: StepResponse } },
    handler: async (ctx, req) => {
      const data = await createStep(ctx.tx, ctx.user, ctx.lang, req.params.id, req.body);
      await logParticipantRead(ctx, await participantLabel(ctx.tx, req.params.id), "step added");
      return { data };
    },
  });

  route(app, db, {
    method: "POST",
    url: "/api/participants/:id/steps/check",
    summary: "Dry run of a step for the form: the statutory limit warnings it would have, nothing saved",
    tags,
    access: access.roles("coach"),
    personalData: true,
    schema: { params: IdParams, body: StepCheck, response: { 200: StepCheckResponse } },
    handler: async (ctx, req) => {
      const data = await checkDraft(ctx.tx, ctx.user, ctx.lang, req.params.id, req.body);
      await logParticipantRead(ctx, await participantLabel(ctx.tx, req.params.id), "step check");
      return { data };
    },
  });

  route(app, db, {
    method: "PATCH",
    url: "/api/steps/:id",
    summary: "Change a step (optimistic concurrency by version); warnings come back with it",
    tags,
    access: access.roles("coach"),
    personalData: true,
    schema: { params: IdParams, body: StepUpdate, response: { 200: StepResponse } },
    handler: async (ctx, req) => {
      const data = await updateStep(ctx.tx, ctx.user, ctx.lang, req.params.id, req.body);
      await logParticipantRead(ctx, await participantLabel(ctx.tx, data.participantId), "step changed");
      return { data };
    },
  });
}
