import { type Static, Type } from "typebox";
import { Nullable, StringEnum, Timestamp, Uuid } from "../../http/typebox";
import { IsoDate } from "../projects/schema";
import { Employer, HouseholdJob, JobCategory, JobRequirement, JobStatus, Minutes, PayType } from "./api-jobs";

// API shapes of household orders (decision 024, Household orders): a household orders a job without an
// account, confirms it by a one-time e-mail link, and then follows it with the orderer cookie.

const Language = StringEnum(["fi", "sv", "en"] as const);

export const PublicRegion = Type.Object({ code: Type.String(), name: Type.String() });
export const PublicRegionList = Type.Object({ data: Type.Array(PublicRegion) });
export type PublicRegion = Static<typeof PublicRegion>;

export const RegionCodeParams = Type.Object(
  { code: Type.String({ minLength: 1, maxLength: 100 }) },
  { additionalProperties: false },
);

/** An association (or parish) of the region that brokers household orders. */
export const Broker = Type.Object({ id: Uuid, name: Type.String() });
export const BrokerList = Type.Object({ data: Type.Array(Broker) });
export type Broker = Static<typeof Broker>;

const Email = Type.String({ minLength: 3, maxLength: 254, pattern: "^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$" });

export const OrdererInput = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: 200, pattern: "\\S" }),
    email: Email,
    phone: Type.Optional(Nullable(Type.String({ maxLength: 40 }))),
    /** Where the work is done (a home address). */
    address: Type.String({ minLength: 1, maxLength: 300, pattern: "\\S" }),
    /** Billing address, when different. */
    billingAddress: Type.Optional(Nullable(Type.String({ maxLength: 300 }))),
  },
  { additionalProperties: false },
);
export type OrdererInput = Static<typeof OrdererInput>;

export const OrderCreate = Type.Object(
  {
    regionCode: Type.String({ minLength: 1, maxLength: 100 }),
    /** The association that brokers the job. */
    organisationId: Uuid,
    orderer: OrdererInput,
    job: HouseholdJob,
    language: Language,
    /** Left empty by people; a bot that fills every field is quietly ignored. */
    website: Type.Optional(Type.String({ maxLength: 200 })),
  },
  { additionalProperties: false },
);
export type OrderCreate = Static<typeof OrderCreate>;

export const Accepted = Type.Object({ accepted: Type.Boolean() });

export const OrderConfirm = Type.Object(
  { token: Type.String({ minLength: 10, maxLength: 100 }) },
  { additionalProperties: false },
);

export const OrderLinkRequest = Type.Object(
  {
    regionCode: Type.String({ minLength: 1, maxLength: 100 }),
    email: Email,
    language: Type.Optional(Language),
  },
  { additionalProperties: false },
);
export type OrderLinkRequest = Static<typeof OrderLinkRequest>;

/** One of the orderer's orders, as the list shows it. */
export const MyOrderSummary = Type.Object({
  id: Uuid,
  title: Type.String(),
  status: JobStatus,
  startsOn: IsoDate,
  endsOn: IsoDate,
  brokerName: Type.String(),
  /** False while the order waits for its e-mail confirmation. */
  confirmed: Type.Boolean(),
  createdAt: Timestamp,
});
export type MyOrderSummary = Static<typeof MyOrderSummary>;

export const MyOrderer = Type.Object({ name: Type.String(), email: Type.String() });

export const MyOrderList = Type.Object({ data: Type.Array(MyOrderSummary), orderer: MyOrderer });

/** The steps of an order, in the order they happen; the web says each in plain words. */
export const ORDER_STEPS = ["sent", "confirmed", "published", "workersPicked", "done", "paid"] as const;
export type OrderStepKey = (typeof ORDER_STEPS)[number];
export const OrderStep = Type.Object({
  step: StringEnum(ORDER_STEPS),
  state: StringEnum(["done", "current", "todo"] as const),
});

/** A worker as the orderer sees them: first name and hours, nothing else. */
export const OrderWorker = Type.Object({
  id: Uuid,
  firstName: Type.String(),
  workerMinutes: Nullable(Type.Integer()),
  ordererMinutes: Nullable(Type.Integer()),
  workedFrom: Nullable(IsoDate),
  workedTo: Nullable(IsoDate),
  /** The work is done and the orderer has not confirmed this worker's hours yet. */
  awaitsOrderer: Type.Boolean(),
});
export type OrderWorker = Static<typeof OrderWorker>;

export const MyOrder = Type.Object({
  id: Uuid,
  title: Type.String(),
  description: Type.String(),
  category: JobCategory,
  village: Type.String(),
  municipality: Nullable(Type.String()),
  address: Nullable(Type.String()),
  startsOn: IsoDate,
  endsOn: IsoDate,
  estimatedMinutes: Type.Integer(),
  payType: PayType,
  payCents: Type.Integer(),
  estimatedGrossCents: Type.Integer(),
  places: Type.Integer(),
  requirements: Type.Array(JobRequirement),
  safetyNotes: Type.String(),
  employer: Employer,
  status: JobStatus,
  cancelReason: Nullable(Type.String()),
  brokerName: Type.String(),
  confirmed: Type.Boolean(),
  createdAt: Timestamp,
  steps: Type.Array(OrderStep),
  workers: Type.Array(OrderWorker),
  hoursAwaitOrderer: Type.Boolean(),
  invoiceAvailable: Type.Boolean(),
});
export type MyOrder = Static<typeof MyOrder>;

export const MyOrderCan = Type.Object({
  cancel: Type.Boolean(),
  confirm: Type.Boolean(),
  confirmHours: Type.Boolean(),
  invoice: Type.Boolean(),
});
export type MyOrderCan = Static<typeof MyOrderCan>;

export const MyOrderResponse = Type.Object({ data: MyOrder, can: MyOrderCan });

/** What opening the one-time link answers: the order it confirmed (none for a sign-in link). */
export const ConfirmResponse = Type.Object({
  data: Nullable(MyOrder),
  can: MyOrderCan,
  orderer: MyOrderer,
});

export const JobIdParams = Type.Object({ jobId: Uuid }, { additionalProperties: false });
export const WorkerIdParams = Type.Object({ workerId: Uuid }, { additionalProperties: false });

export const OrdererHours = Type.Object(
  { minutes: Minutes, workedFrom: IsoDate, workedTo: IsoDate },
  { additionalProperties: false },
);
export type OrdererHours = Static<typeof OrdererHours>;

export const OrderCancel = Type.Object(
  { reason: Type.String({ minLength: 1, maxLength: 1000, pattern: "\\S" }) },
  { additionalProperties: false },
);
