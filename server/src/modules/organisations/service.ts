import { and, asc, eq, sql } from "drizzle-orm";
import type { Tx } from "../../db/client";
import { conflict, notFound, Problem } from "../../http/problem";
import { type Organisation, type OrganisationCreate, type OrganisationUpdate, organisations } from "./schema";

const columns = {
  id: organisations.id,
  name: organisations.name,
  kind: organisations.kind,
  businessId: organisations.businessId,
  active: organisations.active,
  version: organisations.version,
  createdAt: organisations.createdAt,
};

/** The region's organisations, by name. */
export function listOrganisations(tx: Tx): Promise<Organisation[]> {
  return tx.select(columns).from(organisations).orderBy(asc(organisations.name));
}

export async function getOrganisation(tx: Tx, id: string): Promise<Organisation> {
  const [row] = await tx.select(columns).from(organisations).where(eq(organisations.id, id));
  if (!row) throw notFound();
  return row;
}

async function nameTaken(tx: Tx, name: string, exceptId?: string) {
  const rows = await tx
    .select({ id: organisations.id })
    .from(organisations)
    .where(sql`lower(${organisations.name}) = lower(${name})`);
  return rows.some((r) => r.id !== exceptId);
}

/** Adds an organisation to the current region. Names are unique within a region. */
export async function createOrganisation(tx: Tx, input: OrganisationCreate): Promise<Organisation> {
  const name = input.name.trim();
  if (await nameTaken(tx, name)) throw new Problem(409, "organisations.duplicateName");
  const [row] = await tx
    .insert(organisations)
    .values({ name, kind: input.kind, businessId: input.businessId ?? null })
    .returning(columns);
  if (!row) throw new Error("insert returned nothing");
  return row;
}

/** Changes an organisation if the caller read the current version; otherwise 409. */
export async function updateOrganisation(
  tx: Tx,
  id: string,
  input: OrganisationUpdate,
): Promise<Organisation> {
  await getOrganisation(tx, id);
  const name = input.name?.trim();
  if (name && (await nameTaken(tx, name, id))) throw new Problem(409, "organisations.duplicateName");
  const [row] = await tx
    .update(organisations)
    .set({
      ...(name !== undefined ? { name } : {}),
      ...(input.kind !== undefined ? { kind: input.kind } : {}),
      ...(input.businessId !== undefined ? { businessId: input.businessId } : {}),
      ...(input.active !== undefined ? { active: input.active } : {}),
      version: sql`${organisations.version} + 1`,
      updatedAt: sql`now()`,
    })
    .where(and(eq(organisations.id, id), eq(organisations.version, input.version)))
    .returning(columns);
  if (!row) throw conflict();
  return row;
}
