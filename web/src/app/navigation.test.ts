import { describe, expect, it } from "vitest";
import { navItemsFor } from "./navigation";

describe("navItemsFor", () => {
  it("gives an administrator every admin page", () => {
    expect(navItemsFor(["administrator"]).map((item) => item.to)).toEqual([
      "/",
      "/admin/organisations",
      "/admin/users",
      "/admin/outbox",
      "/admin/audit",
      "/admin/access-log",
    ]);
  });

  it("gives other roles only the home page for now", () => {
    expect(navItemsFor(["coach", "participant"]).map((item) => item.to)).toEqual(["/"]);
  });
});
