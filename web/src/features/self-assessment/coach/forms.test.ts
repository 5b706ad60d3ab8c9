import { describe, expect, it } from "vitest";
import { checkExternal, checkReminder, emptyExternal, parseScore } from "./forms";

const keys = ["work_ability", "mind", "everyday_life"];
const context = {
  instrumentId: "00000000-0000-4000-8000-000000000001",
  language: "fi" as const,
  today: "2026-05-20",
};

describe("parseScore", () => {
  it("reads whole numbers 0–10, empty as skipped, the rest as invalid", () => {
    expect(parseScore("0")).toBe(0);
    expect(parseScore(" 10 ")).toBe(10);
    expect(parseScore("")).toBeNull();
    expect(parseScore("   ")).toBeNull();
    expect(parseScore("11")).toBe("invalid");
    expect(parseScore("7,5")).toBe("invalid");
    expect(parseScore("-1")).toBe("invalid");
    expect(parseScore("seven")).toBe("invalid");
  });
});

describe("checkExternal", () => {
  it("makes a submitted external answer with skipped dimensions as null", () => {
    const values = {
      tool: " Kykyviisari ",
      answeredOn: "12.5.2026",
      scores: { work_ability: "6", mind: "", everyday_life: "8" },
    };
    expect(checkExternal(values, keys, context)).toEqual({
      errors: {},
      body: {
        instrumentId: context.instrumentId,
        mode: "external",
        externalTool: "Kykyviisari",
        answeredOn: "2026-05-12",
        language: "fi",
        scores: { work_ability: 6, mind: null, everyday_life: 8 },
      },
    });
  });

  it("needs the tool, a real past date, valid scores and at least one score", () => {
    const empty = emptyExternal(keys, "2026-05-20");
    expect(empty.answeredOn).toBe("20.5.2026");
    expect(checkExternal(empty, keys, context)).toEqual({
      errors: { tool: "toolRequired", scores: "noScores" },
      body: null,
    });
    const wrong = { tool: "Kykyviisari", answeredOn: "21.5.2026", scores: { work_ability: "12", mind: "3" } };
    expect(checkExternal(wrong, keys, context).errors).toEqual({
      answeredOn: "dateInFuture",
      "scores.work_ability": "scoreInvalid",
    });
    expect(checkExternal({ ...wrong, answeredOn: "31.2.2026" }, keys, context).errors.answeredOn).toBe(
      "dateInvalid",
    );
  });
});

describe("checkReminder", () => {
  it("sends the interval, the typed due day and the version of an existing reminder", () => {
    expect(checkReminder({ intervalMonths: 3, nextDue: "" }, null)).toEqual({
      errors: {},
      body: { intervalMonths: 3 },
    });
    expect(checkReminder({ intervalMonths: 6, nextDue: "1.9.2026" }, 4)).toEqual({
      errors: {},
      body: { intervalMonths: 6, nextDue: "2026-09-01", version: 4 },
    });
    expect(checkReminder({ intervalMonths: 6, nextDue: "syyskuussa" }, 4)).toEqual({
      errors: { nextDue: "dateInvalid" },
      body: null,
    });
  });
});
