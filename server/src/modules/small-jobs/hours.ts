import { and, eq, sql } from "drizzle-orm";
import type { Tx } from "../../db/client";
import type { SignedInUser } from "../../http/context";
import { conflict, fieldProblem, notFound, Problem } from "../../http/problem";
import { daysBetween, todayIso } from "../../lib/dates";
import { participants } from "../participants/schema";
import type { HoursInput, WorkerPay } from "./api-money";
import { grossCentsOf } from "./money";
import { notify, participantUserId, posterUserIds } from "./notify";
import { isPosterOf, type JobRow, loadJob } from "./policy";
import { iso } from "./present";
import { jobWorkers } from "./schema";

// Hours of a picked worker (decision 024): the worker and the orderer side (the poster staff for an
// association's or company's job, the household for its order) each confirm the minutes. When both
// have and the minutes agree, the gross pay is fixed; when they differ both numbers are kept and both
// sides are told, and the orderer side may confirm the worker's figure.

export type WorkerRow = typeof jobWorkers.$inferSelect;
export type HoursSide = "worker" | "orderer";

/** A worker row of the region (404 otherwise), locked when asked. */
export async function loadWorker(tx: Tx, id: string, options: { lock?: boolean } = {}): Promise<WorkerRow> {
  const query = tx.select().from(jobWorkers).where(eq(jobWorkers.id, id));
  const [row] = options.lock ? await query.for("update") : await query;
  if (!row) throw notFound();
  return row;
}

/**
 * A worker row with its job for the job's poster staff. Other staff get 404 for a draft's worker (a
 * draft has none anyway) and 403 otherwise; another region's is 404.
 */
export async function posterWorker(
  tx: Tx,
  user: SignedInUser,
  id: string,
  options: { lock?: boolean } = {},
): Promise<{ worker: WorkerRow; job: JobRow }> {
  const worker = await loadWorker(tx, id);
  const job = await loadJob(tx, worker.jobId, options);
  if (!isPosterOf(user, job.organisationId)) {
    if (job.status === "draft") throw notFound();
    throw new Problem(403, "problem.forbidden");
  }
  return { worker: options.lock ? await loadWorker(tx, id, { lock: true }) : worker, job };
}

/** The participant's own worker row (someone else's is 404). */
export async function ownWorker(
  tx: Tx,
  participantId: string,
  id: string,
  options: { lock?: boolean } = {},
): Promise<{ worker: WorkerRow; job: JobRow }> {
  const worker = await loadWorker(tx, id);
  if (worker.participantId !== participantId) throw notFound();
  const job = await loadJob(tx, worker.jobId, options);
  return { worker: options.lock ? await loadWorker(tx, id, { lock: true }) : worker, job };
}

/** The worker's hours and pay, named by first name only (what the poster may see). */
export async function presentWorker(tx: Tx, w: WorkerRow): Promise<WorkerPay> {
  const [p] = await tx
    .select({ firstName: participants.firstName })
    .from(participants)
    .where(eq(participants.id, w.participantId));
  const both = w.workerMinutes !== null && w.ordererMinutes !== null;
  return {
    id: w.id,
    jobId: w.jobId,
    firstName: p?.firstName ?? "",
    workerMinutes: w.workerMinutes,
    workerConfirmedAt: iso(w.workerConfirmedAt),
    ordererMinutes: w.ordererMinutes,
    ordererConfirmedAt: iso(w.ordererConfirmedAt),
    hoursAgree: both ? w.workerMinutes === w.ordererMinutes : null,
    workedFrom: w.workedFrom,
    workedTo: w.workedTo,
    grossCents: w.grossCents,
    withholdingBasisPoints: w.withholdingBasisPoints,
    withholdingCents: w.withholdingCents,
    netCents: w.grossCents !== null && w.withholdingCents !== null ? w.grossCents - w.withholdingCents : null,
    paidOn: w.paidOn,
    paymentReference: w.paymentReference,
    version: w.version,
  };
}

/**
 * Confirms the hours from one side. Allowed once the work has happened: the job is done, or it is
 * open or filled, its window has begun and the days given are past. Refused after payment (409
 * smallJobs.alreadyPaid) and for a cancelled job. Fixes the gross when both sides agree; tells both
 * sides (notification `job_hours`) when they differ or when the other side has yet to confirm.
 * Used by the poster's and the worker's routes here and the household's route (orders).
 */
export async function confirmHours(
  tx: Tx,
  worker: WorkerRow,
  side: HoursSide,
  input: HoursInput,
): Promise<WorkerRow> {
  const job = await loadJob(tx, worker.jobId, { lock: true });
  const current = await loadWorker(tx, worker.id, { lock: true });
  if (current.paidOn !== null || job.status === "paid") throw new Problem(409, "smallJobs.alreadyPaid");
  if (job.status === "cancelled") throw new Problem(409, "smallJobs.jobCancelled");
  const today = todayIso();
  if (job.status === "draft" || (job.status !== "done" && job.startsOn > today)) {
    throw new Problem(409, "smallJobs.hours.notYet");
  }
  if (input.workedTo < input.workedFrom) throw fieldProblem(400, "smallJobs.hours.daysReversed", "/workedTo");
  if (input.workedTo > today) throw fieldProblem(400, "smallJobs.hours.inFuture", "/workedTo");
  const days = daysBetween(input.workedFrom, input.workedTo) + 1;
  if (input.minutes > days * 24 * 60)
    throw fieldProblem(400, "smallJobs.hours.tooMany", "/minutes", { days });
  if (input.version !== undefined && input.version !== current.version) throw conflict();

  const workerMinutes = side === "worker" ? input.minutes : current.workerMinutes;
  const ordererMinutes = side === "orderer" ? input.minutes : current.ordererMinutes;
  const agreed = workerMinutes !== null && workerMinutes === ordererMinutes;
  const [row] = await tx
    .update(jobWorkers)
    .set({
      ...(side === "worker"
        ? { workerMinutes: input.minutes, workerConfirmedAt: sql`now()` }
        : { ordererMinutes: input.minutes, ordererConfirmedAt: sql`now()` }),
      workedFrom: input.workedFrom,
      workedTo: input.workedTo,
      grossCents: agreed ? grossCentsOf(job, workerMinutes) : null,
      version: sql`${jobWorkers.version} + 1`,
      updatedAt: sql`now()`,
    })
    .where(and(eq(jobWorkers.id, current.id), eq(jobWorkers.version, current.version)))
    .returning();
  if (!row) throw conflict();

  if (!agreed) {
    // Disagreement or the other side still to confirm: both hear of it (once per worker row).
    await notify(tx, {
      userIds: [
        await participantUserId(tx, row.participantId),
        ...(await posterUserIds(tx, job.organisationId)),
      ],
      kind: "job_hours",
      subjectType: "job_worker",
      subjectId: row.id,
      participantId: row.participantId,
    });
  }
  return row;
}
