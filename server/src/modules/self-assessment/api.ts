import { type Static, Type } from "typebox";
import { Nullable, StringEnum, Timestamp, Uuid } from "../../http/typebox";
import { IsoDate } from "../projects/schema";
import { ANSWER_MODES, ANSWER_STATUSES, INSTRUMENT_LANGUAGES, INSTRUMENT_VERSION_STATUSES } from "./schema";

// API shapes of self-assessment: instruments (admin), answers (participant and coach), history and
// reminders. The cohort report (distance travelled) has its own shapes.

/** A dimension key: carries the meaning of a dimension across versions ("everyday_life"). */
export const DIMENSION_KEY = "^[a-z][a-z0-9_]{0,39}$";
/** An instrument key: stable name for code and exports ("polku-work-ability"). */
export const INSTRUMENT_KEY = "^[a-z][a-z0-9_-]{1,59}$";

/** Text limits of an instrument's wording. Drafts may leave texts empty; publishing needs them all. */
export const TEXT_LIMITS = {
  name: 200,
  description: 2000,
  question: 300,
  explanation: 1000,
  low: 120,
  high: 120,
} as const;
export const MAX_DIMENSIONS = 30;

export const InstrumentLanguage = StringEnum(INSTRUMENT_LANGUAGES);
export const AnswerMode = StringEnum(ANSWER_MODES);
export const AnswerStatus = StringEnum(ANSWER_STATUSES);
export const InstrumentVersionStatus = StringEnum(INSTRUMENT_VERSION_STATUSES);

const textIn = (maxLength: number) =>
  Type.Object(
    {
      fi: Type.String({ maxLength }),
      sv: Type.String({ maxLength }),
      en: Type.String({ maxLength }),
      plain: Type.String({ maxLength }),
    },
    { additionalProperties: false },
  );

/** A name or description in every instrument language (fi, sv, en and plain Finnish). */
export const InstrumentName = textIn(TEXT_LIMITS.name);
export const InstrumentDescription = textIn(TEXT_LIMITS.description);
export type InstrumentText = Static<typeof InstrumentName>;

/** What a dimension asks in one language: the question, an explanation, and the words at 0 and 10. */
export const DimensionWording = Type.Object(
  {
    question: Type.String({ maxLength: TEXT_LIMITS.question }),
    explanation: Type.String({ maxLength: TEXT_LIMITS.explanation }),
    low: Type.String({ maxLength: TEXT_LIMITS.low }),
    high: Type.String({ maxLength: TEXT_LIMITS.high }),
  },
  { additionalProperties: false },
);
export const DimensionTexts = Type.Object(
  { fi: DimensionWording, sv: DimensionWording, en: DimensionWording, plain: DimensionWording },
  { additionalProperties: false },
);
export type DimensionTexts = Static<typeof DimensionTexts>;

/** A dimension of an instrument version, as returned. */
export const Dimension = Type.Object({
  id: Uuid,
  key: Type.String(),
  /** 1-based order within its version. */
  position: Type.Integer(),
  texts: DimensionTexts,
});
export type Dimension = Static<typeof Dimension>;

// --- Instruments (administrators edit; staff roles and administrators read) ---

/** The published version: what new answers use. */
export const PublishedVersion = Type.Object({
  id: Uuid,
  number: Type.Integer(),
  publishedAt: Timestamp,
  dimensions: Type.Array(Dimension),
});
export type PublishedVersion = Static<typeof PublishedVersion>;

export const InstrumentSummary = Type.Object({
  id: Uuid,
  key: Type.String(),
  name: InstrumentName,
  description: InstrumentDescription,
  archived: Type.Boolean(),
  published: Nullable(PublishedVersion),
  hasDraft: Type.Boolean(),
  /** Submitted answers given with any version of the instrument. */
  answerCount: Type.Integer(),
  version: Type.Integer(),
});
export type InstrumentSummary = Static<typeof InstrumentSummary>;

export const InstrumentList = Type.Object({
  data: Type.Array(InstrumentSummary),
  can: Type.Object({ create: Type.Boolean() }),
});
export type InstrumentList = Static<typeof InstrumentList>;

export const InstrumentVersion = Type.Object({
  id: Uuid,
  number: Type.Integer(),
  status: InstrumentVersionStatus,
  publishedAt: Nullable(Timestamp),
  dimensions: Type.Array(Dimension),
  /** Answers (drafts and submitted) given with this version. */
  answerCount: Type.Integer(),
  /** Optimistic concurrency of the version row (PUT/publish of the draft send it back). */
  version: Type.Integer(),
});
export type InstrumentVersion = Static<typeof InstrumentVersion>;

