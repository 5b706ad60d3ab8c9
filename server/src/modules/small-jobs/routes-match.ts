import { eq } from "drizzle-orm";
import type { FastifyInstance } from "fastify";
import { Type } from "typebox";
import type { Db } from "../../db/client";
import { access } from "../../http/context";
import { notFound, Problem } from "../../http/problem";
import { type RequestContext, route } from "../../http/route";
import { IdParams } from "../../http/typebox";
import { participantPolicy, relationTo } from "../participants/policy";
import { logParticipantRead, PARTICIPANT_SUBJECT } from "../participants/routes";
import { participants } from "../participants/schema";
import { findMe } from "../self-service/service";
import {
  FiguresExportQuery,
  FiguresQuery,
  FiguresResponse,
  JobSearchQuery,
  MatchQuery,
  ParticipantJobMatches,
  SeekerJobDetail,
  SeekerJobList,
  SeekerMatchList,
} from "./api-match";
import type { JobEstimate } from "./api-money";
import { estimateJobsFor } from "./earnings";
import { brokeringFigures, figuresCsv, figuresFileName, figuresXlsx } from "./figures";
import { seekersForJob } from "./matching";
import { FIGURE_ROLES, hasContactConsent, loadJob, requireContactConsent } from "./policy";
import { type FoundJob, type JobSearch, type Seeker, searchJobs, seekerJob, seekerOf } from "./search";

/** Access-log subject of a matching list that listed no one, and of a figures report (no persons). */
export const JOB_MATCHES_SUBJECT = "job-matches";
export const FIGURES_SUBJECT = "small-jobs-figures";

/**
 * The seeker's job search and the coach's matching (decision 024): GET /me/jobs and /me/jobs/:id for a
 * participant with the contact consent; GET /participants/:id/job-matches and /jobs/:id/matches for
 * coaches (never for posters: a poster sees applicants, not candidates); the brokering figures with
 * their CSV and XLSX for coaches, project managers and administrators.
 */
