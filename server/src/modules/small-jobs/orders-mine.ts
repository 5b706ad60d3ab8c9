import { and, desc, eq, inArray, isNull, type SQL, sql } from "drizzle-orm";
import type { Tx } from "../../db/client";
import { notFound, Problem } from "../../http/problem";
import { organisations } from "../organisations/schema";
import { participants } from "../participants/schema";
import type { MyOrder, MyOrderCan, MyOrderSummary, OrderStepKey, OrderWorker } from "./api-orders";
import { ORDER_STEPS } from "./api-orders";
import { grossCentsOf } from "./money";
import { notify, participantUserId, posterUserIds } from "./notify";
import type { Orderer } from "./orderer-route";
import { type AccessRecorder, notifyBroker, sameEmail } from "./orders";
import { jobApplications, jobInvoices, jobOrderers, jobs, jobWorkers } from "./schema";

/**
 * The household orderer's own side (decision 024): their orders, found by the e-mail address their
 * one-time link proved; one order with its steps and the workers' first names and hours; confirming a
 * pending order; cancelling. Another orderer's job is 404.
 */

const orderColumns = {
  job: jobs,
  brokerName: organisations.name,
  confirmed: sql<boolean>`${jobOrderers.confirmedAt} is not null`,
};

/** The orderer's jobs: every order made with their (proven) e-mail address in the region. */
const myJobs = (tx: Tx, orderer: Orderer, condition?: SQL) =>
  tx
    .select(orderColumns)
    .from(jobs)
    .innerJoin(jobOrderers, eq(jobOrderers.id, jobs.ordererId))
    .innerJoin(organisations, eq(organisations.id, jobs.organisationId))
    .where(and(sameEmail(orderer.email), condition))
    .$dynamic();

/** The orderer's orders, newest first. */
export async function myOrders(tx: Tx, orderer: Orderer): Promise<MyOrderSummary[]> {
  const rows = await myJobs(tx, orderer).orderBy(desc(jobs.createdAt), desc(jobs.id));
  return rows.map((r) => ({
    id: r.job.id,
    title: r.job.title,
    status: r.job.status,
    startsOn: r.job.startsOn,
    endsOn: r.job.endsOn,
    brokerName: r.brokerName,
    confirmed: r.confirmed,
    createdAt: r.job.createdAt,
  }));
}

type OrderRow = Awaited<ReturnType<ReturnType<typeof myJobs>["execute"]>>[number];

/** One of the orderer's jobs, or 404 (another orderer's job, or another region's, is not found). */
export async function myJob(tx: Tx, orderer: Orderer, jobId: string, lock = false): Promise<OrderRow> {
  const query = myJobs(tx, orderer, eq(jobs.id, jobId));
  const [row] = lock ? await query.for("update", { of: jobs }) : await query;
  if (!row) throw notFound();
  return row;
}

function stepsOf(job: OrderRow["job"], confirmed: boolean) {
  const reached: Record<OrderStepKey, boolean> = {
    sent: true,
    confirmed,
    published: job.publishedAt !== null,
    workersPicked: job.acceptedCount > 0,
    done: job.doneAt !== null || job.status === "done" || job.status === "paid",
    paid: job.status === "paid",
  };
  let currentGiven = job.status === "cancelled";
  return ORDER_STEPS.map((step) => {
    if (reached[step]) return { step, state: "done" as const };
    const state = currentGiven ? ("todo" as const) : ("current" as const);
    currentGiven = true;
    return { step, state };
  });
}

/**
 * An order as its orderer sees it: the job, its steps, and of each worker the first name and hours only.
 * Each worker shown is an access-log row naming the orderer as the reader.
 */
