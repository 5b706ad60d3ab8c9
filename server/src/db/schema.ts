// Every table of every module, for Drizzle and drizzle-kit. Modules own their tables; this only gathers them.
export { accessLog, auditTrail } from "../modules/audit/schema";
export { invitations, sessions } from "../modules/auth/schema";
export { organisations } from "../modules/organisations/schema";
export { outbox } from "../modules/outbox/schema";
export { regions } from "../modules/regions/schema";
export { memberships, users } from "../modules/users/schema";
