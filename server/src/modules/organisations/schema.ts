import { sql } from "drizzle-orm";
import { boolean, check, index, pgTable, text, unique } from "drizzle-orm/pg-core";
import { type Static, Type } from "typebox";
import { createdAt, id, regionId, updatedAt, version } from "../../db/columns";
import { StringEnum } from "../../http/typebox";
import { ORGANISATION_KINDS } from "../access/roles";
import { regions } from "../regions/schema";

export const organisations = pgTable(
  "organisations",
  {
    id: id(),
    regionId: regionId().references(() => regions.id),
    name: text("name").notNull(),
    kind: text("kind", { enum: ORGANISATION_KINDS }).notNull(),
    /** Y-tunnus */
    businessId: text("business_id"),
    active: boolean("active").notNull().default(true),
    version: version(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    unique("organisations_region_id_id_key").on(t.regionId, t.id),
    unique("organisations_region_name_key").on(t.regionId, t.name),
    index("organisations_region_idx").on(t.regionId),
    check(
      "organisations_kind_check",
      sql`${t.kind} in (${sql.raw(ORGANISATION_KINDS.map((k) => `'${k}'`).join(", "))})`,
    ),
    check("organisations_name_check", sql`length(trim(${t.name})) between 1 and 200`),
  ],
);

export const OrganisationKind = StringEnum(ORGANISATION_KINDS);

export const Organisation = Type.Object({
  id: Type.String({ format: "uuid" }),
  name: Type.String(),
  kind: OrganisationKind,
  businessId: Type.Union([Type.String(), Type.Null()]),
  active: Type.Boolean(),
  version: Type.Integer(),
  createdAt: Type.String({ format: "date-time" }),
});
export type Organisation = Static<typeof Organisation>;

/** Finnish business ID (Y-tunnus): seven digits, a hyphen, a check digit. */
const BusinessId = Type.String({ pattern: "^[0-9]{7}-[0-9]$" });

export const OrganisationCreate = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: 200 }),
    kind: OrganisationKind,
    businessId: Type.Optional(Type.Union([BusinessId, Type.Null()])),
  },
  { additionalProperties: false },
);
export type OrganisationCreate = Static<typeof OrganisationCreate>;

export const OrganisationUpdate = Type.Object(
  {
    name: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
    kind: Type.Optional(OrganisationKind),
    businessId: Type.Optional(Type.Union([BusinessId, Type.Null()])),
    active: Type.Optional(Type.Boolean()),
    version: Type.Integer({ minimum: 1 }),
  },
  { additionalProperties: false },
);
export type OrganisationUpdate = Static<typeof OrganisationUpdate>;

export const OrganisationCan = Type.Object({ edit: Type.Boolean() });
export const OrganisationResponse = Type.Object({ data: Organisation, can: OrganisationCan });
export type OrganisationResponse = Static<typeof OrganisationResponse>;
export const OrganisationList = Type.Object({
  data: Type.Array(Organisation),
  can: Type.Object({ create: Type.Boolean() }),
});
export type OrganisationList = Static<typeof OrganisationList>;
