import { foreignKey, index, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { type Static, Type } from "typebox";
import { createdAt, id, regionId } from "../../db/columns";
import { Uuid } from "../../http/typebox";
import { regions } from "../regions/schema";
import { Language, Membership, Role, users } from "../users/schema";

/** A signed-in browser. The cookie holds a random token; only its SHA-256 is stored. */
export const sessions = pgTable(
  "sessions",
  {
    id: id(),
    regionId: regionId().references(() => regions.id),
    userId: uuid("user_id").notNull(),
    tokenHash: text("token_hash").notNull(),
    csrfToken: text("csrf_token").notNull(),
    createdAt: createdAt(),
    lastSeenAt: timestamp("last_seen_at", { withTimezone: true, mode: "string" }).notNull().defaultNow(),
    expiresAt: timestamp("expires_at", { withTimezone: true, mode: "string" }).notNull(),
    userAgent: text("user_agent"),
  },
  (t) => [
    uniqueIndex("sessions_token_hash_key").on(t.tokenHash),
    index("sessions_user_idx").on(t.userId),
    foreignKey({ columns: [t.regionId, t.userId], foreignColumns: [users.regionId, users.id] }).onDelete(
      "cascade",
    ),
  ],
);

/** A one-time link that lets an invited user set a password. Only the token's SHA-256 is stored. */
export const invitations = pgTable(
  "invitations",
  {
    id: id(),
    regionId: regionId().references(() => regions.id),
    userId: uuid("user_id").notNull(),
    tokenHash: text("token_hash").notNull(),
    createdBy: uuid("created_by"),
    createdAt: createdAt(),
    expiresAt: timestamp("expires_at", { withTimezone: true, mode: "string" }).notNull(),
    usedAt: timestamp("used_at", { withTimezone: true, mode: "string" }),
  },
  (t) => [
    uniqueIndex("invitations_token_hash_key").on(t.tokenHash),
    foreignKey({ columns: [t.regionId, t.userId], foreignColumns: [users.regionId, users.id] }).onDelete(
      "cascade",
    ),
  ],
);

export const SignIn = Type.Object(
  {
    email: Type.String({ minLength: 1, maxLength: 254 }),
    password: Type.String({ minLength: 1, maxLength: 1000 }),
  },
  { additionalProperties: false },
);
export type SignIn = Static<typeof SignIn>;

export const SessionUser = Type.Object({
  id: Uuid,
  email: Type.String(),
  name: Type.String(),
  language: Language,
  regionId: Uuid,
  regionName: Type.String(),
  roles: Type.Array(Role),
  memberships: Type.Array(Membership),
});
export type SessionUser = Static<typeof SessionUser>;

export const Session = Type.Object({ user: SessionUser, csrfToken: Type.String() });
export type Session = Static<typeof Session>;

export const LanguageChange = Type.Object({ language: Language }, { additionalProperties: false });

export const InvitationToken = Type.Object(
  { token: Type.String({ minLength: 20, maxLength: 200, pattern: "^[A-Za-z0-9_-]+$" }) },
  { additionalProperties: false },
);
export const InvitationInfo = Type.Object({ email: Type.String(), name: Type.String() });
export type InvitationInfo = Static<typeof InvitationInfo>;
export const InvitationAccept = Type.Object(
  { password: Type.String({ minLength: 12, maxLength: 200 }) },
  { additionalProperties: false },
);
