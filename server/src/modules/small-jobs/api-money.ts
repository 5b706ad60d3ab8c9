import { type Static, Type } from "typebox";
import { Nullable, StringEnum, Timestamp, Uuid } from "../../http/typebox";
import { IsoDate } from "../projects/schema";
import { Cents, JobCategory, JobRequirement, Minutes } from "./api-jobs";
import { ADJUSTMENT_PERIODS } from "./schema";

// API shapes of the money side of small jobs (decision 024): benefit rules, seeker profiles, earnings
// and estimates, hours, payment, invoices. Money is integer cents, time integer minutes.

export const AdjustmentPeriod = StringEnum(ADJUSTMENT_PERIODS);
const Percent = Type.Integer({ minimum: 0, maximum: 100 });

const RuleText = Type.String({ minLength: 1, maxLength: 300 });
/** A text in each language of the UI. */
export const Texts = Type.Object(
  { fi: RuleText, sv: RuleText, en: RuleText },
  { additionalProperties: false },
);
export type Texts = Static<typeof Texts>;

// --- Benefit rules ---

export const BenefitRule = Type.Object({
  id: Uuid,
  benefit: Type.Literal("unemployment_benefit"),
  validFrom: IsoDate,
  validTo: Nullable(IsoDate),
  protectedMonthCents: Type.Integer(),
  protectedFourWeeksCents: Type.Integer(),
  reductionPercent: Type.Integer(),
  /** In the reader's language. */
  name: Type.String(),
  legalReference: Type.String(),
  names: Texts,
  legalReferences: Texts,
  /** In force today. */
  inForce: Type.Boolean(),
  version: Type.Integer(),
});
export type BenefitRule = Static<typeof BenefitRule>;

const RuleFields = {
  validFrom: IsoDate,
  validTo: Type.Optional(Nullable(IsoDate)),
  protectedMonthCents: Cents,
  protectedFourWeeksCents: Cents,
  reductionPercent: Percent,
  names: Texts,
  legalReferences: Texts,
};

export const BenefitRuleCreate = Type.Object(RuleFields, { additionalProperties: false });
export type BenefitRuleCreate = Static<typeof BenefitRuleCreate>;

export const BenefitRuleUpdate = Type.Object(
  { ...Type.Partial(Type.Object(RuleFields)).properties, version: Type.Integer({ minimum: 1 }) },
  { additionalProperties: false },
);
export type BenefitRuleUpdate = Static<typeof BenefitRuleUpdate>;

export const BenefitRuleList = Type.Object({
  data: Type.Array(BenefitRule),
  can: Type.Object({ create: Type.Boolean(), edit: Type.Boolean() }),
});
export const BenefitRuleResponse = Type.Object({ data: BenefitRule });

// --- Seeker profile ---

const Weekday = Type.Integer({ minimum: 1, maximum: 7 });

export const SeekerProfileFields = {
  active: Type.Boolean(),
  has: Type.Array(JobRequirement, { uniqueItems: true, maxItems: 10 }),
  categories: Type.Array(JobCategory, { uniqueItems: true, maxItems: 10 }),
  /** ISO weekdays 1 (Mon) – 7 (Sun) the seeker is free; empty = any day. */
  weekdays: Type.Array(Weekday, { uniqueItems: true, maxItems: 7 }),
  village: Nullable(Type.String({ maxLength: 100 })),
  municipality: Nullable(Type.String({ maxLength: 100 })),
  receivesBenefit: Type.Boolean(),
  adjustmentPeriod: AdjustmentPeriod,
  /** First day of one 4-week period; required for four_weeks. */
  periodAnchor: Nullable(IsoDate),
};

export const SeekerProfile = Type.Object({
  participantId: Uuid,
  ...SeekerProfileFields,
  /** Personal ceiling of earnings per calendar month, cents, set by the coach; null = none. */
  monthlyCeilingCents: Nullable(Type.Integer()),
  /** False while the seeker has no saved profile (these are the defaults). */
  saved: Type.Boolean(),
  /** 0 while not saved: a PUT with version 0 creates it. */
  version: Type.Integer(),
  updatedAt: Nullable(Timestamp),
});
export type SeekerProfile = Static<typeof SeekerProfile>;

