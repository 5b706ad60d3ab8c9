import { and, desc, eq, inArray, sql } from "drizzle-orm";
import type { Tx } from "../../db/client";
import type { SignedInUser } from "../../http/context";
import { fieldProblem, notFound, Problem } from "../../http/problem";
import { organisations } from "../organisations/schema";
import { participants } from "../participants/schema";
import { requireRelation } from "../participants/service";
import type { OwnParticipant } from "../self-service/service";
import type { Applicant, ApplyBody, JobWorker, MyApplication, ParticipantApplication } from "./api-needs";
import { closePending, staffMaySee } from "./jobs";
import { notify, participantUserId, posterUserIds } from "./notify";
import { hasContactConsent, type JobRow, loadJob, requireContactConsent, requirePosterJob } from "./policy";
import { APPLICANT_STATUSES, iso, toSummary } from "./present";
import { jobApplications, jobs, jobWorkers, seekerProfiles } from "./schema";

/**
 * Applications (decision 024): a seeker applies (or a coach proposes and the seeker takes it up), the
 * poster picks under the job's row lock, and a seeker may withdraw until the work is done. A poster
 * sees of a person only the first name, what they have of what the job needs, and their message.
 */

const now = () => sql`now()`;

/** The job's applicants as its poster sees them, with the participant ids for the access log. */
export async function listApplicants(
  tx: Tx,
  user: SignedInUser,
  jobId: string,
): Promise<{ data: Applicant[]; seen: { id: string; firstName: string; lastName: string }[] }> {
  const job = await requirePosterJob(tx, user, jobId);
  const rows = await tx
    .select({
      a: jobApplications,
      firstName: participants.firstName,
      lastName: participants.lastName,
      has: seekerProfiles.has,
    })
    .from(jobApplications)
    .innerJoin(participants, eq(participants.id, jobApplications.participantId))
    .leftJoin(seekerProfiles, eq(seekerProfiles.participantId, jobApplications.participantId))
    .where(and(eq(jobApplications.jobId, job.id), inArray(jobApplications.status, [...APPLICANT_STATUSES])))
    .orderBy(sql`"job_applications"."applied_at" asc nulls last`, sql`"job_applications"."created_at" asc`);
  return {
    data: rows.map(({ a, firstName, has }) => ({
      applicationId: a.id,
      firstName,
      status: a.status,
      appliedAt: iso(a.appliedAt),
      message: a.message,
      has: Object.fromEntries(job.requirements.map((r) => [r, (has ?? []).includes(r)])),
      proposedByCoach: a.proposedBy !== null,
    })),
    seen: rows.map((r) => ({ id: r.a.participantId, firstName: r.firstName, lastName: r.lastName })),
  };
}

async function applicationOf(tx: Tx, jobId: string, applicationId: string) {
  const [row] = await tx
    .select()
    .from(jobApplications)
    .where(and(eq(jobApplications.id, applicationId), eq(jobApplications.jobId, jobId)));
  if (!row) throw notFound();
  return row;
}

/**
 * Picks an applicant. The job's row lock serialises picks: the count is read again under it, and the
 * last place taken fills the job (the rest are declined and told). A full job answers 409.
 */
