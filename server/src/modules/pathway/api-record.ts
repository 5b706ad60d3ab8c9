import { type Static, Type } from "typebox";
import { Nullable, StringEnum, Timestamp, Uuid } from "../../http/typebox";
import { SharingScope } from "../participants/api";
import { IsoDate } from "../projects/schema";
import { type BarrierArea, CONTACT_KINDS, EVENT_KINDS, GOAL_STATUSES, STAGES } from "./schema";

// API shapes of the participant's record: assessment, plan and goals, stages, contacts and the timeline.

const LongText = Type.String({ maxLength: 10000 });
/** An opaque keyset cursor (base64url). */
const Cursor = Type.String({ maxLength: 200, pattern: "^[A-Za-z0-9_-]+$" });
export const PageQuery = Type.Object(
  {
    before: Type.Optional(Cursor),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: 50 })),
  },
  { additionalProperties: false },
);
export type PageQuery = Static<typeof PageQuery>;

// --- Initial assessment (alkukartoitus) ---

/** 0 none, 1 some, 2 considerable, 3 severe. */
export const BarrierLevel = Type.Integer({ minimum: 0, maximum: 3 });
export const Barrier = Type.Object(
  { level: BarrierLevel, note: Type.String({ maxLength: 2000 }) },
  { additionalProperties: false },
);
/** Per barrier area; an area left out was not assessed. */
export const Barriers = Type.Object(
  {
    health: Type.Optional(Barrier),
    housing: Type.Optional(Barrier),
    finances: Type.Optional(Barrier),
    skills: Type.Optional(Barrier),
    language: Type.Optional(Barrier),
    social_network: Type.Optional(Barrier),
  } satisfies Record<BarrierArea, unknown>,
  { additionalProperties: false },
);
export type Barriers = Static<typeof Barriers>;

const AssessmentFields = {
  assessedOn: IsoDate,
  situation: LongText,
  strengths: LongText,
  wishes: LongText,
  barriers: Barriers,
};
export const AssessmentCreate = Type.Object(AssessmentFields, { additionalProperties: false });
export type AssessmentCreate = Static<typeof AssessmentCreate>;
export const AssessmentUpdate = Type.Object(
  { ...AssessmentFields, version: Type.Integer({ minimum: 1 }) },
  { additionalProperties: false },
);
export type AssessmentUpdate = Static<typeof AssessmentUpdate>;

