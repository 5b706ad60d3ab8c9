import type { FastifyInstance } from "fastify";
import { Type } from "typebox";
import type { Db } from "../../db/client";
import { access } from "../../http/context";
import { type RequestContext, route } from "../../http/route";
import { CohortExportQuery, CohortQuery, CohortResponse } from "./cohort-api";
import { cohortCsv, cohortFileName, cohortXlsx } from "./cohort-export";
import { cohortReport } from "./cohort-service";

/** Access-log subject type of a cohort report: one row per report, naming the instrument. */
export const COHORT_REPORT_SUBJECT = "cohort-report";

/**
 * The cohort report (distance travelled) for project managers and administrators, over the whole region
 * (decision 020). The report carries no personal data but is computed from it: each report, shown or
 * downloaded, writes one access-log row (who, when, which instrument, in what form); no row per person,
 * since no one's record is read or shown.
 */
export function cohortRoutes(app: FastifyInstance, db: Db) {
  const managers = access.roles("project_manager", "administrator");
  const tags = ["self-assessment"];
  const noStore = "no-store";

  const make = async (ctx: RequestContext, query: CohortQuery, form: "page" | "csv" | "xlsx") => {
    const result = await cohortReport(ctx.tx, ctx.user.regionId, query);
    const instrument = result.report.filters.instrument;
    await ctx.recordAccess({
      subjectType: COHORT_REPORT_SUBJECT,
      subjectId: instrument.id,
      subjectLabel: instrument.name[ctx.lang],
      purpose: form === "page" ? "cohort report" : `cohort report export (${form})`,
    });
    return result;
  };
  const withoutLang = ({ lang: _lang, ...query }: CohortExportQuery): CohortQuery => query;

  route(app, db, {
    method: "GET",
    url: "/api/self-assessment/cohort",
    summary:
      "Distance travelled of a cohort: per dimension the change from first to latest answer, with figures of fewer than 5 people withheld",
    tags,
    access: managers,
    personalData: true,
    schema: { querystring: CohortQuery, response: { 200: CohortResponse } },
    handler: async (ctx, req, reply) => {
      const result = await make(ctx, req.query, "page");
      reply.header("cache-control", noStore);
      return { data: result.report, instruments: result.instruments, groups: result.groups };
    },
  });

  route(app, db, {
    method: "GET",
    url: "/api/self-assessment/cohort.csv",
    summary:
      "The cohort report as CSV for Excel (UTF-8 with BOM; ';' and decimal comma in Finnish and Swedish)",
    tags,
    access: managers,
    personalData: true,
    schema: {
      querystring: CohortExportQuery,
      response: {
        200: { description: "The CSV file (a download)", content: { "text/csv": { schema: Type.String() } } },
      },
    },
    handler: async (ctx, req, reply) => {
      const { report } = await make(ctx, withoutLang(req.query), "csv");
      const lang = req.query.lang ?? ctx.lang;
      reply
        .header("content-disposition", `attachment; filename="${cohortFileName(report, "csv")}"`)
        .header("cache-control", noStore)
        .type("text/csv; charset=utf-8");
      return cohortCsv(report, lang);
    },
  });

  route(app, db, {
    method: "GET",
    url: "/api/self-assessment/cohort.xlsx",
    summary: "The cohort report as an Excel workbook",
    tags,
    access: managers,
    personalData: true,
    schema: {
      querystring: CohortExportQuery,
      response: {
        200: {
          description: "The XLSX file (a download)",
          content: {
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": {
              schema: Type.String({ format: "binary" }),
            },
          },
        },
      },
    },
    handler: async (ctx, req, reply) => {
      const { report } = await make(ctx, withoutLang(req.query), "xlsx");
      const lang = req.query.lang ?? ctx.lang;
      reply
        .header("content-disposition", `attachment; filename="${cohortFileName(report, "xlsx")}"`)
        .header("cache-control", noStore)
        .type("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
      return cohortXlsx(report, lang);
    },
  });
}
