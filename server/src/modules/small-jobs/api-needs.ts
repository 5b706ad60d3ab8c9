import { type Static, Type } from "typebox";
import { Nullable, Timestamp, Uuid } from "../../http/typebox";
import { IsoDate } from "../projects/schema";
import {
  ApplicationStatus,
  Employer,
  Job,
  JobCan,
  JobCategory,
  JobFields,
  JobStatus,
  JobSummary,
  PayType,
  Season,
} from "./api-jobs";

// API shapes of work needs, the staff's job list, applicants, workers and a seeker's applications
// (decision 024). What a poster sees of a person is minimal by construction: these shapes have no
// field for anything else.

export const WorkNeed = Type.Object({
  id: Uuid,
  organisationId: Uuid,
  organisationName: Type.String(),
  title: Type.String(),
  description: Type.String(),
  category: JobCategory,
  village: Type.String(),
  municipality: Nullable(Type.String()),
  place: Nullable(Type.String()),
  season: Season,
  effortHours: Nullable(Type.Integer()),
  beneficiaries: Type.String(),
  archived: Type.Boolean(),
  /** How many jobs have been posted from it. */
  jobCount: Type.Integer(),
  version: Type.Integer(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type WorkNeed = Static<typeof WorkNeed>;

const NeedFields = {
  title: Type.String({ minLength: 1, maxLength: 200 }),
  description: Type.String({ maxLength: 4000 }),
  category: JobCategory,
  village: Type.String({ minLength: 1, maxLength: 100 }),
  municipality: Nullable(Type.String({ maxLength: 100 })),
  place: Nullable(Type.String({ maxLength: 300 })),
  season: Season,
  effortHours: Nullable(Type.Integer({ minimum: 1, maximum: 100_000 })),
  beneficiaries: Type.String({ maxLength: 1000 }),
};

export const WorkNeedCreate = Type.Object(
  {
    organisationId: Uuid,
    title: NeedFields.title,
    description: Type.Optional(NeedFields.description),
    category: NeedFields.category,
    village: NeedFields.village,
    municipality: Type.Optional(NeedFields.municipality),
    place: Type.Optional(NeedFields.place),
    season: NeedFields.season,
    effortHours: Type.Optional(NeedFields.effortHours),
    beneficiaries: Type.Optional(NeedFields.beneficiaries),
  },
  { additionalProperties: false },
);
export type WorkNeedCreate = Static<typeof WorkNeedCreate>;

export const WorkNeedUpdate = Type.Object(
  {
    title: Type.Optional(NeedFields.title),
    description: Type.Optional(NeedFields.description),
    category: Type.Optional(NeedFields.category),
    village: Type.Optional(NeedFields.village),
    municipality: Type.Optional(NeedFields.municipality),
    place: Type.Optional(NeedFields.place),
    season: Type.Optional(NeedFields.season),
    effortHours: Type.Optional(NeedFields.effortHours),
    beneficiaries: Type.Optional(NeedFields.beneficiaries),
    archived: Type.Optional(Type.Boolean()),
    version: Type.Integer({ minimum: 1 }),
  },
  { additionalProperties: false },
);
export type WorkNeedUpdate = Static<typeof WorkNeedUpdate>;

export const WorkNeedQuery = Type.Object(
  {
    organisationId: Type.Optional(Uuid),
    village: Type.Optional(Type.String({ maxLength: 100 })),
    /** Archived needs (true) or the ones still needed (false, the default). */
    archived: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false },
);
export type WorkNeedQuery = Static<typeof WorkNeedQuery>;

export const WorkNeedResponse = Type.Object({ data: WorkNeed, can: Type.Object({ edit: Type.Boolean() }) });
export const WorkNeedList = Type.Object({
  data: Type.Array(WorkNeed),
  can: Type.Object({ create: Type.Boolean() }),
});

/** Posting a need as a job: the need gives title, description, category and village unless given here. */
export const WorkNeedPost = Type.Object(
  {
    title: Type.Optional(JobFields.title),
    description: Type.Optional(JobFields.description),
    municipality: JobFields.municipality,
    address: JobFields.address,
    startsOn: IsoDate,
    endsOn: IsoDate,
    estimatedMinutes: JobFields.estimatedMinutes,
    payType: PayType,
    payCents: JobFields.payCents,
    places: JobFields.places,
    requirements: Type.Optional(JobFields.requirements),
    safetyNotes: Type.Optional(JobFields.safetyNotes),
    employer: Type.Optional(Employer),
    publish: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false },
);
export type WorkNeedPost = Static<typeof WorkNeedPost>;

export const JobResponse = Type.Object({ data: Job, can: JobCan });
export type JobResponse = Static<typeof JobResponse>;

export const JobQuery = Type.Object(
  {
    status: Type.Optional(JobStatus),
    organisationId: Type.Optional(Uuid),
    village: Type.Optional(Type.String({ maxLength: 100 })),
    category: Type.Optional(JobCategory),
    /** Jobs whose window reaches this day or later. */
    from: Type.Optional(IsoDate),
    /** Jobs whose window begins on this day or earlier. */
    to: Type.Optional(IsoDate),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, default: 50 })),
    offset: Type.Optional(Type.Integer({ minimum: 0, maximum: 100_000, default: 0 })),
  },
  { additionalProperties: false },
);
export type JobQuery = Static<typeof JobQuery>;

