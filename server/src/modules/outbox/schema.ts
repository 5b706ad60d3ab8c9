import { sql } from "drizzle-orm";
import { check, index, integer, pgTable, text, timestamp } from "drizzle-orm/pg-core";
import { type Static, Type } from "typebox";
import { createdAt, id, regionId } from "../../db/columns";
import { NullableTimestamp, StringEnum, Timestamp, Uuid } from "../../http/typebox";
import { regions } from "../regions/schema";

export const OUTBOX_STATUSES = ["pending", "sent", "failed", "not_configured"] as const;

/** Every e-mail Polku writes. Delivered by SMTP when configured; readable by an administrator either way. */
export const outbox = pgTable(
  "outbox",
  {
    id: id(),
    regionId: regionId().references(() => regions.id),
    toAddress: text("to_address").notNull(),
    subject: text("subject").notNull(),
    body: text("body").notNull(),
    status: text("status", { enum: OUTBOX_STATUSES }).notNull().default("pending"),
    attempts: integer("attempts").notNull().default(0),
    lastError: text("last_error"),
    createdAt: createdAt(),
    sentAt: timestamp("sent_at", { withTimezone: true, mode: "string" }),
  },
  (t) => [
    index("outbox_region_created_idx").on(t.regionId, t.createdAt),
    index("outbox_pending_idx").on(t.status).where(sql`status = 'pending'`),
    check("outbox_status_check", sql`${t.status} in ('pending', 'sent', 'failed', 'not_configured')`),
  ],
);

export const OutboxMessage = Type.Object({
  id: Uuid,
  to: Type.String(),
  subject: Type.String(),
  body: Type.String(),
  status: StringEnum(OUTBOX_STATUSES),
  createdAt: Timestamp,
  sentAt: NullableTimestamp,
});
export type OutboxMessage = Static<typeof OutboxMessage>;
export const OutboxList = Type.Object({ data: Type.Array(OutboxMessage) });
export type OutboxList = Static<typeof OutboxList>;
