import type { FastifyInstance } from "fastify";
import type { Db } from "../../db/client";
import { access, hasRole } from "../../http/context";
import { type RequestContext, route } from "../../http/route";
import { IdParams } from "../../http/typebox";
import { addMonthsIso, todayIso } from "../../lib/dates";
import { STAFF_ROLES } from "../participants/policy";
import { logParticipantRead } from "../participants/routes";
import { openRecord, requireEdit, requireScope } from "../pathway/record-access";
import { findMe } from "../self-service/service";
import {
  BenefitRuleCreate,
  BenefitRuleList,
  BenefitRuleResponse,
  BenefitRuleUpdate,
  EarningsQuery,
  EarningsResponse,
  SeekerProfileInput,
  SeekerProfileResponse,
} from "./api-money";
import { earningsPeriods } from "./earnings";
import { profileOf, saveProfile } from "./profiles";
import { payRoutes } from "./routes-pay";
import { createRule, listRules, updateRule } from "./rules";

/** The default window of the earnings page: this month and the 11 before, and 2 months ahead (expected pay). */
function earningsRange(query: { from?: string; to?: string }) {
  const today = todayIso();
  return {
    from: query.from ?? `${addMonthsIso(today, -11).slice(0, 7)}-01`,
    to: query.to ?? addMonthsIso(today, 2),
  };
}

/**
 * The small-jobs money routes (decision 024): benefit rules (administrators), seeker profiles and
 * earnings (the seeker, and coaches and staff who may see them), and hours, pay and documents
 * (routes-pay.ts).
 */
export function moneyRoutes(app: FastifyInstance, db: Db) {
  const admin = access.roles("administrator");
  const participant = access.roles("participant");
  const tags = ["small jobs: money"];

  // --- Benefit rules ---

  route(app, db, {
    method: "GET",
    url: "/api/benefit-rules",
    summary: "The benefit-adjustment rules with their validity (protected amount, reduction per cent)",
    tags,
    access: access.roles("administrator", ...STAFF_ROLES),
    schema: { response: { 200: BenefitRuleList } },
    handler: async (ctx) => {
      const isAdmin = hasRole(ctx.user, "administrator");
      return { data: await listRules(ctx.tx, ctx.lang), can: { create: isAdmin, edit: isAdmin } };
    },
  });

  route(app, db, {
    method: "POST",
    url: "/api/benefit-rules",
    summary: "Add a rule when the law changes; overlapping validity with another rule is refused (409)",
    tags,
    access: admin,
    status: 201,
    schema: { body: BenefitRuleCreate, response: { 201: BenefitRuleResponse } },
    handler: async (ctx, req) => ({ data: await createRule(ctx.tx, req.body, ctx.lang) }),
  });

  route(app, db, {
    method: "PATCH",
    url: "/api/benefit-rules/:id",
    summary: "Change a rule (optimistic concurrency by version); overlapping validity is refused (409)",
    tags,
    access: admin,
    schema: { params: IdParams, body: BenefitRuleUpdate, response: { 200: BenefitRuleResponse } },
    handler: async (ctx, req) => ({ data: await updateRule(ctx.tx, req.params.id, req.body, ctx.lang) }),
  });

  // --- Seeker profile ---

  const ownProfile = async (ctx: RequestContext) => {
    const me = await findMe(ctx.tx, ctx.user);
    await logParticipantRead(ctx, me, "own seeker profile");
    return me;
  };

  route(app, db, {
    method: "GET",
    url: "/api/me/seeker-profile",
    summary: "Your job-seeker profile (defaults until you save one)",
    tags,
    access: participant,
    personalData: true,
    schema: { response: { 200: SeekerProfileResponse } },
    handler: async (ctx) => {
      const me = await ownProfile(ctx);
      return { data: await profileOf(ctx.tx, me.id), can: { edit: true, setCeiling: false } };
    },
  });

  route(app, db, {
    method: "PUT",
    url: "/api/me/seeker-profile",
    summary:
      "Save your job-seeker profile (version 0 creates it); the monthly ceiling stays as your coach set it",
    tags,
    access: participant,
    personalData: true,
    schema: { body: SeekerProfileInput, response: { 200: SeekerProfileResponse } },
    handler: async (ctx, req) => {
      const me = await ownProfile(ctx);
      const data = await saveProfile(ctx.tx, me.id, req.body, { userId: ctx.user.id, mayCeiling: false });
      return { data, can: { edit: true, setCeiling: false } };
    },
  });

  route(app, db, {
    method: "GET",
    url: "/api/participants/:id/seeker-profile",
    summary: "A participant's job-seeker profile, for staff who may see them (defaults until saved)",
    tags,
    access: access.roles(...STAFF_ROLES),
    personalData: true,
    schema: { params: IdParams, response: { 200: SeekerProfileResponse } },
    handler: async (ctx, req) => {
      const subject = await openRecord(ctx.tx, ctx.user, req.params.id);
      requireScope(subject, "basic");
      await logParticipantRead(ctx, subject.participant, "seeker profile");
      const edit = subject.relation.kind === "keeper" && subject.relation.write;
      return { data: await profileOf(ctx.tx, req.params.id), can: { edit, setCeiling: edit } };
    },
  });

  route(app, db, {
    method: "PUT",
    url: "/api/participants/:id/seeker-profile",
    summary: "Save a participant's job-seeker profile with them, including the personal monthly ceiling",
    tags,
    access: access.roles("coach"),
    personalData: true,
    schema: { params: IdParams, body: SeekerProfileInput, response: { 200: SeekerProfileResponse } },
    handler: async (ctx, req) => {
      const subject = await openRecord(ctx.tx, ctx.user, req.params.id);
      requireEdit(subject);
      await logParticipantRead(ctx, subject.participant, "seeker profile");
      const data = await saveProfile(ctx.tx, req.params.id, req.body, {
        userId: ctx.user.id,
        mayCeiling: true,
      });
      return { data, can: { edit: true, setCeiling: true } };
    },
  });

  // --- Earnings ---

  route(app, db, {
    method: "GET",
    url: "/api/me/earnings",
    summary:
      "Your earnings through Polku per benefit period (newest first): the rule in force, the estimated reduction, your ceiling",
    tags,
    access: participant,
    personalData: true,
    schema: { querystring: EarningsQuery, response: { 200: EarningsResponse } },
    handler: async (ctx, req) => {
      const me = await findMe(ctx.tx, ctx.user);
      await logParticipantRead(ctx, me, "own earnings");
      return { data: await earningsPeriods(ctx.tx, me.id, ctx.lang, earningsRange(req.query)) };
    },
  });

  route(app, db, {
    method: "GET",
    url: "/api/participants/:id/earnings",
    summary: "A participant's earnings through Polku per benefit period, for staff who may see them",
    tags,
    access: access.roles(...STAFF_ROLES),
    personalData: true,
    schema: { params: IdParams, querystring: EarningsQuery, response: { 200: EarningsResponse } },
    handler: async (ctx, req) => {
      const subject = await openRecord(ctx.tx, ctx.user, req.params.id);
      requireScope(subject, "basic");
      await logParticipantRead(ctx, subject.participant, "earnings");
      return { data: await earningsPeriods(ctx.tx, req.params.id, ctx.lang, earningsRange(req.query)) };
    },
  });

  payRoutes(app, db);
}
