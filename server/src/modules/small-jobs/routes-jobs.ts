import type { FastifyInstance } from "fastify";
import { Type } from "typebox";
import type { Db } from "../../db/client";
import { access } from "../../http/context";
import { notFound } from "../../http/problem";
import { type RequestContext, route } from "../../http/route";
import { IdParams } from "../../http/typebox";
import { participantPolicy, relationTo } from "../participants/policy";
import { logParticipantRead, PARTICIPANT_SUBJECT } from "../participants/routes";
import { participantLabel } from "../pathway/steps";
import { findMe } from "../self-service/service";
import { JobCreate, JobUpdate } from "./api-jobs";
import {
  ApplicantList,
  ApplicationParams,
  ApplyBody,
  CancelBody,
  JobList,
  JobQuery,
  JobResponse,
  JobWorkerList,
  MyApplicationList,
  MyApplicationResponse,
  ParticipantApplicationList,
  ProposalResponse,
  ProposeBody,
  VersionBody,
  WorkNeedCreate,
  WorkNeedList,
  WorkNeedPost,
  WorkNeedQuery,
  WorkNeedResponse,
  WorkNeedUpdate,
} from "./api-needs";
import {
  acceptApplicant,
  apply,
  declineApplicant,
  listApplicants,
  listWorkers,
  myApplication,
  myApplications,
  participantApplications,
  propose,
  withdraw,
} from "./applications";
import {
  cancelJob,
  createJob,
  getJob,
  JOB_STAFF_ROLES,
  listJobs,
  markDone,
  ordererShown,
  publishJob,
  updateJob,
} from "./jobs";
import { createNeed, listNeeds, postNeed, updateNeed } from "./needs";
import { isPosterOf, posterOrganisations } from "./policy";

/**
 * The small-jobs routes of work needs, jobs, applications and picking (decision 024). Who sees what
 * is decided in policy.ts and the services; a person is shown to a poster only in the minimal form,
 * and every such view is written to the access log, one row per person.
 */
