import type { FastifyInstance } from "fastify";
import type { Db } from "../../db/client";
import { access } from "../../http/context";
import { forbidden } from "../../http/problem";
import { route } from "../../http/route";
import { IdParams } from "../../http/typebox";
import { organisationCan, organisationPolicy } from "./policy";
import { OrganisationCreate, OrganisationList, OrganisationResponse, OrganisationUpdate } from "./schema";
import { createOrganisation, getOrganisation, listOrganisations, updateOrganisation } from "./service";

export function organisationRoutes(app: FastifyInstance, db: Db) {
  route(app, db, {
    method: "GET",
    url: "/api/organisations",
    summary: "The region's organisations",
    tags: ["organisations"],
    access: access.signedIn(),
    schema: { response: { 200: OrganisationList } },
    handler: async (ctx) => ({
      data: await listOrganisations(ctx.tx),
      can: { create: organisationPolicy.create(ctx.user) },
    }),
  });

  route(app, db, {
    method: "POST",
    url: "/api/organisations",
    summary: "Add an organisation",
    tags: ["organisations"],
    access: access.roles("administrator"),
    status: 201,
    schema: { body: OrganisationCreate, response: { 201: OrganisationResponse } },
    handler: async (ctx, req) => ({
      data: await createOrganisation(ctx.tx, req.body),
      can: organisationCan(ctx.user),
    }),
  });

  route(app, db, {
    method: "GET",
    url: "/api/organisations/:id",
    summary: "One organisation",
    tags: ["organisations"],
    access: access.signedIn(),
    schema: { params: IdParams, response: { 200: OrganisationResponse } },
    handler: async (ctx, req) => ({
      data: await getOrganisation(ctx.tx, req.params.id),
      can: organisationCan(ctx.user),
    }),
  });

  route(app, db, {
    method: "PATCH",
    url: "/api/organisations/:id",
    summary: "Change an organisation (optimistic concurrency by version)",
    tags: ["organisations"],
    access: access.roles("administrator"),
    schema: { params: IdParams, body: OrganisationUpdate, response: { 200: OrganisationResponse } },
    handler: async (ctx, req) => {
      if (!organisationPolicy.edit(ctx.user)) throw forbidden();
      return {
        data: await updateOrganisation(ctx.tx, req.params.id, req.body),
        can: organisationCan(ctx.user),
      };
    },
  });
}
