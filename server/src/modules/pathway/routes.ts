import type { FastifyInstance } from "fastify";
import type { Db } from "../../db/client";
import { enrolmentRoutes } from "./enrolment-routes";
import { recordRoutes } from "./record-routes";

/** The pathway's routes: enrolments and the caseload; the record (assessments, plan, stages, contacts, timeline). */
export function pathwayRoutes(app: FastifyInstance, db: Db) {
  enrolmentRoutes(app, db);
  // Assessments, plan, stages, contacts and timeline (./record-routes, built beside this file).
  recordRoutes(app, db);
}
