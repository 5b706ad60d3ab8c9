// Every table of every module, for Drizzle and drizzle-kit. Modules own their tables; this only gathers them.
export { accessLog, auditTrail } from "../modules/audit/schema";
export { invitations, sessions } from "../modules/auth/schema";
export { indicatorDefinitions, programmePeriodFields } from "../modules/funder/schema";
export { notifications } from "../modules/notifications/schema";
export { organisations } from "../modules/organisations/schema";
export { outbox } from "../modules/outbox/schema";
export { consents, participants } from "../modules/participants/schema";
export {
  assessments,
  contacts,
  enrolments,
  goalReviews,
  goals,
  pathwayEvents,
  plans,
  stageChanges,
  steps,
} from "../modules/pathway/schema";
export { projects } from "../modules/projects/schema";
export { regions } from "../modules/regions/schema";
export { statutoryLimits } from "../modules/rules/schema";
export {
  assessmentReminders,
  instrumentDimensions,
  instruments,
  instrumentVersions,
  selfAssessmentScores,
  selfAssessments,
} from "../modules/self-assessment/schema";
export {
  benefitRules,
  jobApplications,
  jobInvoices,
  jobOrderers,
  jobs,
  jobWorkers,
  seekerProfiles,
  workNeeds,
} from "../modules/small-jobs/schema";
export { memberships, users } from "../modules/users/schema";
