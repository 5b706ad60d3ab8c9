import type { FastifyInstance } from "fastify";
import type { Db } from "../../db/client";

// Routes arrive with this capability's work in issue 3 (being built now).
export function projectRoutes(_app: FastifyInstance, _db: Db) {}
