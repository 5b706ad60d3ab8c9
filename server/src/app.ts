import { existsSync } from "node:fs";
import path from "node:path";
import fastifyCookie from "@fastify/cookie";
import fastifyHelmet from "@fastify/helmet";
import fastifyRateLimit from "@fastify/rate-limit";
import fastifyStatic from "@fastify/static";
import fastifySwagger from "@fastify/swagger";
import fastifySwaggerUi from "@fastify/swagger-ui";
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import { Ajv } from "ajv";
import addFormats from "ajv-formats";
import Fastify, { type FastifyInstance, type RouteOptions } from "fastify";
import type { Config } from "./config";
import type { Database } from "./db/client";
import { access } from "./http/context";
import { registerRequestPath } from "./http/hooks";
import { ProblemDetails, registerProblemHandlers } from "./http/problem";
import { auditRoutes } from "./modules/audit/routes";
import { authRoutes } from "./modules/auth/routes";
import { funderRoutes } from "./modules/funder/routes";
import { notificationRoutes } from "./modules/notifications/routes";
import { organisationRoutes } from "./modules/organisations/routes";
import { outboxRoutes } from "./modules/outbox/routes";
import { participantRoutes } from "./modules/participants/routes";
import { pathwayRoutes } from "./modules/pathway/routes";
import { stepRoutes } from "./modules/pathway/step-routes";
import { projectRoutes } from "./modules/projects/routes";
import { ruleRoutes } from "./modules/rules/routes";
import { cohortRoutes } from "./modules/self-assessment/cohort-routes";
import { selfAssessmentRoutes } from "./modules/self-assessment/routes";
import { selfServiceRoutes } from "./modules/self-service/routes";
import { smallJobRoutes } from "./modules/small-jobs/routes";
import { systemRoutes } from "./modules/system/routes";
import { userRoutes } from "./modules/users/routes";

declare module "fastify" {
  interface FastifyInstance {
    /** Every route registered, for the test that checks each has an access rule. */
    registeredRoutes: RouteOptions[];
  }
}

/** Request bodies are validated strictly (no coercion, unknown fields refused); query strings and params are coerced. */
function validators() {
  const base = { removeAdditional: false, useDefaults: true, allErrors: true, strict: false } as const;
  const body = new Ajv({ ...base, coerceTypes: false });
  const params = new Ajv({ ...base, coerceTypes: "array" });
  for (const ajv of [body, params]) addFormats.default(ajv);
  return { body, params };
}

/** Builds the Fastify application from the modules. No logic lives here. */
export async function buildApp(
  config: Config,
  database: Database,
  opts: { logger?: boolean } = {},
): Promise<FastifyInstance> {
  const app = Fastify({
    logger:
      opts.logger === false
        ? false
        : {
            level: config.logLevel,
            redact: {
              paths: ["req.headers.cookie", "req.headers.authorization", 'req.headers["x-csrf-token"]'],
              remove: true,
            },
            // Query strings can carry search terms such as identity codes: log the path only.
            serializers: {
              req: (req: { method: string; url: string; hostname?: string; ip?: string }) => ({
                method: req.method,
                url: req.url.split("?")[0],
                hostname: req.hostname,
                remoteAddress: req.ip,
              }),
            },
          },
    trustProxy: config.trustProxy,
    bodyLimit: 1024 * 1024,
    genReqId: () => crypto.randomUUID(),
  }).withTypeProvider<TypeBoxTypeProvider>();

  // The API speaks JSON only; text/plain (what a cross-site form can send) is answered with 415.
  app.removeContentTypeParser("text/plain");

  const ajv = validators();
  app.setValidatorCompiler(({ schema, httpPart }) =>
    (httpPart === "body" ? ajv.body : ajv.params).compile(schema as object),
  );

  app.decorate("registeredRoutes", [] as RouteOptions[]);
  app.addHook("onRoute", (r) => {
    app.registeredRoutes.push(r as RouteOptions);
  });

  app.addSchema(ProblemDetails);
  await app.register(fastifyCookie);
  await app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        // styled-components (Suomi.fi design system) injects style elements at run time.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", "data:"],
        fontSrc: ["'self'", "data:"],
        connectSrc: ["'self'"],
        frameAncestors: ["'none'"],
        formAction: ["'self'"],
        upgradeInsecureRequests: config.secureCookies ? [] : null,
      },
    },
    hsts: config.secureCookies,
  });
  await app.register(fastifyRateLimit, { max: config.rateLimitPerMinute, timeWindow: "1 minute" });

  await app.register(fastifySwagger, {
    openapi: {
      openapi: "3.1.0",
      info: {
        title: "Polku API",
        version: "0.1.0",
        description: "The shared work platform of a local employment and social-inclusion network.",
      },
      components: { securitySchemes: { session: { type: "apiKey", in: "cookie", name: "polku_session" } } },
    },
    refResolver: { buildLocalReference: (json, _baseUri, _fragment, i) => String(json.$id ?? `def-${i}`) },
  });
  await app.register(async (docs) => {
    // The documentation pages are public; mark their routes so the access check knows they were meant to be.
    docs.addHook("onRoute", (r) => {
      r.config = { ...(r.config as object), access: access.public("API documentation carries no data") };
    });
    await docs.register(fastifySwaggerUi, { routePrefix: "/api/docs" });
  });

  registerProblemHandlers(app);
  registerRequestPath(app, database.app, config);

  systemRoutes(app, database);
  authRoutes(app, database.app, config);
  organisationRoutes(app, database.app);
  userRoutes(app, database.app, config);
  outboxRoutes(app, database.app);
  auditRoutes(app, database.app);
  projectRoutes(app, database.app);
  participantRoutes(app, database.app, config);
  pathwayRoutes(app, database.app);
  stepRoutes(app, database.app);
  ruleRoutes(app, database.app);
  funderRoutes(app, database.app);
  notificationRoutes(app, database.app);
  selfServiceRoutes(app, database.app);
  selfAssessmentRoutes(app, database.app);
  cohortRoutes(app, database.app);
  smallJobRoutes(app, database.app, config);

  const webDist = path.resolve(config.webDist);
  if (existsSync(path.join(webDist, "index.html"))) {
    await app.register(async (web) => {
      web.addHook("onRoute", (r) => {
        r.config = { ...(r.config as object), access: access.public("the web application's static files") };
      });
      await web.register(fastifyStatic, { root: webDist, wildcard: false, index: false });
      // The single-page app answers every other page address with its shell.
      web.get("/*", { schema: { hide: true } }, (req, reply) => {
        // Unknown API paths and missing build files are 404s, not the app shell.
        if (req.url.startsWith("/api/") || req.url.startsWith("/assets/")) return reply.callNotFound();
        return reply.sendFile("index.html");
      });
      web.get("/", { schema: { hide: true } }, (_req, reply) => reply.sendFile("index.html"));
    });
  }
  return app;
}