export async function acceptApplicant(
  tx: Tx,
  user: SignedInUser,
  jobId: string,
  applicationId: string,
): Promise<void> {
  const job = await requirePosterJob(tx, user, jobId, { lock: true });
  if (job.status === "draft" || job.status === "cancelled") throw new Problem(409, "smallJobs.notOpen");
  if (job.status !== "open" || job.acceptedCount >= job.places)
    throw new Problem(409, "smallJobs.alreadyFilled");
  const application = await applicationOf(tx, jobId, applicationId);
  if (application.status !== "applied") throw new Problem(409, "smallJobs.applicationNotPending");
  await tx
    .update(jobApplications)
    .set({
      status: "accepted",
      decidedAt: now(),
      decidedBy: user.id,
      version: sql`${jobApplications.version} + 1`,
      updatedAt: now(),
    })
    .where(eq(jobApplications.id, applicationId));
  await tx.insert(jobWorkers).values({
    jobId,
    participantId: application.participantId,
    applicationId,
  });
  const fills = job.acceptedCount + 1 >= job.places;
  await tx
    .update(jobs)
    .set({
      acceptedCount: sql`${jobs.acceptedCount} + 1`,
      ...(fills ? { status: "filled" as const, filledAt: now() } : {}),
      version: sql`${jobs.version} + 1`,
      updatedAt: now(),
    })
    .where(eq(jobs.id, jobId));
  await notify(tx, {
    userIds: [await participantUserId(tx, application.participantId)],
    kind: "job_picked",
    subjectType: "job_application",
    subjectId: applicationId,
    participantId: application.participantId,
  });
  if (fills) {
    await closePending(tx, user, jobId);
    await notify(tx, {
      userIds: (await posterUserIds(tx, job.organisationId)).filter((id) => id !== user.id),
      kind: "job_filled",
      subjectType: "job",
      subjectId: jobId,
    });
  }
}

/** Declines an applicant (not picked); they are told. */
export async function declineApplicant(
  tx: Tx,
  user: SignedInUser,
  jobId: string,
  applicationId: string,
): Promise<void> {
  await requirePosterJob(tx, user, jobId, { lock: true });
  const application = await applicationOf(tx, jobId, applicationId);
  if (application.status !== "applied") throw new Problem(409, "smallJobs.applicationNotPending");
  await tx
    .update(jobApplications)
    .set({
      status: "declined",
      decidedAt: now(),
      decidedBy: user.id,
      version: sql`${jobApplications.version} + 1`,
      updatedAt: now(),
    })
    .where(eq(jobApplications.id, applicationId));
  await notify(tx, {
    userIds: [await participantUserId(tx, application.participantId)],
    kind: "job_not_picked",
    subjectType: "job_application",
    subjectId: applicationId,
    participantId: application.participantId,
  });
}

/** The job's workers as its poster sees them: first name, hours as each side gave them, pay. */
export async function listWorkers(
  tx: Tx,
  user: SignedInUser,
  jobId: string,
): Promise<{ data: JobWorker[]; seen: { id: string; firstName: string; lastName: string }[] }> {
  const job = await requirePosterJob(tx, user, jobId);
  const rows = await tx
    .select({ w: jobWorkers, firstName: participants.firstName, lastName: participants.lastName })
    .from(jobWorkers)
    .innerJoin(participants, eq(participants.id, jobWorkers.participantId))
    .where(eq(jobWorkers.jobId, job.id))
    .orderBy(sql`"job_workers"."created_at" asc`);
  return {
    data: rows.map(({ w, firstName }) => ({
      workerId: w.id,
      firstName,
      workerMinutes: w.workerMinutes,
      ordererMinutes: w.ordererMinutes,
      workerConfirmedAt: w.workerConfirmedAt === null ? null : iso(w.workerConfirmedAt),
      ordererConfirmedAt: w.ordererConfirmedAt === null ? null : iso(w.ordererConfirmedAt),
      hoursAgree: w.grossCents !== null,
      grossCents: w.grossCents,
      withholdingCents: w.withholdingCents,
      paidOn: w.paidOn,
      version: w.version,
    })),
    seen: rows.map((r) => ({ id: r.w.participantId, firstName: r.firstName, lastName: r.lastName })),
  };
}

// --- the seeker's side ---

/** An open job a seeker may apply to: a draft is not there at all (404); a closed one answers 409. */
function requireOpen(job: JobRow) {
  if (job.status === "draft") throw notFound();
  if (job.status !== "open") throw new Problem(409, "smallJobs.notOpen");
}

/** The seeker's application (as they see it). */
export async function myApplication(
  tx: Tx,
  me: OwnParticipant,
  applicationId: string,
): Promise<MyApplication> {
  const [found] = await myApplicationRows(tx, me, applicationId);
  if (!found) throw notFound();
  return found;
}

