import { type Static, Type } from "typebox";
import { Nullable, StringEnum, Uuid } from "../../http/typebox";
import { IsoDate } from "../projects/schema";
import { ApplicationStatus, JobCategory, JobSummary } from "./api-jobs";
import { JobEstimate } from "./api-money";
import { FIT_REASONS } from "./matching";

// API shapes of the seeker's job search, the coach's matching lists and the brokering figures.

/** How well a job fits a seeker: 0–100, the reasons that hold and what is missing (requirement codes, busy_in_window, weekdays_not_free, over_ceiling). */
export const Fit = Type.Object({
  score: Type.Integer({ minimum: 0, maximum: 100 }),
  reasons: Type.Array(StringEnum(FIT_REASONS)),
  missing: Type.Array(Type.String()),
});

export const JobSearchQuery = Type.Object(
  {
    village: Type.Optional(Type.String({ minLength: 1, maxLength: 100 })),
    municipality: Type.Optional(Type.String({ minLength: 1, maxLength: 100 })),
    scope: Type.Optional(StringEnum(["near", "all"] as const)),
    from: Type.Optional(IsoDate),
    to: Type.Optional(IsoDate),
    category: Type.Optional(JobCategory),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 50 })),
    cursor: Type.Optional(Type.String({ maxLength: 300 })),
  },
  { additionalProperties: false },
);
export type JobSearchQuery = Static<typeof JobSearchQuery>;

/** A job in the seeker's list: the public summary (no address), the fit, the estimate, their application. */
export const SeekerJob = Type.Object({
  ...JobSummary.properties,
  fit: Fit,
  estimate: JobEstimate,
  myApplication: Nullable(ApplicationStatus),
});
export type SeekerJob = Static<typeof SeekerJob>;

export const SeekerJobList = Type.Object({
  data: Type.Array(SeekerJob),
  /** The cursor of the next page, or null. */
  next: Nullable(Type.String()),
  /** The place searched near: the filter given, else the seeker profile's, else the participant's. */
  place: Type.Object({
    village: Nullable(Type.String()),
    municipality: Nullable(Type.String()),
    scope: StringEnum(["near", "all"] as const),
  }),
});

/** One job for the seeker, with their application and, once picked, the address and their hours and pay. */
export const SeekerJobDetail = Type.Object({
  data: Type.Object({
    ...SeekerJob.properties,
    /** Only for a picked (accepted) worker. */
    address: Nullable(Type.String()),
    application: Nullable(
      Type.Object({
        id: Uuid,
        status: ApplicationStatus,
        message: Nullable(Type.String()),
        appliedAt: Nullable(Type.String()),
      }),
    ),
    worker: Nullable(
      Type.Object({
        id: Uuid,
        workerMinutes: Nullable(Type.Integer()),
        ordererMinutes: Nullable(Type.Integer()),
        grossCents: Nullable(Type.Integer()),
        withholdingCents: Nullable(Type.Integer()),
        paidOn: Nullable(IsoDate),
      }),
    ),
  }),
});

/** A coach's view of the best jobs for one participant. */
export const ParticipantJobMatches = Type.Object({
  data: Type.Array(
    Type.Object({
      ...JobSummary.properties,
      fit: Fit,
      estimate: JobEstimate,
      myApplication: Nullable(ApplicationStatus),
    }),
  ),
  /** Whether the participant has the contact consent in force (without it, they cannot apply or be proposed). */
  contactConsent: Type.Boolean(),
});

export const MatchQuery = Type.Object(
  {
    /** Also seekers who are only partly suitable, with what is missing. */
    partial: Type.Optional(Type.Boolean()),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 50 })),
  },
  { additionalProperties: false },
);

export const SeekerMatch = Type.Object({
  participantId: Uuid,
  firstName: Type.String(),
  lastName: Type.String(),
  village: Nullable(Type.String()),
  municipality: Nullable(Type.String()),
  /** Every fact holds (has the requirements, free, not busy, under the ceiling). */
  suitable: Type.Boolean(),
  fit: Fit,
  /** Their application to this job, when they have one: marked, listed after the suggestions. */
  application: Nullable(ApplicationStatus),
});

export const SeekerMatchList = Type.Object({ data: Type.Array(SeekerMatch) });

// --- Brokering figures ---

export const FiguresQuery = Type.Object(
  {
    /** First and last day of the period (whole months are reported); default: the last 12 months. */
    from: Type.Optional(IsoDate),
    to: Type.Optional(IsoDate),
    organisationId: Type.Optional(Uuid),
    village: Type.Optional(Type.String({ minLength: 1, maxLength: 100 })),
  },
  { additionalProperties: false },
);
export type FiguresQuery = Static<typeof FiguresQuery>;

export const FiguresExportQuery = Type.Object(
  { ...FiguresQuery.properties, lang: Type.Optional(StringEnum(["fi", "sv", "en"] as const)) },
  { additionalProperties: false },
);
export type FiguresExportQuery = Static<typeof FiguresExportQuery>;

const Counts = {
  /** Published in the month. */
  posted: Type.Integer(),
  /** Reached all its places in the month. */
  filled: Type.Integer(),
  /** Marked done in the month. */
  done: Type.Integer(),
  /** Hours both sides confirmed, in minutes, by the month the work ended. */
  minutes: Type.Integer(),
  /** Gross pay paid to participants, by the day paid. */
  paidCents: Type.Integer(),
  /** Distinct participants paid. */
  earners: Type.Integer(),
};

export const FiguresRow = Type.Object({
  /** yyyy-mm */
  month: Type.String({ pattern: "^\\d{4}-\\d{2}$" }),
  organisationId: Uuid,
  organisationName: Type.String(),
  village: Type.String(),
  ...Counts,
});
export type FiguresRow = Static<typeof FiguresRow>;

export const Figures = Type.Object({
  from: IsoDate,
  to: IsoDate,
  rows: Type.Array(FiguresRow),
  /** Over the whole period; earners counted once each. */
  totals: Type.Object(Counts),
});
export type Figures = Static<typeof Figures>;

export const FiguresResponse = Type.Object({ data: Figures });
