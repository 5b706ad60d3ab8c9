import { type Static, Type } from "typebox";
import { Project, ProjectCreate } from "./schema";

// API shapes of projects beyond those in schema.ts (Project, ProjectCreate, ProjectList).

export const ProjectUpdate = Type.Object(
  {
    ...Type.Partial(ProjectCreate).properties,
    version: Type.Integer({ minimum: 1 }),
  },
  { additionalProperties: false },
);
export type ProjectUpdate = Static<typeof ProjectUpdate>;

/** One project with what the user may do with it. */
export const ProjectDetail = Type.Object({
  data: Project,
  can: Type.Object({ edit: Type.Boolean() }),
});
export type ProjectDetail = Static<typeof ProjectDetail>;
