import { and, eq, type SQL, sql } from "drizzle-orm";
import { uuidArray } from "../../db/checks";
import type { Tx } from "../../db/client";
import { hasRole, type SignedInUser } from "../../http/context";
import { conflict, fieldProblem, notFound, Problem } from "../../http/problem";
import { blankToNull } from "../../lib/text";
import { organisations } from "../organisations/schema";
import type { WorkNeed, WorkNeedCreate, WorkNeedPost, WorkNeedQuery, WorkNeedUpdate } from "./api-needs";
import { BROAD_ROLES, createJob, requirePosterOf } from "./jobs";
import { isPosterOf, posterOrganisations } from "./policy";
import { iso } from "./present";
import { workNeeds } from "./schema";

/**
 * A village's undone work (Laavu's inventory), kept by an association (decision 024). Its poster staff
 * keep and post it; the region's coaches, project managers and administrators read it.
 */

const jobCount = sql<number>`(select count(*)::int from jobs j where j.region_id = "work_needs"."region_id" and j.work_need_id = "work_needs"."id")`;

function seesNeeds(user: SignedInUser): SQL | undefined {
  if (hasRole(user, ...BROAD_ROLES)) return undefined;
  return sql`${workNeeds.organisationId} = any(${uuidArray(posterOrganisations(user))})`;
}

async function needRows(tx: Tx, where: SQL | undefined): Promise<WorkNeed[]> {
  const rows = await tx
    .select({ n: workNeeds, organisationName: organisations.name, jobCount })
    .from(workNeeds)
    .innerJoin(organisations, eq(organisations.id, workNeeds.organisationId))
    .where(where)
    .orderBy(sql`"work_needs"."village" asc`, sql`"work_needs"."created_at" desc`);
  return rows.map(({ n, organisationName, jobCount }) => ({
    id: n.id,
    organisationId: n.organisationId,
    organisationName,
    title: n.title,
    description: n.description,
    category: n.category,
    village: n.village,
    municipality: n.municipality,
    place: n.place,
    season: n.season,
    effortHours: n.effortHours,
    beneficiaries: n.beneficiaries,
    archived: n.archived,
    jobCount: Number(jobCount),
    version: n.version,
    createdAt: iso(n.createdAt) ?? n.createdAt,
    updatedAt: iso(n.updatedAt) ?? n.updatedAt,
  }));
}

export async function listNeeds(tx: Tx, user: SignedInUser, query: WorkNeedQuery): Promise<WorkNeed[]> {
  return needRows(
    tx,
    and(
      seesNeeds(user),
      eq(workNeeds.archived, query.archived ?? false),
      query.organisationId ? eq(workNeeds.organisationId, query.organisationId) : undefined,
      query.village ? sql`lower(${workNeeds.village}) = lower(${query.village})` : undefined,
    ),
  );
}

/** One need the user may see, or 404. */
export async function getNeed(tx: Tx, user: SignedInUser, id: string): Promise<WorkNeed> {
  const [need] = await needRows(tx, and(eq(workNeeds.id, id), seesNeeds(user)));
  if (!need) throw notFound();
  return need;
}

/** A need its poster staff may change; others who see it get 403, the rest 404. */
async function requirePosterNeed(tx: Tx, user: SignedInUser, id: string) {
  const [row] = await tx.select().from(workNeeds).where(eq(workNeeds.id, id)).for("update");
  if (!row) throw notFound();
  if (isPosterOf(user, row.organisationId)) return row;
  if (hasRole(user, ...BROAD_ROLES)) throw new Problem(403, "problem.forbidden");
  throw notFound();
}

export async function createNeed(tx: Tx, user: SignedInUser, input: WorkNeedCreate): Promise<WorkNeed> {
  await requirePosterOf(tx, user, input.organisationId);
  const [row] = await tx
    .insert(workNeeds)
    .values({
      organisationId: input.organisationId,
      title: input.title.trim(),
      description: input.description ?? "",
      category: input.category,
      village: input.village.trim(),
      municipality: blankToNull(input.municipality),
      place: blankToNull(input.place),
      season: input.season,
      effortHours: input.effortHours ?? null,
      beneficiaries: input.beneficiaries ?? "",
      createdBy: user.id,
    })
    .returning({ id: workNeeds.id });
  if (!row) throw new Error("insert returned nothing");
  return getNeed(tx, user, row.id);
}

export async function updateNeed(
  tx: Tx,
  user: SignedInUser,
  id: string,
  input: WorkNeedUpdate,
): Promise<WorkNeed> {
  const need = await requirePosterNeed(tx, user, id);
  if (need.version !== input.version) throw conflict();
  if (input.title !== undefined && !input.title.trim()) {
    throw fieldProblem(400, "validation.minLength", "/title", { field: "title", limit: 1 });
  }
  await tx
    .update(workNeeds)
    .set({
      ...(input.title !== undefined ? { title: input.title.trim() } : {}),
      ...(input.description !== undefined ? { description: input.description } : {}),
      ...(input.category !== undefined ? { category: input.category } : {}),
      ...(input.village !== undefined ? { village: input.village.trim() } : {}),
      ...(input.municipality !== undefined ? { municipality: blankToNull(input.municipality) } : {}),
      ...(input.place !== undefined ? { place: blankToNull(input.place) } : {}),
      ...(input.season !== undefined ? { season: input.season } : {}),
      ...(input.effortHours !== undefined ? { effortHours: input.effortHours } : {}),
      ...(input.beneficiaries !== undefined ? { beneficiaries: input.beneficiaries } : {}),
      ...(input.archived !== undefined ? { archived: input.archived } : {}),
      version: sql`${workNeeds.version} + 1`,
      updatedAt: sql`now()`,
    })
    .where(eq(workNeeds.id, id));
  return getNeed(tx, user, id);
}

/** Posts the need as a job in one step: the need gives what it knows, the form the rest. Returns the job id. */
export async function postNeed(tx: Tx, user: SignedInUser, id: string, input: WorkNeedPost): Promise<string> {
  const need = await requirePosterNeed(tx, user, id);
  if (need.archived) throw new Problem(409, "smallJobs.needArchived");
  return createJob(tx, user, {
    organisationId: need.organisationId,
    workNeedId: need.id,
    title: input.title ?? need.title,
    description: input.description ?? need.description,
    category: need.category,
    village: need.village,
    municipality: input.municipality !== undefined ? input.municipality : need.municipality,
    address: input.address ?? null,
    startsOn: input.startsOn,
    endsOn: input.endsOn,
    estimatedMinutes: input.estimatedMinutes,
    payType: input.payType,
    payCents: input.payCents,
    places: input.places,
    requirements: input.requirements ?? [],
    safetyNotes: input.safetyNotes ?? "",
    employer: input.employer ?? "association",
    ...(input.publish !== undefined ? { publish: input.publish } : {}),
  });
}
