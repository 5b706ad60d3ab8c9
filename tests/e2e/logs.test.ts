import type { Page, Response } from "playwright-core";
import { expect, it } from "vitest";
import {
  checkPage,
  demoUser,
  describeInBrowser,
  expectVisible,
  fiText,
  pageHeading,
  signInAs,
  useE2E,
} from "./fixtures";

const isList = (path: string) => (r: Response) =>
  new URL(r.url()).pathname === path && r.request().method() === "GET";

async function nextCursorOf(response: Response): Promise<string | null> {
  const body = (await response.json()) as { nextCursor: string | null };
  return body.nextCursor;
}

async function goByNav(page: Page, labelKey: string) {
  await page
    .getByRole("navigation", { name: fiText("nav.label") })
    .getByRole("link", { name: fiText(labelKey), exact: true })
    .click();
}

describeInBrowser("the audit trail and the access log", () => {
  const e2e = useE2E();
  const admin = demoUser("administrator");
  const coach = demoUser("coach");
  const organisationName = `Lokitestin yhdistys ${Date.now().toString(36)}`;
  let page: Page;

  it("the administrator sees the organisation just created in the audit trail, with their name", async () => {
    page = await e2e.newPage();
    await signInAs(page, admin.email);
    await goByNav(page, "nav.organisations");
    await expectVisible(pageHeading(page, fiText("organisations.title")));
    const form = page.getByRole("region", { name: fiText("organisations.createHeading") });
    await form.getByLabel(fiText("organisations.name"), { exact: true }).fill(organisationName);
    await form.getByRole("button", { name: new RegExp(`${fiText("organisations.kind")}$`) }).click();
    await page.getByRole("option", { name: fiText("organisationKind.association"), exact: true }).click();
    await form.getByRole("button", { name: fiText("organisations.create"), exact: true }).click();
    await expectVisible(page.getByRole("link", { name: organisationName, exact: true }));

    const firstPage = page.waitForResponse(isList("/api/audit"));
    await goByNav(page, "nav.audit");
    await expectVisible(pageHeading(page, fiText("audit.title")));
    const cursor = await nextCursorOf(await firstPage);
    const table = page.getByRole("table", { name: fiText("audit.caption") });
    await expectVisible(table);

    // Newest first: the organisation's creation, by the administrator, with the name among the changes.
    const row = table.getByRole("row").filter({ hasText: organisationName });
    await expectVisible(row);
    const cells = await row.getByRole("cell").allInnerTexts();
    expect(cells[1]).toBe(admin.name);
    expect(cells[2]).toBe(fiText("auditAction.insert"));
    expect(cells[3]).toBe(`${fiText("auditEntity.organisations")} (organisations)`);
    expect(cells[5]).toContain(`name: ${organisationName}`);
    await checkPage(page, "admin-audit");

    // The demo seed alone writes more than one page of changes.
    expect(cursor, "the seeded audit trail has more than one page").not.toBeNull();
    const rowsBefore = await table.getByRole("row").count();
    const loadMore = page.getByRole("button", { name: fiText("common.loadMore"), exact: true });
    const secondPage = page.waitForResponse((r) => isList("/api/audit")(r) && r.url().includes("before="));
    await loadMore.click();
    await secondPage;
    await page.waitForFunction(({ before }) => document.querySelectorAll("table tr").length > before, {
      before: rowsBefore,
    });
    expect(await table.getByRole("row").count()).toBeGreaterThan(rowsBefore);
  });

  it("filters the audit trail by the kind of record", async () => {
    const entity = page.getByLabel(fiText("audit.entity"), { exact: true });
    await entity.fill("organisations");
    const filtered = page.waitForResponse((r) => isList("/api/audit")(r) && r.url().includes("entity="));
    await page.getByRole("button", { name: fiText("common.filter"), exact: true }).click();
    await filtered;
    await page.waitForURL((url) => url.searchParams.get("entity") === "organisations");
    const table = page.getByRole("table", { name: fiText("audit.caption") });
    await expectVisible(table.getByRole("row").filter({ hasText: organisationName }));
    const entities = await table.locator("tbody tr td:nth-child(4)").allInnerTexts();
    expect(entities.length).toBeGreaterThan(0);
    expect(new Set(entities)).toEqual(new Set([`${fiText("auditEntity.organisations")} (organisations)`]));
  });

  it("the administrator sees in the access log who read which user's details", async () => {
    await goByNav(page, "nav.users");
    await expectVisible(pageHeading(page, fiText("users.title")));
    await page.getByRole("link", { name: coach.name, exact: true }).click();
    await expectVisible(pageHeading(page, coach.name));

    const log = page.waitForResponse(isList("/api/access-log"));
    await goByNav(page, "nav.accessLog");
    await expectVisible(pageHeading(page, fiText("accessLog.title")));
    await log;
    const table = page.getByRole("table", { name: fiText("accessLog.caption") });
    await expectVisible(table);
    const rows = table.getByRole("row").filter({ hasText: coach.name });
    await expectVisible(rows);
    // The newest read of the coach is the administrator opening the coach's page.
    const cells = await rows.first().getByRole("cell").allInnerTexts();
    expect(cells[1]).toBe(admin.name);
    expect(cells[2]).toBe("user");
    expect(cells[3]).toBe(coach.name);
    await checkPage(page, "admin-access-log");
  });

  it("a coach who opens the audit trail or the access log sees that they have no access", async () => {
    const coachPage = await e2e.newPage();
    await signInAs(coachPage, coach.email);
    let asked = false;
    coachPage.on("request", (r) => {
      const path = new URL(r.url()).pathname;
      if (path === "/api/audit" || path === "/api/access-log") asked = true;
    });
    await coachPage.goto("/admin/audit");
    await expectVisible(pageHeading(coachPage, fiText("noAccess.title")));
    await expectVisible(coachPage.getByText(fiText("noAccess.body")));
    await checkPage(coachPage, "coach-no-access");
    await coachPage.goto("/admin/access-log");
    await expectVisible(pageHeading(coachPage, fiText("noAccess.title")));
    expect(asked).toBe(false);
    // The server refuses too, whatever the page shows.
    expect((await coachPage.request.get("/api/audit")).status()).toBe(403);
    expect((await coachPage.request.get("/api/access-log")).status()).toBe(403);
  });
});
