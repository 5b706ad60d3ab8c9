import { type Static, Type } from "typebox";
import { Nullable, StringEnum, Timestamp, Uuid } from "../../http/typebox";
import { FunderEntryData, FunderExitData, FunderFollowUpData } from "../funder/schema";
import { IsoDate, ProgrammePeriod } from "../projects/schema";
import { OUTCOMES, STAGES, STEP_KINDS, STEP_STATUSES } from "./schema";

// API shapes of enrolments (entry, coach, exit, six-month follow-up) and the coach's caseload.

export const Outcome = StringEnum(OUTCOMES);
const Version = Type.Integer({ minimum: 1 });

/** Where the six-month follow-up stands: open enrolment, exited and waiting, due now, recorded. */
export const FOLLOW_UP_STATES = ["not_exited", "scheduled", "due", "recorded"] as const;
export type FollowUpState = (typeof FOLLOW_UP_STATES)[number];

export const EnrolmentCreate = Type.Object(
  {
    projectId: Uuid,
    entryDate: IsoDate,
    /** The personal coach; defaults to the calling coach. Another coach must work in the keeping organisation. */
    coachId: Type.Optional(Uuid),
  },
  { additionalProperties: false },
);
export type EnrolmentCreate = Static<typeof EnrolmentCreate>;

export const EnrolmentCoachChange = Type.Object(
  { coachId: Uuid, version: Version },
  { additionalProperties: false },
);
export type EnrolmentCoachChange = Static<typeof EnrolmentCoachChange>;

export const EnrolmentExit = Type.Object(
  { exitDate: IsoDate, outcome: Outcome, exitData: FunderExitData, version: Version },
  { additionalProperties: false },
);
export type EnrolmentExit = Static<typeof EnrolmentExit>;

export const EnrolmentFollowUp = Type.Object(
  { followUpOn: IsoDate, followUpData: FunderFollowUpData, version: Version },
  { additionalProperties: false },
);
export type EnrolmentFollowUp = Static<typeof EnrolmentFollowUp>;

export const EnrolmentCan = Type.Object({
  changeCoach: Type.Boolean(),
  exit: Type.Boolean(),
  recordFollowUp: Type.Boolean(),
});

/** One enrolment. The funder's data stay with the keeping side (null for a partner). */
export const Enrolment = Type.Object({
  id: Uuid,
  participantId: Uuid,
  projectId: Uuid,
  projectName: Type.String(),
  programmePeriod: ProgrammePeriod,
  coachId: Uuid,
  coachName: Type.String(),
  entryDate: IsoDate,
  entryData: Nullable(FunderEntryData),
  exitDate: Nullable(IsoDate),
  outcome: Nullable(Outcome),
  exitData: Nullable(FunderExitData),
  followUpDue: Nullable(IsoDate),
  followUpOn: Nullable(IsoDate),
  followUpData: Nullable(FunderFollowUpData),
  followUpState: StringEnum(FOLLOW_UP_STATES),
  version: Type.Integer(),
  can: EnrolmentCan,
});
export type Enrolment = Static<typeof Enrolment>;

export const CoachOption = Type.Object({ id: Uuid, name: Type.String() });
export type CoachOption = Static<typeof CoachOption>;

export const EnrolmentList = Type.Object({
  data: Type.Array(Enrolment),
  /** Coaches who may be named personal coach (of the keeping organisation); empty unless can.enrol. */
  coaches: Type.Array(CoachOption),
  can: Type.Object({ enrol: Type.Boolean() }),
});
export type EnrolmentList = Static<typeof EnrolmentList>;
export const EnrolmentResponse = Type.Object({ data: Enrolment });
export type EnrolmentResponse = Static<typeof EnrolmentResponse>;

// --- Caseload ---

export const CASELOAD_FLAGS = [
  "no_contact_30_days",
  "follow_up_due",
  "statutory_limit",
  "no_pathway_consent",
  /** A reminder to repeat a self-assessment falls due within a week (self-assessment/reminders.ts). */
  "self_assessment_due",
] as const;
export type CaseloadFlag = (typeof CASELOAD_FLAGS)[number];
export const CaseloadFlag = StringEnum(CASELOAD_FLAGS);

export const CaseloadQuery = Type.Object(
  { flag: Type.Optional(CaseloadFlag) },
  { additionalProperties: false },
);
export type CaseloadQuery = Static<typeof CaseloadQuery>;

export const CaseloadEnrolment = Type.Object({
  id: Uuid,
  projectId: Uuid,
  projectName: Type.String(),
  entryDate: IsoDate,
  exitDate: Nullable(IsoDate),
  followUpDue: Nullable(IsoDate),
});

export const CaseloadItem = Type.Object({
  participantId: Uuid,
  firstName: Type.String(),
  lastName: Type.String(),
  /** My enrolments of theirs in the caseload: open ones, and exited ones whose follow-up is due. */
  enrolments: Type.Array(CaseloadEnrolment),
  stage: Nullable(StringEnum(STAGES)),
  stageChangedOn: Nullable(IsoDate),
  lastContactAt: Nullable(Timestamp),
  nextStep: Nullable(
    Type.Object({
      id: Uuid,
      kind: StringEnum(STEP_KINDS),
      title: Type.String(),
      startsOn: IsoDate,
      status: StringEnum(STEP_STATUSES),
    }),
  ),
  flags: Type.Array(CaseloadFlag),
  /** The earliest active self-assessment reminder due on or before today + 7 days. */
  selfAssessmentDue: Nullable(IsoDate),
});
export type CaseloadItem = Static<typeof CaseloadItem>;

export const CaseloadList = Type.Object({
  data: Type.Array(CaseloadItem),
  /** How many of my participants carry each flag (before the filter), for the filter's labels. */
  counts: Type.Object({
    all: Type.Integer(),
    no_contact_30_days: Type.Integer(),
    follow_up_due: Type.Integer(),
    statutory_limit: Type.Integer(),
    no_pathway_consent: Type.Integer(),
    self_assessment_due: Type.Integer(),
  }),
  today: IsoDate,
});
export type CaseloadList = Static<typeof CaseloadList>;
