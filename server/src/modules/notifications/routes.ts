import type { FastifyInstance } from "fastify";
import type { Db } from "../../db/client";
import { access } from "../../http/context";
import { type RequestContext, route } from "../../http/route";
import { IdParams } from "../../http/typebox";
import { PARTICIPANT_SUBJECT } from "../participants/routes";
import { type Notification, NotificationList, NotificationQuery, NotificationResponse } from "./api";
import { listNotifications, markRead } from "./service";

/** Access-log rows for the participants the notifications name (or one row for the user's own list). */
function logNotifications(ctx: RequestContext, data: Notification[], purpose: string) {
  const named = data.filter((n) => n.participantId !== null && n.participantName !== null);
  return ctx.recordAccess(
    named.length > 0
      ? named.map((n) => ({
          subjectType: PARTICIPANT_SUBJECT,
          subjectId: n.participantId ?? "",
          subjectLabel: n.participantName,
          purpose,
        }))
      : [
          {
            subjectType: "notifications",
            subjectId: ctx.user.id,
            purpose: `${purpose}: no participant named`,
          },
        ],
  );
}

export function notificationRoutes(app: FastifyInstance, db: Db) {
  const tags = ["notifications"];

  route(app, db, {
    method: "GET",
    url: "/api/notifications",
    summary: "My reminders (such as six-month follow-ups due), newest first, with the unread count",
    tags,
    access: access.signedIn(),
    personalData: true,
    schema: { querystring: NotificationQuery, response: { 200: NotificationList } },
    handler: async (ctx, req) => {
      const result = await listNotifications(ctx.tx, ctx.user, {
        unread: req.query.unread ?? false,
        limit: req.query.limit ?? 50,
      });
      await logNotifications(ctx, result.data, "notifications");
      return result;
    },
  });

  route(app, db, {
    method: "POST",
    url: "/api/notifications/:id/read",
    summary: "Mark one of my reminders read",
    tags,
    access: access.signedIn(),
    personalData: true,
    schema: { params: IdParams, response: { 200: NotificationResponse } },
    handler: async (ctx, req) => {
      const data = await markRead(ctx.tx, ctx.user, req.params.id);
      await logNotifications(ctx, [data], "notification read");
      return { data };
    },
  });
}
