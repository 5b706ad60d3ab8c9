import type { FastifyInstance } from "fastify";
import type { Db } from "../../db/client";
import { access } from "../../http/context";
import { type RequestContext, route } from "../../http/route";
import { IdParams } from "../../http/typebox";
import { STAFF_ROLES } from "../participants/policy";
import { logParticipantRead, PARTICIPANT_SUBJECT } from "../participants/routes";
import {
  CaseloadList,
  CaseloadQuery,
  EnrolmentCoachChange,
  EnrolmentCreate,
  EnrolmentExit,
  EnrolmentFollowUp,
  EnrolmentList,
  EnrolmentResponse,
} from "./api-enrolments";
import { caseload } from "./caseload";
import {
  changeCoach,
  type EnrolmentSubject,
  enrol,
  exitEnrolment,
  listEnrolments,
  recordFollowUp,
} from "./enrolments";

export function enrolmentRoutes(app: FastifyInstance, db: Db) {
  const staff = access.roles(...STAFF_ROLES);
  const coaches = access.roles("coach");
  const tags = ["enrolments"];
  const logged = async <T>(
    ctx: RequestContext,
    result: { subject: EnrolmentSubject; data: T },
    purpose: string,
  ) => {
    await logParticipantRead(ctx, result.subject.participant, purpose);
    return { data: result.data };
  };

  route(app, db, {
    method: "GET",
    url: "/api/participants/:id/enrolments",
    summary: "A participant's enrolments in projects: coach, entry, exit, outcome, follow-up",
    tags,
    access: staff,
    personalData: true,
    schema: { params: IdParams, response: { 200: EnrolmentList } },
    handler: async (ctx, req) => {
      const result = await listEnrolments(ctx.tx, ctx.user, req.params.id);
      await logParticipantRead(ctx, result.subject.participant, "enrolments");
      return { data: result.data, coaches: result.coaches, can: { enrol: result.canEnrol } };
    },
  });

  route(app, db, {
    method: "POST",
    url: "/api/participants/:id/enrolments",
    summary: "Enrol the participant in a project with an entry date and a personal coach",
    tags,
    access: coaches,
    personalData: true,
    status: 201,
    schema: { params: IdParams, body: EnrolmentCreate, response: { 201: EnrolmentResponse } },
    handler: async (ctx, req) =>
      logged(ctx, await enrol(ctx.tx, ctx.user, req.params.id, req.body), "enrolment"),
  });

  route(app, db, {
    method: "PATCH",
    url: "/api/enrolments/:id",
    summary: "Name another personal coach (optimistic concurrency by version)",
    tags,
    access: coaches,
    personalData: true,
    schema: { params: IdParams, body: EnrolmentCoachChange, response: { 200: EnrolmentResponse } },
    handler: async (ctx, req) =>
      logged(ctx, await changeCoach(ctx.tx, ctx.user, req.params.id, req.body), "coach changed"),
  });

  route(app, db, {
    method: "POST",
    url: "/api/enrolments/:id/exit",
    summary: "End the participation: exit date, outcome and the funder's exit data",
    tags,
    access: coaches,
    personalData: true,
    schema: { params: IdParams, body: EnrolmentExit, response: { 200: EnrolmentResponse } },
    handler: async (ctx, req) =>
      logged(ctx, await exitEnrolment(ctx.tx, ctx.user, req.params.id, req.body), "exit"),
  });

  route(app, db, {
    method: "POST",
    url: "/api/enrolments/:id/follow-up",
    summary: "Record the six-month follow-up after exit and the funder's follow-up data",
    tags,
    access: coaches,
    personalData: true,
    schema: { params: IdParams, body: EnrolmentFollowUp, response: { 200: EnrolmentResponse } },
    handler: async (ctx, req) =>
      logged(ctx, await recordFollowUp(ctx.tx, ctx.user, req.params.id, req.body), "follow-up"),
  });

  route(app, db, {
    method: "GET",
    url: "/api/caseload",
    summary: "My participants as personal coach: stage, last contact, next step and flags",
    tags: ["caseload"],
    access: coaches,
    personalData: true,
    schema: { querystring: CaseloadQuery, response: { 200: CaseloadList } },
    handler: async (ctx, req) => {
      const result = await caseload(ctx.tx, ctx.user, req.query.flag);
      await ctx.recordAccess(
        result.data.length > 0
          ? result.data.map((p) => ({
              subjectType: PARTICIPANT_SUBJECT,
              subjectId: p.participantId,
              subjectLabel: `${p.firstName} ${p.lastName}`,
              purpose: "caseload",
            }))
          : [{ subjectType: "caseload", subjectId: ctx.user.id, purpose: "caseload: nobody listed" }],
      );
      return result;
    },
  });
}
