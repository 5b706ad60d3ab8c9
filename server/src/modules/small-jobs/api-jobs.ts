import { type Static, Type } from "typebox";
import { Nullable, StringEnum, Timestamp, Uuid } from "../../http/typebox";
import { IsoDate } from "../projects/schema";
import {
  APPLICATION_STATUSES,
  EMPLOYERS,
  JOB_CATEGORIES,
  JOB_REQUIREMENTS,
  JOB_STATUSES,
  PAY_TYPES,
  POSTER_KINDS,
  SEASONS,
} from "./schema";

// API shapes shared by the small-jobs routes: a job as written (by an association, a company or a
// household) and as read. Money is integer cents, time integer minutes, dates ISO (yyyy-mm-dd).

export const JobCategory = StringEnum(JOB_CATEGORIES);
export const JobRequirement = StringEnum(JOB_REQUIREMENTS);
export const JobStatus = StringEnum(JOB_STATUSES);
export const PosterKind = StringEnum(POSTER_KINDS);
export const Employer = StringEnum(EMPLOYERS);
export const PayType = StringEnum(PAY_TYPES);
export const Season = StringEnum(SEASONS);
export const ApplicationStatus = StringEnum(APPLICATION_STATUSES);

/** Cents: a non-negative integer (100 000 € at most per amount). */
export const Cents = Type.Integer({ minimum: 0, maximum: 10_000_000 });
/** Minutes of work: 15 min – about 1 700 h. */
export const Minutes = Type.Integer({ minimum: 1, maximum: 100_000 });

/** The fields of a job every poster fills in. Cross-field rules (window, past dates) are in validation.ts. */
export const JobFields = {
  title: Type.String({ minLength: 1, maxLength: 200 }),
  description: Type.String({ maxLength: 4000 }),
  category: JobCategory,
  village: Type.String({ minLength: 1, maxLength: 100 }),
  municipality: Type.Optional(Nullable(Type.String({ maxLength: 100 }))),
  /** Street address: shown only to the picked workers and the poster. */
  address: Type.Optional(Nullable(Type.String({ maxLength: 300 }))),
  startsOn: IsoDate,
  endsOn: IsoDate,
  estimatedMinutes: Type.Integer({ minimum: 15, maximum: 100_000 }),
  payType: PayType,
  /** Gross, in cents: per hour (hourly) or per worker for the whole job (lump sum). */
  payCents: Type.Integer({ minimum: 1, maximum: 10_000_000 }),
  places: Type.Integer({ minimum: 1, maximum: 50 }),
  requirements: Type.Array(JobRequirement, { uniqueItems: true, maxItems: 10 }),
  safetyNotes: Type.String({ maxLength: 2000 }),
  employer: Employer,
};

export const JobCreate = Type.Object(
  {
    ...JobFields,
    /** The posting organisation (the caller's association or company). */
    organisationId: Uuid,
    workNeedId: Type.Optional(Nullable(Uuid)),
    /** Publish at once (open) instead of saving a draft. */
    publish: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false },
);
export type JobCreate = Static<typeof JobCreate>;

/** What a household fills in: the same, minus the organisation and the need. */
export const HouseholdJob = Type.Object({ ...JobFields }, { additionalProperties: false });
export type HouseholdJob = Static<typeof HouseholdJob>;

export const JobUpdate = Type.Object(
  {
    title: Type.Optional(JobFields.title),
    description: Type.Optional(JobFields.description),
    category: Type.Optional(JobCategory),
    village: Type.Optional(JobFields.village),
    municipality: JobFields.municipality,
    address: JobFields.address,
    startsOn: Type.Optional(IsoDate),
    endsOn: Type.Optional(IsoDate),
    estimatedMinutes: Type.Optional(JobFields.estimatedMinutes),
    payType: Type.Optional(PayType),
    payCents: Type.Optional(JobFields.payCents),
    places: Type.Optional(JobFields.places),
    requirements: Type.Optional(JobFields.requirements),
    safetyNotes: Type.Optional(JobFields.safetyNotes),
    employer: Type.Optional(Employer),
    version: Type.Integer({ minimum: 1 }),
  },
  { additionalProperties: false },
);
export type JobUpdate = Static<typeof JobUpdate>;

/** A job as the public, a seeker or a coach sees it: no address, no orderer. */
export const JobSummary = Type.Object({
  id: Uuid,
  title: Type.String(),
  description: Type.String(),
  category: JobCategory,
  village: Type.String(),
  municipality: Nullable(Type.String()),
  startsOn: IsoDate,
  endsOn: IsoDate,
  estimatedMinutes: Type.Integer(),
  payType: PayType,
  payCents: Type.Integer(),
  /** What one worker earns gross if the estimate holds (hourly: minutes × rate, to the cent). */
  estimatedGrossCents: Type.Integer(),
  places: Type.Integer(),
  placesLeft: Type.Integer(),
  requirements: Type.Array(JobRequirement),
  safetyNotes: Type.String(),
  employer: Employer,
  posterKind: PosterKind,
  organisationId: Uuid,
  organisationName: Type.String(),
  status: JobStatus,
  publishedAt: Nullable(Timestamp),
});
export type JobSummary = Static<typeof JobSummary>;

/** A job as its poster (the organisation's staff) sees it. */
export const Job = Type.Object({
  ...JobSummary.properties,
  address: Nullable(Type.String()),
  workNeedId: Nullable(Uuid),
  /** For a household order: who ordered (the brokering association sees it). */
  orderer: Nullable(
    Type.Object({
      name: Type.String(),
      email: Type.String(),
      phone: Nullable(Type.String()),
      confirmed: Type.Boolean(),
    }),
  ),
  /** The invoice to the orderer, once made (poster staff only). */
  invoice: Nullable(Type.Object({ number: Type.Integer(), issuedOn: IsoDate, totalCents: Type.Integer() })),
  cancelReason: Nullable(Type.String()),
  applicantCount: Type.Integer(),
  acceptedCount: Type.Integer(),
  filledAt: Nullable(Timestamp),
  doneAt: Nullable(Timestamp),
  paidAt: Nullable(Timestamp),
  cancelledAt: Nullable(Timestamp),
  version: Type.Integer(),
  createdAt: Timestamp,
});
export type Job = Static<typeof Job>;

/** What the caller may do with a job, for the UI. */
export const JobCan = Type.Object({
  edit: Type.Boolean(),
  publish: Type.Boolean(),
  cancel: Type.Boolean(),
  pick: Type.Boolean(),
  markDone: Type.Boolean(),
  confirmHours: Type.Boolean(),
  recordPayment: Type.Boolean(),
  invoice: Type.Boolean(),
  propose: Type.Boolean(),
});
export type JobCan = Static<typeof JobCan>;
