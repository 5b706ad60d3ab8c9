import { and, eq, gte, inArray, lte, ne, or, type SQL, sql } from "drizzle-orm";
import { uuidArray } from "../../db/checks";
import type { Tx } from "../../db/client";
import { hasRole, type SignedInUser } from "../../http/context";
import { conflict, fieldProblem, notFound, Problem } from "../../http/problem";
import { todayIso } from "../../lib/dates";
import { blankToNull } from "../../lib/text";
import { organisations } from "../organisations/schema";
import { recordEvent } from "../pathway/events";
import { steps } from "../pathway/schema";
import type { Job, JobCan, JobCreate, JobUpdate } from "./api-jobs";
import type { JobQuery } from "./api-needs";
import { notify, participantUserIds, posterUserIds } from "./notify";
import {
  isPosterOf,
  type JobRow,
  loadJob,
  notUnconfirmedOrder,
  posterOrganisations,
  requirePosterJob,
} from "./policy";
import { jobCan, jobView, jobViews, toJob } from "./present";
import { jobApplications, jobs, jobWorkers, workNeeds } from "./schema";
import { checkJobInput } from "./validation";

/**
 * Jobs as their posters (an association's or a company's staff) keep them, and as the region's
 * coaches, project managers and administrators see them (decision 024): draft → open → filled → done
 * (→ paid by the money routes), or cancelled with a reason. State changes take the job's row lock.
 */

/** Roles that see the region's jobs beyond their own organisation's (never drafts). */
export const BROAD_ROLES = ["coach", "project_manager", "administrator"] as const;
/** Roles that may call the staff job routes at all. */
export const JOB_STAFF_ROLES = ["association_contact", ...BROAD_ROLES] as const;

/** SQL: the jobs the user sees as staff: their organisations' in every state, others' once published. */
function staffSees(user: SignedInUser): SQL {
  const own = posterOrganisations(user);
  const broad = hasRole(user, ...BROAD_ROLES);
  const mine = sql`${jobs.organisationId} = any(${uuidArray(own)})`;
  const sees = broad ? (or(mine, ne(jobs.status, "draft")) as SQL) : mine;
  return and(sees, notUnconfirmedOrder()) as SQL;
}

/**
 * Whether the user sees this job as staff; otherwise it answers 404. A household order waiting for its
 * e-mail confirmation is nobody's yet (`ordererConfirmed` false).
 */
export const staffMaySee = (user: SignedInUser, job: JobRow, ordererConfirmed = true) =>
  ordererConfirmed &&
  (isPosterOf(user, job.organisationId) || (hasRole(user, ...BROAD_ROLES) && job.status !== "draft"));

export async function listJobs(
  tx: Tx,
  user: SignedInUser,
  query: JobQuery,
): Promise<{ data: Job[]; total: number }> {
  const where = and(
    staffSees(user),
    query.status ? eq(jobs.status, query.status) : undefined,
    query.organisationId ? eq(jobs.organisationId, query.organisationId) : undefined,
    query.village ? sql`lower(${jobs.village}) = lower(${query.village})` : undefined,
    query.category ? eq(jobs.category, query.category) : undefined,
    query.from ? gte(jobs.endsOn, query.from) : undefined,
    query.to ? lte(jobs.startsOn, query.to) : undefined,
  );
  const [count] = await tx.select({ n: sql<number>`count(*)::int` }).from(jobs).where(where);
  const views = await jobViews(tx, where, { limit: query.limit ?? 50, offset: query.offset ?? 0 });
  return { data: views.map((v) => toJob(v, user)), total: Number(count?.n ?? 0) };
}

/** One job with what the caller may do with it, or 404. */
export async function getJob(tx: Tx, user: SignedInUser, jobId: string): Promise<{ data: Job; can: JobCan }> {
  const view = await jobView(tx, jobId);
  if (!view || !staffMaySee(user, view.job, view.orderer === null || view.orderer.confirmedAt !== null))
    throw notFound();
  return { data: toJob(view, user), can: jobCan(user, view.job, view.invoice !== null) };
}

/** Whether the job's orderer (a household's personal data) is shown to this caller: for the access log. */
export async function ordererShown(tx: Tx, user: SignedInUser, jobId: string) {
  const job = await loadJob(tx, jobId);
  return job.ordererId !== null && isPosterOf(user, job.organisationId) ? job.ordererId : null;
}

const now = () => sql`now()`;

/** The poster kind of an organisation's own job: a company posts as a company, others as an association. */
async function posterKindOf(tx: Tx, organisationId: string): Promise<"company" | "association"> {
  const [org] = await tx
    .select({ kind: organisations.kind, active: organisations.active })
    .from(organisations)
    .where(eq(organisations.id, organisationId));
  if (!org) throw fieldProblem(400, "smallJobs.notPoster", "/organisationId");
  if (!org.active) throw fieldProblem(400, "organisations.inactive", "/organisationId");
  return org.kind === "company" ? "company" : "association";
}

/**
 * The caller posts for this organisation: 404 when it is not in the region (RLS hides another
 * region's), 403 naming the field when it is someone else's.
 */
