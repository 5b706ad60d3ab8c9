import type { FastifyInstance } from "fastify";
import type { Db } from "../../db/client";

/** The small-jobs money routes. */
export function moneyRoutes(_app: FastifyInstance, _db: Db) {}
