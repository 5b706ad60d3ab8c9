import type { FastifyInstance } from "fastify";
import type { Db } from "../../db/client";

/** The small-jobs match routes. */
export function matchRoutes(_app: FastifyInstance, _db: Db) {}
