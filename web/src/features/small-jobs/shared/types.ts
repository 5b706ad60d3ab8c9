// Client-side types of the small-jobs API, taken from the server's TypeBox shapes (types only: nothing
// of the server is bundled).

export type {
  Job,
  JobCan,
  JobCreate,
  JobSummary,
  JobUpdate,
} from "../../../../../server/src/modules/small-jobs/api-jobs";
export type {
  ApplicationStatus,
  Employer,
  JobCategory,
  JobRequirement,
  JobStatus,
  PayType,
  PosterKind,
  Season,
} from "../../../../../server/src/modules/small-jobs/schema";
