import { describe, expect, it } from "vitest";
import { describeChanges, formatChangeValue, formatDateTime } from "./format";

describe("formatDateTime", () => {
  it("shows the time in Finnish time, not UTC", () => {
    // 10:30 UTC in June is 13:30 in Helsinki (summer time, UTC+3).
    const text = formatDateTime("2025-06-15T10:30:00Z", "fi");
    expect(text).toContain("13.30");
    expect(text).toContain("15.6.2025");
  });

  it("formats in the requested language", () => {
    expect(formatDateTime("2025-01-02T08:05:00Z", "en")).toContain("10:05");
    expect(formatDateTime("2025-01-02T08:05:00Z", "en")).toContain("02/01/2025");
  });

  it("returns an unparseable value unchanged", () => {
    expect(formatDateTime("not a date", "sv")).toBe("not a date");
  });
});

describe("formatChangeValue", () => {
  it("keeps strings and shows other values as JSON", () => {
    expect(formatChangeValue("Kyläyhdistys")).toBe("Kyläyhdistys");
    expect(formatChangeValue(3)).toBe("3");
    expect(formatChangeValue(false)).toBe("false");
    expect(formatChangeValue(null)).toBe("–");
    expect(formatChangeValue({ from: "a", to: "b" })).toBe('{"from":"a","to":"b"}');
  });
});

describe("describeChanges", () => {
  it("shows updates as old → new and leaves bookkeeping out", () => {
    expect(
      describeChanges({ name: { old: "A", new: "B" }, id: "x", region_id: "r", version: 2, active: true }),
    ).toEqual([
      { field: "name", text: "A → B" },
      { field: "active", text: "true" },
    ]);
  });
});