/** A participant's applications with the job, its organisation's name and the worker row once picked. */
async function applicationRows(
  tx: Tx,
  participantId: string,
  opts: { applicationId?: string; newestFirst?: boolean } = {},
) {
  return tx
    .select({
      a: jobApplications,
      job: jobs,
      organisationName: organisations.name,
      worker: jobWorkers,
    })
    .from(jobApplications)
    .innerJoin(jobs, eq(jobs.id, jobApplications.jobId))
    .innerJoin(organisations, eq(organisations.id, jobs.organisationId))
    .leftJoin(jobWorkers, eq(jobWorkers.applicationId, jobApplications.id))
    .where(
      and(
        eq(jobApplications.participantId, participantId),
        opts.applicationId ? eq(jobApplications.id, opts.applicationId) : undefined,
      ),
    )
    .orderBy(
      ...(opts.newestFirst
        ? [desc(jobApplications.createdAt), desc(jobApplications.id)]
        : [desc(jobs.startsOn), desc(jobApplications.createdAt)]),
    );
}

async function myApplicationRows(
  tx: Tx,
  me: OwnParticipant,
  applicationId?: string,
): Promise<MyApplication[]> {
  const rows = await applicationRows(tx, me.id, { applicationId });
  return rows.map(({ a, job, organisationName, worker }) => ({
    id: a.id,
    status: a.status,
    appliedAt: iso(a.appliedAt),
    message: a.message,
    proposedByCoach: a.proposedBy !== null,
    job: toSummary(job, organisationName),
    address: a.status === "accepted" && worker !== null ? job.address : null,
    workerId: a.status === "accepted" ? (worker?.id ?? null) : null,
    createdAt: iso(a.createdAt) ?? a.createdAt,
  }));
}

export const myApplications = (tx: Tx, me: OwnParticipant) => myApplicationRows(tx, me);

/**
 * The seeker applies (with the contact consent in force). A coach's proposal becomes the application;
 * applying twice answers 409; after withdrawing they may apply again while the job is open.
 */
export async function apply(tx: Tx, me: OwnParticipant, jobId: string, input: ApplyBody): Promise<string> {
  await requireContactConsent(tx, me.id);
  const job = await loadJob(tx, jobId);
  requireOpen(job);
  const message = input.message?.trim() ? input.message.trim() : null;
  const [existing] = await tx
    .select()
    .from(jobApplications)
    .where(and(eq(jobApplications.jobId, jobId), eq(jobApplications.participantId, me.id)));
  let id: string;
  if (existing) {
    if (existing.status !== "proposed" && existing.status !== "withdrawn") {
      throw new Problem(409, "smallJobs.alreadyApplied");
    }
    await tx
      .update(jobApplications)
      .set({
        status: "applied",
        message,
        appliedAt: now(),
        withdrawnAt: null,
        version: sql`${jobApplications.version} + 1`,
        updatedAt: now(),
      })
      .where(eq(jobApplications.id, existing.id));
    id = existing.id;
  } else {
    const [row] = await tx
      .insert(jobApplications)
      .values({ jobId, participantId: me.id, status: "applied", message, appliedAt: now() })
      .returning({ id: jobApplications.id });
    if (!row) throw new Error("insert returned nothing");
    id = row.id;
  }
  await notify(tx, {
    userIds: await posterUserIds(tx, job.organisationId),
    kind: "job_application",
    subjectType: "job_application",
    subjectId: id,
  });
  return id;
}

/**
 * The seeker withdraws until the work is done. A picked worker's place frees: the count falls and a
 * filled job opens again. Returns the application id.
 */
