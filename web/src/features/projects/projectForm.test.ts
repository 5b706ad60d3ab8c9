import { describe, expect, it } from "vitest";
import { checkProjectForm, emptyProject, projectValues } from "./projectForm";

describe("checkProjectForm", () => {
  it("maps a filled form to the API body", () => {
    expect(
      checkProjectForm({
        ...emptyProject,
        name: " Laavu ",
        code: " ",
        organisationId: "o",
        startsOn: "1.1.2024",
        endsOn: "31.12.2026",
      }),
    ).toEqual({
      errors: {},
      body: {
        name: "Laavu",
        code: null,
        programmePeriod: "2021-2027",
        organisationId: "o",
        startsOn: "2024-01-01",
        endsOn: "2026-12-31",
      },
    });
  });

  it("names what is missing or wrong", () => {
    expect(checkProjectForm({ ...emptyProject, programmePeriod: null }).errors).toEqual({
      name: "required",
      programmePeriod: "required",
      organisationId: "required",
      startsOn: "required",
    });
    expect(
      checkProjectForm({
        ...emptyProject,
        name: "x",
        organisationId: "o",
        startsOn: "2.1.2024",
        endsOn: "1.1.2024",
      }).errors,
    ).toEqual({ endsOn: "endsBeforeStart" });
  });

  it("round-trips a saved project", () => {
    const values = projectValues({
      id: "p",
      name: "Laavu",
      code: "S1",
      programmePeriod: "2014-2020",
      organisationId: "o",
      organisationName: "Pudasjärvi",
      startsOn: "2018-03-01",
      endsOn: null,
      version: 1,
    });
    expect(checkProjectForm(values).body).toEqual({
      name: "Laavu",
      code: "S1",
      programmePeriod: "2014-2020",
      organisationId: "o",
      startsOn: "2018-03-01",
      endsOn: null,
    });
  });
});
