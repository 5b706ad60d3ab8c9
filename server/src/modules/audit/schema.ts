import { sql } from "drizzle-orm";
import { bigserial, check, index, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { type Static, Type } from "typebox";
import { regionId } from "../../db/columns";
import { StringEnum, Timestamp, Uuid } from "../../http/typebox";
import { regions } from "../regions/schema";

/**
 * The audit trail: every insert, update and delete of a tenant table, written by a database trigger
 * (so no code path can skip it). Append-only: the database refuses UPDATE, DELETE and TRUNCATE.
 */
export const auditTrail = pgTable(
  "audit_trail",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    regionId: regionId().references(() => regions.id),
    at: timestamp("at", { withTimezone: true, mode: "string" }).notNull().defaultNow(),
    actorId: uuid("actor_id"),
    action: text("action").notNull(),
    entity: text("entity").notNull(),
    entityId: text("entity_id"),
    changes: jsonb("changes").notNull(),
    requestId: text("request_id"),
  },
  (t) => [
    index("audit_trail_region_id_idx").on(t.regionId, t.id),
    index("audit_trail_entity_idx").on(t.regionId, t.entity, t.entityId),
    check("audit_trail_action_check", sql`${t.action} in ('insert', 'update', 'delete')`),
  ],
);

/**
 * The access log: every read of personal data (Act 703/2023 § 11). Append-only like the audit trail;
 * the participant sees their own rows.
 */
export const accessLog = pgTable(
  "access_log",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    regionId: regionId().references(() => regions.id),
    at: timestamp("at", { withTimezone: true, mode: "string" }).notNull().defaultNow(),
    /** The signed-in reader; null only when the reader is a household orderer (below). */
    actorId: uuid("actor_id"),
    /** A household that ordered a small job and, by its own link, saw its worker's first name. */
    ordererId: uuid("orderer_id"),
    subjectType: text("subject_type").notNull(),
    subjectId: uuid("subject_id").notNull(),
    subjectLabel: text("subject_label"),
    purpose: text("purpose").notNull(),
    route: text("route"),
    requestId: text("request_id"),
  },
  (t) => [
    index("access_log_region_id_idx").on(t.regionId, t.id),
    index("access_log_subject_idx").on(t.regionId, t.subjectType, t.subjectId),
    check("access_log_reader_check", sql`(${t.actorId} is null) <> (${t.ordererId} is null)`),
  ],
);

export const AuditEntry = Type.Object({
  id: Type.String(),
  at: Timestamp,
  actorId: Type.Union([Uuid, Type.Null()]),
  actorName: Type.Union([Type.String(), Type.Null()]),
  action: StringEnum(["insert", "update", "delete"] as const),
  entity: Type.String(),
  entityId: Type.Union([Type.String(), Type.Null()]),
  changes: Type.Record(Type.String(), Type.Unknown()),
});
export type AuditEntry = Static<typeof AuditEntry>;

export const AccessEntry = Type.Object({
  id: Type.String(),
  at: Timestamp,
  /** Null when the reader was a household orderer (by their own link); actorName then names them. */
  actorId: Type.Union([Uuid, Type.Null()]),
  actorName: Type.Union([Type.String(), Type.Null()]),
  subjectType: Type.String(),
  subjectId: Uuid,
  subjectLabel: Type.Union([Type.String(), Type.Null()]),
  purpose: Type.String(),
});
export type AccessEntry = Static<typeof AccessEntry>;

const Cursor = Type.String({ pattern: "^[0-9]{1,18}$" });
export const AuditQuery = Type.Object(
  {
    entity: Type.Optional(Type.String({ maxLength: 100 })),
    actor: Type.Optional(Type.String({ maxLength: 200 })),
    before: Type.Optional(Cursor),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200 })),
  },
  { additionalProperties: false },
);
export const AccessQuery = Type.Object(
  {
    subjectType: Type.Optional(Type.String({ maxLength: 100 })),
    actor: Type.Optional(Type.String({ maxLength: 200 })),
    before: Type.Optional(Cursor),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200 })),
  },
  { additionalProperties: false },
);
export const AuditPage = Type.Object({
  data: Type.Array(AuditEntry),
  nextCursor: Type.Union([Type.String(), Type.Null()]),
});
export const AccessPage = Type.Object({
  data: Type.Array(AccessEntry),
  nextCursor: Type.Union([Type.String(), Type.Null()]),
});
export type AuditPage = Static<typeof AuditPage>;
export type AccessPage = Static<typeof AccessPage>;
