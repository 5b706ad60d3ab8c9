import type { FastifyInstance } from "fastify";
import { Type } from "typebox";
import type { Config } from "../../config";
import type { Db } from "../../db/client";
import { access } from "../../http/context";
import { type RequestContext, route } from "../../http/route";
import { IdParams, Uuid } from "../../http/typebox";
import {
  ConsentCreate,
  ConsentList,
  ConsentResponse,
  ConsentWithdraw,
  DuplicateList,
  DuplicateQuery,
  type Participant,
  ParticipantAccountCreate,
  ParticipantCreate,
  ParticipantList,
  ParticipantResponse,
  ParticipantSearch,
  ParticipantUpdate,
} from "./api";
import { giveConsent, listConsents, withdrawConsent } from "./consents";
import { participantPolicy, type Relation, STAFF_ROLES } from "./policy";
import {
  findDuplicates,
  getParticipant,
  openParticipantAccount,
  participantCan,
  registerParticipant,
  searchParticipants,
  updateParticipant,
} from "./service";

/** Access-log subject type for a participant's record. */
export const PARTICIPANT_SUBJECT = "participant";

/** Writes the access-log row for reading one participant's record for a purpose. */
export const logParticipantRead = (
  ctx: RequestContext,
  participant: { id: string; firstName: string; lastName: string },
  purpose: string,
) =>
  ctx.recordAccess({
    subjectType: PARTICIPANT_SUBJECT,
    subjectId: participant.id,
    subjectLabel: `${participant.firstName} ${participant.lastName}`,
    purpose,
  });

