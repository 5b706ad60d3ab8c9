import { describe, expect, it } from "vitest";
import { navItemsFor } from "./navigation";

describe("navItemsFor", () => {
  it("gives an administrator every admin page", () => {
    expect(navItemsFor(["administrator"]).map((item) => item.to)).toEqual([
      "/",
      "/projects",
      "/reports/distance-travelled",
      "/jobs",
      "/admin/organisations",
      "/admin/users",
      "/admin/outbox",
      "/admin/audit",
      "/admin/access-log",
      "/admin/statutory-limits",
      "/admin/benefit-rules",
      "/admin/instruments",
    ]);
  });

  it("gives a coach the caseload, participants and projects", () => {
    expect(navItemsFor(["coach"]).map((item) => item.to)).toEqual([
      "/",
      "/caseload",
      "/participants",
      "/projects",
      "/jobs",
    ]);
  });

  it("gives a partner worker only participants shared with them", () => {
    expect(navItemsFor(["partner_worker"]).map((item) => item.to)).toEqual(["/", "/participants"]);
  });

  it("gives a participant their own pathway, self-assessment, data and access log", () => {
    expect(navItemsFor(["participant"]).map((item) => item.to)).toEqual([
      "/",
      "/me",
      "/me/self-assessment",
      "/me/jobs",
      "/me/data",
      "/me/access-log",
    ]);
  });
});
