import { describe, expect, it } from "vitest";
import { exportUrl, fileNameFrom, STAGES, stageStates } from "./selfService";

describe("stageStates", () => {
  it("marks the stages before the current one done and the later ones upcoming", () => {
    expect(stageStates("resources_and_goals")).toEqual([
      { stage: "reached", state: "done" },
      { stage: "life_management", state: "done" },
      { stage: "resources_and_goals", state: "current" },
      { stage: "guided_onward", state: "upcoming" },
      { stage: "network", state: "upcoming" },
    ]);
  });

  it("shows every stage upcoming when no stage is marked yet", () => {
    expect(stageStates(null).map((s) => s.state)).toEqual(STAGES.map(() => "upcoming"));
  });
});

describe("fileNameFrom", () => {
  it("reads the file name of an attachment", () => {
    expect(fileNameFrom('attachment; filename="polku-omat-tiedot-2026-03-01.pdf"')).toBe(
      "polku-omat-tiedot-2026-03-01.pdf",
    );
    expect(fileNameFrom("attachment; filename*=UTF-8''omat%20tiedot.json")).toBe("omat tiedot.json");
    expect(fileNameFrom(null)).toBeNull();
    expect(fileNameFrom("inline")).toBeNull();
  });
});

describe("exportUrl", () => {
  it("asks for the texts in the page's language", () => {
    expect(exportUrl("pdf", "sv")).toBe("/api/me/export.pdf?lang=sv");
  });
});
