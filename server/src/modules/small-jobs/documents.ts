import { stringify } from "csv-stringify/sync";
import { and, asc, between, eq, isNotNull, sql } from "drizzle-orm";
import type { Tx } from "../../db/client";
import { Problem } from "../../http/problem";
import { addDaysIso, todayIso } from "../../lib/dates";
import type { Language } from "../access/roles";
import { organisations } from "../organisations/schema";
import { participants } from "../participants/schema";
import type { Invoice, InvoiceInput } from "./api-money";
import { renderInvoice, renderPayStatement } from "./documents-pdf";
import { DOCUMENT_TEXTS, decimalCents, fillText } from "./documents-texts";
import type { WorkerRow } from "./hours";
import { basisPointsOf } from "./money";
import type { JobRow } from "./policy";
import { type InvoiceLine, jobInvoices, jobOrderers, jobs, jobWorkers } from "./schema";

// The small-jobs documents (decision 024): the worker's pay statement, the invoice to the orderer
// (labour on its own line, for the household tax credit) and the association's payroll export.

/** The employer's name on a pay statement: the organisation, or the orderer when they employ. */
async function employerName(tx: Tx, job: JobRow): Promise<string> {
  if (job.employer === "orderer" && job.ordererId) {
    const [o] = await tx
      .select({ name: jobOrderers.name })
      .from(jobOrderers)
      .where(eq(jobOrderers.id, job.ordererId));
    if (o) return o.name;
  }
  const [org] = await tx
    .select({ name: organisations.name })
    .from(organisations)
    .where(eq(organisations.id, job.organisationId));
  return org?.name ?? "";
}

/** The worker as a pay statement names them. */
export async function workerPerson(tx: Tx, participantId: string) {
  const [p] = await tx
    .select({
      id: participants.id,
      firstName: participants.firstName,
      lastName: participants.lastName,
      birthDate: participants.birthDate,
    })
    .from(participants)
    .where(eq(participants.id, participantId));
  if (!p) throw new Problem(404, "problem.notFound");
  return p;
}

/** A paid worker's pay statement (palkkalaskelma) as PDF; 409 before the payment. */
export async function payStatementPdf(
  tx: Tx,
  worker: WorkerRow,
  job: JobRow,
  lang: Language,
): Promise<Buffer> {
  if (worker.paidOn === null || worker.grossCents === null) {
    throw new Problem(409, "smallJobs.payStatement.notPaid");
  }
  const person = await workerPerson(tx, worker.participantId);
  return renderPayStatement(
    {
      employerName: await employerName(tx, job),
      workerName: `${person.firstName} ${person.lastName}`,
      jobTitle: job.title,
      village: job.village,
      workedFrom: worker.workedFrom,
      workedTo: worker.workedTo,
      minutes: worker.workerMinutes ?? worker.ordererMinutes,
      payType: job.payType,
      payCents: job.payCents,
      grossCents: worker.grossCents,
      withholdingBasisPoints: worker.withholdingBasisPoints ?? 0,
      withholdingCents: worker.withholdingCents ?? 0,
      paidOn: worker.paidOn,
      paymentReference: worker.paymentReference,
    },
    lang,
  );
}

/**
 * A Finnish creditor reference (viitenumero): the base and its check digit, weights 7, 3, 1 from the
 * right; the check digit is what brings the weighted sum up to the next ten.
 */
export function finnishReference(base: string): string {
  if (!/^[0-9]{3,19}$/.test(base)) throw new RangeError(`a reference base is 3–19 digits: ${base}`);
  const weights = [7, 3, 1];
  let sum = 0;
  for (let i = 0; i < base.length; i += 1) {
    sum += Number(base[base.length - 1 - i]) * (weights[i % 3] ?? 1);
  }
  return `${base}${(10 - (sum % 10)) % 10}`;
}

const presentInvoice = (r: typeof jobInvoices.$inferSelect): Invoice => {
  const lines = r.lines.map((l) => ({ ...l, vatCents: basisPointsOf(l.amountCents, l.vatBasisPoints) }));
  return {
    id: r.id,
    jobId: r.jobId,
    number: r.number,
    reference: r.reference,
    issuedOn: r.issuedOn,
    dueOn: r.dueOn,
    lines,
    labourCents: r.labourCents,
    vatCents: lines.reduce((s, l) => s + l.vatCents, 0),
    totalCents: r.totalCents,
  };
};

/**
 * Invoices the orderer for a done (or paid) job, once: the labour line is the sum of the workers'
 * agreed gross, always its own line; extra lines (materials, travel, a fee) follow. The number is the
 * organisation's next; the reference number carries its check digit. Never changed afterwards.
 */
