import { sql } from "drizzle-orm";
import { integer, timestamp, uuid } from "drizzle-orm/pg-core";

/** Primary key: a random UUID made by the database. */
export const id = () => uuid("id").primaryKey().default(sql`gen_random_uuid()`);

/** The tenant column: every row of a tenant table belongs to one region (alue). Row-level security keys on it. */
export const regionId = () =>
  uuid("region_id").notNull().default(sql`nullif(current_setting('app.region_id', true), '')::uuid`);

export const createdAt = () =>
  timestamp("created_at", { withTimezone: true, mode: "string" }).notNull().defaultNow();
export const updatedAt = () =>
  timestamp("updated_at", { withTimezone: true, mode: "string" }).notNull().defaultNow();

/** Optimistic concurrency: a write names the version it read; a stale one is refused with 409. */
export const version = () => integer("version").notNull().default(1);
