import { type Static, Type } from "typebox";
import { Nullable, StringEnum, Timestamp, Uuid } from "../../http/typebox";
import { IsoDate } from "../projects/schema";
import { LIMIT_RULES } from "../rules/schema";
import { STEP_KINDS, STEP_STATUSES } from "./schema";

// API shapes of pathway steps (askeleet) and their statutory limit warnings.

export const StepKind = StringEnum(STEP_KINDS);
export const StepStatus = StringEnum(STEP_STATUSES);

/** A statutory limit the step breaks. It is a warning: the step is saved all the same. */
export const LimitWarning = Type.Object({
  limitId: Uuid,
  rule: StringEnum(LIMIT_RULES),
  /** The limit (days, hours or months); null for the rule "not arranged by a company". */
  value: Nullable(Type.Number()),
  /** The law or rule in the caller's language (the same name as in `message`). */
  legalReference: Type.String(),
  /** The warning in the caller's language, naming the measure, the rule and the law. */
  message: Type.String(),
  /** What the step has (days, hours or months); null for the provider rule. */
  actual: Nullable(Type.Number()),
});
export type LimitWarning = Static<typeof LimitWarning>;

const StepFields = {
  kind: StepKind,
  title: Type.Optional(Type.String({ maxLength: 200 })),
  /** An organisation of the region that provides or hosts the step. */
  providerOrganisationId: Type.Optional(Nullable(Uuid)),
  /** A host outside the network, by name (used for the same-host rules). */
  providerName: Type.Optional(Nullable(Type.String({ maxLength: 200 }))),
  startsOn: IsoDate,
  endsOn: Type.Optional(Nullable(IsoDate)),
  daysPerWeek: Type.Optional(Nullable(Type.Number({ minimum: 0.5, maximum: 7 }))),
  hoursPerDay: Type.Optional(Nullable(Type.Number({ minimum: 0.5, maximum: 24 }))),
  status: Type.Optional(StepStatus),
  /** Required when the status is interrupted. */
  interruptionReason: Type.Optional(Nullable(Type.String({ maxLength: 1000 }))),
};

export const StepCreate = Type.Object(StepFields, { additionalProperties: false });
export type StepCreate = Static<typeof StepCreate>;

/** The form's dry run: the same body as create, and the step being edited (left out of "the others"). */
export const StepCheck = Type.Object(
  { ...StepFields, stepId: Type.Optional(Uuid) },
  { additionalProperties: false },
);
export type StepCheck = Static<typeof StepCheck>;

export const StepUpdate = Type.Object(
  {
    ...Type.Partial(Type.Object(StepFields)).properties,
    version: Type.Integer({ minimum: 1 }),
  },
  { additionalProperties: false },
);
export type StepUpdate = Static<typeof StepUpdate>;

export const Step = Type.Object({
  id: Uuid,
  participantId: Uuid,
  kind: StepKind,
  title: Type.String(),
  providerOrganisationId: Nullable(Uuid),
  providerOrganisationName: Nullable(Type.String()),
  providerName: Nullable(Type.String()),
  startsOn: IsoDate,
  endsOn: Nullable(IsoDate),
  daysPerWeek: Nullable(Type.Number()),
  hoursPerDay: Nullable(Type.Number()),
  status: StepStatus,
  interruptionReason: Nullable(Type.String()),
  /** The organisation that recorded the step. */
  organisationId: Uuid,
  version: Type.Integer(),
  createdAt: Timestamp,
  warnings: Type.Array(LimitWarning),
  can: Type.Object({ edit: Type.Boolean() }),
});
export type Step = Static<typeof Step>;

export const StepList = Type.Object({
  data: Type.Array(Step),
  can: Type.Object({ add: Type.Boolean() }),
});
export type StepList = Static<typeof StepList>;

export const StepResponse = Type.Object({ data: Step });
export type StepResponse = Static<typeof StepResponse>;

export const StepCheckResponse = Type.Object({ data: Type.Array(LimitWarning) });
export type StepCheckResponse = Static<typeof StepCheckResponse>;
