// The small-jobs pieces shared by the association, seeker, coach and household pages.
export {
  APPLICATION_STATUSES,
  EMPLOYERS,
  JOB_CATEGORIES,
  JOB_REQUIREMENTS,
  JOB_STATUSES,
  PAY_TYPES,
  POSTER_KINDS,
  SEASONS,
} from "./constants";
export { JobStatusTag } from "./JobStatusTag";
export { type PayLike, useJobLabels } from "./labels";
export { centsToInput, formatEuros, parseEuros, percentOfCents } from "./money";
export { formatMinutes, minutesToInput, parseHours } from "./time";
export type {
  ApplicationStatus,
  Employer,
  Job,
  JobCan,
  JobCategory,
  JobCreate,
  JobRequirement,
  JobStatus,
  JobSummary,
  JobUpdate,
  PayType,
  PosterKind,
  Season,
} from "./types";
