import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { type Static, Type } from "typebox";
import { type MessageKey, translate } from "./messages";

export const ProblemDetails = Type.Object(
  {
    type: Type.String(),
    title: Type.String(),
    status: Type.Integer(),
    detail: Type.String(),
    instance: Type.Optional(Type.String()),
    errors: Type.Optional(Type.Array(Type.Object({ path: Type.String(), message: Type.String() }))),
  },
  { $id: "ProblemDetails", description: "RFC 9457 problem details, in the caller's language" },
);
export type ProblemDetails = Static<typeof ProblemDetails>;

const TITLES: Record<number, string> = {
  400: "Bad Request",
  401: "Unauthorized",
  403: "Forbidden",
  404: "Not Found",
  409: "Conflict",
  413: "Content Too Large",
  415: "Unsupported Media Type",
  422: "Unprocessable Content",
  429: "Too Many Requests",
  500: "Internal Server Error",
  503: "Service Unavailable",
};

/** A failure a person should read: status, a message key in the server catalogue, its parameters. */
export class Problem extends Error {
  constructor(
    readonly status: number,
    readonly key: MessageKey,
    readonly params: Record<string, string | number> = {},
    readonly errors?: { path: string; key: MessageKey; params: Record<string, string | number> }[],
  ) {
    super(key);
  }
}

export const notFound = () => new Problem(404, "problem.notFound");
export const forbidden = () => new Problem(403, "problem.forbidden");
export const conflict = () => new Problem(409, "problem.conflict");
/** A problem about one field of the request body (JSON pointer path), shown beside that field in forms. */
export const fieldProblem = (
  status: number,
  key: MessageKey,
  path: string,
  params: Record<string, string | number> = {},
) => new Problem(status, key, params, [{ path, key, params }]);

function send(
  req: FastifyRequest,
  reply: FastifyReply,
  status: number,
  body: Omit<ProblemDetails, "title" | "status">,
) {
  const problem: ProblemDetails = {
    type: body.type,
    title: TITLES[status] ?? "Error",
    status,
    detail: body.detail,
    instance: req.url.split("?")[0],
    ...(body.errors ? { errors: body.errors } : {}),
  };
  return reply
    .code(status)
    .header("content-language", req.lang)
    .type("application/problem+json")
    .send(problem);
}

interface AjvError {
  keyword: string;
  instancePath: string;
  params: Record<string, unknown>;
}

const VALIDATION_KEYS = new Set([
  "required",
  "additionalProperties",
  "type",
  "minLength",
  "maxLength",
  "format",
  "enum",
  "pattern",
  "minimum",
  "maximum",
  "minItems",
  "maxItems",
]);

function fieldOf(e: AjvError, context: string | undefined): string {
  const base = e.instancePath.replace(/^\//, "").replaceAll("/", ".");
  const extra =
    e.keyword === "required"
      ? String(e.params.missingProperty ?? "")
      : e.keyword === "additionalProperties"
        ? String(e.params.additionalProperty ?? "")
        : "";
  const path = [base, extra].filter(Boolean).join(".");
  return path || context || "body";
}

/** Turns every error into RFC 9457 problem details in the caller's language; never leaks internals. */
export function registerProblemHandlers(app: FastifyInstance) {
  app.setNotFoundHandler((req, reply) =>
    send(req, reply, 404, { type: "about:blank", detail: translate(req.lang, "problem.notFound") }),
  );

  app.setErrorHandler((error: FastifyError | Problem, req, reply) => {
    const lang = req.lang;
    if (error instanceof Problem) {
      return send(req, reply, error.status, {
        type: `/problems/${error.key}`,
        detail: translate(lang, error.key, error.params),
        ...(error.errors
          ? { errors: error.errors.map((e) => ({ path: e.path, message: translate(lang, e.key, e.params) })) }
          : {}),
      });
    }
    const fe = error as FastifyError & { validation?: AjvError[]; validationContext?: string; code?: string };
    if (fe.validation) {
      const errors = fe.validation.map((e) => {
        const key = (
          VALIDATION_KEYS.has(e.keyword) ? `validation.${e.keyword}` : "validation.other"
        ) as MessageKey;
        const limit = e.params.limit ?? "";
        return {
          path: fieldOf(e, fe.validationContext),
          message: translate(lang, key, { field: fieldOf(e, fe.validationContext), limit: String(limit) }),
        };
      });
      return send(req, reply, 400, {
        type: "/problems/validation",
        detail: translate(lang, "problem.validation"),
        errors,
      });
    }
    switch (fe.code) {
      case "FST_ERR_CTP_INVALID_JSON_BODY":
      case "FST_ERR_CTP_EMPTY_JSON_BODY":
        return send(req, reply, 400, {
          type: "/problems/invalid-json",
          detail: translate(lang, "problem.invalidJson"),
        });
      case "FST_ERR_CTP_INVALID_MEDIA_TYPE":
      case "FST_ERR_CTP_INVALID_CONTENT_LENGTH":
        return send(req, reply, 415, {
          type: "/problems/unsupported-media-type",
          detail: translate(lang, "problem.unsupportedMediaType"),
        });
      case "FST_ERR_CTP_BODY_TOO_LARGE":
        return send(req, reply, 413, {
          type: "/problems/too-large",
          detail: translate(lang, "problem.payloadTooLarge"),
        });
    }
    const statusCode = fe.statusCode ?? 500;
    if (statusCode === 429) {
      return send(req, reply, 429, {
        type: "/problems/rate-limited",
        detail: translate(lang, "problem.rateLimited"),
      });
    }
    // Drizzle wraps driver errors; the PostgreSQL SQLSTATE is on the cause.
    const pgCode = (error as { cause?: { code?: string } }).cause?.code ?? (error as { code?: string }).code;
    if (pgCode === "23505") {
      return send(req, reply, 409, {
        type: "/problems/duplicate",
        detail: translate(lang, "problem.duplicate"),
      });
    }
    if (pgCode === "40001" || pgCode === "40P01") {
      return send(req, reply, 409, {
        type: "/problems/conflict",
        detail: translate(lang, "problem.conflict"),
      });
    }
    if (pgCode === "23503" || pgCode === "23514" || pgCode === "22P02") {
      return send(req, reply, 400, {
        type: "/problems/reference",
        detail: translate(lang, "problem.reference"),
      });
    }
    if (statusCode >= 400 && statusCode < 500) {
      return send(req, reply, statusCode, {
        type: "about:blank",
        detail: translate(lang, "problem.badRequest"),
      });
    }
    // Never log the error object whole: a failed query's message carries its parameters (personal data).
    const cause = (error as { cause?: { message?: string } }).cause;
    req.log.error(
      {
        code: pgCode,
        name: error.name,
        cause: cause?.message,
        stack: error.stack?.split("\n").slice(1, 6).join("\n"),
      },
      "unhandled error",
    );
    return send(req, reply, 500, { type: "/problems/internal", detail: translate(lang, "problem.internal") });
  });
}
