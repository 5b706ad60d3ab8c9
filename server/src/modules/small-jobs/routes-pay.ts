import { eq } from "drizzle-orm";
import type { FastifyInstance } from "fastify";
import { Type } from "typebox";
import type { Db } from "../../db/client";
import { access } from "../../http/context";
import { notFound, Problem } from "../../http/problem";
import { type RequestContext, route } from "../../http/route";
import { IdParams, StringEnum } from "../../http/typebox";
import { LANGUAGES } from "../access/roles";
import { organisations } from "../organisations/schema";
import { logParticipantRead, PARTICIPANT_SUBJECT } from "../participants/routes";
import { findMe } from "../self-service/service";
import {
  HoursInput,
  InvoiceInput,
  InvoiceResponse,
  PaymentInput,
  PayrollQuery,
  WorkerPayResponse,
} from "./api-money";
import {
  createInvoice,
  invoicePdf,
  payrollCsv,
  payrollRows,
  payStatementPdf,
  workerPerson,
} from "./documents";
import { confirmHours, ownWorker, posterWorker, presentWorker, type WorkerRow } from "./hours";
import { recordPayment } from "./payment";
import { isPosterOf, requirePosterJob } from "./policy";

const LangQuery = Type.Object(
  { lang: Type.Optional(StringEnum(LANGUAGES)) },
  { additionalProperties: false },
);
const pdfResponse = {
  200: {
    description: "The PDF file (a download)",
    content: { "application/pdf": { schema: Type.String({ format: "binary" }) } },
  },
};

/** Sends a file as a download that no cache keeps. */
function download<T>(
  reply: { header(name: string, value: string): unknown; type(contentType: string): unknown },
  fileName: string,
  contentType: string,
  body: T,
): T {
  reply.header("content-disposition", `attachment; filename="${fileName}"`);
  reply.header("cache-control", "no-store");
  reply.type(contentType);
  return body;
}

/** Logs that the caller saw the worker (first name and pay, or the whole pay statement). */
async function logWorker(ctx: RequestContext, w: WorkerRow, purpose: string) {
  const person = await workerPerson(ctx.tx, w.participantId);
  await logParticipantRead(ctx, person, purpose);
}

/**
 * Hours, payment and documents of small jobs (decision 024). Poster staff (`association_contact` of
 * the job's organisation) confirm hours as the orderer side, record payments, download pay statements
 * and invoice; the worker confirms their own hours and downloads their own pay statement.
 */
