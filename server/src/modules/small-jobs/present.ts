import { and, eq, type SQL, sql } from "drizzle-orm";
import type { Tx } from "../../db/client";
import { hasRole, type SignedInUser } from "../../http/context";
import { organisations } from "../organisations/schema";
import { iso as isoOf } from "../self-service/service";
import type { Job, JobCan, JobSummary } from "./api-jobs";
import { grossCentsOf } from "./money";
import { isPosterOf, type JobRow } from "./policy";
import { jobInvoices, jobOrderers, jobs } from "./schema";

/** A timestamp as ISO 8601 whichever driver read it; null stays null. */
export const iso = (value: string | null): string | null => (value === null ? null : isoOf(value));

/** Applications a poster sees as applicants: not a coach's proposal the seeker has not taken up, not withdrawn. */
export const APPLICANT_STATUSES = ["applied", "accepted", "declined"] as const;

/** A job with what its presentation needs: the organisation's name, the orderer, the applicant count. */
export interface JobView {
  job: JobRow;
  organisationName: string;
  applicantCount: number;
  orderer: { name: string; email: string; phone: string | null; confirmedAt: string | null } | null;
  /** The invoice made to the orderer, if one is. */
  invoice: { number: number; issuedOn: string; totalCents: number } | null;
}

const applicantCount = sql<number>`(select count(*)::int from job_applications a
  where a.region_id = "jobs"."region_id" and a.job_id = "jobs"."id" and a.status in ('applied', 'accepted', 'declined'))`;

/** Jobs with their presentation facts, in the given order and page. */
export async function jobViews(
  tx: Tx,
  where: SQL | undefined,
  page: { limit?: number; offset?: number; orderBy?: SQL[] } = {},
): Promise<JobView[]> {
  let query = tx
    .select({
      job: jobs,
      organisationName: organisations.name,
      applicantCount,
      ordererName: jobOrderers.name,
      ordererEmail: jobOrderers.email,
      ordererPhone: jobOrderers.phone,
      ordererConfirmedAt: jobOrderers.confirmedAt,
      invoiceNumber: jobInvoices.number,
      invoiceIssuedOn: jobInvoices.issuedOn,
      invoiceTotalCents: jobInvoices.totalCents,
    })
    .from(jobs)
    .innerJoin(organisations, eq(organisations.id, jobs.organisationId))
    .leftJoin(jobOrderers, eq(jobOrderers.id, jobs.ordererId))
    .leftJoin(jobInvoices, eq(jobInvoices.jobId, jobs.id))
    .where(where)
    .orderBy(...(page.orderBy ?? [sql`"jobs"."starts_on" asc`, sql`"jobs"."created_at" asc`]))
    .$dynamic();
  if (page.limit !== undefined) query = query.limit(page.limit);
  if (page.offset !== undefined) query = query.offset(page.offset);
  const rows = await query;
  return rows.map((r) => ({
    job: r.job,
    organisationName: r.organisationName,
    applicantCount: Number(r.applicantCount),
    orderer:
      r.ordererName !== null && r.ordererEmail !== null
        ? {
            name: r.ordererName,
            email: r.ordererEmail,
            phone: r.ordererPhone,
            confirmedAt: r.ordererConfirmedAt,
          }
        : null,
    invoice:
      r.invoiceNumber !== null && r.invoiceIssuedOn !== null && r.invoiceTotalCents !== null
        ? { number: r.invoiceNumber, issuedOn: r.invoiceIssuedOn, totalCents: r.invoiceTotalCents }
        : null,
  }));
}

/** One job's view, or undefined. */
export async function jobView(tx: Tx, jobId: string): Promise<JobView | undefined> {
  return (await jobViews(tx, and(eq(jobs.id, jobId))))[0];
}

/** A job as the public, a seeker or a coach sees it: no address, no orderer. */
export function toSummary(job: JobRow, organisationName: string): JobSummary {
  return {
    id: job.id,
    title: job.title,
    description: job.description,
    category: job.category,
    village: job.village,
    municipality: job.municipality,
    startsOn: job.startsOn,
    endsOn: job.endsOn,
    estimatedMinutes: job.estimatedMinutes,
    payType: job.payType,
    payCents: job.payCents,
    estimatedGrossCents: grossCentsOf(job, job.estimatedMinutes),
    places: job.places,
    placesLeft: Math.max(0, job.places - job.acceptedCount),
    requirements: job.requirements as JobSummary["requirements"],
    safetyNotes: job.safetyNotes,
    employer: job.employer,
    posterKind: job.posterKind,
    organisationId: job.organisationId,
    organisationName,
    status: job.status,
    publishedAt: iso(job.publishedAt),
  };
}

/**
 * A job as staff see it. The address and the orderer only for the poster staff (the job's
 * organisation); other staff of the region get them as null.
 */
export function toJob(view: JobView, user: SignedInUser): Job {
  const { job } = view;
  const poster = isPosterOf(user, job.organisationId);
  return {
    ...toSummary(job, view.organisationName),
    address: poster ? job.address : null,
    workNeedId: job.workNeedId,
    orderer:
      poster && view.orderer
        ? {
            name: view.orderer.name,
            email: view.orderer.email,
            phone: view.orderer.phone,
            confirmed: view.orderer.confirmedAt !== null,
          }
        : null,
    invoice: poster ? view.invoice : null,
    cancelReason: job.cancelReason,
    applicantCount: view.applicantCount,
    acceptedCount: job.acceptedCount,
    filledAt: iso(job.filledAt),
    doneAt: iso(job.doneAt),
    paidAt: iso(job.paidAt),
    cancelledAt: iso(job.cancelledAt),
    version: job.version,
    createdAt: isoOf(job.createdAt),
  };
}

/** What the caller may do with the job (the UI shows only these actions; the routes check again). */
export function jobCan(user: SignedInUser, job: JobRow, invoiced = false): JobCan {
  const poster = isPosterOf(user, job.organisationId);
  const s = job.status;
  return {
    edit: poster && (s === "draft" || s === "open"),
    publish: poster && s === "draft",
    cancel: poster && s !== "paid" && s !== "cancelled",
    pick: poster && s === "open" && job.acceptedCount < job.places,
    markDone: poster && (s === "filled" || (s === "open" && job.acceptedCount > 0)),
    confirmHours: poster && s === "done",
    recordPayment: poster && s === "done",
    invoice: poster && job.ordererId !== null && (s === "done" || s === "paid") && !invoiced,
    propose: hasRole(user, "coach") && s === "open",
  };
}
