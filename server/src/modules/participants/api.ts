import { type Static, Type } from "typebox";
import { Nullable, StringEnum, Timestamp, Uuid } from "../../http/typebox";
import { LANGUAGES } from "../access/roles";
import { FunderEntryData } from "../funder/schema";
import { STAGES } from "../pathway/schema";
import { IsoDate } from "../projects/schema";
import { CONSENT_METHODS, CONSENT_PURPOSES, SHARING_SCOPES } from "./schema";

// API shapes of the participants module: request validation, OpenAPI and the web client's types.

const ShortText = (max: number) => Type.String({ maxLength: max });

export const SharingScope = StringEnum(SHARING_SCOPES);
export const ConsentPurpose = StringEnum(CONSENT_PURPOSES);
export const ConsentMethod = StringEnum(CONSENT_METHODS);

export const Relation = Type.Union([
  Type.Object({ kind: Type.Literal("keeper"), write: Type.Boolean() }),
  Type.Object({ kind: Type.Literal("shared"), scopes: Type.Array(SharingScope) }),
]);
export type RelationView = Static<typeof Relation>;

/** The editable personal data. Identity code optional; birth date must agree with it. */
const ParticipantFields = {
  firstName: Type.String({ minLength: 1, maxLength: 100 }),
  lastName: Type.String({ minLength: 1, maxLength: 100 }),
  birthDate: IsoDate,
  identityCode: Type.Optional(Nullable(Type.String({ maxLength: 20 }))),
  phone: Type.Optional(Nullable(Type.String({ maxLength: 40, pattern: "^[+0-9 ()-]*$" }))),
  email: Type.Optional(Nullable(Type.String({ format: "email", maxLength: 254 }))),
  address: Type.Optional(Nullable(ShortText(300))),
  postalCode: Type.Optional(Nullable(Type.String({ pattern: "^[0-9]{5}$" }))),
  municipality: Type.Optional(Nullable(ShortText(100))),
  village: Type.Optional(Nullable(ShortText(100))),
  languages: Type.Optional(
    Type.Array(Type.String({ minLength: 2, maxLength: 3, pattern: "^[a-z]{2,3}$" }), { maxItems: 10 }),
  ),
  preferredLanguage: Type.Optional(StringEnum(LANGUAGES)),
  entryData: Type.Optional(FunderEntryData),
};

export const ParticipantCreate = Type.Object(
  {
    ...ParticipantFields,
    /** The registering organisation; defaults to the coach's only coach organisation. */
    organisationId: Type.Optional(Uuid),
    /** Save although Polku warned of a likely duplicate by name and birth date. */
    acknowledgeDuplicates: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false },
);
export type ParticipantCreate = Static<typeof ParticipantCreate>;

export const ParticipantUpdate = Type.Object(
  {
    ...Type.Partial(Type.Object(ParticipantFields)).properties,
    version: Type.Integer({ minimum: 1 }),
  },
  { additionalProperties: false },
);
export type ParticipantUpdate = Static<typeof ParticipantUpdate>;

export const DuplicateQuery = Type.Object(
  {
    firstName: Type.String({ minLength: 1, maxLength: 100 }),
    lastName: Type.String({ minLength: 1, maxLength: 100 }),
    birthDate: IsoDate,
    identityCode: Type.Optional(Nullable(Type.String({ maxLength: 20 }))),
  },
  { additionalProperties: false },
);
export type DuplicateQuery = Static<typeof DuplicateQuery>;

/** A likely duplicate. Someone the user may not see is named only by the keeping organisation. */
export const Duplicate = Type.Object({
  reason: StringEnum(["identity_code", "name_and_birth_date"] as const),
  participantId: Nullable(Uuid),
  name: Nullable(Type.String()),
  birthDate: Nullable(IsoDate),
  organisationName: Type.String(),
});
export type Duplicate = Static<typeof Duplicate>;
export const DuplicateList = Type.Object({ data: Type.Array(Duplicate) });
export type DuplicateList = Static<typeof DuplicateList>;

/** A row of a list or search: never the identity code. */
export const ParticipantListItem = Type.Object({
  id: Uuid,
  firstName: Type.String(),
  lastName: Type.String(),
  birthDate: IsoDate,
  municipality: Nullable(Type.String()),
  village: Nullable(Type.String()),
  organisationName: Type.String(),
  stage: Nullable(StringEnum(STAGES)),
  relation: StringEnum(["keeper", "shared"] as const),
});
export type ParticipantListItem = Static<typeof ParticipantListItem>;

