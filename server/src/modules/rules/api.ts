import { type Static, Type } from "typebox";
import { Nullable, StringEnum, Uuid } from "../../http/typebox";
import { STEP_KINDS } from "../pathway/schema";
import { IsoDate } from "../projects/schema";
import { LIMIT_RULES } from "./schema";

// API shapes of the statutory limits (administrators edit them when the law changes).

export const LimitRuleSchema = StringEnum(LIMIT_RULES);

const ReferenceText = Type.String({ minLength: 1, maxLength: 300 });
/** The law or rule as named in the warning, in each language of the UI. */
export const LegalReference = Type.Object(
  { fi: ReferenceText, sv: ReferenceText, en: ReferenceText },
  { additionalProperties: false },
);
export type LegalReference = Static<typeof LegalReference>;
/** Days, hours or months; none for the rule "not arranged by a company". */
const LimitValue = Type.Number({ minimum: 0.1, maximum: 9999 });

export const StatutoryLimit = Type.Object({
  id: Uuid,
  stepKind: StringEnum(STEP_KINDS),
  rule: LimitRuleSchema,
  value: Nullable(Type.Number()),
  validFrom: IsoDate,
  validTo: Nullable(IsoDate),
  legalReference: LegalReference,
  /** In force today. */
  inForce: Type.Boolean(),
  version: Type.Integer(),
});
export type StatutoryLimit = Static<typeof StatutoryLimit>;

const LimitFields = {
  stepKind: StringEnum(STEP_KINDS),
  rule: LimitRuleSchema,
  value: Type.Optional(Nullable(LimitValue)),
  validFrom: IsoDate,
  validTo: Type.Optional(Nullable(IsoDate)),
  /** All three languages; on a change the whole object is replaced. Trimmed; blank is refused. */
  legalReference: LegalReference,
};

export const StatutoryLimitCreate = Type.Object(
  {
    ...LimitFields,
    /**
     * When the law changes: the row the new one replaces. Its validity is ended the day before the new
     * row's validFrom, in the same transaction.
     */
    supersedes: Type.Optional(
      Type.Object({ id: Uuid, version: Type.Integer({ minimum: 1 }) }, { additionalProperties: false }),
    ),
  },
  { additionalProperties: false },
);
export type StatutoryLimitCreate = Static<typeof StatutoryLimitCreate>;

export const StatutoryLimitUpdate = Type.Object(
  {
    ...Type.Partial(Type.Object(LimitFields)).properties,
    version: Type.Integer({ minimum: 1 }),
  },
  { additionalProperties: false },
);
export type StatutoryLimitUpdate = Static<typeof StatutoryLimitUpdate>;

export const StatutoryLimitList = Type.Object({
  data: Type.Array(StatutoryLimit),
  can: Type.Object({ create: Type.Boolean(), edit: Type.Boolean() }),
});
export type StatutoryLimitList = Static<typeof StatutoryLimitList>;

export const StatutoryLimitResponse = Type.Object({ data: StatutoryLimit });
export type StatutoryLimitResponse = Static<typeof StatutoryLimitResponse>;
