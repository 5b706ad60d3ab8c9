import type { FastifyInstance } from "fastify";
import type { Db } from "../../db/client";
import { access } from "../../http/context";
import { route } from "../../http/route";
import { IdParams } from "../../http/typebox";
import { STAFF_ROLES } from "../participants/policy";
import { logParticipantRead } from "../participants/routes";
import {
  AssessmentCreate,
  AssessmentList,
  AssessmentResponse,
  AssessmentUpdate,
  ContactCreate,
  ContactList,
  ContactResponse,
  GoalReviewCreate,
  PageQuery,
  PlanResponse,
  PlanSave,
  StageChangeCreate,
  StageHistory,
  Timeline,
} from "./api-record";
import { createAssessment, listAssessments, updateAssessment } from "./assessments";
import { addContact, listContacts } from "./contacts";
import { getPlan, reviewGoal, savePlan } from "./plans";
import { changeStage, getStages } from "./stages";
import { getTimeline } from "./timeline";

/**
 * The participant's record beyond the basic data: initial assessments, the plan and its goals, stages
 * of the Vaasa model, meetings and notes, and the timeline. Every route answers 404 when the user has
 * no relation to the person and 403 when the part is not consented to them; every read is logged.
 */
export function recordRoutes(app: FastifyInstance, db: Db) {
  const staff = access.roles(...STAFF_ROLES);
  const coaches = access.roles("coach");

  route(app, db, {
    method: "GET",
    url: "/api/participants/:id/assessments",
    summary: "A participant's initial assessments, newest first (needs the assessments scope)",
    tags: ["assessments"],
    access: staff,
    personalData: true,
    schema: { params: IdParams, response: { 200: AssessmentList } },
    handler: async (ctx, req) => {
      const { subject, data, can } = await listAssessments(ctx.tx, ctx.user, req.params.id);
      await logParticipantRead(ctx, subject.participant, "assessments");
      return { data, can };
    },
  });

  route(app, db, {
    method: "POST",
    url: "/api/participants/:id/assessments",
    summary: "Record an initial assessment: situation, strengths, wishes and barriers by area",
    tags: ["assessments"],
    access: coaches,
    personalData: true,
    status: 201,
    schema: { params: IdParams, body: AssessmentCreate, response: { 201: AssessmentResponse } },
    handler: async (ctx, req) => {
      const { subject, data } = await createAssessment(ctx.tx, ctx.user, req.params.id, req.body);
      await logParticipantRead(ctx, subject.participant, "assessment recorded");
      return { data };
    },
  });

  route(app, db, {
    method: "PUT",
    url: "/api/assessments/:id",
    summary: "Change an assessment (optimistic concurrency by version)",
    tags: ["assessments"],
    access: coaches,
    personalData: true,
    schema: { params: IdParams, body: AssessmentUpdate, response: { 200: AssessmentResponse } },
    handler: async (ctx, req) => {
      const { subject, data } = await updateAssessment(ctx.tx, ctx.user, req.params.id, req.body);
      await logParticipantRead(ctx, subject.participant, "assessment changed");
      return { data };
    },
  });

  route(app, db, {
    method: "GET",
    url: "/api/participants/:id/plan",
    summary: "The participant's plan with its goals and their reviews, or null (needs the plan scope)",
    tags: ["plans"],
    access: staff,
    personalData: true,
    schema: { params: IdParams, response: { 200: PlanResponse } },
    handler: async (ctx, req) => {
      const { subject, data, can } = await getPlan(ctx.tx, ctx.user, req.params.id);
      await logParticipantRead(ctx, subject.participant, "plan");
      return { data, can };
    },
  });

  route(app, db, {
    method: "PUT",
    url: "/api/participants/:id/plan",
    summary:
      "Save the plan whole with its goals under its one version (0 creates it); a stale version is refused with 409",
    tags: ["plans"],
    access: coaches,
    personalData: true,
    schema: { params: IdParams, body: PlanSave, response: { 200: PlanResponse } },
    handler: async (ctx, req) => {
      const { subject, data, can } = await savePlan(ctx.tx, ctx.user, req.params.id, req.body);
      await logParticipantRead(ctx, subject.participant, "plan saved");
      return { data, can };
    },
  });

  route(app, db, {
    method: "POST",
    url: "/api/goals/:id/reviews",
    summary: "Review a goal: appends the review, sets the goal's status and bumps the plan's version",
    tags: ["plans"],
    access: coaches,
    personalData: true,
    status: 201,
    schema: { params: IdParams, body: GoalReviewCreate, response: { 201: PlanResponse } },
    handler: async (ctx, req) => {
      const { subject, data, can } = await reviewGoal(ctx.tx, ctx.user, req.params.id, req.body);
      await logParticipantRead(ctx, subject.participant, "goal reviewed");
      return { data, can };
    },
  });

  route(app, db, {
    method: "GET",
    url: "/api/participants/:id/stages",
    summary: "The participant's stages in the Vaasa model: current and history (needs the plan scope)",
    tags: ["stages"],
    access: staff,
    personalData: true,
    schema: { params: IdParams, response: { 200: StageHistory } },
    handler: async (ctx, req) => {
      const { subject, data, can } = await getStages(ctx.tx, ctx.user, req.params.id);
      await logParticipantRead(ctx, subject.participant, "stages");
      return { data, can };
    },
  });

  route(app, db, {
    method: "POST",
    url: "/api/participants/:id/stages",
    summary: "Move the participant to a stage on a date (not in the future)",
    tags: ["stages"],
    access: coaches,
    personalData: true,
    status: 201,
    schema: { params: IdParams, body: StageChangeCreate, response: { 201: StageHistory } },
    handler: async (ctx, req) => {
      const { subject, data, can } = await changeStage(ctx.tx, ctx.user, req.params.id, req.body);
      await logParticipantRead(ctx, subject.participant, "stage changed");
      return { data, can };
    },
  });

  route(app, db, {
    method: "GET",
    url: "/api/participants/:id/contacts",
    summary: "Meetings, contacts and notes you may see, newest first (keyset pages)",
    tags: ["contacts"],
    access: staff,
    personalData: true,
    schema: { params: IdParams, querystring: PageQuery, response: { 200: ContactList } },
    handler: async (ctx, req) => {
      const { subject, ...page } = await listContacts(ctx.tx, ctx.user, req.params.id, req.query);
      await logParticipantRead(ctx, subject.participant, "contacts and notes");
      return page;
    },
  });

  route(app, db, {
    method: "POST",
    url: "/api/participants/:id/contacts",
    summary: "Record a meeting, contact or note for your organisation; shared only as marked",
    tags: ["contacts"],
    access: access.roles("coach", "partner_worker"),
    personalData: true,
    status: 201,
    schema: { params: IdParams, body: ContactCreate, response: { 201: ContactResponse } },
    handler: async (ctx, req) => {
      const { subject, data } = await addContact(ctx.tx, ctx.user, req.params.id, req.body);
      await logParticipantRead(ctx, subject.participant, "contact recorded");
      return { data };
    },
  });

  route(app, db, {
    method: "GET",
    url: "/api/participants/:id/timeline",
    summary: "Everything on the participant's pathway you may see, newest first (keyset pages)",
    tags: ["timeline"],
    access: staff,
    personalData: true,
    schema: { params: IdParams, querystring: PageQuery, response: { 200: Timeline } },
    handler: async (ctx, req) => {
      const { subject, ...page } = await getTimeline(ctx.tx, ctx.user, req.params.id, req.query);
      await logParticipantRead(ctx, subject.participant, "timeline");
      return page;
    },
  });
}
