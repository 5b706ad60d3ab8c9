import type { FastifyInstance } from "fastify";
import { Type } from "typebox";
import type { Config } from "../../config";
import type { Db } from "../../db/client";
import { access } from "../../http/context";
import { type RequestContext, route } from "../../http/route";
import { IdParams, Uuid } from "../../http/typebox";
import { userCan, userPolicy } from "./policy";
import {
  MembershipCreate,
  MembershipResponse,
  UserInvite,
  UserList,
  UserQuery,
  UserResponse,
  type UserSummary,
  UserUpdate,
} from "./schema";
import {
  addMembership,
  deactivateUser,
  getUser,
  inviteUser,
  listUsers,
  reactivateUser,
  removeMembership,
  resendInvitation,
  updateUser,
} from "./service";

const PURPOSE = "user administration";

export function userRoutes(app: FastifyInstance, db: Db, config: Config) {
  const mail = { publicUrl: config.publicUrl, smtpConfigured: config.smtpUrl !== null };
  const admin = access.roles("administrator");
  const tags = ["users"];

  /** Every response naming a user is a read of personal data. */
  const present = async (ctx: RequestContext, user: UserSummary) => {
    await ctx.recordAccess({
      subjectType: "user",
      subjectId: user.id,
      subjectLabel: user.name,
      purpose: PURPOSE,
    });
    return { data: user, can: userCan(ctx.user, user) };
  };

  route(app, db, {
    method: "GET",
    url: "/api/users",
    summary: "The region's users (search by name or e-mail, filter by status)",
    tags,
    access: admin,
    personalData: true,
    schema: { querystring: UserQuery, response: { 200: UserList } },
    handler: async (ctx, req) => {
      const data = await listUsers(ctx.tx, req.query);
      await ctx.recordAccess(
        data.map((u) => ({
          subjectType: "user",
          subjectId: u.id,
          subjectLabel: u.name,
          purpose: `${PURPOSE}: list`,
        })),
      );
      if (data.length === 0) {
        // Nothing personal was shown; still note the search itself.
        await ctx.recordAccess({
          subjectType: "user-search",
          subjectId: ctx.user.id,
          subjectLabel: null,
          purpose: `${PURPOSE}: empty search`,
        });
      }
      return { data, can: { invite: userPolicy.invite(ctx.user) } };
    },
  });

  route(app, db, {
    method: "POST",
    url: "/api/users",
    summary: "Invite a user: creates the account and writes the invitation mail",
    tags,
    access: admin,
    personalData: true,
    status: 201,
    schema: { body: UserInvite, response: { 201: UserResponse } },
    handler: async (ctx, req) => present(ctx, await inviteUser(ctx.tx, ctx.user, req.body, mail)),
  });

  route(app, db, {
    method: "GET",
    url: "/api/users/:id",
    summary: "One user",
    tags,
    access: admin,
    personalData: true,
    schema: { params: IdParams, response: { 200: UserResponse } },
    handler: async (ctx, req) => present(ctx, await getUser(ctx.tx, req.params.id)),
  });

  route(app, db, {
    method: "PATCH",
    url: "/api/users/:id",
    summary: "Change a user's name or language (optimistic concurrency by version)",
    tags,
    access: admin,
    personalData: true,
    schema: { params: IdParams, body: UserUpdate, response: { 200: UserResponse } },
    handler: async (ctx, req) => present(ctx, await updateUser(ctx.tx, req.params.id, req.body)),
  });

  route(app, db, {
    method: "POST",
    url: "/api/users/:id/memberships",
    summary: "Give a user a role in an organisation",
    tags,
    access: admin,
    status: 201,
    schema: { params: IdParams, body: MembershipCreate, response: { 201: MembershipResponse } },
    handler: async (ctx, req) => ({ data: await addMembership(ctx.tx, req.params.id, req.body) }),
  });

  route(app, db, {
    method: "DELETE",
    url: "/api/users/:id/memberships/:membershipId",
    summary: "Take a role away",
    tags,
    access: admin,
    status: 204,
    schema: { params: Type.Object({ id: Uuid, membershipId: Uuid }, { additionalProperties: false }) },
    handler: async (ctx, req) => {
      await removeMembership(ctx.tx, req.params.id, req.params.membershipId);
    },
  });

  route(app, db, {
    method: "POST",
    url: "/api/users/:id/deactivate",
    summary: "Deactivate a user and end their sessions",
    tags,
    access: admin,
    personalData: true,
    schema: { params: IdParams, response: { 200: UserResponse } },
    handler: async (ctx, req) => present(ctx, await deactivateUser(ctx.tx, ctx.user, req.params.id)),
  });

  route(app, db, {
    method: "POST",
    url: "/api/users/:id/reactivate",
    summary: "Reactivate a user",
    tags,
    access: admin,
    personalData: true,
    schema: { params: IdParams, response: { 200: UserResponse } },
    handler: async (ctx, req) => present(ctx, await reactivateUser(ctx.tx, req.params.id)),
  });

  route(app, db, {
    method: "POST",
    url: "/api/users/:id/invitation",
    summary: "Send a fresh invitation link",
    tags,
    access: admin,
    personalData: true,
    schema: { params: IdParams, response: { 200: UserResponse } },
    handler: async (ctx, req) => present(ctx, await resendInvitation(ctx.tx, ctx.user, req.params.id, mail)),
  });
}
