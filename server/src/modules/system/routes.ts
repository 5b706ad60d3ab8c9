import type { FastifyInstance } from "fastify";
import client from "prom-client";
import { Type } from "typebox";
import type { Database } from "../../db/client";
import { access } from "../../http/context";
import { publicRoute } from "../../http/route";

/** Health for load balancers and Prometheus metrics for operators. */
export function systemRoutes(app: FastifyInstance, database: Database) {
  const registry = new client.Registry();
  client.collectDefaultMetrics({ register: registry });
  const duration = new client.Histogram({
    name: "polku_http_request_duration_seconds",
    help: "HTTP request duration by route and status",
    labelNames: ["method", "route", "status"] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
    registers: [registry],
  });
  app.addHook("onResponse", async (req, reply) => {
    duration.observe(
      { method: req.method, route: req.routeOptions.url ?? "unmatched", status: String(reply.statusCode) },
      reply.elapsedTime / 1000,
    );
  });

  publicRoute(app, database.app, {
    method: "GET",
    url: "/health",
    summary: "Is the service up and its database reachable",
    tags: ["system"],
    access: access.public("load balancers and monitors probe it without credentials"),
    config: { rateLimit: false },
    schema: {
      response: {
        200: Type.Object({ status: Type.Literal("ok"), database: Type.String() }),
        503: Type.Object({ status: Type.Literal("unavailable"), database: Type.String() }),
      },
    },
    handler: async (_ctx, _req, reply) => {
      try {
        await database.ping();
        return { status: "ok" as const, database: database.kind };
      } catch {
        reply.code(503);
        return { status: "unavailable" as const, database: database.kind };
      }
    },
  });

  publicRoute(app, database.app, {
    method: "GET",
    url: "/metrics",
    summary: "Prometheus metrics",
    tags: ["system"],
    access: access.public("scraped by Prometheus inside the operator's network; carries no personal data"),
    config: { rateLimit: false },
    schema: { hide: true },
    handler: async (_ctx, _req, reply) => {
      reply.type(registry.contentType);
      return registry.metrics();
    },
  });
}
