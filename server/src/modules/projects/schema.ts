import { sql } from "drizzle-orm";
import { check, date, foreignKey, index, pgTable, text, unique, uuid } from "drizzle-orm/pg-core";
import { type Static, Type } from "typebox";
import { oneOf } from "../../db/checks";
import { createdAt, id, regionId, updatedAt, version } from "../../db/columns";
import { StringEnum, Uuid } from "../../http/typebox";
import { organisations } from "../organisations/schema";
import { regions } from "../regions/schema";

/** ESF programme periods whose indicator sets Polku knows (ohjelmakausi). */
export const PROGRAMME_PERIODS = ["2014-2020", "2021-2027"] as const;
export type ProgrammePeriod = (typeof PROGRAMME_PERIODS)[number];

/** A project (hanke): participants are enrolled in one; its programme period decides the funder's indicators. */
export const projects = pgTable(
  "projects",
  {
    id: id(),
    regionId: regionId().references(() => regions.id),
    name: text("name").notNull(),
    /** The funder's project code (e.g. EURA 2021 code), if known. */
    code: text("code"),
    programmePeriod: text("programme_period", { enum: PROGRAMME_PERIODS }).notNull(),
    organisationId: uuid("organisation_id").notNull(),
    startsOn: date("starts_on", { mode: "string" }).notNull(),
    endsOn: date("ends_on", { mode: "string" }),
    version: version(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    unique("projects_region_id_id_key").on(t.regionId, t.id),
    unique("projects_region_name_key").on(t.regionId, t.name),
    index("projects_region_idx").on(t.regionId),
    foreignKey({
      columns: [t.regionId, t.organisationId],
      foreignColumns: [organisations.regionId, organisations.id],
    }),
    check("projects_period_check", oneOf(t.programmePeriod, PROGRAMME_PERIODS)),
    check("projects_dates_check", sql`${t.endsOn} is null or ${t.endsOn} >= ${t.startsOn}`),
    check("projects_name_check", sql`length(trim(${t.name})) between 1 and 200`),
  ],
);

export const ProgrammePeriod = StringEnum(PROGRAMME_PERIODS);
export const IsoDate = Type.String({ format: "date" });

export const Project = Type.Object({
  id: Uuid,
  name: Type.String(),
  code: Type.Union([Type.String(), Type.Null()]),
  programmePeriod: ProgrammePeriod,
  organisationId: Uuid,
  organisationName: Type.String(),
  startsOn: IsoDate,
  endsOn: Type.Union([IsoDate, Type.Null()]),
  version: Type.Integer(),
});
export type Project = Static<typeof Project>;

export const ProjectCreate = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: 200 }),
    code: Type.Optional(Type.Union([Type.String({ maxLength: 50 }), Type.Null()])),
    programmePeriod: ProgrammePeriod,
    organisationId: Uuid,
    startsOn: IsoDate,
    endsOn: Type.Optional(Type.Union([IsoDate, Type.Null()])),
  },
  { additionalProperties: false },
);
export type ProjectCreate = Static<typeof ProjectCreate>;

export const ProjectList = Type.Object({
  data: Type.Array(Project),
  can: Type.Object({ create: Type.Boolean() }),
});
export type ProjectList = Static<typeof ProjectList>;
export const ProjectResponse = Type.Object({ data: Project });
