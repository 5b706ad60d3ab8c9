import type { FastifyInstance } from "fastify";
import type { Config } from "../../config";
import type { Db } from "../../db/client";
import { jobsRoutes } from "./routes-jobs";
import { matchRoutes } from "./routes-match";
import { moneyRoutes } from "./routes-money";
import { ordersRoutes } from "./routes-orders";

/**
 * Small jobs (decision 024): work needs and jobs (staff), seekers' applications, hours and pay, the
 * benefit rules and earnings, matching and figures, and household orders by e-mail link.
 */
export function smallJobRoutes(app: FastifyInstance, db: Db, config: Config) {
  jobsRoutes(app, db);
  moneyRoutes(app, db);
  matchRoutes(app, db);
  ordersRoutes(app, db, config);
}
