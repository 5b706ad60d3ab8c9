import { eq, sql } from "drizzle-orm";
import type { Database } from "../../db/client";
import { inRegion } from "../../db/client";
import type { OrganisationKind } from "../access/roles";
import { createInvitation } from "../auth/service";
import { createOrganisation } from "../organisations/service";
import { memberships, users } from "../users/schema";
import { regions } from "./schema";

/**
 * Starts a new region (a local network): the region, its first organisation and its first
 * administrator, invited. Stands above regions, so it runs as the schema owner: an operator's
 * command, never an HTTP route. Returns the invitation token for the administrator.
 */
export async function bootstrapRegion(
  database: Database,
  input: {
    code: string;
    name: string;
    organisation: { name: string; kind: OrganisationKind };
    administrator: { email: string; name: string; language: "fi" | "sv" | "en" };
  },
): Promise<{ regionId: string; organisationId: string; administratorId: string; invitationToken: string }> {
  const regionId = await database.asOwner(async (tx) => {
    const [row] = await tx
      .insert(regions)
      .values({ code: input.code, name: input.name })
      .returning({ id: regions.id });
    if (!row) throw new Error("insert returned nothing");
    return row.id;
  });
  return inRegion(database.app, { regionId }, async (tx) => {
    const org = await createOrganisation(tx, input.organisation);
    const [admin] = await tx
      .insert(users)
      .values({ ...input.administrator, status: "invited" })
      .returning({ id: users.id });
    if (!admin) throw new Error("insert returned nothing");
    await tx.insert(memberships).values({ userId: admin.id, organisationId: org.id, role: "administrator" });
    const invitationToken = await createInvitation(tx, admin.id, admin.id);
    // A region starts with the statutory limits of domain.md; its administrators edit them later.
    await tx.execute(sql`SELECT polku_default_statutory_limits(${regionId}::uuid)`);
    // ...and Polku's default self-assessment instrument.
    await tx.execute(sql`SELECT polku_default_instrument(${regionId}::uuid)`);
    // ...and the benefit-adjustment rules of domain.md for small-job earnings.
    await tx.execute(sql`SELECT polku_default_benefit_rules(${regionId}::uuid)`);
    return { regionId, organisationId: org.id, administratorId: admin.id, invitationToken };
  });
}

/** How many regions exist (operator view, as owner). */
export async function countRegions(database: Database): Promise<number> {
  const [row] = await database.asOwner((tx) => tx.select({ n: sql<number>`count(*)::int` }).from(regions));
  return row?.n ?? 0;
}

export async function regionByCode(database: Database, code: string) {
  const [row] = await database.asOwner((tx) => tx.select().from(regions).where(eq(regions.code, code)));
  return row ?? null;
}