export const InstrumentDetail = Type.Object({
  id: Uuid,
  key: Type.String(),
  name: InstrumentName,
  description: InstrumentDescription,
  archived: Type.Boolean(),
  /** Newest first: the draft (if any), the published one, then retired ones. */
  versions: Type.Array(InstrumentVersion),
  /** Optimistic concurrency of the instrument row (PATCH sends it back). */
  version: Type.Integer(),
});
export type InstrumentDetail = Static<typeof InstrumentDetail>;

export const InstrumentResponse = Type.Object({
  data: InstrumentDetail,
  can: Type.Object({ edit: Type.Boolean() }),
});
export type InstrumentResponse = Static<typeof InstrumentResponse>;

export const InstrumentCreate = Type.Object(
  {
    key: Type.String({ pattern: INSTRUMENT_KEY }),
    name: InstrumentName,
    description: InstrumentDescription,
  },
  { additionalProperties: false },
);
export type InstrumentCreate = Static<typeof InstrumentCreate>;

export const InstrumentUpdate = Type.Object(
  {
    name: Type.Optional(InstrumentName),
    description: Type.Optional(InstrumentDescription),
    archived: Type.Optional(Type.Boolean()),
    version: Type.Integer({ minimum: 1 }),
  },
  { additionalProperties: false },
);
export type InstrumentUpdate = Static<typeof InstrumentUpdate>;

export const DimensionInput = Type.Object(
  {
    key: Type.String({ maxLength: 40 }),
    texts: DimensionTexts,
  },
  { additionalProperties: false },
);
export type DimensionInput = Static<typeof DimensionInput>;

/** The draft saved whole; position = array order. `version` is the draft version row's version. */
export const DraftSave = Type.Object(
  {
    dimensions: Type.Array(DimensionInput, { maxItems: MAX_DIMENSIONS }),
    version: Type.Integer({ minimum: 1 }),
  },
  { additionalProperties: false },
);
export type DraftSave = Static<typeof DraftSave>;

/** `version` is the draft version row's version. */
export const DraftPublish = Type.Object(
  { version: Type.Integer({ minimum: 1 }) },
  { additionalProperties: false },
);
export type DraftPublish = Static<typeof DraftPublish>;

// --- Answers ---

/** Scores by dimension key: 0–10, or null when the question was skipped. */
export const Scores = Type.Record(Type.String(), Nullable(Type.Integer({ minimum: 0, maximum: 10 })), {
  maxProperties: MAX_DIMENSIONS,
});
export type Scores = Static<typeof Scores>;

export const InstrumentRef = Type.Object({ id: Uuid, key: Type.String(), name: InstrumentName });
export type InstrumentRef = Static<typeof InstrumentRef>;

/** One answering of an instrument by a participant (itsearvio): a draft or submitted. */
export const SelfAssessment = Type.Object({
  id: Uuid,
  participantId: Uuid,
  instrument: InstrumentRef,
  instrumentVersion: Type.Object({ id: Uuid, number: Type.Integer() }),
  /** The dimensions of the answer's own version, in order. */
  dimensions: Type.Array(Dimension),
  mode: AnswerMode,
  /** The external tool's name (mode external), e.g. "Kykyviisari". */
  externalTool: Nullable(Type.String()),
  answeredOn: IsoDate,
  language: InstrumentLanguage,
  status: AnswerStatus,
  /**
   * Draft: the scores saved so far (a key left out is not yet answered). Submitted: every dimension of
   * the version, null when skipped.
   */
  scores: Scores,
  /** Keys answered or skipped so far (submitted: all keys of the version). */
  answeredKeys: Type.Array(Type.String()),
  submittedAt: Nullable(Timestamp),
  /** Who started it (the participant or the coach). */
  startedByName: Nullable(Type.String()),
  /** The organisation of the coach who recorded it; null when the participant answered alone. */
  organisationName: Nullable(Type.String()),
  version: Type.Integer(),
  can: Type.Object({ edit: Type.Boolean(), submit: Type.Boolean(), discard: Type.Boolean() }),
});
export type SelfAssessment = Static<typeof SelfAssessment>;

export const SelfAssessmentResponse = Type.Object({ data: SelfAssessment });
export type SelfAssessmentResponse = Static<typeof SelfAssessmentResponse>;

/** Autosave of a draft: scores are merged into it per key, so nothing saved by another tab is lost. */
export const AnswerPatch = Type.Object(
  { scores: Scores, language: Type.Optional(InstrumentLanguage) },
  { additionalProperties: false },
);
export type AnswerPatch = Static<typeof AnswerPatch>;

/** An instrument the participant may start (or continue) answering. */
export const StartableInstrument = Type.Object({
  id: Uuid,
  key: Type.String(),
  name: InstrumentName,
  description: InstrumentDescription,
  /** Dimensions of the published version. */
  dimensionCount: Type.Integer(),
  /** The participant's unfinished answer of this instrument, if any (POST continues it). */
  draftId: Nullable(Uuid),
  /** The day of the latest submitted answer, if any. */
  lastAnsweredOn: Nullable(IsoDate),
});
export type StartableInstrument = Static<typeof StartableInstrument>;

