import { sql } from "drizzle-orm";
import {
  check,
  foreignKey,
  index,
  integer,
  pgTable,
  text,
  timestamp,
  unique,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { type Static, Type } from "typebox";
import { createdAt, id, regionId, updatedAt, version } from "../../db/columns";
import { NullableTimestamp, StringEnum, Uuid } from "../../http/typebox";
import { LANGUAGES, ROLES } from "../access/roles";
import { organisations } from "../organisations/schema";
import { regions } from "../regions/schema";

export const USER_STATUSES = ["invited", "active", "deactivated"] as const;
export type UserStatus = (typeof USER_STATUSES)[number];

const inList = (values: readonly string[]) => sql.raw(values.map((v) => `'${v}'`).join(", "));

export const users = pgTable(
  "users",
  {
    id: id(),
    regionId: regionId().references(() => regions.id),
    email: text("email").notNull(),
    name: text("name").notNull(),
    language: text("language", { enum: LANGUAGES }).notNull().default("fi"),
    status: text("status", { enum: USER_STATUSES }).notNull().default("invited"),
    /** argon2id; never leaves the database except to the sign-in check. */
    passwordHash: text("password_hash"),
    failedAttempts: integer("failed_attempts").notNull().default(0),
    lockedUntil: timestamp("locked_until", { withTimezone: true, mode: "string" }),
    lastSignInAt: timestamp("last_sign_in_at", { withTimezone: true, mode: "string" }),
    version: version(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    unique("users_region_id_id_key").on(t.regionId, t.id),
    uniqueIndex("users_email_key").on(sql`lower(${t.email})`),
    index("users_region_idx").on(t.regionId),
    check("users_status_check", sql`${t.status} in (${inList(USER_STATUSES)})`),
    check("users_language_check", sql`${t.language} in (${inList(LANGUAGES)})`),
    check("users_email_check", sql`${t.email} ~ '^[^@\\s]+@[^@\\s]+$'`),
  ],
);

/** A user's role in an organisation (jäsenyys). Both sides must be in the same region. */
export const memberships = pgTable(
  "memberships",
  {
    id: id(),
    regionId: regionId().references(() => regions.id),
    userId: uuid("user_id").notNull(),
    organisationId: uuid("organisation_id").notNull(),
    role: text("role", { enum: ROLES }).notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    foreignKey({ columns: [t.regionId, t.userId], foreignColumns: [users.regionId, users.id] }).onDelete(
      "cascade",
    ),
    foreignKey({
      columns: [t.regionId, t.organisationId],
      foreignColumns: [organisations.regionId, organisations.id],
    }),
    unique("memberships_user_org_role_key").on(t.userId, t.organisationId, t.role),
    index("memberships_region_idx").on(t.regionId),
    check("memberships_role_check", sql`${t.role} in (${inList(ROLES)})`),
  ],
);

export const Role = StringEnum(ROLES);
export const Language = StringEnum(LANGUAGES);
export const UserStatus = StringEnum(USER_STATUSES);

export const Membership = Type.Object({
  id: Uuid,
  organisationId: Uuid,
  organisationName: Type.String(),
  role: Role,
});
export type Membership = Static<typeof Membership>;

export const UserSummary = Type.Object({
  id: Uuid,
  email: Type.String(),
  name: Type.String(),
  language: Language,
  status: UserStatus,
  memberships: Type.Array(Membership),
  lastSignInAt: NullableTimestamp,
  version: Type.Integer(),
});
export type UserSummary = Static<typeof UserSummary>;

export const UserCan = Type.Object({
  edit: Type.Boolean(),
  deactivate: Type.Boolean(),
  reactivate: Type.Boolean(),
  resendInvitation: Type.Boolean(),
});
export type UserCan = Static<typeof UserCan>;

export const Email = Type.String({ format: "email", maxLength: 254 });
export const PersonName = Type.String({ minLength: 1, maxLength: 200 });

export const MembershipCreate = Type.Object(
  { organisationId: Uuid, role: Role },
  { additionalProperties: false },
);
export type MembershipCreate = Static<typeof MembershipCreate>;

export const UserInvite = Type.Object(
  {
    email: Email,
    name: PersonName,
    language: Language,
    memberships: Type.Array(MembershipCreate, { minItems: 1, maxItems: 20 }),
  },
  { additionalProperties: false },
);
export type UserInvite = Static<typeof UserInvite>;

export const UserUpdate = Type.Object(
  {
    name: Type.Optional(PersonName),
    language: Type.Optional(Language),
    version: Type.Integer({ minimum: 1 }),
  },
  { additionalProperties: false },
);
export type UserUpdate = Static<typeof UserUpdate>;

export const UserQuery = Type.Object(
  {
    q: Type.Optional(Type.String({ maxLength: 200 })),
    status: Type.Optional(UserStatus),
  },
  { additionalProperties: false },
);

export const UserResponse = Type.Object({ data: UserSummary, can: UserCan });
export type UserResponse = Static<typeof UserResponse>;
export const UserList = Type.Object({
  data: Type.Array(UserSummary),
  can: Type.Object({ invite: Type.Boolean() }),
});
export type UserList = Static<typeof UserList>;
export const MembershipResponse = Type.Object({ data: Membership });
