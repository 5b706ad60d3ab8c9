import type { FastifyInstance } from "fastify";
import type { Db } from "../../db/client";
import { access } from "../../http/context";
import { route } from "../../http/route";
import { OutboxList } from "./schema";
import { listOutbox } from "./service";

export function outboxRoutes(app: FastifyInstance, db: Db) {
  route(app, db, {
    method: "GET",
    url: "/api/outbox",
    summary: "Messages Polku has written (readable while no mail server is configured)",
    tags: ["administration"],
    access: access.roles("administrator"),
    schema: { response: { 200: OutboxList } },
    handler: async (ctx) => ({ data: await listOutbox(ctx.tx) }),
  });
}