export const SeekerProfileInput = Type.Object(
  {
    ...SeekerProfileFields,
    /** Only a coach sets it; a participant's own PUT keeps the one the coach set. */
    monthlyCeilingCents: Type.Optional(Nullable(Type.Integer({ minimum: 100, maximum: 10_000_000 }))),
    version: Type.Integer({ minimum: 0 }),
  },
  { additionalProperties: false },
);
export type SeekerProfileInput = Static<typeof SeekerProfileInput>;

export const SeekerProfileResponse = Type.Object({
  data: SeekerProfile,
  can: Type.Object({ edit: Type.Boolean(), setCeiling: Type.Boolean() }),
});
export type SeekerProfileResponse = Static<typeof SeekerProfileResponse>;

// --- Earnings and estimates ---

export const Period = Type.Object({
  start: IsoDate,
  end: IsoDate,
  kind: AdjustmentPeriod,
});

/** The rule a period is computed under, as a seeker reads it. */
export const RuleRef = Type.Object({
  id: Uuid,
  name: Type.String(),
  legalReference: Type.String(),
  /** The protected amount for this kind of period. */
  protectedCents: Type.Integer(),
  reductionPercent: Type.Integer(),
});
export type RuleRef = Static<typeof RuleRef>;

export const CeilingState = Type.Object({
  monthlyCeilingCents: Type.Integer(),
  monthEarnedCents: Type.Integer(),
  afterCents: Type.Integer(),
  exceeds: Type.Boolean(),
  /** At least 90 % of the ceiling. */
  near: Type.Boolean(),
});

/**
 * What taking one job would do: in the benefit period in which it is expected to be paid (its last
 * day), the earnings before it, the reduction before and after, and the personal ceiling.
 */
export const JobEstimate = Type.Object({
  grossCents: Type.Integer(),
  period: Period,
  /** Paid in the period plus other work expected to be paid in it. */
  earnedBeforeCents: Type.Integer(),
  reductionBeforeCents: Type.Integer(),
  reductionAfterCents: Type.Integer(),
  benefitEffectCents: Type.Integer(),
  receivesBenefit: Type.Boolean(),
  rule: Nullable(RuleRef),
  /** The calendar month of the expected pay day, when a ceiling is set. */
  ceiling: Nullable(CeilingState),
});
export type JobEstimate = Static<typeof JobEstimate>;

export const EarningJob = Type.Object({
  jobWorkerId: Uuid,
  jobId: Uuid,
  title: Type.String(),
  organisationName: Type.String(),
  /** The day paid, or for unpaid work the day it is expected to be paid (the job's last day). */
  payDay: IsoDate,
  paid: Type.Boolean(),
  grossCents: Type.Integer(),
  /** Null until paid. */
  withholdingCents: Nullable(Type.Integer()),
  netCents: Nullable(Type.Integer()),
});

export const EarningsPeriod = Type.Object({
  ...Period.properties,
  /** Paid in the period (counts for the benefit). */
  earnedCents: Type.Integer(),
  /** Work done or agreed, not yet paid, expected to be paid in the period. */
  expectedCents: Type.Integer(),
  rule: Nullable(RuleRef),
  /** Estimated reduction of the benefit from what was paid. */
  reductionCents: Type.Integer(),
  /** The same with the expected pay added. */
  reductionWithExpectedCents: Type.Integer(),
  /** The calendar months the period touches, when a personal ceiling is set. */
  ceiling: Nullable(
    Type.Object({
      monthlyCeilingCents: Type.Integer(),
      months: Type.Array(
        Type.Object({
          month: Type.String({ pattern: "^\\d{4}-\\d{2}$" }),
          earnedCents: Type.Integer(),
          exceeds: Type.Boolean(),
          near: Type.Boolean(),
        }),
      ),
    }),
  ),
  jobs: Type.Array(EarningJob),
});
export type EarningsPeriod = Static<typeof EarningsPeriod>;

export const EarningsQuery = Type.Object(
  { from: Type.Optional(IsoDate), to: Type.Optional(IsoDate) },
  { additionalProperties: false },
);