export const Assessment = Type.Object({
  id: Uuid,
  participantId: Uuid,
  assessedOn: IsoDate,
  situation: Type.String(),
  strengths: Type.String(),
  wishes: Type.String(),
  barriers: Barriers,
  organisationName: Type.String(),
  authorName: Nullable(Type.String()),
  version: Type.Integer(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type Assessment = Static<typeof Assessment>;
export const AssessmentList = Type.Object({
  data: Type.Array(Assessment),
  can: Type.Object({ create: Type.Boolean(), edit: Type.Boolean() }),
});
export type AssessmentList = Static<typeof AssessmentList>;
export const AssessmentResponse = Type.Object({ data: Assessment });
export type AssessmentResponse = Static<typeof AssessmentResponse>;

// --- Plan and goals (suunnitelma, tavoitteet) ---

export const GoalStatus = StringEnum(GOAL_STATUSES);

export const GoalReview = Type.Object({
  id: Uuid,
  reviewedOn: IsoDate,
  status: GoalStatus,
  note: Type.String(),
  authorName: Nullable(Type.String()),
  createdAt: Timestamp,
});
export type GoalReview = Static<typeof GoalReview>;

export const Goal = Type.Object({
  id: Uuid,
  title: Type.String(),
  description: Type.String(),
  targetDate: Nullable(IsoDate),
  status: GoalStatus,
  reviews: Type.Array(GoalReview),
});
export type Goal = Static<typeof Goal>;

export const Plan = Type.Object({
  id: Uuid,
  participantId: Uuid,
  summary: Type.String(),
  agreedOn: Nullable(IsoDate),
  nextReviewOn: Nullable(IsoDate),
  updatedByName: Nullable(Type.String()),
  version: Type.Integer(),
  updatedAt: Timestamp,
  goals: Type.Array(Goal),
});
export type Plan = Static<typeof Plan>;

export const PlanResponse = Type.Object({
  data: Nullable(Plan),
  can: Type.Object({ edit: Type.Boolean() }),
});
export type PlanResponse = Static<typeof PlanResponse>;

export const GoalInput = Type.Object(
  {
    /** An existing goal of this plan; left out for a new goal. */
    id: Type.Optional(Uuid),
    title: Type.String({ minLength: 1, maxLength: 300 }),
    description: Type.String({ maxLength: 5000 }),
    targetDate: Nullable(IsoDate),
    status: GoalStatus,
  },
  { additionalProperties: false },
);
export type GoalInput = Static<typeof GoalInput>;

/** The whole plan with its goals, under the plan's one version (0 creates the plan). */
export const PlanSave = Type.Object(
  {
    summary: LongText,
    agreedOn: Nullable(IsoDate),
    nextReviewOn: Nullable(IsoDate),
    goals: Type.Array(GoalInput, { maxItems: 50 }),
    version: Type.Integer({ minimum: 0 }),
  },
  { additionalProperties: false },
);
export type PlanSave = Static<typeof PlanSave>;

export const GoalReviewCreate = Type.Object(
  { reviewedOn: IsoDate, status: GoalStatus, note: Type.String({ maxLength: 5000 }) },
  { additionalProperties: false },
);
export type GoalReviewCreate = Static<typeof GoalReviewCreate>;

// --- Stages of the Vaasa model ---

export const Stage = StringEnum(STAGES);
export const StageChange = Type.Object({
  id: Uuid,
  stage: Stage,
  changedOn: IsoDate,
  note: Type.String(),
  authorName: Nullable(Type.String()),
  createdAt: Timestamp,
});
export type StageChange = Static<typeof StageChange>;
export const StageHistory = Type.Object({
  data: Type.Object({ current: Nullable(StageChange), history: Type.Array(StageChange) }),
  can: Type.Object({ change: Type.Boolean() }),
});
export type StageHistory = Static<typeof StageHistory>;
export const StageChangeCreate = Type.Object(
  { stage: Stage, changedOn: IsoDate, note: Type.String({ maxLength: 2000 }) },
  { additionalProperties: false },
);
export type StageChangeCreate = Static<typeof StageChangeCreate>;

// --- Meetings, contacts and notes ---

export const ContactKind = StringEnum(CONTACT_KINDS);
export const Contact = Type.Object({
  id: Uuid,
  kind: ContactKind,
  happenedAt: Timestamp,
  note: Type.String(),
  sharedWithNetwork: Type.Boolean(),
  sharedWithParticipant: Type.Boolean(),
  organisationName: Type.String(),
  authorName: Nullable(Type.String()),
  /** Written by one of the reader's own organisations. */
  own: Type.Boolean(),
  createdAt: Timestamp,
});
export type Contact = Static<typeof Contact>;
export const ContactList = Type.Object({
  data: Type.Array(Contact),
  nextCursor: Nullable(Type.String()),
  can: Type.Object({ add: Type.Boolean() }),
});
export type ContactList = Static<typeof ContactList>;
export const ContactCreate = Type.Object(
  {
    kind: ContactKind,
    happenedAt: Timestamp,
    note: Type.String({ maxLength: 10000 }),
    sharedWithNetwork: Type.Boolean(),
    sharedWithParticipant: Type.Boolean(),
  },
  { additionalProperties: false },
);
export type ContactCreate = Static<typeof ContactCreate>;
export const ContactResponse = Type.Object({ data: Contact });
export type ContactResponse = Static<typeof ContactResponse>;

// --- Timeline ---

export const EventKind = StringEnum(EVENT_KINDS);
export const TimelineEntry = Type.Object({
  id: Uuid,
  at: Timestamp,
  kind: EventKind,
  scope: SharingScope,
  /** Facts only (kinds, dates, statuses, counts): never free text. */
  summary: Type.Record(
    Type.String(),
    Type.Union([Type.String(), Type.Number(), Type.Boolean(), Type.Null()]),
  ),
  actorName: Nullable(Type.String()),
  organisationName: Nullable(Type.String()),
  /** The row the event is about; with `kind` it names where to go for the details. */
  refId: Nullable(Uuid),
});
export type TimelineEntry = Static<typeof TimelineEntry>;
export const Timeline = Type.Object({
  data: Type.Array(TimelineEntry),
  nextCursor: Nullable(Type.String()),
});
export type Timeline = Static<typeof Timeline>;
