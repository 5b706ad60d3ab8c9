import { and, asc, eq, sql } from "drizzle-orm";
import type { Tx } from "../../db/client";
import { hasRole, type SignedInUser } from "../../http/context";
import { conflict, fieldProblem, notFound, Problem } from "../../http/problem";
import { organisations } from "../organisations/schema";
import type { ProjectUpdate } from "./api";
import { type Project, type ProjectCreate, projects } from "./schema";

const columns = {
  id: projects.id,
  name: projects.name,
  code: projects.code,
  programmePeriod: projects.programmePeriod,
  organisationId: projects.organisationId,
  organisationName: organisations.name,
  startsOn: projects.startsOn,
  endsOn: projects.endsOn,
  version: projects.version,
};

const managedOrganisations = (user: SignedInUser) =>
  user.memberships.filter((m) => m.role === "project_manager").map((m) => m.organisationId);

/** Who may do what with projects: administrators any, project managers their own organisation's. */
export const projectPolicy = {
  create: (user: SignedInUser) => hasRole(user, "administrator", "project_manager"),
  createFor: (user: SignedInUser, organisationId: string) =>
    hasRole(user, "administrator") || managedOrganisations(user).includes(organisationId),
  edit: (user: SignedInUser, project: { organisationId: string }) =>
    hasRole(user, "administrator") || managedOrganisations(user).includes(project.organisationId),
};

/** The region's projects by name, with the organisation's name. */
export function listProjects(tx: Tx): Promise<Project[]> {
  return tx
    .select(columns)
    .from(projects)
    .innerJoin(organisations, eq(organisations.id, projects.organisationId))
    .orderBy(asc(projects.name));
}

/** One project of the region, or 404. For other modules (enrolments, funder reporting). */
export async function getProject(tx: Tx, id: string): Promise<Project> {
  const [row] = await tx
    .select(columns)
    .from(projects)
    .innerJoin(organisations, eq(organisations.id, projects.organisationId))
    .where(eq(projects.id, id));
  if (!row) throw notFound();
  return row;
}

async function assertValid(
  tx: Tx,
  user: SignedInUser,
  d: { name: string; organisationId: string; startsOn: string; endsOn: string | null },
  exceptId: string | null,
) {
  if (d.endsOn !== null && d.endsOn < d.startsOn)
    throw fieldProblem(400, "projects.endsBeforeStart", "/endsOn");
  const [org] = await tx
    .select({ id: organisations.id })
    .from(organisations)
    .where(eq(organisations.id, d.organisationId));
  if (!org) throw fieldProblem(400, "projects.organisationNotFound", "/organisationId");
  if (!projectPolicy.createFor(user, d.organisationId)) {
    throw fieldProblem(403, "projects.notYourOrganisation", "/organisationId");
  }
  const taken = await tx
    .select({ id: projects.id })
    .from(projects)
    .where(sql`lower(${projects.name}) = lower(${d.name})`);
  if (taken.some((r) => r.id !== exceptId)) throw fieldProblem(409, "projects.duplicateName", "/name");
}

/** Adds a project (administrator, or a project manager for their own organisation). */
export async function createProject(tx: Tx, user: SignedInUser, input: ProjectCreate): Promise<Project> {
  if (!projectPolicy.create(user)) throw new Problem(403, "problem.forbidden");
  const draft = {
    name: input.name.trim(),
    code: input.code?.trim() || null,
    programmePeriod: input.programmePeriod,
    organisationId: input.organisationId,
    startsOn: input.startsOn,
    endsOn: input.endsOn ?? null,
  };
  await assertValid(tx, user, draft, null);
  const [row] = await tx.insert(projects).values(draft).returning({ id: projects.id });
  if (!row) throw new Error("insert returned nothing");
  return getProject(tx, row.id);
}

/** Changes a project if the caller read its current version (otherwise 409). */
export async function updateProject(
  tx: Tx,
  user: SignedInUser,
  id: string,
  input: ProjectUpdate,
): Promise<Project> {
  const current = await getProject(tx, id);
  if (!projectPolicy.edit(user, current)) throw new Problem(403, "problem.forbidden");
  const draft = {
    name: input.name?.trim() ?? current.name,
    code: input.code !== undefined ? input.code?.trim() || null : current.code,
    programmePeriod: input.programmePeriod ?? current.programmePeriod,
    organisationId: input.organisationId ?? current.organisationId,
    startsOn: input.startsOn ?? current.startsOn,
    endsOn: input.endsOn !== undefined ? input.endsOn : current.endsOn,
  };
  await assertValid(tx, user, draft, id);
  const [row] = await tx
    .update(projects)
    .set({ ...draft, version: sql`${projects.version} + 1`, updatedAt: sql`now()` })
    .where(and(eq(projects.id, id), eq(projects.version, input.version)))
    .returning({ id: projects.id });
  if (!row) throw conflict();
  return getProject(tx, id);
}
