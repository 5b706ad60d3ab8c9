import { type Static, Type } from "typebox";
import { Nullable, StringEnum, Uuid } from "../../http/typebox";
import { IsoDate, PROGRAMME_PERIODS } from "../projects/schema";
import { FunderCompleteness, INDICATOR_PHASES } from "./schema";

// API shapes of funder reporting: what is missing per enrolment and phase, and the definitions.

const Scalar = Type.Union([Type.String(), Type.Number(), Type.Boolean()]);

/** One enrolment's funder data, phase by phase (entry always; exit once exited; six months once due). */
export const EnrolmentFunderStatus = Type.Object({
  /** Null when the participant has no enrolment yet: entry is then checked against `programmePeriod`. */
  enrolmentId: Nullable(Uuid),
  projectId: Nullable(Uuid),
  projectName: Nullable(Type.String()),
  programmePeriod: StringEnum(PROGRAMME_PERIODS),
  /** True when no project gives the period (no enrolment yet): 2021–2027 is assumed. */
  assumedPeriod: Type.Boolean(),
  entryDate: Nullable(IsoDate),
  exitDate: Nullable(IsoDate),
  phases: Type.Array(FunderCompleteness),
});
export type EnrolmentFunderStatus = Static<typeof EnrolmentFunderStatus>;

export const ParticipantFunder = Type.Object({ data: Type.Array(EnrolmentFunderStatus) });
export type ParticipantFunder = Static<typeof ParticipantFunder>;

export const PeriodField = Type.Object({
  field: Type.String(),
  /** The values the period accepts, or null for any value the form offers. */
  allowedValues: Nullable(Type.Array(Scalar)),
  required: Type.Boolean(),
  /** Required only when other fields have one of these values. */
  requiredWhen: Nullable(Type.Record(Type.String(), Type.Array(Scalar))),
});
export type PeriodField = Static<typeof PeriodField>;

export const PeriodIndicator = Type.Object({
  code: Type.String(),
  name: Type.String(),
  /** False where domain.md marks the code UNVERIFIED. */
  verified: Type.Boolean(),
  byGender: Type.Boolean(),
});
export type PeriodIndicator = Static<typeof PeriodIndicator>;

export const FunderPeriods = Type.Object({
  data: Type.Array(
    Type.Object({
      programmePeriod: StringEnum(PROGRAMME_PERIODS),
      phases: Type.Array(
        Type.Object({
          phase: StringEnum(INDICATOR_PHASES),
          fields: Type.Array(PeriodField),
          indicators: Type.Array(PeriodIndicator),
        }),
      ),
    }),
  ),
});
export type FunderPeriods = Static<typeof FunderPeriods>;
