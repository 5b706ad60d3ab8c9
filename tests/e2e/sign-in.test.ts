import { fileURLToPath } from "node:url";
import { expect, it } from "vitest";
import { messages } from "../../server/src/http/messages";
import {
  checkPage,
  DEMO_PASSWORD,
  demoUser,
  describeInBrowser,
  expectVisible,
  fiText,
  pageHeading,
  signInAs,
  useE2E,
} from "./fixtures";

const README_SCREENSHOT = fileURLToPath(new URL("../../docs/screenshot.png", import.meta.url));

describeInBrowser("signing in and out", () => {
  const e2e = useE2E();

  it("shows the sign-in page to a person who is not signed in, accessible on desktop and phone", async () => {
    const page = await e2e.newPage();
    await page.goto("/");
    await page.waitForURL((url) => url.pathname === "/sign-in");
    await expectVisible(pageHeading(page, fiText("signIn.title")));
    expect(await page.evaluate(() => document.documentElement.lang)).toBe("fi");
    await checkPage(page, "sign-in", { phoneAxe: true });
  });

  it("an administrator signs in and sees the administration cards on the home page", async () => {
    const admin = demoUser("administrator");
    const page = await e2e.newPage();
    await signInAs(page, admin.email);
    await expectVisible(pageHeading(page, fiText("home.title", { name: admin.name })));
    const adminSection = page.getByRole("region", { name: fiText("home.admin.heading") });
    for (const key of ["organisations", "users", "outbox", "audit", "accessLog"]) {
      await expectVisible(adminSection.getByRole("link", { name: fiText(`nav.${key}`), exact: true }));
    }
    await expectVisible(page.getByRole("navigation", { name: fiText("nav.label") }));
    await checkPage(page, "home-admin", { phoneAxe: true });
    // The README's picture of Polku: the administrator's home page at 1280×800 (UPDATE_SCREENSHOT=1).
    if (process.env.UPDATE_SCREENSHOT === "1") await page.screenshot({ path: README_SCREENSHOT });
  });

  it("shows a translated, accessible not-found page for an unknown address", async () => {
    const page = await e2e.newPage();
    await signInAs(page, demoUser("coach").email);
    await page.goto("/no-such-page");
    await expectVisible(pageHeading(page, fiText("notFound.title")));
    await checkPage(page, "not-found", { phoneAxe: true });
  });

  it("a coach signs in and sees the coach's welcome, without administration", async () => {
    const coach = demoUser("coach");
    const page = await e2e.newPage();
    await signInAs(page, coach.email);
    await expectVisible(pageHeading(page, fiText("home.title", { name: coach.name })));
    await expectVisible(page.getByText(fiText("home.roleIntro.coach")));
    expect(await page.getByRole("region", { name: fiText("home.admin.heading") }).count()).toBe(0);
    expect(await page.getByRole("link", { name: fiText("nav.users") }).count()).toBe(0);
    await checkPage(page, "home-coach", { phoneAxe: true });
  });

  it("a participant signs in and sees the participant's text", async () => {
    const participant = demoUser("participant");
    const page = await e2e.newPage();
    await signInAs(page, participant.email);
    await expectVisible(pageHeading(page, fiText("home.title", { name: participant.name })));
    await expectVisible(page.getByText(fiText("home.roleIntro.participant")));
    expect(await page.getByText(fiText("home.roleIntro.coach")).count()).toBe(0);
    await checkPage(page, "home-participant", { phoneAxe: true });
  });

  it("a wrong password shows the server's message and keeps the person on the sign-in page", async () => {
    const page = await e2e.newPage();
    await page.goto("/sign-in");
    await page.getByLabel(fiText("signIn.email"), { exact: true }).fill(demoUser("coach").email);
    await page.getByLabel(fiText("signIn.password"), { exact: true }).fill(`${DEMO_PASSWORD}-wrong`);
    const answer = page.waitForResponse(
      (r) => r.url().endsWith("/api/session") && r.request().method() === "POST",
    );
    await page.getByRole("button", { name: fiText("signIn.submit"), exact: true }).click();
    const response = await answer;
    expect(response.status()).toBe(401);
    const problem = (await response.json()) as { detail?: string };
    expect(problem.detail).toBe(messages.fi["auth.badCredentials"]);

    const alert = page.getByRole("alert").filter({ hasText: messages.fi["auth.badCredentials"] });
    await expectVisible(alert);
    expect(new URL(page.url()).pathname).toBe("/sign-in");
    await checkPage(page, "sign-in-wrong-password", { phoneAxe: true });
  });

  it("an empty form names the missing fields without calling the server", async () => {
    const page = await e2e.newPage();
    await page.goto("/sign-in");
    let posted = false;
    page.on("request", (r) => {
      if (r.url().endsWith("/api/session") && r.method() === "POST") posted = true;
    });
    await page.getByRole("button", { name: fiText("signIn.submit"), exact: true }).click();
    await expectVisible(page.getByText(fiText("signIn.emailRequired")));
    await expectVisible(page.getByText(fiText("signIn.passwordRequired")));
    expect(posted).toBe(false);
    await checkPage(page, "sign-in-empty", { phone: false });
  });

  it("signing out returns to the sign-in page and the session is gone", async () => {
    const coach = demoUser("coach");
    const page = await e2e.newPage();
    await signInAs(page, coach.email);
    const signedOut = page.waitForResponse(
      (r) => r.url().endsWith("/api/session") && r.request().method() === "DELETE",
    );
    await page.getByRole("button", { name: fiText("app.signOut"), exact: true }).click();
    expect((await signedOut).status()).toBe(204);
    await page.waitForURL((url) => url.pathname === "/sign-in");
    await expectVisible(pageHeading(page, fiText("signIn.title")));

    await page.reload();
    await expectVisible(pageHeading(page, fiText("signIn.title")));
    expect(new URL(page.url()).pathname).toBe("/sign-in");
    // The server no longer knows the session, whatever cookie the browser may still hold.
    const session = await page.request.get("/api/session");
    expect(session.status()).toBe(401);
    // A protected address sends the person back to sign in.
    await page.goto("/admin/users");
    await page.waitForURL((url) => url.pathname === "/sign-in");
  });

  it("returns to the page asked for after signing in", async () => {
    const admin = demoUser("administrator");
    const page = await e2e.newPage();
    await page.goto("/admin/organisations");
    await page.waitForURL((url) => url.pathname === "/sign-in");
    await page.getByLabel(fiText("signIn.email"), { exact: true }).fill(admin.email);
    await page.getByLabel(fiText("signIn.password"), { exact: true }).fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: fiText("signIn.submit"), exact: true }).click();
    await page.waitForURL((url) => url.pathname === "/admin/organisations");
    await expectVisible(pageHeading(page, fiText("organisations.title")));
  });
});