export async function requirePosterOf(tx: Tx, user: SignedInUser, organisationId: string): Promise<void> {
  if (isPosterOf(user, organisationId)) return;
  const [org] = await tx
    .select({ id: organisations.id })
    .from(organisations)
    .where(eq(organisations.id, organisationId));
  if (!org) throw notFound();
  throw fieldProblem(403, "smallJobs.notPoster", "/organisationId");
}

/** Posts a job for the caller's organisation (a draft, or open at once with `publish`). */
export async function createJob(tx: Tx, user: SignedInUser, input: JobCreate): Promise<string> {
  await requirePosterOf(tx, user, input.organisationId);
  const posterKind = await posterKindOf(tx, input.organisationId);
  if (input.workNeedId) {
    const [need] = await tx
      .select({ organisationId: workNeeds.organisationId })
      .from(workNeeds)
      .where(eq(workNeeds.id, input.workNeedId));
    if (!need || need.organisationId !== input.organisationId) {
      throw fieldProblem(400, "problem.reference", "/workNeedId");
    }
  }
  checkJobInput(input, { today: todayIso(), isNew: true });
  const publish = input.publish === true;
  const [row] = await tx
    .insert(jobs)
    .values({
      organisationId: input.organisationId,
      posterKind,
      workNeedId: input.workNeedId ?? null,
      title: input.title.trim(),
      description: input.description,
      category: input.category,
      village: input.village.trim(),
      municipality: blankToNull(input.municipality),
      address: blankToNull(input.address),
      startsOn: input.startsOn,
      endsOn: input.endsOn,
      estimatedMinutes: input.estimatedMinutes,
      payType: input.payType,
      payCents: input.payCents,
      places: input.places,
      requirements: input.requirements,
      safetyNotes: input.safetyNotes,
      employer: input.employer,
      status: publish ? "open" : "draft",
      publishedAt: publish ? sql`now()` : null,
      createdBy: user.id,
    })
    .returning({ id: jobs.id });
  if (!row) throw new Error("insert returned nothing");
  return row.id;
}

function requireVersion(job: JobRow, version: number) {
  if (job.version !== version) throw conflict();
}

/** Changes a draft or open job (optimistic concurrency by version). */
export async function updateJob(tx: Tx, user: SignedInUser, jobId: string, input: JobUpdate): Promise<void> {
  const job = await requirePosterJob(tx, user, jobId, { lock: true });
  if (job.status !== "draft" && job.status !== "open") throw new Problem(409, "smallJobs.notEditable");
  requireVersion(job, input.version);
  const merged = {
    startsOn: input.startsOn ?? job.startsOn,
    endsOn: input.endsOn ?? job.endsOn,
    estimatedMinutes: input.estimatedMinutes ?? job.estimatedMinutes,
    payType: input.payType ?? job.payType,
    payCents: input.payCents ?? job.payCents,
  };
  // A start already in the past may stay (the work has begun); moving it into the past may not.
  const startMoved = input.startsOn !== undefined && input.startsOn !== job.startsOn;
  checkJobInput(merged, { today: todayIso(), isNew: startMoved });
  const places = input.places ?? job.places;
  if (places < job.acceptedCount) {
    throw fieldProblem(400, "smallJobs.placesBelowAccepted", "/places", { accepted: job.acceptedCount });
  }
  const fills = job.status === "open" && job.acceptedCount > 0 && job.acceptedCount === places;
  await tx
    .update(jobs)
    .set({
      ...merged,
      ...(input.title !== undefined ? { title: input.title.trim() } : {}),
      ...(input.description !== undefined ? { description: input.description } : {}),
      ...(input.category !== undefined ? { category: input.category } : {}),
      ...(input.village !== undefined ? { village: input.village.trim() } : {}),
      ...(input.municipality !== undefined ? { municipality: blankToNull(input.municipality) } : {}),
      ...(input.address !== undefined ? { address: blankToNull(input.address) } : {}),
      ...(input.requirements !== undefined ? { requirements: input.requirements } : {}),
      ...(input.safetyNotes !== undefined ? { safetyNotes: input.safetyNotes } : {}),
      ...(input.employer !== undefined ? { employer: input.employer } : {}),
      places,
      ...(fills ? { status: "filled" as const, filledAt: now() } : {}),
      version: sql`${jobs.version} + 1`,
      updatedAt: now(),
    })
    .where(eq(jobs.id, jobId));
  if (fills) await closePending(tx, user, jobId);
}

/** Opens a draft for applications, checking it again (a draft may have been saved long ago). */
export async function publishJob(tx: Tx, user: SignedInUser, jobId: string, version: number): Promise<void> {
  const job = await requirePosterJob(tx, user, jobId, { lock: true });
  if (job.status !== "draft") throw new Problem(409, "smallJobs.notDraft");
  requireVersion(job, version);
  checkJobInput(job, { today: todayIso(), isNew: true });
  await tx
    .update(jobs)
    .set({ status: "open", publishedAt: now(), version: sql`${jobs.version} + 1`, updatedAt: now() })
    .where(eq(jobs.id, jobId));
}