export function payRoutes(app: FastifyInstance, db: Db) {
  const poster = access.roles("association_contact");
  const participant = access.roles("participant");
  const tags = ["small jobs: pay"];

  route(app, db, {
    method: "POST",
    url: "/api/job-workers/:id/hours",
    summary:
      "Confirm a worker's hours as the orderer side (after the work; refused after payment, 409). Agreeing minutes fix the gross pay",
    tags,
    access: poster,
    personalData: true,
    schema: { params: IdParams, body: HoursInput, response: { 200: WorkerPayResponse } },
    handler: async (ctx, req) => {
      const { worker } = await posterWorker(ctx.tx, ctx.user, req.params.id);
      const row = await confirmHours(ctx.tx, worker, "orderer", req.body);
      await logWorker(ctx, row, "small job: hours");
      return { data: await presentWorker(ctx.tx, row) };
    },
  });

  route(app, db, {
    method: "POST",
    url: "/api/me/job-workers/:id/hours",
    summary: "Confirm your own hours of a job you worked on (after the work; refused after payment, 409)",
    tags,
    access: participant,
    personalData: true,
    schema: { params: IdParams, body: HoursInput, response: { 200: WorkerPayResponse } },
    handler: async (ctx, req) => {
      const me = await findMe(ctx.tx, ctx.user);
      const { worker } = await ownWorker(ctx.tx, me.id, req.params.id);
      const row = await confirmHours(ctx.tx, worker, "worker", req.body);
      await logParticipantRead(ctx, me, "own small job: hours");
      return { data: await presentWorker(ctx.tx, row) };
    },
  });

  route(app, db, {
    method: "POST",
    url: "/api/job-workers/:id/payment",
    summary:
      "Record a worker's payment (day paid, withholding from the tax card); once per worker. All paid: the job is paid",
    tags,
    access: poster,
    personalData: true,
    schema: { params: IdParams, body: PaymentInput, response: { 200: WorkerPayResponse } },
    handler: async (ctx, req) => {
      const row = await recordPayment(ctx.tx, ctx.user, req.params.id, req.body);
      await logWorker(ctx, row, "small job: payment");
      return { data: await presentWorker(ctx.tx, row) };
    },
  });

  route(app, db, {
    method: "GET",
    url: "/api/job-workers/:id/pay-statement.pdf",
    summary: "A paid worker's pay statement (palkkalaskelma) as PDF, for the employer's staff",
    tags,
    access: poster,
    personalData: true,
    schema: { params: IdParams, querystring: LangQuery, response: pdfResponse },
    handler: async (ctx, req, reply) => {
      const { worker, job } = await posterWorker(ctx.tx, ctx.user, req.params.id);
      const pdf = await payStatementPdf(ctx.tx, worker, job, req.query.lang ?? ctx.lang);
      await logWorker(ctx, worker, "small job: pay statement");
      return download(reply, `polku-pay-statement-${worker.paidOn}.pdf`, "application/pdf", pdf);
    },
  });

  route(app, db, {
    method: "GET",
    url: "/api/me/job-workers/:id/pay-statement.pdf",
    summary: "Your pay statement (palkkalaskelma) of a paid job, as PDF",
    tags,
    access: participant,
    personalData: true,
    schema: { params: IdParams, querystring: LangQuery, response: pdfResponse },
    handler: async (ctx, req, reply) => {
      const me = await findMe(ctx.tx, ctx.user);
      const { worker, job } = await ownWorker(ctx.tx, me.id, req.params.id);
      const pdf = await payStatementPdf(ctx.tx, worker, job, req.query.lang ?? ctx.lang);
      await logParticipantRead(ctx, me, "own pay statement");
      return download(reply, `polku-pay-statement-${worker.paidOn}.pdf`, "application/pdf", pdf);
    },
  });

  route(app, db, {
    method: "POST",
    url: "/api/jobs/:id/invoice",
    summary:
      "Invoice the orderer of a done job, once: labour (the workers' gross) on its own line, then materials, travel, fees",
    tags,
    access: poster,
    status: 201,
    schema: { params: IdParams, body: InvoiceInput, response: { 201: InvoiceResponse } },
    handler: async (ctx, req) => {
      const job = await requirePosterJob(ctx.tx, ctx.user, req.params.id, { lock: true });
      return { data: await createInvoice(ctx.tx, job, req.body, ctx.user.id) };
    },
  });

  route(app, db, {
    method: "GET",
    url: "/api/jobs/:id/invoice.pdf",
    summary: "The job's invoice as PDF",
    tags,
    access: poster,
    schema: { params: IdParams, querystring: LangQuery, response: pdfResponse },
    handler: async (ctx, req, reply) => {
      const job = await requirePosterJob(ctx.tx, ctx.user, req.params.id);
      const pdf = await invoicePdf(ctx.tx, job.id, req.query.lang ?? ctx.lang);
      return download(reply, `polku-invoice-${job.id.slice(0, 8)}.pdf`, "application/pdf", pdf);
    },
  });

  route(app, db, {
    method: "GET",
    url: "/api/organisations/:id/payroll.csv",
    summary:
      "The organisation's payroll export (CSV): one row per worker paid in the period, as employer of record. No identity codes",
    tags,
    access: poster,
    personalData: true,
    schema: {
      params: IdParams,
      querystring: PayrollQuery,
      response: { 200: { description: "The CSV file", content: { "text/csv": { schema: Type.String() } } } },
    },
    handler: async (ctx, req, reply) => {
      const [org] = await ctx.tx
        .select({ id: organisations.id })
        .from(organisations)
        .where(eq(organisations.id, req.params.id));
      if (!org) throw notFound();
      if (!isPosterOf(ctx.user, org.id)) throw new Problem(403, "problem.forbidden");
      const { from, to } = req.query;
      if (to < from) throw new Problem(400, "smallJobs.range.invalid");
      const rows = await payrollRows(ctx.tx, org.id, from, to);
      await ctx.recordAccess(
        rows.length > 0
          ? rows.map((r) => ({
              subjectType: PARTICIPANT_SUBJECT,
              subjectId: r.participantId,
              subjectLabel: `${r.firstName} ${r.lastName}`,
              purpose: "small jobs: payroll export",
            }))
          : [
              {
                subjectType: "payroll",
                subjectId: org.id,
                purpose: "small jobs: payroll export, nobody paid",
              },
            ],
      );
      const lang = req.query.lang ?? ctx.lang;
      return download(
        reply,
        `polku-payroll-${from}-${to}.csv`,
        "text/csv; charset=utf-8",
        payrollCsv(rows, lang),
      );
    },
  });
}
