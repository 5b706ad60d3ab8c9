import { and, eq, isNull, lte, sql } from "drizzle-orm";
import type { Tx } from "../../db/client";
import type { SignedInUser } from "../../http/context";
import { notFound, Problem } from "../../http/problem";
import { todayIso } from "../../lib/dates";
import { orgsWithRole } from "../participants/policy";
import { consents } from "../participants/schema";
import { jobOrderers, jobs } from "./schema";

/**
 * Who may do what with small jobs (decision 024). The one place the routes of this module ask.
 *
 * - poster staff: `association_contact` in the job's organisation (an association, a company, a parish);
 *   they manage the job and see its applicants and workers in the minimal form.
 * - seekers: participants with the `contact` consent in force; they see open jobs, never each other.
 * - coaches: propose jobs and see seekers' profiles, earnings and matches through the participants policy.
 * - figures: coaches, project managers, administrators (no persons in them).
 */

/** Organisations for which the user posts and manages jobs and work needs. */
export const posterOrganisations = (user: SignedInUser): string[] =>
  orgsWithRole(user, ["association_contact"]);

export const isPosterOf = (user: SignedInUser, organisationId: string) =>
  posterOrganisations(user).includes(organisationId);

/** Roles that see the brokering figures (counts and sums, never persons). */
export const FIGURE_ROLES = ["coach", "project_manager", "administrator"] as const;

export type JobRow = typeof jobs.$inferSelect;

/** A job of the region, or 404. `lock` takes the row lock (picking, state changes). */
export async function loadJob(tx: Tx, jobId: string, options: { lock?: boolean } = {}): Promise<JobRow> {
  const query = tx.select().from(jobs).where(eq(jobs.id, jobId));
  const [row] = options.lock ? await query.for("update") : await query;
  if (!row) throw notFound();
  return row;
}

/**
 * A job its poster staff may manage. Other staff of the region get 404 for drafts (a draft is the
 * poster's own) and 403 otherwise; nobody learns of another region's job (RLS hides it: 404).
 */
export async function requirePosterJob(
  tx: Tx,
  user: SignedInUser,
  jobId: string,
  options: { lock?: boolean } = {},
): Promise<JobRow> {
  const job = await loadJob(tx, jobId, options);
  // A household order reaches its association only once the household has opened its e-mail link.
  if (job.ordererId !== null && !(await ordererConfirmed(tx, job.ordererId))) throw notFound();
  if (isPosterOf(user, job.organisationId)) return job;
  if (job.status === "draft") throw notFound();
  throw new Problem(403, "problem.forbidden");
}

/** Whether a household orderer has confirmed their e-mail address (opened the one-time link). */
export async function ordererConfirmed(tx: Tx, ordererId: string): Promise<boolean> {
  const [row] = await tx
    .select({ confirmedAt: jobOrderers.confirmedAt })
    .from(jobOrderers)
    .where(eq(jobOrderers.id, ordererId));
  return row?.confirmedAt != null;
}

/** SQL on `jobs`: not a household order still waiting for its e-mail confirmation. */
export const notUnconfirmedOrder = () =>
  sql`(${jobs.ordererId} is null or exists (select 1 from job_orderers o where o.region_id = ${jobs.regionId} and o.id = ${jobs.ordererId} and o.confirmed_at is not null))`;

/** The participant has the `contact` consent (jobs and events) in force today. */
export async function hasContactConsent(tx: Tx, participantId: string): Promise<boolean> {
  const [row] = await tx
    .select({ one: sql<number>`1` })
    .from(consents)
    .where(
      and(
        eq(consents.participantId, participantId),
        eq(consents.purpose, "contact"),
        isNull(consents.withdrawnOn),
        lte(consents.givenOn, todayIso()),
      ),
    )
    .limit(1);
  return row !== undefined;
}

/** SQL condition on a participants row (qualified "participants"): the contact consent is in force. */
export const contactConsentInForce = () => sql`exists (
  select 1 from consents c where c.region_id = "participants"."region_id" and c.participant_id = "participants"."id"
    and c.purpose = 'contact' and c.withdrawn_on is null and c.given_on <= ${todayIso()}::date)`;

/** Refuses a seeker without the contact consent, with a message that says how to give it. */
export async function requireContactConsent(tx: Tx, participantId: string): Promise<void> {
  if (!(await hasContactConsent(tx, participantId))) throw new Problem(403, "smallJobs.contactConsentNeeded");
}