/** Pending applications of the job (applied, or proposed by a coach). */
const PENDING = ["applied", "proposed"] as const;

/**
 * Declines the job's pending applications when it is filled or done, and tells each seeker they were
 * not picked.
 */
export async function closePending(tx: Tx, user: SignedInUser, jobId: string): Promise<void> {
  const declined = await tx
    .update(jobApplications)
    .set({
      status: "declined",
      decidedAt: now(),
      decidedBy: user.id,
      version: sql`${jobApplications.version} + 1`,
      updatedAt: now(),
    })
    .where(and(eq(jobApplications.jobId, jobId), inArray(jobApplications.status, [...PENDING])))
    .returning({ id: jobApplications.id, participantId: jobApplications.participantId });
  const accounts = await participantUserIds(
    tx,
    declined.map((d) => d.participantId),
  );
  for (const d of declined) {
    await notify(tx, {
      userIds: [accounts.get(d.participantId)],
      kind: "job_not_picked",
      subjectType: "job_application",
      subjectId: d.id,
      participantId: d.participantId,
    });
  }
}

/** Cancels a job before it is paid; tells its applicants and workers. */
export async function cancelJob(
  tx: Tx,
  user: SignedInUser,
  jobId: string,
  input: { reason: string; version: number },
): Promise<void> {
  const job = await requirePosterJob(tx, user, jobId, { lock: true });
  if (job.status === "paid" || job.status === "cancelled") throw new Problem(409, "smallJobs.cannotCancel");
  requireVersion(job, input.version);
  const reason = input.reason.trim();
  if (!reason) throw fieldProblem(400, "validation.minLength", "/reason", { field: "reason", limit: 1 });
  await tx
    .update(jobs)
    .set({
      status: "cancelled",
      cancelReason: reason,
      cancelledAt: now(),
      version: sql`${jobs.version} + 1`,
      updatedAt: now(),
    })
    .where(eq(jobs.id, jobId));
  const involved = await tx
    .select({ participantId: jobApplications.participantId })
    .from(jobApplications)
    .where(
      and(
        eq(jobApplications.jobId, jobId),
        inArray(jobApplications.status, ["proposed", "applied", "accepted"]),
      ),
    );
  const accounts = await participantUserIds(
    tx,
    involved.map((r) => r.participantId),
  );
  await notify(tx, {
    userIds: [...accounts.values()],
    kind: "job_cancelled",
    subjectType: "job",
    subjectId: jobId,
  });
  await notify(tx, {
    userIds: (await posterUserIds(tx, job.organisationId)).filter((id) => id !== user.id),
    kind: "job_cancelled",
    subjectType: "job",
    subjectId: jobId,
  });
}

/**
 * Marks the work done (a filled job, or an open one with at least one worker closed early). Each
 * worker's work becomes a completed `small_jobs` step in their pathway, recorded on their timeline.
 */
export async function markDone(tx: Tx, user: SignedInUser, jobId: string, version: number): Promise<void> {
  const job = await requirePosterJob(tx, user, jobId, { lock: true });
  const closable = job.status === "filled" || (job.status === "open" && job.acceptedCount > 0);
  if (!closable) throw new Problem(409, "smallJobs.cannotMarkDone");
  requireVersion(job, version);
  await tx
    .update(jobs)
    .set({ status: "done", doneAt: now(), version: sql`${jobs.version} + 1`, updatedAt: now() })
    .where(eq(jobs.id, jobId));
  if (job.status === "open") await closePending(tx, user, jobId);
  const workers = await tx
    .select({ id: jobWorkers.id, participantId: jobWorkers.participantId, stepId: jobWorkers.stepId })
    .from(jobWorkers)
    .where(eq(jobWorkers.jobId, jobId));
  for (const w of workers) {
    if (w.stepId) continue;
    const [step] = await tx
      .insert(steps)
      .values({
        participantId: w.participantId,
        kind: "small_jobs",
        title: job.title,
        providerOrganisationId: job.organisationId,
        startsOn: job.startsOn,
        endsOn: job.endsOn,
        status: "completed",
        authorId: user.id,
        organisationId: job.organisationId,
      })
      .returning({ id: steps.id });
    if (!step) throw new Error("insert returned nothing");
    await tx
      .update(jobWorkers)
      .set({ stepId: step.id, version: sql`${jobWorkers.version} + 1`, updatedAt: now() })
      .where(eq(jobWorkers.id, w.id));
    await recordEvent(tx, {
      participantId: w.participantId,
      kind: "step_added",
      scope: "plan",
      at: new Date().toISOString(),
      refId: step.id,
      summary: { kind: "small_jobs", status: "completed", startsOn: job.startsOn, endsOn: job.endsOn },
      organisationId: job.organisationId,
      actorId: user.id,
    });
  }
  const accounts = await participantUserIds(
    tx,
    workers.map((w) => w.participantId),
  );
  await notify(tx, {
    userIds: [...accounts.values()],
    kind: "job_done",
    subjectType: "job",
    subjectId: jobId,
  });
}
