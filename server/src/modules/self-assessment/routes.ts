import type { FastifyInstance } from "fastify";
import type { Db } from "../../db/client";
import { access } from "../../http/context";
import { route } from "../../http/route";
import { IdParams } from "../../http/typebox";
import { STAFF_ROLES } from "../participants/policy";
import { logParticipantRead } from "../participants/routes";
import { findMe } from "../self-service/service";
import {
  discardForStaff,
  discardMine,
  getForStaff,
  getMine,
  listForParticipant,
  myOverview,
  patchForStaff,
  patchMine,
  startForParticipant,
  startMine,
  submitForStaff,
  submitMine,
} from "./answers";
import {
  AnswerPatch,
  DraftPublish,
  DraftSave,
  HistoryQuery,
  HistoryResponse,
  InstrumentCreate,
  InstrumentList,
  InstrumentResponse,
  InstrumentUpdate,
  MySelfAssessments,
  MyStart,
  ParticipantSelfAssessments,
  ReminderList,
  ReminderParams,
  ReminderResponse,
  ReminderSave,
  SelfAssessmentResponse,
  StaffStart,
} from "./api";
import { historyForStaff, historyOf } from "./history";
import {
  createInstrument,
  discardDraft,
  getInstrument,
  listInstruments,
  publishDraft,
  saveDraft,
  startDraft,
  updateInstrument,
} from "./instruments";
import { INSTRUMENT_EDITORS, INSTRUMENT_READERS, instrumentPolicy } from "./policy";
import { deleteReminder, listReminders, saveReminder } from "./reminders";

/**
 * Self-assessment (itsearviointi): instruments (administrators), the participant's own answers
 * (/api/me/self-assessments), answers on a participant's record (staff: 404 without a relation, 403
 * without the assessments scope), history and reminders. Every read of answers is in the access log.
 */
