import type { FastifyInstance } from "fastify";
import type { Db } from "../../db/client";

/** The small-jobs jobs routes. */
export function jobsRoutes(_app: FastifyInstance, _db: Db) {}