export const MySelfAssessments = Type.Object({
  data: Type.Object({
    instruments: Type.Array(StartableInstrument),
    drafts: Type.Array(SelfAssessment),
    /** Newest first. */
    submitted: Type.Array(SelfAssessment),
  }),
});
export type MySelfAssessments = Static<typeof MySelfAssessments>;

export const MyStart = Type.Object(
  { instrumentId: Uuid, language: InstrumentLanguage },
  { additionalProperties: false },
);
export type MyStart = Static<typeof MyStart>;

/** Staff start: with_coach makes a draft the coach's device fills; external is submitted at once. */
export const StaffStart = Type.Object(
  {
    instrumentId: Uuid,
    mode: StringEnum(["with_coach", "external"] as const),
    /** Required for external, e.g. "Kykyviisari". */
    externalTool: Type.Optional(Nullable(Type.String({ maxLength: 100 }))),
    answeredOn: IsoDate,
    language: InstrumentLanguage,
    scores: Type.Optional(Scores),
  },
  { additionalProperties: false },
);
export type StaffStart = Static<typeof StaffStart>;

export const ParticipantSelfAssessments = Type.Object({
  /** Drafts first, then submitted answers newest first. */
  data: Type.Array(SelfAssessment),
  can: Type.Object({
    /** Start an answer with the participant (with_coach) or record external scores. */
    start: Type.Boolean(),
    /** Set and remove reminders. */
    remind: Type.Boolean(),
  }),
});
export type ParticipantSelfAssessments = Static<typeof ParticipantSelfAssessments>;

// --- History ---

export const HistoryQuery = Type.Object(
  {
    /** Left out: the instrument of the latest submitted answer (or the region's default instrument). */
    instrumentId: Type.Optional(Uuid),
  },
  { additionalProperties: false },
);
export type HistoryQuery = Static<typeof HistoryQuery>;

export const HistoryPoint = Type.Object({ score: Type.Integer(), answeredOn: IsoDate });

export const History = Type.Object({
  instrument: InstrumentRef,
  /** Instruments the participant has submitted answers of (to switch between). */
  instruments: Type.Array(InstrumentRef),
  /**
   * Dimension keys in the wording of the latest published version, then keys only found in older
   * versions (in the wording of the newest version that had them).
   */
  dimensions: Type.Array(Type.Object({ key: Type.String(), texts: DimensionTexts })),
  /** Submitted answers, oldest first. */
  answers: Type.Array(
    Type.Object({
      id: Uuid,
      answeredOn: IsoDate,
      mode: AnswerMode,
      externalTool: Nullable(Type.String()),
      instrumentVersion: Type.Integer(),
      scores: Scores,
    }),
  ),
  /** Per key: the first and the latest non-null score and their difference (latest − first). */
  comparison: Type.Array(
    Type.Object({
      key: Type.String(),
      first: Nullable(HistoryPoint),
      latest: Nullable(HistoryPoint),
      change: Nullable(Type.Integer()),
    }),
  ),
});
export type History = Static<typeof History>;

export const HistoryResponse = Type.Object({ data: History });
export type HistoryResponse = Static<typeof HistoryResponse>;

// --- Reminders ---

export const Reminder = Type.Object({
  id: Uuid,
  participantId: Uuid,
  instrument: InstrumentRef,
  intervalMonths: Type.Integer(),
  nextDue: IsoDate,
  /** Due on or before today + 7 days (what the caseload flags). */
  due: Type.Boolean(),
  setByName: Nullable(Type.String()),
  version: Type.Integer(),
  updatedAt: Timestamp,
});
export type Reminder = Static<typeof Reminder>;

export const ReminderList = Type.Object({
  data: Type.Array(Reminder),
  can: Type.Object({ edit: Type.Boolean() }),
});
export type ReminderList = Static<typeof ReminderList>;

export const ReminderResponse = Type.Object({ data: Reminder });
export type ReminderResponse = Static<typeof ReminderResponse>;

/**
 * Set or change a reminder. `nextDue` left out: the latest submitted answer's day + interval (today when
 * there is none). `version` is required when changing an existing reminder.
 */
export const ReminderSave = Type.Object(
  {
    intervalMonths: Type.Integer({ minimum: 1, maximum: 24 }),
    nextDue: Type.Optional(IsoDate),
    version: Type.Optional(Type.Integer({ minimum: 1 })),
  },
  { additionalProperties: false },
);
export type ReminderSave = Static<typeof ReminderSave>;

export const ReminderParams = Type.Object({ id: Uuid, instrumentId: Uuid }, { additionalProperties: false });