export const ParticipantSearch = Type.Object(
  {
    q: Type.String({ minLength: 2, maxLength: 100 }),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: 25 })),
  },
  { additionalProperties: false },
);
export type ParticipantSearch = Static<typeof ParticipantSearch>;

export const ParticipantList = Type.Object({
  data: Type.Array(ParticipantListItem),
  can: Type.Object({ register: Type.Boolean() }),
});
export type ParticipantList = Static<typeof ParticipantList>;

export const Participant = Type.Object({
  id: Uuid,
  firstName: Type.String(),
  lastName: Type.String(),
  birthDate: IsoDate,
  /** Only for the keeping organisation; null otherwise or when not recorded. */
  identityCode: Nullable(Type.String()),
  hasIdentityCode: Type.Boolean(),
  phone: Nullable(Type.String()),
  email: Nullable(Type.String()),
  address: Nullable(Type.String()),
  postalCode: Nullable(Type.String()),
  municipality: Nullable(Type.String()),
  village: Nullable(Type.String()),
  languages: Type.Array(Type.String()),
  preferredLanguage: StringEnum(LANGUAGES),
  /** Only for the keeping organisation. */
  entryData: Nullable(FunderEntryData),
  organisationId: Uuid,
  organisationName: Type.String(),
  hasAccount: Type.Boolean(),
  version: Type.Integer(),
  createdAt: Timestamp,
});
export type Participant = Static<typeof Participant>;

export const ParticipantCan = Type.Object({
  edit: Type.Boolean(),
  manageConsents: Type.Boolean(),
  addContact: Type.Boolean(),
  seePlan: Type.Boolean(),
  seeAssessments: Type.Boolean(),
  seeNotes: Type.Boolean(),
});
export type ParticipantCan = Static<typeof ParticipantCan>;

export const ParticipantResponse = Type.Object({
  data: Participant,
  relation: Relation,
  can: ParticipantCan,
});
export type ParticipantResponse = Static<typeof ParticipantResponse>;

export const Consent = Type.Object({
  id: Uuid,
  purpose: ConsentPurpose,
  organisationId: Nullable(Uuid),
  organisationName: Nullable(Type.String()),
  scopes: Type.Array(SharingScope),
  givenOn: IsoDate,
  method: ConsentMethod,
  recordedByName: Nullable(Type.String()),
  withdrawnOn: Nullable(IsoDate),
  withdrawnByName: Nullable(Type.String()),
  inForce: Type.Boolean(),
  version: Type.Integer(),
});
export type Consent = Static<typeof Consent>;

export const ConsentCreate = Type.Object(
  {
    purpose: ConsentPurpose,
    organisationId: Type.Optional(Uuid),
    scopes: Type.Optional(Type.Array(SharingScope, { uniqueItems: true, maxItems: 4 })),
    givenOn: IsoDate,
    method: ConsentMethod,
  },
  { additionalProperties: false },
);
export type ConsentCreate = Static<typeof ConsentCreate>;

export const ConsentWithdraw = Type.Object(
  {
    withdrawnOn: IsoDate,
    note: Type.Optional(Type.String({ maxLength: 1000 })),
    version: Type.Integer({ minimum: 1 }),
  },
  { additionalProperties: false },
);
export type ConsentWithdraw = Static<typeof ConsentWithdraw>;

export const ConsentList = Type.Object({
  data: Type.Array(Consent),
  can: Type.Object({ manage: Type.Boolean() }),
});
export type ConsentList = Static<typeof ConsentList>;
export const ConsentResponse = Type.Object({ data: Consent });
export type ConsentResponse = Static<typeof ConsentResponse>;

/** Opens the participant's own sign-in: an invitation to this e-mail address, linked to the record. */
export const ParticipantAccountCreate = Type.Object(
  {
    email: Type.String({ format: "email", maxLength: 254 }),
    language: Type.Optional(StringEnum(LANGUAGES)),
  },
  { additionalProperties: false },
);
export type ParticipantAccountCreate = Static<typeof ParticipantAccountCreate>;