export function jobsRoutes(app: FastifyInstance, db: Db) {
  const tags = ["small-jobs"];
  const staff = access.roles(...JOB_STAFF_ROLES);
  const posters = access.roles("association_contact");
  const seeker = access.roles("participant");

  /** The job as the caller sees it; a household orderer shown to the poster is written to the access log. */
  const jobResponse = async (ctx: RequestContext, jobId: string) => {
    const ordererId = await ordererShown(ctx.tx, ctx.user, jobId);
    if (ordererId) {
      await ctx.recordAccess({
        subjectType: "job_orderer",
        subjectId: ordererId,
        purpose: "small job orderer",
      });
    }
    return getJob(ctx.tx, ctx.user, jobId);
  };

  const logPeople = async (
    ctx: RequestContext,
    jobId: string,
    seen: { id: string; firstName: string; lastName: string }[],
    purpose: string,
  ) => {
    await ctx.recordAccess(
      seen.length > 0
        ? seen.map((p) => ({
            subjectType: PARTICIPANT_SUBJECT,
            subjectId: p.id,
            subjectLabel: `${p.firstName} ${p.lastName}`,
            purpose,
          }))
        : [{ subjectType: "job", subjectId: jobId, purpose: `${purpose}: none` }],
    );
  };

  // --- work needs ---

  route(app, db, {
    method: "GET",
    url: "/api/work-needs",
    summary: "Work needs: a poster's own organisations', or the region's for coaches and managers",
    tags,
    access: staff,
    schema: { querystring: WorkNeedQuery, response: { 200: WorkNeedList } },
    handler: async (ctx, req) => ({
      data: await listNeeds(ctx.tx, ctx.user, req.query),
      can: { create: posterOrganisations(ctx.user).length > 0 },
    }),
  });

  route(app, db, {
    method: "POST",
    url: "/api/work-needs",
    summary: "Record a village's work need for the caller's association",
    tags,
    access: posters,
    status: 201,
    schema: { body: WorkNeedCreate, response: { 201: WorkNeedResponse } },
    handler: async (ctx, req) => ({
      data: await createNeed(ctx.tx, ctx.user, req.body),
      can: { edit: true },
    }),
  });

  route(app, db, {
    method: "PATCH",
    url: "/api/work-needs/:id",
    summary: "Change or archive a work need (optimistic concurrency by version)",
    tags,
    access: posters,
    schema: { params: IdParams, body: WorkNeedUpdate, response: { 200: WorkNeedResponse } },
    handler: async (ctx, req) => {
      const data = await updateNeed(ctx.tx, ctx.user, req.params.id, req.body);
      return { data, can: { edit: isPosterOf(ctx.user, data.organisationId) } };
    },
  });

  route(app, db, {
    method: "POST",
    url: "/api/work-needs/:id/post",
    summary: "Post a work need as a job in one step (a draft, or open with publish)",
    tags,
    access: posters,
    status: 201,
    schema: { params: IdParams, body: WorkNeedPost, response: { 201: JobResponse } },
    handler: async (ctx, req) => jobResponse(ctx, await postNeed(ctx.tx, ctx.user, req.params.id, req.body)),
  });

  // --- jobs (staff) ---

  route(app, db, {
    method: "GET",
    url: "/api/jobs",
    summary: "Jobs: the poster's own in every state, the region's published ones for coaches and managers",
    tags,
    access: staff,
    schema: { querystring: JobQuery, response: { 200: JobList } },
    handler: async (ctx, req) => ({
      ...(await listJobs(ctx.tx, ctx.user, req.query)),
      can: { post: posterOrganisations(ctx.user).length > 0 },
    }),
  });

  route(app, db, {
    method: "POST",
    url: "/api/jobs",
    summary: "Post a job for the caller's association or company (a draft, or open with publish)",
    tags,
    access: posters,
    status: 201,
    schema: { body: JobCreate, response: { 201: JobResponse } },
    handler: async (ctx, req) => jobResponse(ctx, await createJob(ctx.tx, ctx.user, req.body)),
  });

  route(app, db, {
    method: "GET",
    url: "/api/jobs/:id",
    summary: "One job with what the caller may do; the address and the orderer for the poster only",
    tags,
    access: staff,
    schema: { params: IdParams, response: { 200: JobResponse } },
    handler: async (ctx, req) => jobResponse(ctx, req.params.id),
  });

  route(app, db, {
    method: "PATCH",
    url: "/api/jobs/:id",
    summary: "Change a draft or open job (optimistic concurrency by version)",
    tags,
    access: posters,
    schema: { params: IdParams, body: JobUpdate, response: { 200: JobResponse } },
    handler: async (ctx, req) => {
      await updateJob(ctx.tx, ctx.user, req.params.id, req.body);
      return jobResponse(ctx, req.params.id);
    },
  });

  route(app, db, {
    method: "POST",
    url: "/api/jobs/:id/publish",
    summary: "Open a draft for applications (checked again)",
    tags,
    access: posters,
    schema: { params: IdParams, body: VersionBody, response: { 200: JobResponse } },
    handler: async (ctx, req) => {
      await publishJob(ctx.tx, ctx.user, req.params.id, req.body.version);
      return jobResponse(ctx, req.params.id);
    },
  });

  route(app, db, {
    method: "POST",
    url: "/api/jobs/:id/cancel",
    summary: "Cancel a job before it is paid, with a reason; applicants and workers are told",
    tags,
    access: posters,
    schema: { params: IdParams, body: CancelBody, response: { 200: JobResponse } },
    handler: async (ctx, req) => {
      await cancelJob(ctx.tx, ctx.user, req.params.id, req.body);
      return jobResponse(ctx, req.params.id);
    },
  });

  route(app, db, {
    method: "POST",
    url: "/api/jobs/:id/done",
    summary: "Mark the work done; each worker's work becomes a completed small-jobs step of their pathway",
    tags,
    access: posters,
    schema: { params: IdParams, body: VersionBody, response: { 200: JobResponse } },
    handler: async (ctx, req) => {
      await markDone(ctx.tx, ctx.user, req.params.id, req.body.version);
      return jobResponse(ctx, req.params.id);
    },
  });

  // --- applicants and workers (poster) ---

  route(app, db, {
    method: "GET",
    url: "/api/jobs/:id/applicants",
    summary: "The job's applicants: first name, what they have of what the job needs, their message",
    tags,
    access: posters,
    personalData: true,
    schema: { params: IdParams, response: { 200: ApplicantList } },
    handler: async (ctx, req) => {
      const { data, seen } = await listApplicants(ctx.tx, ctx.user, req.params.id);
      await logPeople(ctx, req.params.id, seen, "small job applicants");
      return { data };
    },
  });

  route(app, db, {
    method: "POST",
    url: "/api/jobs/:id/applicants/:applicationId/accept",
    summary: "Pick an applicant (under the job's row lock); 409 when the job is already filled",
    tags,
    access: posters,
    schema: { params: ApplicationParams, response: { 200: JobResponse } },
    handler: async (ctx, req) => {
      await acceptApplicant(ctx.tx, ctx.user, req.params.id, req.params.applicationId);
      return jobResponse(ctx, req.params.id);
    },
  });

  route(app, db, {
    method: "POST",
    url: "/api/jobs/:id/applicants/:applicationId/decline",
    summary: "Decline an applicant; they are told they were not picked",
    tags,
    access: posters,
    schema: { params: ApplicationParams, response: { 200: JobResponse } },
    handler: async (ctx, req) => {
      await declineApplicant(ctx.tx, ctx.user, req.params.id, req.params.applicationId);
      return jobResponse(ctx, req.params.id);
    },
  });

  route(app, db, {
    method: "GET",
    url: "/api/jobs/:id/workers",
    summary: "The job's workers: first name, hours as each side gave them, pay and the day paid",
    tags,
    access: posters,
    personalData: true,
    schema: { params: IdParams, response: { 200: JobWorkerList } },
    handler: async (ctx, req) => {
      const { data, seen } = await listWorkers(ctx.tx, ctx.user, req.params.id);
      await logPeople(ctx, req.params.id, seen, "small job workers");
      return { data };
    },
  });

  // --- the coach ---

  route(app, db, {
    method: "POST",
    url: "/api/jobs/:id/propose",
    summary: "Propose an open job to a participant you may see who has the contact consent",
    tags,
    access: access.roles("coach"),
    personalData: true,
    status: 201,
    schema: { params: IdParams, body: ProposeBody, response: { 201: ProposalResponse } },
    handler: async (ctx, req) => {
      const data = await propose(ctx.tx, ctx.user, req.params.id, req.body.participantId);
      const p = await participantLabel(ctx.tx, req.body.participantId);
      await ctx.recordAccess({
        subjectType: PARTICIPANT_SUBJECT,
        subjectId: p.id,
        subjectLabel: `${p.firstName} ${p.lastName}`,
        purpose: "small job proposed",
      });
      return { data };
    },
  });

  route(app, db, {
    method: "GET",
    url: "/api/participants/:id/job-applications",
    summary:
      "A participant's small-job applications and proposals, newest first, with the job (no address) and, once picked, the hours and pay (coaches who may see the participant)",
    tags,
    access: access.roles("coach"),
    personalData: true,
    schema: { params: IdParams, response: { 200: ParticipantApplicationList } },
    handler: async (ctx, req, reply) => {
      const found = await relationTo(ctx.tx, ctx.user, req.params.id);
      if (!found || !participantPolicy.view(found.relation)) throw notFound();
      await logParticipantRead(
        ctx,
        await participantLabel(ctx.tx, req.params.id),
        "small jobs: applications",
      );
      reply.header("cache-control", "no-store");
      return { data: await participantApplications(ctx.tx, req.params.id) };
    },
  });

  // --- the seeker ---

  const ownRead = async (ctx: RequestContext, me: { id: string; firstName: string; lastName: string }) =>
    ctx.recordAccess({
      subjectType: PARTICIPANT_SUBJECT,
      subjectId: me.id,
      subjectLabel: `${me.firstName} ${me.lastName}`,
      purpose: "own small jobs",
    });

  route(app, db, {
    method: "POST",
    url: "/api/me/jobs/:id/apply",
    summary: "Apply for an open job (with the contact consent); a coach's proposal becomes the application",
    tags,
    access: seeker,
    personalData: true,
    status: 201,
    schema: { params: IdParams, body: Type.Optional(ApplyBody), response: { 201: MyApplicationResponse } },
    handler: async (ctx, req) => {
      const me = await findMe(ctx.tx, ctx.user);
      const id = await apply(ctx.tx, me, req.params.id, req.body ?? {});
      await ownRead(ctx, me);
      return { data: await myApplication(ctx.tx, me, id) };
    },
  });

  route(app, db, {
    method: "POST",
    url: "/api/me/jobs/:id/withdraw",
    summary: "Withdraw your application, or your place, until the work is done",
    tags,
    access: seeker,
    personalData: true,
    schema: { params: IdParams, response: { 200: MyApplicationResponse } },
    handler: async (ctx, req) => {
      const me = await findMe(ctx.tx, ctx.user);
      const id = await withdraw(ctx.tx, me, req.params.id);
      await ownRead(ctx, me);
      return { data: await myApplication(ctx.tx, me, id) };
    },
  });

  route(app, db, {
    method: "GET",
    url: "/api/me/applications",
    summary: "Your applications and proposals with the job; the address once you are picked",
    tags,
    access: seeker,
    personalData: true,
    schema: { response: { 200: MyApplicationList } },
    handler: async (ctx, _req, reply) => {
      const me = await findMe(ctx.tx, ctx.user);
      await ownRead(ctx, me);
      reply.header("cache-control", "no-store");
      return { data: await myApplications(ctx.tx, me) };
    },
  });
}