export const EarningsResponse = Type.Object({
  data: Type.Object({
    receivesBenefit: Type.Boolean(),
    adjustmentPeriod: AdjustmentPeriod,
    /** Newest first. */
    periods: Type.Array(EarningsPeriod),
  }),
});
export type EarningsResponse = Static<typeof EarningsResponse>;

// --- Hours, payment ---

export const HoursInput = Type.Object(
  {
    minutes: Minutes,
    workedFrom: IsoDate,
    workedTo: IsoDate,
    /** The worker row's version, when the caller has read it. */
    version: Type.Optional(Type.Integer({ minimum: 1 })),
  },
  { additionalProperties: false },
);
export type HoursInput = Static<typeof HoursInput>;

export const PaymentInput = Type.Object(
  {
    paidOn: IsoDate,
    /** From the worker's tax card, basis points (1 500 = 15 %). */
    withholdingBasisPoints: Type.Integer({ minimum: 0, maximum: 10_000 }),
    paymentReference: Type.Optional(Nullable(Type.String({ maxLength: 100 }))),
    version: Type.Integer({ minimum: 1 }),
  },
  { additionalProperties: false },
);
export type PaymentInput = Static<typeof PaymentInput>;

/** A worker's hours and pay, as the poster (first name only) or the worker sees them. */
export const WorkerPay = Type.Object({
  id: Uuid,
  jobId: Uuid,
  firstName: Type.String(),
  workerMinutes: Nullable(Type.Integer()),
  workerConfirmedAt: Nullable(Timestamp),
  ordererMinutes: Nullable(Type.Integer()),
  ordererConfirmedAt: Nullable(Timestamp),
  /** Both sides confirmed: do they agree? Null while one side is missing. */
  hoursAgree: Nullable(Type.Boolean()),
  workedFrom: Nullable(IsoDate),
  workedTo: Nullable(IsoDate),
  grossCents: Nullable(Type.Integer()),
  withholdingBasisPoints: Nullable(Type.Integer()),
  withholdingCents: Nullable(Type.Integer()),
  netCents: Nullable(Type.Integer()),
  paidOn: Nullable(IsoDate),
  paymentReference: Nullable(Type.String()),
  version: Type.Integer(),
});
export type WorkerPay = Static<typeof WorkerPay>;

export const WorkerPayResponse = Type.Object({ data: WorkerPay });

// --- Invoice ---

export const InvoiceLineInput = Type.Object(
  {
    kind: StringEnum(["materials", "travel", "fee"] as const),
    description: Type.String({ minLength: 1, maxLength: 200 }),
    amountCents: Type.Integer({ minimum: 1, maximum: 10_000_000 }),
    /** VAT in basis points (2 550 = 25.5 %). */
    vatBasisPoints: Type.Integer({ minimum: 0, maximum: 10_000 }),
  },
  { additionalProperties: false },
);

export const InvoiceInput = Type.Object(
  {
    dueDays: Type.Integer({ minimum: 7, maximum: 60 }),
    extraLines: Type.Optional(Type.Array(InvoiceLineInput, { maxItems: 20 })),
  },
  { additionalProperties: false },
);
export type InvoiceInput = Static<typeof InvoiceInput>;

export const Invoice = Type.Object({
  id: Uuid,
  jobId: Uuid,
  number: Type.Integer(),
  reference: Type.String(),
  issuedOn: IsoDate,
  dueOn: IsoDate,
  lines: Type.Array(
    Type.Object({
      kind: StringEnum(["labour", "materials", "travel", "fee"] as const),
      description: Type.String(),
      amountCents: Type.Integer(),
      vatBasisPoints: Type.Integer(),
      vatCents: Type.Integer(),
    }),
  ),
  labourCents: Type.Integer(),
  vatCents: Type.Integer(),
  totalCents: Type.Integer(),
});
export type Invoice = Static<typeof Invoice>;
export const InvoiceResponse = Type.Object({ data: Invoice });

export const PayrollQuery = Type.Object(
  { from: IsoDate, to: IsoDate, lang: Type.Optional(StringEnum(["fi", "sv", "en"] as const)) },
  { additionalProperties: false },
);