export const JobList = Type.Object({
  data: Type.Array(Job),
  /** All jobs matching, for paging. */
  total: Type.Integer(),
  can: Type.Object({ post: Type.Boolean() }),
});
export type JobList = Static<typeof JobList>;

export const VersionBody = Type.Object(
  { version: Type.Integer({ minimum: 1 }) },
  { additionalProperties: false },
);
export const CancelBody = Type.Object(
  { reason: Type.String({ minLength: 1, maxLength: 500 }), version: Type.Integer({ minimum: 1 }) },
  { additionalProperties: false },
);

/** An applicant as the poster sees them: the first name, what they have of what the job needs, their note. */
export const Applicant = Type.Object({
  applicationId: Uuid,
  firstName: Type.String(),
  status: ApplicationStatus,
  appliedAt: Nullable(Timestamp),
  message: Nullable(Type.String()),
  /** For each thing the job needs: whether the applicant has it (their seeker profile). */
  has: Type.Record(Type.String(), Type.Boolean()),
  proposedByCoach: Type.Boolean(),
});
export type Applicant = Static<typeof Applicant>;
export const ApplicantList = Type.Object({ data: Type.Array(Applicant) });

export const ApplicationParams = Type.Object(
  { id: Uuid, applicationId: Uuid },
  { additionalProperties: false },
);

/** A worker as the poster sees them: the first name, hours as each side gave them, pay. */
export const JobWorker = Type.Object({
  workerId: Uuid,
  firstName: Type.String(),
  workerMinutes: Nullable(Type.Integer()),
  ordererMinutes: Nullable(Type.Integer()),
  workerConfirmedAt: Nullable(Timestamp),
  ordererConfirmedAt: Nullable(Timestamp),
  /** Both sides confirmed the same minutes: the gross pay is fixed. */
  hoursAgree: Type.Boolean(),
  grossCents: Nullable(Type.Integer()),
  withholdingCents: Nullable(Type.Integer()),
  paidOn: Nullable(IsoDate),
  /** For the next write (hours, payment): a stale one is refused with 409. */
  version: Type.Integer(),
});
export type JobWorker = Static<typeof JobWorker>;
export const JobWorkerList = Type.Object({ data: Type.Array(JobWorker) });

export const ApplyBody = Type.Object(
  { message: Type.Optional(Type.String({ maxLength: 500 })) },
  { additionalProperties: false },
);
export type ApplyBody = Static<typeof ApplyBody>;

export const ProposeBody = Type.Object({ participantId: Uuid }, { additionalProperties: false });

/** An application as the person who applied (or was proposed) sees it. */
export const MyApplication = Type.Object({
  id: Uuid,
  status: ApplicationStatus,
  appliedAt: Nullable(Timestamp),
  message: Nullable(Type.String()),
  proposedByCoach: Type.Boolean(),
  job: JobSummary,
  /** The street address: only once picked. */
  address: Nullable(Type.String()),
  /** The worker row once picked (hours and pay go through it). */
  workerId: Nullable(Uuid),
  createdAt: Timestamp,
});
export type MyApplication = Static<typeof MyApplication>;
export const MyApplicationList = Type.Object({ data: Type.Array(MyApplication) });
export const MyApplicationResponse = Type.Object({ data: MyApplication });

/** A coach's proposal, as the coach sees it: the application's id and status only. */
export const Proposal = Type.Object({
  id: Uuid,
  jobId: Uuid,
  participantId: Uuid,
  status: ApplicationStatus,
});
export const ProposalResponse = Type.Object({ data: Proposal });

/**
 * A participant's application as their coach sees it (GET /participants/:id/job-applications): the
 * job without its address, the status and dates, and for a picked worker the hours, pay and day paid.
 */
export const ParticipantApplication = Type.Object({
  id: Uuid,
  status: ApplicationStatus,
  proposedByCoach: Type.Boolean(),
  appliedAt: Nullable(Timestamp),
  decidedAt: Nullable(Timestamp),
  createdAt: Timestamp,
  job: JobSummary,
  /** The worker row once picked (null otherwise, and after a withdrawal). */
  worker: Nullable(
    Type.Object({
      workerMinutes: Nullable(Type.Integer()),
      ordererMinutes: Nullable(Type.Integer()),
      /** Both sides confirmed the same minutes: the gross pay is fixed. */
      hoursAgree: Type.Boolean(),
      grossCents: Nullable(Type.Integer()),
      paidOn: Nullable(IsoDate),
    }),
  ),
});
export type ParticipantApplication = Static<typeof ParticipantApplication>;
export const ParticipantApplicationList = Type.Object({ data: Type.Array(ParticipantApplication) });