export function matchRoutes(app: FastifyInstance, db: Db) {
  const participant = access.roles("participant");
  const coaches = access.roles("coach");
  const figureRoles = access.roles(...FIGURE_ROLES);
  const tags = ["small-jobs"];
  const noStore = "no-store";

  /** The page of jobs with each one's benefit estimate for the seeker. */
  const withEstimates = async (ctx: RequestContext, seeker: Seeker, found: FoundJob[]) => {
    const estimates = await estimateJobsFor(
      ctx.tx,
      seeker.participantId,
      ctx.lang,
      found.map((f) => ({ id: f.job.id, endsOn: f.job.endsOn, grossCents: f.job.estimatedGrossCents })),
    );
    return found.map((f) => {
      const estimate = estimates.get(f.job.id) as JobEstimate | undefined;
      if (!estimate) throw new Error(`no estimate for job ${f.job.id}`);
      return { ...f.job, fit: f.fit, estimate, myApplication: f.myApplication };
    });
  };

  const searchOf = (q: JobSearchQuery): JobSearch => ({ ...q, limit: q.limit ?? 20 });
  const placeOf = (seeker: Seeker, q: JobSearchQuery) => ({
    village: q.village ?? (q.municipality ? null : seeker.village),
    municipality: q.municipality ?? (q.village ? null : seeker.municipality),
    scope: q.scope ?? ("near" as const),
  });

  route(app, db, {
    method: "GET",
    url: "/api/me/jobs",
    summary:
      "Open small jobs near you, best fit first, with why they fit and what each would do to your benefit (needs the contact consent)",
    tags,
    access: participant,
    personalData: true,
    schema: { querystring: JobSearchQuery, response: { 200: SeekerJobList } },
    handler: async (ctx, req, reply) => {
      const me = await findMe(ctx.tx, ctx.user);
      await requireContactConsent(ctx.tx, me.id);
      await logParticipantRead(ctx, me, "own small jobs");
      const seeker = await seekerOf(ctx.tx, me);
      const { items, next } = await searchJobs(ctx.tx, seeker, searchOf(req.query));
      reply.header("cache-control", noStore);
      return { data: await withEstimates(ctx, seeker, items), next, place: placeOf(seeker, req.query) };
    },
  });

  route(app, db, {
    method: "GET",
    url: "/api/me/jobs/:id",
    summary:
      "One small job for you: open, or one you applied to or work in; the address only once you are picked",
    tags,
    access: participant,
    personalData: true,
    schema: { params: IdParams, response: { 200: SeekerJobDetail } },
    handler: async (ctx, req, reply) => {
      const me = await findMe(ctx.tx, ctx.user);
      await requireContactConsent(ctx.tx, me.id);
      await logParticipantRead(ctx, me, "own small jobs");
      const seeker = await seekerOf(ctx.tx, me);
      const found = await seekerJob(ctx.tx, seeker, req.params.id);
      const [job] = await withEstimates(ctx, seeker, [found]);
      if (!job) throw notFound();
      reply.header("cache-control", noStore);
      return {
        data: { ...job, address: found.address, application: found.application, worker: found.worker },
      };
    },
  });

  route(app, db, {
    method: "GET",
    url: "/api/participants/:id/job-matches",
    summary:
      "The open small jobs that fit a participant best, with the reasons and the benefit estimate (coaches who may see the participant)",
    tags,
    access: coaches,
    personalData: true,
    schema: {
      params: IdParams,
      querystring: JobSearchQuery,
      response: { 200: ParticipantJobMatches },
    },
    handler: async (ctx, req, reply) => {
      const found = await relationTo(ctx.tx, ctx.user, req.params.id);
      if (!found || !participantPolicy.view(found.relation)) throw notFound();
      const p = await participantPlace(ctx, req.params.id);
      await logParticipantRead(ctx, p, "small jobs: job matches");
      const seeker = await seekerOf(ctx.tx, p);
      const { items } = await searchJobs(ctx.tx, seeker, searchOf(req.query));
      reply.header("cache-control", noStore);
      return {
        data: await withEstimates(ctx, seeker, items),
        contactConsent: await hasContactConsent(ctx.tx, p.id),
      };
    },
  });

  route(app, db, {
    method: "GET",
    url: "/api/jobs/:id/matches",
    summary:
      "Seekers suited to an open job among the participants you may see: consented, near, free in the window, with what the job needs, under their ceiling; with reasons (coaches only, never posters)",
    tags,
    access: coaches,
    personalData: true,
    schema: { params: IdParams, querystring: MatchQuery, response: { 200: SeekerMatchList } },
    handler: async (ctx, req, reply) => {
      const job = await loadJob(ctx.tx, req.params.id);
      if (job.status === "draft") throw notFound();
      if (job.status !== "open") throw new Problem(409, "smallJobs.matchesForClosedJob");
      const data = await seekersForJob(ctx.tx, ctx.user, job, {
        partial: req.query.partial ?? false,
        limit: req.query.limit ?? 50,
      });
      await ctx.recordAccess(
        data.length > 0
          ? data.map((m) => ({
              subjectType: PARTICIPANT_SUBJECT,
              subjectId: m.participantId,
              subjectLabel: `${m.firstName} ${m.lastName}`,
              purpose: "small jobs: seekers for a job",
            }))
          : [
              {
                subjectType: JOB_MATCHES_SUBJECT,
                subjectId: job.id,
                purpose: "small jobs: no seekers found",
              },
            ],
      );
      reply.header("cache-control", noStore);
      return { data };
    },
  });

  // --- Brokering figures: counts and sums, no persons; one access-log row per report, as the cohort report ---

  const figures = async (ctx: RequestContext, q: FiguresQuery, form: "page" | "csv" | "xlsx") => {
    const report = await brokeringFigures(ctx.tx, q);
    await ctx.recordAccess({
      subjectType: FIGURES_SUBJECT,
      subjectId: q.organisationId ?? ctx.user.regionId,
      purpose: form === "page" ? "small jobs figures" : `small jobs figures export (${form})`,
    });
    return report;
  };
  const withoutLang = ({ lang: _lang, ...q }: FiguresExportQuery): FiguresQuery => q;

  route(app, db, {
    method: "GET",
    url: "/api/small-jobs/figures",
    summary:
      "Brokering figures by month, association and village: jobs posted, filled, done, hours, euros paid to participants, participants who earned",
    tags,
    access: figureRoles,
    personalData: true,
    schema: { querystring: FiguresQuery, response: { 200: FiguresResponse } },
    handler: async (ctx, req, reply) => {
      reply.header("cache-control", noStore);
      return { data: await figures(ctx, req.query, "page") };
    },
  });

  route(app, db, {
    method: "GET",
    url: "/api/small-jobs/figures.csv",
    summary:
      "The brokering figures as CSV for Excel (UTF-8 with BOM; ';' and decimal comma in Finnish and Swedish)",
    tags,
    access: figureRoles,
    personalData: true,
    schema: {
      querystring: FiguresExportQuery,
      response: {
        200: { description: "The CSV file (a download)", content: { "text/csv": { schema: Type.String() } } },
      },
    },
    handler: async (ctx, req, reply) => {
      const report = await figures(ctx, withoutLang(req.query), "csv");
      reply
        .header("content-disposition", `attachment; filename="${figuresFileName(report, "csv")}"`)
        .header("cache-control", noStore)
        .type("text/csv; charset=utf-8");
      return figuresCsv(report, req.query.lang ?? ctx.lang);
    },
  });

  route(app, db, {
    method: "GET",
    url: "/api/small-jobs/figures.xlsx",
    summary: "The brokering figures as an Excel workbook",
    tags,
    access: figureRoles,
    personalData: true,
    schema: {
      querystring: FiguresExportQuery,
      response: {
        200: {
          description: "The XLSX file (a download)",
          content: {
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": {
              schema: Type.String({ format: "binary" }),
            },
          },
        },
      },
    },
    handler: async (ctx, req, reply) => {
      const report = await figures(ctx, withoutLang(req.query), "xlsx");
      reply
        .header("content-disposition", `attachment; filename="${figuresFileName(report, "xlsx")}"`)
        .header("cache-control", noStore)
        .type("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
      return figuresXlsx(report, req.query.lang ?? ctx.lang);
    },
  });
}

/** What the search needs of a participant the coach may see (the caller checked the relation). */
async function participantPlace(ctx: RequestContext, participantId: string) {
  const [p] = await ctx.tx
    .select({
      id: participants.id,
      firstName: participants.firstName,
      lastName: participants.lastName,
      village: participants.village,
      municipality: participants.municipality,
    })
    .from(participants)
    .where(eq(participants.id, participantId));
  if (!p) throw notFound();
  return p;
}
