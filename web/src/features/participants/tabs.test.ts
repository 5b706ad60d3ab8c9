import { describe, expect, it } from "vitest";
import type { ParticipantCan } from "../../../../server/src/modules/participants/api";
import { tabOfPath, visibleTabs } from "./tabs";

const can = (over: Partial<ParticipantCan> = {}): ParticipantCan => ({
  edit: false,
  manageConsents: false,
  addContact: false,
  seePlan: false,
  seeAssessments: false,
  seeNotes: false,
  ...over,
});

describe("visibleTabs", () => {
  it("shows a keeper every tab", () => {
    expect(
      visibleTabs(
        { kind: "keeper", write: true },
        can({ seePlan: true, seeAssessments: true, seeNotes: true }),
      ),
    ).toEqual([
      "overview",
      "consents",
      "enrolments",
      "assessment",
      "self-assessment",
      "plan",
      "steps",
      "stage",
      "contacts",
      "timeline",
      "funder",
      "small-jobs",
    ]);
  });

  it("shows a partner with basic data only neither plan, assessment nor funder data", () => {
    expect(visibleTabs({ kind: "shared", scopes: ["basic"] }, can())).toEqual([
      "overview",
      "consents",
      "enrolments",
      "contacts",
      "timeline",
    ]);
  });

  it("opens plan, steps and stage with the plan scope, and never the funder tab to a partner", () => {
    const tabs = visibleTabs({ kind: "shared", scopes: ["basic", "plan"] }, can({ seePlan: true }));
    expect(tabs).toContain("plan");
    expect(tabs).toContain("steps");
    expect(tabs).toContain("stage");
    expect(tabs).not.toContain("assessment");
    expect(tabs).not.toContain("self-assessment");
    expect(tabs).not.toContain("funder");
  });

  it("opens the self-assessment tab with the assessments scope", () => {
    const tabs = visibleTabs(
      { kind: "shared", scopes: ["basic", "assessments"] },
      can({ seeAssessments: true }),
    );
    expect(tabs).toContain("self-assessment");
    expect(tabOfPath("/participants/abc/self-assessment", "abc")).toBe("self-assessment");
  });
});

describe("tabOfPath", () => {
  it("names the tab of a path", () => {
    expect(tabOfPath("/participants/abc", "abc")).toBe("overview");
    expect(tabOfPath("/participants/abc/", "abc")).toBe("overview");
    expect(tabOfPath("/participants/abc/plan", "abc")).toBe("plan");
    expect(tabOfPath("/participants/abc/steps/123", "abc")).toBe("steps");
  });

  it("gives null for unknown sections and other participants", () => {
    expect(tabOfPath("/participants/abc/nothing", "abc")).toBeNull();
    expect(tabOfPath("/participants/abc/overview", "abc")).toBeNull();
    expect(tabOfPath("/participants/xyz/plan", "abc")).toBeNull();
  });
});
