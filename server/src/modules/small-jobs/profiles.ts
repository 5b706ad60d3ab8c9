import { and, eq, sql } from "drizzle-orm";
import type { Tx } from "../../db/client";
import { conflict, fieldProblem, notFound } from "../../http/problem";
import { blankToNull } from "../../lib/text";
import { participants } from "../participants/schema";
import type { SeekerProfile, SeekerProfileInput } from "./api-money";
import type { PeriodSettings } from "./benefit";
import { type JobCategory, type JobRequirement, seekerProfiles } from "./schema";

// A participant as a job seeker (decision 024): what they have, what they like, when they are free,
// how their benefit is adjusted, and the personal monthly ceiling the coach sets with them.

export type SeekerProfileRow = typeof seekerProfiles.$inferSelect;

const presentRow = (r: SeekerProfileRow): SeekerProfile => ({
  participantId: r.participantId,
  active: r.active,
  has: r.has as JobRequirement[],
  categories: r.categories as JobCategory[],
  weekdays: r.weekdays,
  village: r.village,
  municipality: r.municipality,
  receivesBenefit: r.receivesBenefit,
  adjustmentPeriod: r.adjustmentPeriod,
  periodAnchor: r.periodAnchor,
  monthlyCeilingCents: r.monthlyCeilingCents,
  saved: true,
  version: r.version,
  updatedAt: new Date(r.updatedAt).toISOString(),
});

/** The saved profile row, or null. */
export async function profileRow(tx: Tx, participantId: string): Promise<SeekerProfileRow | null> {
  const [row] = await tx.select().from(seekerProfiles).where(eq(seekerProfiles.participantId, participantId));
  return row ?? null;
}

/**
 * The seeker profile; without a saved one the defaults (active, monthly adjustment, receives a
 * benefit, the participant's own village and municipality), so a page always has something to show.
 */
export async function profileOf(tx: Tx, participantId: string): Promise<SeekerProfile> {
  const row = await profileRow(tx, participantId);
  if (row) return presentRow(row);
  const [p] = await tx
    .select({ village: participants.village, municipality: participants.municipality })
    .from(participants)
    .where(eq(participants.id, participantId));
  if (!p) throw notFound();
  return {
    participantId,
    active: true,
    has: [],
    categories: [],
    weekdays: [],
    village: p.village,
    municipality: p.municipality,
    receivesBenefit: true,
    adjustmentPeriod: "month",
    periodAnchor: null,
    monthlyCeilingCents: null,
    saved: false,
    version: 0,
    updatedAt: null,
  };
}

/** How the seeker's benefit periods are counted. */
export const periodSettingsOf = (
  p: Pick<SeekerProfile, "adjustmentPeriod" | "periodAnchor">,
): PeriodSettings =>
  p.adjustmentPeriod === "four_weeks" && p.periodAnchor
    ? { adjustmentPeriod: "four_weeks", periodAnchor: p.periodAnchor }
    : { adjustmentPeriod: "month", periodAnchor: null };

/**
 * Saves the profile (version 0 creates it; otherwise the version read, or 409). Only a coach sets the
 * ceiling: for anyone else (`mayCeiling` false) the saved ceiling is kept whatever the body says.
 */
export async function saveProfile(
  tx: Tx,
  participantId: string,
  input: SeekerProfileInput,
  actor: { userId: string; mayCeiling: boolean },
): Promise<SeekerProfile> {
  if (input.adjustmentPeriod === "four_weeks" && !input.periodAnchor) {
    throw fieldProblem(400, "smallJobs.profile.anchorRequired", "/periodAnchor");
  }
  const current = await profileRow(tx, participantId);
  const ceiling = actor.mayCeiling
    ? input.monthlyCeilingCents !== undefined
      ? input.monthlyCeilingCents
      : (current?.monthlyCeilingCents ?? null)
    : (current?.monthlyCeilingCents ?? null);
  // The place is always saved: where the profile names none, the participant's own (matching reads the
  // profile's place alone). It is not followed later: a move of the participant leaves the profile as is.
  let village = blankToNull(input.village);
  let municipality = blankToNull(input.municipality);
  if (village === null || municipality === null) {
    const [p] = await tx
      .select({ village: participants.village, municipality: participants.municipality })
      .from(participants)
      .where(eq(participants.id, participantId));
    if (!p) throw notFound();
    village ??= p.village;
    municipality ??= p.municipality;
  }
  const values = {
    active: input.active,
    has: [...input.has],
    categories: [...input.categories],
    weekdays: [...input.weekdays].sort((a, b) => a - b),
    village,
    municipality,
    receivesBenefit: input.receivesBenefit,
    adjustmentPeriod: input.adjustmentPeriod,
    periodAnchor: input.adjustmentPeriod === "four_weeks" ? input.periodAnchor : null,
    monthlyCeilingCents: ceiling,
    updatedBy: actor.userId,
  };
  if (!current) {
    if (input.version !== 0) throw conflict();
    const [row] = await tx
      .insert(seekerProfiles)
      .values({ participantId, ...values })
      .onConflictDoNothing()
      .returning();
    // Someone else created it between the read and the write: their version wins, this one is stale.
    if (!row) throw conflict();
    return presentRow(row);
  }
  const [row] = await tx
    .update(seekerProfiles)
    .set({ ...values, version: sql`${seekerProfiles.version} + 1`, updatedAt: sql`now()` })
    .where(and(eq(seekerProfiles.id, current.id), eq(seekerProfiles.version, input.version)))
    .returning();
  if (!row) throw conflict();
  return presentRow(row);
}
