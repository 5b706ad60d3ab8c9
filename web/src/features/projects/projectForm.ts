import type { Project, ProjectCreate } from "../../../../server/src/modules/projects/schema";
import { inputDateToIso, isoToInputDate } from "../../app/dates";

// The project form as typed and its mapping to the API body (pure, tested without a browser).

export type ProgrammePeriod = Project["programmePeriod"];
export const PROGRAMME_PERIODS = (
  Object.keys({ "2014-2020": 1, "2021-2027": 2 } satisfies Record<
    ProgrammePeriod,
    number
  >) as ProgrammePeriod[]
).sort();

export interface ProjectFormValues {
  name: string;
  code: string;
  programmePeriod: ProgrammePeriod | null;
  organisationId: string | null;
  startsOn: string;
  endsOn: string;
}

export const emptyProject: ProjectFormValues = {
  name: "",
  code: "",
  programmePeriod: "2021-2027",
  organisationId: null,
  startsOn: "",
  endsOn: "",
};

export const projectValues = (p: Project): ProjectFormValues => ({
  name: p.name,
  code: p.code ?? "",
  programmePeriod: p.programmePeriod,
  organisationId: p.organisationId,
  startsOn: isoToInputDate(p.startsOn),
  endsOn: isoToInputDate(p.endsOn),
});

export type ProjectFieldError = "required" | "invalidDate" | "endsBeforeStart";

export function checkProjectForm(v: ProjectFormValues): {
  body: ProjectCreate | null;
  errors: Partial<Record<keyof ProjectFormValues, ProjectFieldError>>;
} {
  const errors: Partial<Record<keyof ProjectFormValues, ProjectFieldError>> = {};
  if (v.name.trim() === "") errors.name = "required";
  if (v.programmePeriod === null) errors.programmePeriod = "required";
  if (v.organisationId === null) errors.organisationId = "required";
  const startsOn = inputDateToIso(v.startsOn);
  if (v.startsOn.trim() === "") errors.startsOn = "required";
  else if (!startsOn) errors.startsOn = "invalidDate";
  const endsOn = v.endsOn.trim() === "" ? null : inputDateToIso(v.endsOn);
  if (v.endsOn.trim() !== "" && !endsOn) errors.endsOn = "invalidDate";
  else if (startsOn && endsOn && endsOn < startsOn) errors.endsOn = "endsBeforeStart";
  if (
    Object.keys(errors).length > 0 ||
    !startsOn ||
    v.programmePeriod === null ||
    v.organisationId === null
  ) {
    return { body: null, errors };
  }
  return {
    errors,
    body: {
      name: v.name.trim(),
      code: v.code.trim() === "" ? null : v.code.trim(),
      programmePeriod: v.programmePeriod,
      organisationId: v.organisationId,
      startsOn,
      endsOn,
    },
  };
}
