import type { FastifyInstance } from "fastify";
import { Type } from "typebox";
import type { Db } from "../../db/client";
import { access } from "../../http/context";
import { route } from "../../http/route";
import { logParticipantRead } from "../participants/routes";
import { myAccessLog } from "./access-log";
import { ExportQuery, MyAccessPage, MyAccessQuery, MyExport, MyPathwayResponse } from "./api";
import { buildExport, exportFileName } from "./export";
import { renderExportPdf } from "./pdf";
import { findMe, languageOf, myPathway } from "./service";

/**
 * The participant's own view (/api/me/*): their pathway, their data as a file, and who has read it.
 * Only the participant role; the record is found by participants.user_id. The participant's own reads
 * are logged like anyone's (subject = themselves), so the log they see is the whole log.
 */
export function selfServiceRoutes(app: FastifyInstance, db: Db) {
  const participant = access.roles("participant");
  const tags = ["self-service"];
  const noStore = "no-store";

  route(app, db, {
    method: "GET",
    url: "/api/me/pathway",
    summary:
      "Your own pathway: basic data, projects, plan and goals, steps, stages and messages shared with you",
    tags,
    access: participant,
    personalData: true,
    schema: { response: { 200: MyPathwayResponse } },
    handler: async (ctx, _req, reply) => {
      const me = await findMe(ctx.tx, ctx.user);
      await logParticipantRead(ctx, me, "own data");
      reply.header("cache-control", noStore);
      return { data: await myPathway(ctx.tx, me) };
    },
  });

  route(app, db, {
    method: "GET",
    url: "/api/me/export.json",
    summary:
      "Everything Polku gives you about yourself, as a JSON file (GDPR access and portability); says what is left out",
    tags,
    access: participant,
    personalData: true,
    schema: {
      querystring: ExportQuery,
      response: {
        200: {
          description: "The data file (a download)",
          content: { "application/json": { schema: MyExport } },
        },
      },
    },
    handler: async (ctx, req, reply) => {
      const me = await findMe(ctx.tx, ctx.user);
      // Logged first, so the file's own access log includes this download.
      await logParticipantRead(ctx, me, "own data export");
      const data = await buildExport(ctx.tx, me, ctx.user.id, req.query.lang ?? languageOf(me));
      reply
        .header("content-disposition", `attachment; filename="${exportFileName("json")}"`)
        .header("cache-control", noStore)
        .type("application/json; charset=utf-8");
      // Indented, so that a person opening the file can read it too.
      return JSON.stringify(data, null, 2);
    },
  });

  route(app, db, {
    method: "GET",
    url: "/api/me/export.pdf",
    summary: "The same data as a readable PDF in your language",
    tags,
    access: participant,
    personalData: true,
    schema: {
      querystring: ExportQuery,
      response: {
        200: {
          description: "The PDF file (a download)",
          content: { "application/pdf": { schema: Type.String({ format: "binary" }) } },
        },
      },
    },
    handler: async (ctx, req, reply) => {
      const me = await findMe(ctx.tx, ctx.user);
      await logParticipantRead(ctx, me, "own data export");
      const lang = req.query.lang ?? languageOf(me);
      const pdf = await renderExportPdf(await buildExport(ctx.tx, me, ctx.user.id, lang), lang);
      reply
        .header("content-disposition", `attachment; filename="${exportFileName("pdf")}"`)
        .header("cache-control", noStore)
        .type("application/pdf");
      return pdf;
    },
  });

  route(app, db, {
    method: "GET",
    url: "/api/me/access-log",
    summary: "Who has read your data, when and why, newest first (keyset paging by `before`)",
    tags,
    access: participant,
    personalData: true,
    schema: { querystring: MyAccessQuery, response: { 200: MyAccessPage } },
    handler: async (ctx, req, reply) => {
      const me = await findMe(ctx.tx, ctx.user);
      await logParticipantRead(ctx, me, "own access log");
      reply.header("cache-control", noStore);
      return myAccessLog(ctx.tx, {
        participantId: me.id,
        userId: ctx.user.id,
        lang: ctx.lang,
        before: req.query.before,
        limit: req.query.limit ?? 50,
      });
    },
  });
}