export function participantRoutes(app: FastifyInstance, db: Db, config: Config) {
  const mail = { publicUrl: config.publicUrl, smtpConfigured: config.smtpUrl !== null };
  const staff = access.roles(...STAFF_ROLES);
  const coaches = access.roles("coach");
  const tags = ["participants"];
  const ConsentParams = Type.Object({ id: Uuid, consentId: Uuid }, { additionalProperties: false });

  const present = async (
    ctx: RequestContext,
    result: { participant: Participant; relation: Relation },
    purpose: string,
  ) => {
    await logParticipantRead(ctx, result.participant, purpose);
    const relation =
      result.relation.kind === "keeper"
        ? { kind: "keeper" as const, write: result.relation.write }
        : result.relation.kind === "shared"
          ? { kind: "shared" as const, scopes: result.relation.scopes }
          : (() => {
              throw new Error("unreachable: no relation");
            })();
    return { data: result.participant, relation, can: participantCan(ctx.user, result.relation) };
  };

  route(app, db, {
    method: "GET",
    url: "/api/participants",
    summary:
      "Search the participants you may see, by name, identity code or phone (never returns identity codes)",
    tags,
    access: staff,
    personalData: true,
    schema: { querystring: ParticipantSearch, response: { 200: ParticipantList } },
    handler: async (ctx, req) => {
      const data = await searchParticipants(ctx.tx, ctx.user, req.query.q, req.query.limit ?? 25);
      await ctx.recordAccess(
        data.length > 0
          ? data.map((p) => ({
              subjectType: PARTICIPANT_SUBJECT,
              subjectId: p.id,
              subjectLabel: `${p.firstName} ${p.lastName}`,
              purpose: "participant search",
            }))
          : [
              {
                subjectType: "participant-search",
                subjectId: ctx.user.id,
                purpose: "participant search: no hits",
              },
            ],
      );
      return { data, can: { register: participantPolicy.register(ctx.user) } };
    },
  });

  route(app, db, {
    method: "POST",
    url: "/api/participants/duplicates",
    summary: "Likely duplicates before registering: same identity code, or same name and birth date",
    tags,
    access: coaches,
    personalData: true,
    schema: { body: DuplicateQuery, response: { 200: DuplicateList } },
    handler: async (ctx, req) => {
      const data = await findDuplicates(ctx.tx, ctx.user, req.body);
      await ctx.recordAccess(
        data.flatMap((d) =>
          d.participantId
            ? [
                {
                  subjectType: PARTICIPANT_SUBJECT,
                  subjectId: d.participantId,
                  subjectLabel: d.name,
                  purpose: "duplicate check",
                },
              ]
            : [],
        ),
      );
      if (data.every((d) => !d.participantId)) {
        await ctx.recordAccess({
          subjectType: "participant-search",
          subjectId: ctx.user.id,
          purpose: "duplicate check",
        });
      }
      return { data };
    },
  });

  route(app, db, {
    method: "POST",
    url: "/api/participants",
    summary: "Register a participant (refused with 409 on a likely duplicate unless acknowledged)",
    tags,
    access: coaches,
    personalData: true,
    status: 201,
    schema: { body: ParticipantCreate, response: { 201: ParticipantResponse } },
    handler: async (ctx, req) =>
      present(ctx, await registerParticipant(ctx.tx, ctx.user, req.body), "registration"),
  });

  route(app, db, {
    method: "GET",
    url: "/api/participants/:id",
    summary: "One participant's basic data, as far as you may see it",
    tags,
    access: staff,
    personalData: true,
    schema: { params: IdParams, response: { 200: ParticipantResponse } },
    handler: async (ctx, req) =>
      present(ctx, await getParticipant(ctx.tx, ctx.user, req.params.id), "participant record"),
  });

  route(app, db, {
    method: "PATCH",
    url: "/api/participants/:id",
    summary: "Change personal or funder entry data (optimistic concurrency by version)",
    tags,
    access: coaches,
    personalData: true,
    schema: { params: IdParams, body: ParticipantUpdate, response: { 200: ParticipantResponse } },
    handler: async (ctx, req) =>
      present(ctx, await updateParticipant(ctx.tx, ctx.user, req.params.id, req.body), "participant update"),
  });

  route(app, db, {
    method: "GET",
    url: "/api/participants/:id/consents",
    summary: "A participant's consents and whether each is in force",
    tags,
    access: staff,
    personalData: true,
    schema: { params: IdParams, response: { 200: ConsentList } },
    handler: async (ctx, req) => {
      const { participant, relation } = await getParticipant(ctx.tx, ctx.user, req.params.id);
      const data = await listConsents(ctx.tx, ctx.user, req.params.id);
      await logParticipantRead(ctx, participant, "consents");
      return { data, can: { manage: participantPolicy.manageConsents(relation) } };
    },
  });

  route(app, db, {
    method: "POST",
    url: "/api/participants/:id/consents",
    summary: "Record a consent: purpose, and for sharing the organisation and scopes",
    tags,
    access: coaches,
    personalData: true,
    status: 201,
    schema: { params: IdParams, body: ConsentCreate, response: { 201: ConsentResponse } },
    handler: async (ctx, req) => {
      const data = await giveConsent(ctx.tx, ctx.user, req.params.id, req.body);
      const { participant } = await getParticipant(ctx.tx, ctx.user, req.params.id);
      await logParticipantRead(ctx, participant, "consent recorded");
      return { data };
    },
  });

  route(app, db, {
    method: "POST",
    url: "/api/participants/:id/consents/:consentId/withdraw",
    summary: "Record the withdrawal of a consent",
    tags,
    access: coaches,
    personalData: true,
    schema: { params: ConsentParams, body: ConsentWithdraw, response: { 200: ConsentResponse } },
    handler: async (ctx, req) => {
      const data = await withdrawConsent(ctx.tx, ctx.user, req.params.id, req.params.consentId, req.body);
      const { participant } = await getParticipant(ctx.tx, ctx.user, req.params.id);
      await logParticipantRead(ctx, participant, "consent withdrawn");
      return { data };
    },
  });

  route(app, db, {
    method: "POST",
    url: "/api/participants/:id/account",
    summary: "Open the participant's own sign-in: invite them by e-mail and link the account to the record",
    tags,
    access: coaches,
    personalData: true,
    status: 201,
    schema: { params: IdParams, body: ParticipantAccountCreate, response: { 201: ParticipantResponse } },
    handler: async (ctx, req) => {
      const { invitedUserId: _, ...result } = await openParticipantAccount(
        ctx.tx,
        ctx.user,
        req.params.id,
        req.body,
        mail,
      );
      return present(ctx, result, "participant account opened");
    },
  });
}