export async function myOrder(
  tx: Tx,
  orderer: Orderer,
  jobId: string,
  recordAccess: AccessRecorder,
): Promise<{ data: MyOrder; can: MyOrderCan }> {
  const row = await myJob(tx, orderer, jobId);
  const job = row.job;
  const workerRows = await tx
    .select({ w: jobWorkers, firstName: participants.firstName })
    .from(jobWorkers)
    .innerJoin(participants, eq(participants.id, jobWorkers.participantId))
    .where(eq(jobWorkers.jobId, job.id))
    .orderBy(participants.firstName, jobWorkers.id);
  await recordAccess(
    workerRows.map((r) => ({
      subjectType: "participant",
      subjectId: r.w.participantId,
      subjectLabel: r.firstName,
      purpose: "small job orderer: worker's first name and hours",
    })),
  );
  const workers: OrderWorker[] = workerRows.map((r) => ({
    id: r.w.id,
    firstName: r.firstName,
    workerMinutes: r.w.workerMinutes,
    ordererMinutes: r.w.ordererMinutes,
    workedFrom: r.w.workedFrom,
    workedTo: r.w.workedTo,
    awaitsOrderer: job.status === "done" && r.w.ordererConfirmedAt === null,
  }));
  const [invoice] = await tx
    .select({ id: jobInvoices.id })
    .from(jobInvoices)
    .where(eq(jobInvoices.jobId, job.id))
    .limit(1);
  const hoursAwaitOrderer = workers.some((w) => w.awaitsOrderer);
  const data: MyOrder = {
    id: job.id,
    title: job.title,
    description: job.description,
    category: job.category,
    village: job.village,
    municipality: job.municipality,
    address: job.address,
    startsOn: job.startsOn,
    endsOn: job.endsOn,
    estimatedMinutes: job.estimatedMinutes,
    payType: job.payType,
    payCents: job.payCents,
    estimatedGrossCents: grossCentsOf(job, job.estimatedMinutes),
    places: job.places,
    requirements: job.requirements as MyOrder["requirements"],
    safetyNotes: job.safetyNotes,
    employer: job.employer,
    status: job.status,
    cancelReason: job.cancelReason,
    brokerName: row.brokerName,
    confirmed: row.confirmed,
    createdAt: job.createdAt,
    steps: stepsOf(job, row.confirmed),
    workers,
    hoursAwaitOrderer,
    invoiceAvailable: invoice !== undefined,
  };
  return {
    data,
    can: {
      cancel: job.status === "draft" || job.status === "open",
      confirm: !row.confirmed && job.status !== "cancelled",
      confirmHours: hoursAwaitOrderer,
      invoice: invoice !== undefined,
    },
  };
}

/**
 * Confirms a pending order from the orderer's own page (its link may have expired: the address is
 * proven by the link they signed in with). The association is notified as on the link.
 */
export async function confirmMyOrder(tx: Tx, orderer: Orderer, jobId: string): Promise<void> {
  const row = await myJob(tx, orderer, jobId, true);
  if (row.confirmed) throw new Problem(409, "orders.alreadyConfirmed");
  if (row.job.status === "cancelled") throw new Problem(409, "orders.cancelled");
  if (!row.job.ordererId) throw notFound();
  await tx
    .update(jobOrderers)
    .set({ confirmedAt: sql`now()`, confirmTokenHash: null, confirmExpiresAt: null, updatedAt: sql`now()` })
    .where(and(eq(jobOrderers.id, row.job.ordererId), isNull(jobOrderers.confirmedAt)));
  await notifyBroker(tx, row.job);
}

/** Cancels the orderer's job while it is a draft or open; the association and any applicants hear of it. */
export async function cancelMyOrder(tx: Tx, orderer: Orderer, jobId: string, reason: string): Promise<void> {
  const row = await myJob(tx, orderer, jobId, true);
  const job = row.job;
  if (job.status !== "draft" && job.status !== "open") throw new Problem(409, "orders.cannotCancel");
  await tx
    .update(jobs)
    .set({
      status: "cancelled",
      cancelReason: reason.trim(),
      cancelledAt: sql`now()`,
      updatedAt: sql`now()`,
      version: sql`${jobs.version} + 1`,
    })
    .where(eq(jobs.id, job.id));
  const applicants = await tx
    .select({ participantId: jobApplications.participantId })
    .from(jobApplications)
    .where(and(eq(jobApplications.jobId, job.id), inArray(jobApplications.status, ["applied", "proposed"])));
  const applicantUsers = await Promise.all(applicants.map((a) => participantUserId(tx, a.participantId)));
  await notify(tx, {
    // An order nobody confirmed never reached the association: nobody there needs to hear of it.
    userIds: [...(row.confirmed ? await posterUserIds(tx, job.organisationId) : []), ...applicantUsers],
    kind: "job_cancelled",
    subjectType: "job",
    subjectId: job.id,
  });
}

/** The worker row of one of the orderer's jobs, or 404. */
export async function myWorker(tx: Tx, orderer: Orderer, workerId: string) {
  const [w] = await tx.select().from(jobWorkers).where(eq(jobWorkers.id, workerId));
  if (!w) throw notFound();
  const row = await myJob(tx, orderer, w.jobId);
  return { worker: w, job: row.job };
}
