import type { FastifyInstance } from "fastify";
import type { Db } from "../../db/client";
import { access } from "../../http/context";
import { route } from "../../http/route";
import { IdParams } from "../../http/typebox";
import { STAFF_ROLES } from "../participants/policy";
import { ProjectDetail, ProjectUpdate } from "./api";
import { ProjectCreate, ProjectList } from "./schema";
import { createProject, getProject, listProjects, projectPolicy, updateProject } from "./service";

/** Projects (hankkeet): staff and administrators read them; administrators and project managers keep them. */
export function projectRoutes(app: FastifyInstance, db: Db) {
  const tags = ["projects"];
  const readers = access.roles("administrator", ...STAFF_ROLES);
  const keepers = access.roles("administrator", "project_manager");

  route(app, db, {
    method: "GET",
    url: "/api/projects",
    summary: "The region's projects with their organisation and programme period",
    tags,
    access: readers,
    schema: { response: { 200: ProjectList } },
    handler: async (ctx) => ({
      data: await listProjects(ctx.tx),
      can: { create: projectPolicy.create(ctx.user) },
    }),
  });

  route(app, db, {
    method: "POST",
    url: "/api/projects",
    summary: "Add a project (administrator, or a project manager for their own organisation)",
    tags,
    access: keepers,
    status: 201,
    schema: { body: ProjectCreate, response: { 201: ProjectDetail } },
    handler: async (ctx, req) => {
      const data = await createProject(ctx.tx, ctx.user, req.body);
      return { data, can: { edit: projectPolicy.edit(ctx.user, data) } };
    },
  });

  route(app, db, {
    method: "GET",
    url: "/api/projects/:id",
    summary: "One project",
    tags,
    access: readers,
    schema: { params: IdParams, response: { 200: ProjectDetail } },
    handler: async (ctx, req) => {
      const data = await getProject(ctx.tx, req.params.id);
      return { data, can: { edit: projectPolicy.edit(ctx.user, data) } };
    },
  });

  route(app, db, {
    method: "PATCH",
    url: "/api/projects/:id",
    summary: "Change a project (optimistic concurrency by version)",
    tags,
    access: keepers,
    schema: { params: IdParams, body: ProjectUpdate, response: { 200: ProjectDetail } },
    handler: async (ctx, req) => {
      const data = await updateProject(ctx.tx, ctx.user, req.params.id, req.body);
      return { data, can: { edit: projectPolicy.edit(ctx.user, data) } };
    },
  });
}