export function selfAssessmentRoutes(app: FastifyInstance, db: Db) {
  const readers = access.roles(...INSTRUMENT_READERS);
  const editors = access.roles(...INSTRUMENT_EDITORS);
  const staff = access.roles(...STAFF_ROLES);
  const coaches = access.roles("coach");
  const participant = access.roles("participant");
  const instrumentTags = ["instruments"];
  const tags = ["self-assessments"];
  const noStore = "no-store";

  // --- Instruments ---

  route(app, db, {
    method: "GET",
    url: "/api/instruments",
    summary: "Self-assessment instruments with their published version and whether a draft exists",
    tags: instrumentTags,
    access: readers,
    schema: { response: { 200: InstrumentList } },
    handler: async (ctx) => ({
      data: await listInstruments(ctx.tx, ctx.user),
      can: { create: instrumentPolicy.edit(ctx.user) },
    }),
  });

  route(app, db, {
    method: "POST",
    url: "/api/instruments",
    summary: "Create an instrument (names in fi, sv, en and plain Finnish) with an empty draft version 1",
    tags: instrumentTags,
    access: editors,
    status: 201,
    schema: { body: InstrumentCreate, response: { 201: InstrumentResponse } },
    handler: async (ctx, req) => ({
      data: await createInstrument(ctx.tx, ctx.user, req.body),
      can: { edit: true },
    }),
  });

  route(app, db, {
    method: "GET",
    url: "/api/instruments/:id",
    summary: "An instrument with all its versions (newest first) and their dimensions",
    tags: instrumentTags,
    access: readers,
    schema: { params: IdParams, response: { 200: InstrumentResponse } },
    handler: async (ctx, req) => ({
      data: await getInstrument(ctx.tx, ctx.user, req.params.id),
      can: { edit: instrumentPolicy.edit(ctx.user) },
    }),
  });

  route(app, db, {
    method: "PATCH",
    url: "/api/instruments/:id",
    summary: "Change an instrument's name or description, or archive it (optimistic concurrency by version)",
    tags: instrumentTags,
    access: editors,
    schema: { params: IdParams, body: InstrumentUpdate, response: { 200: InstrumentResponse } },
    handler: async (ctx, req) => ({
      data: await updateInstrument(ctx.tx, ctx.user, req.params.id, req.body),
      can: { edit: true },
    }),
  });

  route(app, db, {
    method: "POST",
    url: "/api/instruments/:id/draft",
    summary: "Start a new draft version as a copy of the published one (409 when a draft exists)",
    tags: instrumentTags,
    access: editors,
    status: 201,
    schema: { params: IdParams, response: { 201: InstrumentResponse } },
    handler: async (ctx, req) => ({
      data: await startDraft(ctx.tx, ctx.user, req.params.id),
      can: { edit: true },
    }),
  });

  route(app, db, {
    method: "PUT",
    url: "/api/instruments/:id/draft",
    summary: "Save the draft's dimensions whole, in order (409 on a stale version)",
    tags: instrumentTags,
    access: editors,
    schema: { params: IdParams, body: DraftSave, response: { 200: InstrumentResponse } },
    handler: async (ctx, req) => ({
      data: await saveDraft(ctx.tx, ctx.user, req.params.id, req.body),
      can: { edit: true },
    }),
  });

  route(app, db, {
    method: "DELETE",
    url: "/api/instruments/:id/draft",
    summary: "Throw away the draft version",
    tags: instrumentTags,
    access: editors,
    status: 204,
    schema: { params: IdParams },
    handler: async (ctx, req) => {
      await discardDraft(ctx.tx, ctx.user, req.params.id);
    },
  });

  route(app, db, {
    method: "POST",
    url: "/api/instruments/:id/draft/publish",
    summary:
      "Publish the draft (every text in every language, 1–30 dimensions, unique keys); the previous published version is retired",
    tags: instrumentTags,
    access: editors,
    schema: { params: IdParams, body: DraftPublish, response: { 200: InstrumentResponse } },
    handler: async (ctx, req) => ({
      data: await publishDraft(ctx.tx, ctx.user, req.params.id, req.body),
      can: { edit: true },
    }),
  });

  // --- The participant's own answers ---

  route(app, db, {
    method: "GET",
    url: "/api/me/self-assessments",
    summary: "Your self-assessments: instruments you can answer, unfinished answers and submitted ones",
    tags,
    access: participant,
    personalData: true,
    schema: { response: { 200: MySelfAssessments } },
    handler: async (ctx, _req, reply) => {
      const me = await findMe(ctx.tx, ctx.user);
      await logParticipantRead(ctx, me, "own self-assessments");
      reply.header("cache-control", noStore);
      return { data: await myOverview(ctx.tx, me) };
    },
  });

  route(app, db, {
    method: "POST",
    url: "/api/me/self-assessments",
    summary: "Start answering an instrument (201), or continue your unfinished answer of it (200)",
    tags,
    access: participant,
    personalData: true,
    schema: { body: MyStart, response: { 200: SelfAssessmentResponse, 201: SelfAssessmentResponse } },
    handler: async (ctx, req, reply) => {
      const me = await findMe(ctx.tx, ctx.user);
      const { created, data } = await startMine(ctx.tx, ctx.user, me, req.body);
      await logParticipantRead(ctx, me, "own self-assessment");
      reply.code(created ? 201 : 200);
      return { data };
    },
  });

  route(app, db, {
    method: "GET",
    url: "/api/me/self-assessments/history",
    summary: "Your submitted answers of an instrument over time, with first and latest compared",
    tags,
    access: participant,
    personalData: true,
    schema: { querystring: HistoryQuery, response: { 200: HistoryResponse } },
    handler: async (ctx, req, reply) => {
      const me = await findMe(ctx.tx, ctx.user);
      await logParticipantRead(ctx, me, "own self-assessment history");
      reply.header("cache-control", noStore);
      return { data: await historyOf(ctx.tx, me.id, req.query.instrumentId) };
    },
  });

  route(app, db, {
    method: "GET",
    url: "/api/me/self-assessments/:id",
    summary: "One of your self-assessments",
    tags,
    access: participant,
    personalData: true,
    schema: { params: IdParams, response: { 200: SelfAssessmentResponse } },
    handler: async (ctx, req, reply) => {
      const me = await findMe(ctx.tx, ctx.user);
      const data = await getMine(ctx.tx, me, req.params.id);
      await logParticipantRead(ctx, me, "own self-assessment");
      reply.header("cache-control", noStore);
      return { data };
    },
  });

  route(app, db, {
    method: "PATCH",
    url: "/api/me/self-assessments/:id",
    summary: "Save answers of your unfinished self-assessment (merged per question; null = skipped)",
    tags,
    access: participant,
    personalData: true,
    schema: { params: IdParams, body: AnswerPatch, response: { 200: SelfAssessmentResponse } },
    handler: async (ctx, req) => {
      const me = await findMe(ctx.tx, ctx.user);
      const data = await patchMine(ctx.tx, me, req.params.id, req.body);
      await logParticipantRead(ctx, me, "own self-assessment");
      return { data };
    },
  });

  route(app, db, {
    method: "POST",
    url: "/api/me/self-assessments/:id/submit",
    summary: "Submit your self-assessment; questions not answered count as skipped",
    tags,
    access: participant,
    personalData: true,
    schema: { params: IdParams, response: { 200: SelfAssessmentResponse } },
    handler: async (ctx, req) => {
      const me = await findMe(ctx.tx, ctx.user);
      const data = await submitMine(ctx.tx, ctx.user, me, req.params.id);
      await logParticipantRead(ctx, me, "own self-assessment");
      return { data };
    },
  });

  route(app, db, {
    method: "DELETE",
    url: "/api/me/self-assessments/:id",
    summary: "Throw away your unfinished self-assessment (a submitted one stays)",
    tags,
    access: participant,
    status: 204,
    schema: { params: IdParams },
    handler: async (ctx, req) => {
      const me = await findMe(ctx.tx, ctx.user);
      await discardMine(ctx.tx, me, req.params.id);
    },
  });

  // --- Staff on a participant's record ---

  route(app, db, {
    method: "GET",
    url: "/api/participants/:id/self-assessments",
    summary: "A participant's self-assessments, unfinished ones first (needs the assessments scope)",
    tags,
    access: staff,
    personalData: true,
    schema: { params: IdParams, response: { 200: ParticipantSelfAssessments } },
    handler: async (ctx, req) => {
      const { subject, data, can } = await listForParticipant(ctx.tx, ctx.user, req.params.id);
      await logParticipantRead(ctx, subject.participant, "self-assessments");
      return { data, can };
    },
  });

  route(app, db, {
    method: "POST",
    url: "/api/participants/:id/self-assessments",
    summary:
      "Start a self-assessment with the participant (a draft; an unfinished one is continued, 200), or record scores taken with an external tool (submitted at once)",
    tags,
    access: coaches,
    personalData: true,
    schema: {
      params: IdParams,
      body: StaffStart,
      response: { 200: SelfAssessmentResponse, 201: SelfAssessmentResponse },
    },
    handler: async (ctx, req, reply) => {
      const { subject, created, data } = await startForParticipant(ctx.tx, ctx.user, req.params.id, req.body);
      await logParticipantRead(ctx, subject.participant, "self-assessment recorded");
      reply.code(created ? 201 : 200);
      return { data };
    },
  });

  route(app, db, {
    method: "GET",
    url: "/api/participants/:id/self-assessments/history",
    summary: "A participant's submitted answers of an instrument over time, first and latest compared",
    tags,
    access: staff,
    personalData: true,
    schema: { params: IdParams, querystring: HistoryQuery, response: { 200: HistoryResponse } },
    handler: async (ctx, req) => {
      const { subject, data } = await historyForStaff(
        ctx.tx,
        ctx.user,
        req.params.id,
        req.query.instrumentId,
      );
      await logParticipantRead(ctx, subject.participant, "self-assessment history");
      return { data };
    },
  });

  route(app, db, {
    method: "GET",
    url: "/api/self-assessments/:id",
    summary: "One self-assessment of a participant (needs the assessments scope)",
    tags,
    access: staff,
    personalData: true,
    schema: { params: IdParams, response: { 200: SelfAssessmentResponse } },
    handler: async (ctx, req) => {
      const { subject, data } = await getForStaff(ctx.tx, ctx.user, req.params.id);
      await logParticipantRead(ctx, subject.participant, "self-assessment");
      return { data };
    },
  });

  route(app, db, {
    method: "PATCH",
    url: "/api/self-assessments/:id",
    summary: "Save answers of an unfinished self-assessment (merged per question; null = skipped)",
    tags,
    access: coaches,
    personalData: true,
    schema: { params: IdParams, body: AnswerPatch, response: { 200: SelfAssessmentResponse } },
    handler: async (ctx, req) => {
      const { subject, data } = await patchForStaff(ctx.tx, ctx.user, req.params.id, req.body);
      await logParticipantRead(ctx, subject.participant, "self-assessment");
      return { data };
    },
  });

  route(app, db, {
    method: "POST",
    url: "/api/self-assessments/:id/submit",
    summary: "Submit an unfinished self-assessment; questions not answered count as skipped",
    tags,
    access: coaches,
    personalData: true,
    schema: { params: IdParams, response: { 200: SelfAssessmentResponse } },
    handler: async (ctx, req) => {
      const { subject, data } = await submitForStaff(ctx.tx, ctx.user, req.params.id);
      await logParticipantRead(ctx, subject.participant, "self-assessment submitted");
      return { data };
    },
  });

  route(app, db, {
    method: "DELETE",
    url: "/api/self-assessments/:id",
    summary: "Throw away an unfinished self-assessment (a submitted one is never removed)",
    tags,
    access: coaches,
    status: 204,
    schema: { params: IdParams },
    handler: async (ctx, req) => {
      await discardForStaff(ctx.tx, ctx.user, req.params.id);
    },
  });

  // --- Reminders ---

  route(app, db, {
    method: "GET",
    url: "/api/participants/:id/self-assessment-reminders",
    summary: "Reminders to repeat self-assessments with the participant (needs the assessments scope)",
    tags,
    access: staff,
    personalData: true,
    schema: { params: IdParams, response: { 200: ReminderList } },
    handler: async (ctx, req) => {
      const { subject, data, can } = await listReminders(ctx.tx, ctx.user, req.params.id);
      await logParticipantRead(ctx, subject.participant, "self-assessment reminders");
      return { data, can };
    },
  });

  route(app, db, {
    method: "PUT",
    url: "/api/participants/:id/self-assessment-reminders/:instrumentId",
    summary:
      "Set or change the reminder to repeat an instrument every 1–24 months (changing needs the version read)",
    tags,
    access: coaches,
    personalData: true,
    schema: { params: ReminderParams, body: ReminderSave, response: { 200: ReminderResponse } },
    handler: async (ctx, req) => {
      const { subject, data } = await saveReminder(
        ctx.tx,
        ctx.user,
        req.params.id,
        req.params.instrumentId,
        req.body,
      );
      await logParticipantRead(ctx, subject.participant, "self-assessment reminder set");
      return { data };
    },
  });

  route(app, db, {
    method: "DELETE",
    url: "/api/participants/:id/self-assessment-reminders/:instrumentId",
    summary: "Remove the reminder of an instrument",
    tags,
    access: coaches,
    status: 204,
    schema: { params: ReminderParams },
    handler: async (ctx, req) => {
      await deleteReminder(ctx.tx, ctx.user, req.params.id, req.params.instrumentId);
    },
  });
}
