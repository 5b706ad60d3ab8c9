import type { FastifyInstance } from "fastify";
import type { Db } from "../../db/client";

/** The small-jobs orders routes. */
export function ordersRoutes(_app: FastifyInstance, _db: Db) {}