export async function withdraw(tx: Tx, me: OwnParticipant, jobId: string): Promise<string> {
  const job = await loadJob(tx, jobId, { lock: true });
  const [application] = await tx
    .select()
    .from(jobApplications)
    .where(and(eq(jobApplications.jobId, jobId), eq(jobApplications.participantId, me.id)));
  if (!application) throw notFound();
  const live =
    application.status === "proposed" ||
    application.status === "applied" ||
    application.status === "accepted";
  if (!live || job.status === "done" || job.status === "paid")
    throw new Problem(409, "smallJobs.cannotWithdraw");
  await tx
    .update(jobApplications)
    .set({
      status: "withdrawn",
      withdrawnAt: now(),
      version: sql`${jobApplications.version} + 1`,
      updatedAt: now(),
    })
    .where(eq(jobApplications.id, application.id));
  if (application.status === "accepted") {
    const removed = await tx
      .delete(jobWorkers)
      .where(eq(jobWorkers.applicationId, application.id))
      .returning({ id: jobWorkers.id });
    if (removed.length > 0) {
      const reopens = job.status === "filled";
      await tx
        .update(jobs)
        .set({
          acceptedCount: sql`greatest(${jobs.acceptedCount} - 1, 0)`,
          ...(reopens ? { status: "open" as const, filledAt: null } : {}),
          version: sql`${jobs.version} + 1`,
          updatedAt: now(),
        })
        .where(eq(jobs.id, jobId));
    }
  }
  // The poster hears of it when the seeker had applied or been picked (a proposal nobody took up is quiet).
  if (application.status !== "proposed") {
    await notify(tx, {
      userIds: await posterUserIds(tx, job.organisationId),
      kind: "job_withdrawn",
      subjectType: "job_application",
      subjectId: application.id,
      participantId: me.id,
    });
  }
  return application.id;
}

// --- the coach's side ---

/**
 * A coach proposes an open job to a participant they may see who has the contact consent. The seeker
 * is told and decides whether to apply. Returns the application.
 */
export async function propose(
  tx: Tx,
  user: SignedInUser,
  jobId: string,
  participantId: string,
): Promise<{ id: string; jobId: string; participantId: string; status: "proposed" }> {
  const job = await loadJob(tx, jobId);
  if (!staffMaySee(user, job)) throw notFound();
  await requireRelation(tx, user, participantId);
  if (job.status !== "open") throw new Problem(409, "smallJobs.notOpen");
  if (!(await hasContactConsent(tx, participantId))) {
    throw fieldProblem(409, "smallJobs.participantNoConsent", "/participantId");
  }
  const [existing] = await tx
    .select({ id: jobApplications.id })
    .from(jobApplications)
    .where(and(eq(jobApplications.jobId, jobId), eq(jobApplications.participantId, participantId)));
  if (existing) throw new Problem(409, "smallJobs.alreadyProposed");
  const [row] = await tx
    .insert(jobApplications)
    .values({ jobId, participantId, status: "proposed", proposedBy: user.id })
    .returning({ id: jobApplications.id });
  if (!row) throw new Error("insert returned nothing");
  await notify(tx, {
    userIds: [await participantUserId(tx, participantId)],
    kind: "job_proposed",
    subjectType: "job_application",
    subjectId: row.id,
    participantId,
  });
  return { id: row.id, jobId, participantId, status: "proposed" };
}

/**
 * A participant's applications and work as their coach sees them, newest first: the job without its
 * address, the status and dates, and for a picked worker the hours, pay and day paid. The caller has
 * checked that the coach may see the participant; the seeker's message is not shown.
 */
export async function participantApplications(
  tx: Tx,
  participantId: string,
): Promise<ParticipantApplication[]> {
  const rows = await applicationRows(tx, participantId, { newestFirst: true });
  return rows.map(({ a, job, organisationName, worker }) => ({
    id: a.id,
    status: a.status,
    proposedByCoach: a.proposedBy !== null,
    appliedAt: iso(a.appliedAt),
    decidedAt: iso(a.decidedAt),
    createdAt: iso(a.createdAt) ?? a.createdAt,
    job: toSummary(job, organisationName),
    worker:
      a.status === "accepted" && worker !== null
        ? {
            workerMinutes: worker.workerMinutes,
            ordererMinutes: worker.ordererMinutes,
            hoursAgree: worker.grossCents !== null,
            grossCents: worker.grossCents,
            paidOn: worker.paidOn,
          }
        : null,
  }));
}
