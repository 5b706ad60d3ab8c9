import { describe, expect, it } from "vitest";
import type { TimelineEntry } from "../../../../../server/src/modules/pathway/api-record";
import { groupByDay, helsinkiDay, isDateOnly, tabOf } from "./timeline";

const entry = (id: string, at: string): TimelineEntry => ({
  id,
  at,
  kind: "contact",
  scope: "notes",
  summary: {},
  actorName: null,
  organisationName: null,
  refId: null,
});

describe("timeline", () => {
  it("groups by the day in Finland, whatever form the server writes the instant in", () => {
    expect(helsinkiDay("2026-02-03 22:30:00+00")).toBe("2026-02-04");
    expect(helsinkiDay("2026-02-03T12:00:00+02:00")).toBe("2026-02-03");
    const groups = groupByDay([
      entry("a", "2026-02-04 08:00:00.123+00"),
      entry("b", "2026-02-03 22:30:00+00"),
      entry("c", "2026-02-03 10:00:00+00"),
    ]);
    expect(groups.map((g) => [g.day, g.entries.map((e) => e.id)])).toEqual([
      ["2026-02-04", ["a", "b"]],
      ["2026-02-03", ["c"]],
    ]);
  });

  it("links each kind of event to the tab with its details", () => {
    expect(tabOf("goal_reviewed")).toBe("plan");
    expect(tabOf("contact")).toBe("contacts");
    expect(tabOf("registered")).toBe("overview");
    expect(tabOf("follow_up")).toBe("enrolments");
  });

  it("shows no clock time for events that carry a date only", () => {
    expect(isDateOnly({ kind: "stage_changed", at: "2026-02-03 10:00:00+00" })).toBe(true);
    expect(isDateOnly({ kind: "stage_changed", at: "2026-02-03T12:00:00+02:00" })).toBe(true);
    expect(isDateOnly({ kind: "plan_saved", at: "2026-02-03 10:00:00.123+00" })).toBe(false);
    expect(isDateOnly({ kind: "contact", at: "2026-02-03 10:00:00+00" })).toBe(false);
  });
});
