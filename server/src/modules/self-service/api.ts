import { type Static, Type } from "typebox";
import { Nullable, StringEnum, Timestamp, Uuid } from "../../http/typebox";
import { LANGUAGES } from "../access/roles";
import { FunderEntryData, FunderExitData, FunderFollowUpData } from "../funder/schema";
import { CONSENT_METHODS, CONSENT_PURPOSES, SHARING_SCOPES } from "../participants/schema";
import {
  BARRIER_AREAS,
  CONTACT_KINDS,
  EVENT_KINDS,
  GOAL_STATUSES,
  OUTCOMES,
  STAGES,
  STEP_KINDS,
  STEP_STATUSES,
} from "../pathway/schema";
import { PROGRAMME_PERIODS } from "../projects/schema";
import { ExportSelfAssessment } from "../self-assessment/export";

// API shapes of the participant's own view (/api/me/*): what a participant reads about themselves.

const IsoDate = Type.String({ format: "date" });

export const Stage = StringEnum(STAGES);
export const StepKind = StringEnum(STEP_KINDS);
export const StepStatus = StringEnum(STEP_STATUSES);
export const GoalStatus = StringEnum(GOAL_STATUSES);
export const ContactKind = StringEnum(CONTACT_KINDS);
export const Outcome = StringEnum(OUTCOMES);

/** The participant's basic data as they see it on their page. */
export const MyBasicData = Type.Object({
  id: Uuid,
  firstName: Type.String(),
  lastName: Type.String(),
  phone: Nullable(Type.String()),
  email: Nullable(Type.String()),
  address: Nullable(Type.String()),
  postalCode: Nullable(Type.String()),
  municipality: Nullable(Type.String()),
  village: Nullable(Type.String()),
  preferredLanguage: StringEnum(LANGUAGES),
  /** The organisation that keeps the record. */
  organisationName: Type.String(),
});
export type MyBasicData = Static<typeof MyBasicData>;

export const MyEnrolment = Type.Object({
  id: Uuid,
  projectName: Type.String(),
  /** oma valmentaja */
  coachName: Type.String(),
  entryDate: IsoDate,
  exitDate: Nullable(IsoDate),
  outcome: Nullable(Outcome),
});
export type MyEnrolment = Static<typeof MyEnrolment>;

export const MyGoalReview = Type.Object({
  reviewedOn: IsoDate,
  status: GoalStatus,
  note: Type.String(),
});
export type MyGoalReview = Static<typeof MyGoalReview>;

export const MyGoal = Type.Object({
  id: Uuid,
  title: Type.String(),
  description: Type.String(),
  targetDate: Nullable(IsoDate),
  status: GoalStatus,
  reviews: Type.Array(MyGoalReview),
});
export type MyGoal = Static<typeof MyGoal>;

export const MyPlan = Type.Object({
  summary: Type.String(),
  agreedOn: Nullable(IsoDate),
  nextReviewOn: Nullable(IsoDate),
  goals: Type.Array(MyGoal),
});
export type MyPlan = Static<typeof MyPlan>;

export const MyStep = Type.Object({
  id: Uuid,
  kind: StepKind,
  title: Type.String(),
  /** The provider organisation's name, or the host named on the step. */
  provider: Nullable(Type.String()),
  startsOn: IsoDate,
  endsOn: Nullable(IsoDate),
  daysPerWeek: Nullable(Type.Number()),
  hoursPerDay: Nullable(Type.Number()),
  status: StepStatus,
  interruptionReason: Nullable(Type.String()),
});
export type MyStep = Static<typeof MyStep>;

/** One stage change; the working note of the change is not part of the participant's view. */
export const MyStage = Type.Object({ stage: Stage, changedOn: IsoDate });
export type MyStage = Static<typeof MyStage>;

/** A meeting or note that its author shared with the participant. */
export const MyMessage = Type.Object({
  id: Uuid,
  kind: ContactKind,
  happenedAt: Timestamp,
  note: Type.String(),
  authorFirstName: Type.String(),
  organisationName: Type.String(),
});
export type MyMessage = Static<typeof MyMessage>;

export const MyPathway = Type.Object({
  participant: MyBasicData,
  enrolments: Type.Array(MyEnrolment),
  plan: Nullable(MyPlan),
  steps: Type.Array(MyStep),
  currentStage: Nullable(Stage),
  /** Newest first: the current stage is the first. */
  stages: Type.Array(MyStage),
  messages: Type.Array(MyMessage),
});
export type MyPathway = Static<typeof MyPathway>;

export const MyPathwayResponse = Type.Object({ data: MyPathway });
export type MyPathwayResponse = Static<typeof MyPathwayResponse>;

