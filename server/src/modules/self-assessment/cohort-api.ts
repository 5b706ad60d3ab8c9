import { type Static, Type } from "typebox";
import { Nullable, StringEnum, Uuid } from "../../http/typebox";
import { LANGUAGES } from "../access/roles";
import { STAGES } from "../pathway/schema";
import { AGE_BANDS, SUPPRESSION_REASONS } from "./cohort-stats";

// API shapes of the cohort report (distance travelled). The web imports these types.

const IsoDate = Type.String({ format: "date" });
/** A group's key (cohort-groups.ts): md5 of its provider and normalised title. */
const GroupKey = Type.String({ pattern: "^[0-9a-f]{32}$" });
const InstrumentText = Type.Object({
  fi: Type.String(),
  sv: Type.String(),
  en: Type.String(),
  plain: Type.String(),
});
const Wording = Type.Object({
  question: Type.String(),
  explanation: Type.String(),
  low: Type.String(),
  high: Type.String(),
});

export const CohortQuery = Type.Object(
  {
    /** The instrument; the region's default instrument when left out. */
    instrumentId: Type.Optional(Uuid),
    /** People enrolled (now or earlier) in this project. */
    projectId: Type.Optional(Uuid),
    /**
     * People in this group during the period (a group step overlapping it), by the group's key from
     * `groups` of the response (decision 020, "Group filter").
     */
    group: Type.Optional(GroupKey),
    /** Age at the person's latest answer in the period. */
    ageBand: Type.Optional(StringEnum(AGE_BANDS)),
    /** The person's current stage (latest stage change). */
    stage: Type.Optional(StringEnum(STAGES)),
    /** Answers given on or after this day. */
    from: Type.Optional(IsoDate),
    /** Answers given on or before this day. */
    to: Type.Optional(IsoDate),
  },
  { additionalProperties: false },
);
export type CohortQuery = Static<typeof CohortQuery>;

export const CohortExportQuery = Type.Object(
  {
    ...CohortQuery.properties,
    /** Language of the file's texts; the request's language when left out. */
    lang: Type.Optional(StringEnum(LANGUAGES)),
  },
  { additionalProperties: false },
);
export type CohortExportQuery = Static<typeof CohortExportQuery>;

export const CohortSuppression = Type.Object({
  reason: StringEnum(SUPPRESSION_REASONS),
  /** The smallest group a figure may rest on. */
  threshold: Type.Integer(),
});

const CellSuppression = Nullable(CohortSuppression);

export const CohortDimension = Type.Object({
  key: Type.String(),
  /** The dimension's wording from the newest version of the instrument that has it. */
  texts: Type.Object({ fi: Wording, sv: Wording, en: Wording, plain: Wording }),
  /** Whether the instrument's current version still asks it. */
  current: Type.Boolean(),
  /** People with at least two answers on this dimension in the period. */
  n: Nullable(Type.Integer()),
  /** Mean of (latest − first) score, points on the 0–10 scale. */
  meanChange: Nullable(Type.Number()),
  medianChange: Nullable(Type.Number()),
  improved: Nullable(Type.Integer()),
  same: Nullable(Type.Integer()),
  declined: Nullable(Type.Integer()),
  /** Shares of n, 0–1. */
  improvedShare: Nullable(Type.Number()),
  sameShare: Nullable(Type.Number()),
  declinedShare: Nullable(Type.Number()),
  /** Set when the whole row is withheld. */
  suppressed: CellSuppression,
  cells: Type.Object({ improved: CellSuppression, same: CellSuppression, declined: CellSuppression }),
});
export type CohortDimension = Static<typeof CohortDimension>;

export const CohortInstrumentOption = Type.Object({
  id: Uuid,
  key: Type.String(),
  name: InstrumentText,
  archived: Type.Boolean(),
});
export type CohortInstrumentOption = Static<typeof CohortInstrumentOption>;

/** A group for the filter. A group's name is no one's personal data; its members are not listed. */
export const CohortGroupOption = Type.Object({
  key: GroupKey,
  /** The title of its group steps, as last written. */
  name: Type.String(),
  /** The providing organisation's name, or the provider named on the steps; null when none is. */
  provider: Nullable(Type.String()),
  /** People who have had a step in the group; null when fewer than the threshold. */
  members: Nullable(Type.Integer()),
});
export type CohortGroupOption = Static<typeof CohortGroupOption>;

export const CohortFiltersOut = Type.Object({
  instrument: CohortInstrumentOption,
  project: Nullable(Type.Object({ id: Uuid, name: Type.String() })),
  group: Nullable(Type.Object({ key: GroupKey, name: Type.String(), provider: Nullable(Type.String()) })),
  ageBand: Nullable(StringEnum(AGE_BANDS)),
  stage: Nullable(StringEnum(STAGES)),
  from: Nullable(IsoDate),
  to: Nullable(IsoDate),
});
export type CohortFiltersOut = Static<typeof CohortFiltersOut>;

export const CohortReport = Type.Object({
  filters: CohortFiltersOut,
  threshold: Type.Integer(),
  /** Set when the whole report is withheld (the cohort is smaller than the threshold). */
  suppressed: CellSuppression,
  /** People in the cohort: with at least one score in the period. */
  participants: Nullable(Type.Integer()),
  participantsSuppressed: CellSuppression,
  /** Of them, those with at least two answers in the period (two scores on some dimension). */
  withTwoAnswers: Nullable(Type.Integer()),
  withTwoAnswersSuppressed: CellSuppression,
  dimensions: Type.Array(CohortDimension),
});
export type CohortReport = Static<typeof CohortReport>;

export const CohortResponse = Type.Object({
  data: CohortReport,
  /** The instruments a report can be made of, for the filter. */
  instruments: Type.Array(CohortInstrumentOption),
  /** The region's groups, for the filter (by name, then provider). */
  groups: Type.Array(CohortGroupOption),
});
export type CohortResponse = Static<typeof CohortResponse>;