export async function createInvoice(
  tx: Tx,
  job: JobRow,
  input: InvoiceInput,
  userId: string,
): Promise<Invoice> {
  if (job.status !== "done" && job.status !== "paid") throw new Problem(409, "smallJobs.invoice.notDone");
  if (!job.ordererId) throw new Problem(409, "smallJobs.invoice.needsOrderer");
  const [existing] = await tx
    .select({ id: jobInvoices.id })
    .from(jobInvoices)
    .where(eq(jobInvoices.jobId, job.id));
  if (existing) throw new Problem(409, "smallJobs.invoice.exists");
  const workers = await tx
    .select({ grossCents: jobWorkers.grossCents })
    .from(jobWorkers)
    .where(eq(jobWorkers.jobId, job.id));
  if (workers.length === 0 || workers.some((w) => w.grossCents === null)) {
    throw new Problem(409, "smallJobs.payment.hoursNotAgreed");
  }
  const labourCents = workers.reduce((s, w) => s + (w.grossCents ?? 0), 0);
  const [orderer] = await tx
    .select({ language: jobOrderers.language })
    .from(jobOrderers)
    .where(eq(jobOrderers.id, job.ordererId));
  const texts = DOCUMENT_TEXTS[(orderer?.language ?? "fi") as Language];
  const lines: InvoiceLine[] = [
    {
      kind: "labour",
      description: fillText(texts.labourLine, { title: job.title }),
      amountCents: labourCents,
      vatBasisPoints: 0,
    },
    ...(input.extraLines ?? []).map((l) => ({
      ...l,
      description: l.description.trim() || texts.lineKinds[l.kind],
    })),
  ];
  const totalCents = lines.reduce(
    (s, l) => s + l.amountCents + basisPointsOf(l.amountCents, l.vatBasisPoints),
    0,
  );
  // Numbers run per organisation without gaps: one invoice at a time per organisation.
  await tx.execute(sql`SELECT pg_advisory_xact_lock(hashtext(${`job_invoices:${job.organisationId}`}))`);
  const [last] = await tx
    .select({ number: sql<number>`coalesce(max(${jobInvoices.number}), 0)::int` })
    .from(jobInvoices)
    .where(eq(jobInvoices.organisationId, job.organisationId));
  const number = (last?.number ?? 0) + 1;
  const issuedOn = todayIso();
  const [row] = await tx
    .insert(jobInvoices)
    .values({
      jobId: job.id,
      organisationId: job.organisationId,
      number,
      reference: finnishReference(String(1000 + number)),
      issuedOn,
      dueOn: addDaysIso(issuedOn, input.dueDays),
      lines,
      labourCents,
      totalCents,
      createdBy: userId,
    })
    .returning();
  if (!row) throw new Error("insert returned nothing");
  return presentInvoice(row);
}

/** The job's invoice as PDF in the reader's language (404 problem when none yet). Used by households too. */
export async function invoicePdf(tx: Tx, jobId: string, lang: Language): Promise<Buffer> {
  const [row] = await tx
    .select({ i: jobInvoices, j: jobs, org: organisations, o: jobOrderers })
    .from(jobInvoices)
    .innerJoin(jobs, eq(jobs.id, jobInvoices.jobId))
    .innerJoin(organisations, eq(organisations.id, jobInvoices.organisationId))
    .leftJoin(jobOrderers, eq(jobOrderers.id, jobs.ordererId))
    .where(eq(jobInvoices.jobId, jobId));
  if (!row) throw new Problem(404, "smallJobs.invoice.notFound");
  return renderInvoice(
    {
      number: row.i.number,
      reference: row.i.reference,
      issuedOn: row.i.issuedOn,
      dueOn: row.i.dueOn,
      sellerName: row.org.name,
      sellerBusinessId: row.org.businessId,
      buyerName: row.o?.name ?? "",
      buyerAddress: row.o?.billingAddress ?? row.o?.address ?? null,
      jobTitle: row.j.title,
      lines: row.i.lines,
      labourCents: row.i.labourCents,
      totalCents: row.i.totalCents,
    },
    lang,
  );
}

/** One paid worker of the organisation's payroll (the organisation as employer of record). */
export async function payrollRows(tx: Tx, organisationId: string, from: string, to: string) {
  return tx
    .select({
      participantId: participants.id,
      firstName: participants.firstName,
      lastName: participants.lastName,
      birthDate: participants.birthDate,
      title: jobs.title,
      workedFrom: jobWorkers.workedFrom,
      workedTo: jobWorkers.workedTo,
      minutes: sql<number | null>`coalesce(${jobWorkers.workerMinutes}, ${jobWorkers.ordererMinutes})`,
      grossCents: jobWorkers.grossCents,
      withholdingCents: jobWorkers.withholdingCents,
      paidOn: jobWorkers.paidOn,
      paymentReference: jobWorkers.paymentReference,
    })
    .from(jobWorkers)
    .innerJoin(jobs, eq(jobs.id, jobWorkers.jobId))
    .innerJoin(participants, eq(participants.id, jobWorkers.participantId))
    .where(
      and(
        eq(jobs.organisationId, organisationId),
        eq(jobs.employer, "association"),
        isNotNull(jobWorkers.paidOn),
        between(jobWorkers.paidOn, from, to),
      ),
    )
    .orderBy(asc(jobWorkers.paidOn), asc(participants.lastName), asc(participants.firstName));
}

/** Minutes as decimal hours for a spreadsheet (two decimals, integers only). */
const decimalHours = (minutes: number, lang: Language) =>
  decimalCents(Math.floor((minutes * 200 + 60) / 120), lang);

/**
 * The payroll export as CSV for the payroll system: UTF-8 with a byte order mark, CRLF, and in Finnish
 * and Swedish ";" with the decimal comma (as Excel expects there), in English "," and the point.
 * No identity codes: the birth date identifies the person beside the name.
 */
export function payrollCsv(rows: Awaited<ReturnType<typeof payrollRows>>, lang: Language): Buffer {
  const t = DOCUMENT_TEXTS[lang];
  const records: string[][] = [t.payrollColumns];
  for (const r of rows) {
    const gross = r.grossCents ?? 0;
    const withheld = r.withholdingCents ?? 0;
    records.push([
      `${r.lastName} ${r.firstName}`,
      r.birthDate,
      r.title,
      r.workedFrom ?? "",
      r.workedTo ?? "",
      r.minutes === null ? "" : decimalHours(r.minutes, lang),
      decimalCents(gross, lang),
      decimalCents(withheld, lang),
      decimalCents(gross - withheld, lang),
      r.paidOn ?? "",
      r.paymentReference ?? "",
    ]);
  }
  const text = stringify(records, {
    delimiter: lang === "en" ? "," : ";",
    bom: true,
    record_delimiter: "windows",
  });
  return Buffer.from(text, "utf8");
}