/** One read of the participant's data, in plain words. */
export const MyAccessEntry = Type.Object({
  id: Type.String(),
  at: Timestamp,
  /** The participant themselves read it. */
  you: Type.Boolean(),
  readerName: Nullable(Type.String()),
  /** The organisations the reader works in. */
  readerOrganisations: Type.Array(Type.String()),
  /** The purpose as the reading route recorded it. */
  purpose: Type.String(),
  /** The purpose in plain words, in the caller's language. */
  purposeText: Type.String(),
});
export type MyAccessEntry = Static<typeof MyAccessEntry>;

export const MyAccessQuery = Type.Object(
  {
    before: Type.Optional(Type.String({ pattern: "^[0-9]{1,18}$" })),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100 })),
  },
  { additionalProperties: false },
);
export type MyAccessQuery = Static<typeof MyAccessQuery>;

export const MyAccessPage = Type.Object({
  data: Type.Array(MyAccessEntry),
  nextCursor: Nullable(Type.String()),
});
export type MyAccessPage = Static<typeof MyAccessPage>;

export const ExportQuery = Type.Object(
  {
    /** Language of the texts in the file; the participant's own language when left out. */
    lang: Type.Optional(StringEnum(LANGUAGES)),
  },
  { additionalProperties: false },
);
export type ExportQuery = Static<typeof ExportQuery>;

/**
 * Everything Polku holds about the participant that it gives out without a person's review (GDPR
 * art. 15 and 20). What is left out, and how to ask for it, is said in the file itself
 * (docs/decisions/015-participant-export.md).
 */
export const MyExport = Type.Object({
  format: Type.Literal("polku-participant-export"),
  formatVersion: Type.Literal(1),
  exportedAt: Timestamp,
  language: StringEnum(LANGUAGES),
  about: Type.Object({
    included: Type.String(),
    notIncluded: Type.Array(Type.String()),
    howToAsk: Type.String(),
  }),
  participant: Type.Object({
    id: Uuid,
    firstName: Type.String(),
    lastName: Type.String(),
    birthDate: IsoDate,
    /** henkilötunnus: it is theirs. */
    identityCode: Nullable(Type.String()),
    phone: Nullable(Type.String()),
    email: Nullable(Type.String()),
    address: Nullable(Type.String()),
    postalCode: Nullable(Type.String()),
    municipality: Nullable(Type.String()),
    village: Nullable(Type.String()),
    languages: Type.Array(Type.String()),
    preferredLanguage: StringEnum(LANGUAGES),
    entryData: FunderEntryData,
    organisationName: Type.String(),
    registeredAt: Timestamp,
  }),
  consents: Type.Array(
    Type.Object({
      purpose: StringEnum(CONSENT_PURPOSES),
      organisationName: Nullable(Type.String()),
      scopes: Type.Array(StringEnum(SHARING_SCOPES)),
      givenOn: IsoDate,
      method: StringEnum(CONSENT_METHODS),
      withdrawnOn: Nullable(IsoDate),
      inForce: Type.Boolean(),
    }),
  ),
  enrolments: Type.Array(
    Type.Object({
      projectName: Type.String(),
      projectCode: Nullable(Type.String()),
      programmePeriod: StringEnum(PROGRAMME_PERIODS),
      coachName: Type.String(),
      entryDate: IsoDate,
      entryData: FunderEntryData,
      exitDate: Nullable(IsoDate),
      outcome: Nullable(Outcome),
      exitData: Nullable(FunderExitData),
      followUpDue: Nullable(IsoDate),
      followUpOn: Nullable(IsoDate),
      followUpData: Nullable(FunderFollowUpData),
    }),
  ),
  assessments: Type.Array(
    Type.Object({
      assessedOn: IsoDate,
      situation: Type.String(),
      strengths: Type.String(),
      wishes: Type.String(),
      barriers: Type.Array(
        Type.Object({ area: StringEnum(BARRIER_AREAS), level: Type.Integer(), note: Type.String() }),
      ),
      organisationName: Type.String(),
      authorName: Nullable(Type.String()),
    }),
  ),
  plan: Nullable(MyPlan),
  steps: Type.Array(MyStep),
  stages: Type.Array(MyStage),
  messages: Type.Array(MyMessage),
  /** Submitted self-assessments, oldest first (self-assessment/export.ts). */
  selfAssessments: Type.Array(ExportSelfAssessment),
  events: Type.Array(
    Type.Object({
      at: Timestamp,
      kind: StringEnum(EVENT_KINDS),
      summary: Type.Record(Type.String(), Type.Unknown()),
    }),
  ),
  accessLog: Type.Array(MyAccessEntry),
});
export type MyExport = Static<typeof MyExport>;
