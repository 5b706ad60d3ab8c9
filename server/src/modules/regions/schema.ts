import { pgTable, text, uniqueIndex } from "drizzle-orm/pg-core";
import { createdAt, id } from "../../db/columns";

/** A region (alue) is a tenant: one local network. No row of one region is ever visible in another. */
export const regions = pgTable(
  "regions",
  {
    id: id(),
    code: text("code").notNull(),
    name: text("name").notNull(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("regions_code_key").on(t.code)],
);
