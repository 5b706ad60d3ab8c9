import { describe, expect, it } from "vitest";
import {
  checkStepForm,
  draftForCheck,
  emptyStep,
  parseDecimal,
  type StepFormValues,
  valuesOf,
} from "./stepForm";

const filled = (over: Partial<StepFormValues> = {}): StepFormValues => ({
  ...emptyStep(),
  kind: "work_trial",
  title: " Kahvilatyö ",
  providerName: " Kahvila Kuppi ",
  startsOn: "1.1.2026",
  endsOn: "30.6.2026",
  daysPerWeek: "4,5",
  hoursPerDay: "6",
  ...over,
});

describe("parseDecimal", () => {
  it.each([
    ["", null],
    ["4", 4],
    ["4,5", 4.5],
    [" 4.5 ", 4.5],
    ["0,5", 0.5],
    ["0,4", "invalid"],
    ["8", "invalid"],
    ["abc", "invalid"],
    ["-1", "invalid"],
  ])("%j → %j (0.5–7)", (text, expected) => {
    expect(parseDecimal(text, 0.5, 7)).toBe(expected);
  });
});

describe("checkStepForm", () => {
  it("maps a filled form to the API body", () => {
    expect(checkStepForm(filled())).toEqual({
      errors: {},
      body: {
        kind: "work_trial",
        title: "Kahvilatyö",
        providerOrganisationId: null,
        providerName: "Kahvila Kuppi",
        startsOn: "2026-01-01",
        endsOn: "2026-06-30",
        daysPerWeek: 4.5,
        hoursPerDay: 6,
        status: "planned",
        interruptionReason: null,
      },
    });
  });

  it("names what is wrong", () => {
    const { body, errors } = checkStepForm(
      filled({ kind: null, endsOn: "31.12.2025", daysPerWeek: "9", hoursPerDay: "x", status: "interrupted" }),
    );
    expect(body).toBeNull();
    expect(errors).toEqual({
      kind: "required",
      endsOn: "endsBeforeStart",
      daysPerWeek: "invalidDays",
      hoursPerDay: "invalidHours",
      interruptionReason: "required",
    });
    expect(checkStepForm(filled({ startsOn: "" })).errors).toEqual({ startsOn: "required" });
    expect(checkStepForm(filled({ startsOn: "31.2.2026" })).errors).toEqual({ startsOn: "invalidDate" });
  });

  it("sends the reason only with an interruption", () => {
    const interrupted = checkStepForm(filled({ status: "interrupted", interruptionReason: " Muutto " }));
    expect(interrupted.body?.interruptionReason).toBe("Muutto");
    expect(checkStepForm(filled({ interruptionReason: "Muutto" })).body?.interruptionReason).toBeNull();
  });
});

describe("draftForCheck", () => {
  it("waits for the kind and a valid start date, and leaves out what is not valid yet", () => {
    expect(draftForCheck(filled({ kind: null }))).toBeNull();
    expect(draftForCheck(filled({ startsOn: "1.1." }))).toBeNull();
    expect(draftForCheck(filled({ endsOn: "1.1.2025", daysPerWeek: "99" }))).toMatchObject({
      startsOn: "2026-01-01",
      endsOn: null,
      daysPerWeek: null,
      hoursPerDay: 6,
    });
  });
});

describe("valuesOf", () => {
  it("shows a saved step as typed", () => {
    const values = valuesOf({
      id: "s",
      participantId: "p",
      kind: "rehabilitative_work",
      title: "",
      providerOrganisationId: "o",
      providerOrganisationName: "Kylä ry",
      providerName: null,
      startsOn: "2026-02-01",
      endsOn: null,
      daysPerWeek: 3.5,
      hoursPerDay: null,
      status: "ongoing",
      interruptionReason: null,
      organisationId: "x",
      version: 1,
      createdAt: "2026-01-01T00:00:00Z",
      warnings: [],
      can: { edit: true },
    });
    expect(values).toMatchObject({ startsOn: "1.2.2026", endsOn: "", daysPerWeek: "3,5", hoursPerDay: "" });
  });
});
