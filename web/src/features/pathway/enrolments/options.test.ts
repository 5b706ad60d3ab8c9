import { describe, expect, it } from "vitest";
import { answerOf, booleanOf, daysFrom, exitDataOf, followUpDataOf } from "./options";

describe("enrolment form values", () => {
  it("leaves unanswered questions out of the funder's data", () => {
    expect(
      exitDataOf({
        situation: "in_education",
        answers: { inEducationOrTraining: "yes", gainedQualification: "", jobSearching: "no" },
      }),
    ).toEqual({ situation: "in_education", inEducationOrTraining: true, jobSearching: false });
    expect(
      exitDataOf({
        situation: null,
        answers: { inEducationOrTraining: "", gainedQualification: "", jobSearching: "" },
      }),
    ).toEqual({});
    expect(followUpDataOf({ employed: "no", selfEmployed: "", improvedSituation: "yes" })).toEqual({
      employed: false,
      improvedSituation: true,
    });
  });

  it("turns yes/no answers into booleans and back", () => {
    expect([answerOf(true), answerOf(false), answerOf(undefined)]).toEqual(["yes", "no", ""]);
    expect([booleanOf("yes"), booleanOf("no"), booleanOf("")]).toEqual([true, false, undefined]);
  });

  it("counts calendar days across months and leap days", () => {
    expect(daysFrom("2024-02-28", "2024-03-01")).toBe(2);
    expect(daysFrom("2026-03-01", "2026-02-28")).toBe(-1);
    expect(daysFrom("2026-10-24", "2026-10-26")).toBe(2);
  });
});
