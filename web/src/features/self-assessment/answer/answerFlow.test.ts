import { describe, expect, it } from "vitest";
import {
  canSubmit,
  firstUnanswered,
  htmlLang,
  nextScreen,
  previousScreen,
  progress,
  SCALE,
  summaryCounts,
  summaryRows,
  withPending,
} from "./answerFlow";

const KEYS = [
  "work_ability",
  "functional_capacity",
  "mind",
  "participation",
  "body",
  "skills",
  "everyday_life",
];
const dims = KEYS.map((key) => ({ key }));

describe("SCALE", () => {
  it("runs 0 to 10, eleven options", () => {
    expect(SCALE).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });
});

describe("withPending", () => {
  it("puts unsent choices on top of the server's draft", () => {
    const p = withPending(
      { scores: { work_ability: 4, mind: null }, answeredKeys: ["work_ability", "mind"], language: "fi" },
      { scores: { work_ability: 6, body: 2 }, language: "plain" },
    );
    expect(p.scores).toEqual({ work_ability: 6, mind: null, body: 2 });
    expect([...p.answered].sort()).toEqual(["body", "mind", "work_ability"]);
    expect(p.language).toBe("plain");
  });

  it("keeps the server's language when none is pending", () => {
    expect(withPending({ scores: {}, answeredKeys: [], language: "sv" }, { scores: {} }).language).toBe("sv");
  });
});

describe("firstUnanswered", () => {
  it("starts a fresh answer at the first question", () => {
    expect(firstUnanswered(KEYS, new Set())).toEqual({ kind: "question", index: 0 });
  });

  it("continues at the first question neither answered nor skipped, even after a gap", () => {
    expect(firstUnanswered(KEYS, new Set(["work_ability", "functional_capacity", "participation"]))).toEqual({
      kind: "question",
      index: 2,
    });
  });

  it("counts a skipped question as done", () => {
    const p = withPending(
      { scores: { work_ability: null }, answeredKeys: ["work_ability"], language: "fi" },
      {
        scores: {},
      },
    );
    expect(firstUnanswered(KEYS, p.answered)).toEqual({ kind: "question", index: 1 });
  });

  it("goes to the summary when every question is done", () => {
    expect(firstUnanswered(KEYS, new Set(KEYS))).toEqual({ kind: "summary" });
  });
});

describe("nextScreen and previousScreen", () => {
  it("walk the questions and reach the summary after the last", () => {
    expect(nextScreen(0, 7)).toEqual({ kind: "question", index: 1 });
    expect(nextScreen(6, 7)).toEqual({ kind: "summary" });
    expect(previousScreen({ kind: "summary" }, 7)).toEqual({ kind: "question", index: 6 });
    expect(previousScreen({ kind: "question", index: 3 }, 7)).toEqual({ kind: "question", index: 2 });
    expect(previousScreen({ kind: "question", index: 0 }, 7)).toBeNull();
  });
});

describe("progress", () => {
  it("says 3 / 7 on the third question and counts what is done", () => {
    expect(progress(2, 7, new Set(["work_ability", "mind"]), KEYS)).toEqual({
      current: 3,
      total: 7,
      done: 2,
      percent: 29,
    });
  });

  it("ignores answered keys of other versions", () => {
    expect(progress(0, 7, new Set(["old_key"]), KEYS).done).toBe(0);
  });
});

describe("summaryRows", () => {
  it("lists answered, skipped and not answered questions in order", () => {
    const p = withPending(
      { scores: { work_ability: 0, mind: null }, answeredKeys: ["work_ability", "mind"], language: "fi" },
      { scores: { everyday_life: 10 } },
    );
    const rows = summaryRows(dims, p);
    expect(rows.map((r) => [r.key, r.state, r.score])).toEqual([
      ["work_ability", "answered", 0],
      ["functional_capacity", "unanswered", null],
      ["mind", "skipped", null],
      ["participation", "unanswered", null],
      ["body", "unanswered", null],
      ["skills", "unanswered", null],
      ["everyday_life", "answered", 10],
    ]);
    expect(rows[6]?.index).toBe(6);
    expect(summaryCounts(rows)).toEqual({ answered: 2, skipped: 1, unanswered: 4 });
    expect(canSubmit(rows)).toBe(true);
  });

  it("does not allow submitting skips alone", () => {
    const p = withPending(
      { scores: { work_ability: null }, answeredKeys: ["work_ability"], language: "fi" },
      {
        scores: {},
      },
    );
    expect(canSubmit(summaryRows(dims, p))).toBe(false);
  });
});

describe("htmlLang", () => {
  it("marks plain Finnish as Finnish", () => {
    expect(htmlLang("plain")).toBe("fi");
    expect(htmlLang("sv")).toBe("sv");
  });
});
