import { and, eq, isNull, sql } from "drizzle-orm";
import type { Tx } from "../../db/client";
import type { SignedInUser } from "../../http/context";
import { conflict, fieldProblem, Problem } from "../../http/problem";
import { todayIso } from "../../lib/dates";
import type { PaymentInput } from "./api-money";
import { posterWorker, type WorkerRow } from "./hours";
import { basisPointsOf } from "./money";
import { notify, participantUserId } from "./notify";
import { jobs, jobWorkers } from "./schema";

// The payment of a worker (decision 024): the poster records the day paid and the withholding from the
// worker's tax card once the hours agree. When every worker of the job is paid, the job is paid.

/**
 * Records a worker's payment. Needs the job done and the gross agreed (409 otherwise); the day paid
 * may not be in the future nor before the first working day (400); a second payment is refused (409
 * smallJobs.alreadyPaid). The earnings of the worker count in the benefit period of `paidOn`.
 */
export async function recordPayment(
  tx: Tx,
  user: SignedInUser,
  workerId: string,
  input: PaymentInput,
): Promise<WorkerRow> {
  const { worker, job } = await posterWorker(tx, user, workerId, { lock: true });
  if (worker.paidOn !== null) throw new Problem(409, "smallJobs.alreadyPaid");
  if (job.status === "cancelled") throw new Problem(409, "smallJobs.jobCancelled");
  if (job.status !== "done") throw new Problem(409, "smallJobs.payment.notDone");
  if (worker.grossCents === null) throw new Problem(409, "smallJobs.payment.hoursNotAgreed");
  if (input.paidOn > todayIso()) throw fieldProblem(400, "smallJobs.payment.inFuture", "/paidOn");
  if (worker.workedFrom !== null && input.paidOn < worker.workedFrom) {
    throw fieldProblem(400, "smallJobs.payment.beforeWork", "/paidOn");
  }
  if (input.version !== worker.version) throw conflict();
  const reference = input.paymentReference?.trim() ?? "";
  const [row] = await tx
    .update(jobWorkers)
    .set({
      paidOn: input.paidOn,
      paidBy: user.id,
      withholdingBasisPoints: input.withholdingBasisPoints,
      withholdingCents: basisPointsOf(worker.grossCents, input.withholdingBasisPoints),
      paymentReference: reference === "" ? null : reference,
      version: sql`${jobWorkers.version} + 1`,
      updatedAt: sql`now()`,
    })
    .where(and(eq(jobWorkers.id, worker.id), eq(jobWorkers.version, input.version)))
    .returning();
  if (!row) throw conflict();

  const unpaid = await tx
    .select({ id: jobWorkers.id })
    .from(jobWorkers)
    .where(and(eq(jobWorkers.jobId, job.id), isNull(jobWorkers.paidOn)))
    .limit(1);
  if (unpaid.length === 0) {
    await tx
      .update(jobs)
      .set({
        status: "paid",
        paidAt: sql`now()`,
        version: sql`${jobs.version} + 1`,
        updatedAt: sql`now()`,
      })
      .where(eq(jobs.id, job.id));
    const workers = await tx
      .select({ participantId: jobWorkers.participantId })
      .from(jobWorkers)
      .where(eq(jobWorkers.jobId, job.id));
    await notify(tx, {
      userIds: await Promise.all(workers.map((w) => participantUserId(tx, w.participantId))),
      kind: "job_paid",
      subjectType: "job",
      subjectId: job.id,
    });
  }
  return row;
}
