import { describe, expect, it } from "vitest";
import type { Plan } from "../../../../../server/src/modules/pathway/api-record";
import en from "../../../i18n/en.json";
import fi from "../../../i18n/fi.json";
import sv from "../../../i18n/sv.json";
import {
  assessmentBodyOf,
  checkDate,
  emptyAssessment,
  helsinkiInstant,
  helsinkiTimeNow,
  numberedStage,
  parseTime,
  planBodyOf,
  planValuesOf,
  rebaseGoals,
  STAGES,
} from "./forms";

const TODAY = "2026-11-24";

describe("checkDate", () => {
  it("reads Finnish dates and refuses non-dates, missing and future dates", () => {
    expect(checkDate("5.3.2026", { today: TODAY })).toEqual({ iso: "2026-03-05" });
    expect(checkDate("31.2.2026", { today: TODAY }).error).toBe("invalid");
    expect(checkDate("", { today: TODAY }).error).toBe("required");
    expect(checkDate("", { optional: true, today: TODAY })).toEqual({ iso: null });
    expect(checkDate("25.11.2026", { notFuture: true, today: TODAY }).error).toBe("future");
  });
});

describe("numberedStage", () => {
  it("numbers the stage by its place in the model, the name from the one set of stage names", () => {
    expect(numberedStage("reached", fi.record.stageName.reached)).toBe("1. Tavoitettu");
    expect(numberedStage("life_management", sv.record.stageName.life_management)).toBe(
      "2. Livshantering och välbefinnande",
    );
    expect(numberedStage("network", en.record.stageName.network)).toBe("5. Supported by the network");
    for (const catalogue of [fi, sv, en]) {
      expect(Object.keys(catalogue.record.stageName)).toEqual([...STAGES]);
      // No second set of stage names to drift apart from these (the participant's own pages word the
      // stages in plain language on purpose: selfService.stage).
      expect(catalogue.participants).not.toHaveProperty("stage");
    }
  });
});

describe("assessmentBodyOf", () => {
  it("sends only the assessed areas, with trimmed notes", () => {
    const v = emptyAssessment();
    v.assessedOn = "3.2.2026";
    v.levels.health = "2";
    v.notes.health = " Selkä ";
    v.levels.housing = "0";
    const result = assessmentBodyOf(v, TODAY);
    expect(result).toEqual({
      body: {
        assessedOn: "2026-02-03",
        situation: "",
        strengths: "",
        wishes: "",
        barriers: { health: { level: 2, note: "Selkä" }, housing: { level: 0, note: "" } },
      },
    });
  });

  it("refuses a note without a level and a future date", () => {
    const v = emptyAssessment();
    v.assessedOn = "1.1.2099";
    v.notes.finances = "Velkaa";
    expect(assessmentBodyOf(v, TODAY)).toEqual({
      errors: { assessedOn: "future", finances: "levelRequired" },
    });
  });
});

const plan: Plan = {
  id: "p",
  participantId: "x",
  summary: "S",
  agreedOn: "2026-03-01",
  nextReviewOn: null,
  updatedByName: "A",
  version: 3,
  updatedAt: "2026-03-01 10:00:00+00",
  goals: [
    { id: "g1", title: "Yksi", description: "", targetDate: "2026-06-30", status: "open", reviews: [] },
    { id: "g2", title: "Kaksi", description: "", targetDate: null, status: "achieved", reviews: [] },
  ],
};

describe("plan form", () => {
  it("round-trips a plan into the body of a save under the version it was read at", () => {
    const result = planBodyOf(planValuesOf(plan), plan.version, TODAY);
    expect(result).toEqual({
      body: {
        summary: "S",
        agreedOn: "2026-03-01",
        nextReviewOn: null,
        version: 3,
        goals: [
          { id: "g1", title: "Yksi", description: "", targetDate: "2026-06-30", status: "open" },
          { id: "g2", title: "Kaksi", description: "", targetDate: null, status: "achieved" },
        ],
      },
    });
  });

  it("starts a new plan with one empty goal and refuses it until the goal has a name", () => {
    const values = planValuesOf(null);
    expect(values.goals).toHaveLength(1);
    const result = planBodyOf(values, 0, TODAY);
    expect("errors" in result && result.errors.goals).toEqual({
      [values.goals[0]?.key ?? ""]: { title: "required" },
    });
  });

  it("refuses a next review before the agreed date", () => {
    const values = { ...planValuesOf(plan), nextReviewOn: "1.2.2026" };
    expect(planBodyOf(values, 3, TODAY)).toEqual({ errors: { nextReviewOn: "beforeAgreed" } });
  });

  it("keeps typed goals that the other save removed, as new goals", () => {
    const values = planValuesOf(plan);
    const latest = { ...plan, version: 4, goals: plan.goals.slice(1) };
    const rebased = rebaseGoals(values, latest);
    expect(rebased.goals.map((g) => [g.title, g.id])).toEqual([
      ["Yksi", null],
      ["Kaksi", "g2"],
    ]);
  });
});

describe("time in Finland", () => {
  it("reads a clock time and turns a Finnish date and time into the right instant, summer and winter", () => {
    expect(parseTime("14.30")).toEqual([14, 30]);
    expect(parseTime("9:05")).toEqual([9, 5]);
    expect(parseTime("24.00")).toBeNull();
    expect(helsinkiInstant("2026-01-15", [10, 0])).toBe("2026-01-15T08:00:00.000Z");
    expect(helsinkiInstant("2026-07-15", [10, 0])).toBe("2026-07-15T07:00:00.000Z");
    expect(helsinkiTimeNow(new Date("2026-07-15T07:05:00Z"))).toBe("10.05");
  });
});
