import type { Page } from "playwright-core";
import { expect, it } from "vitest";
import {
  checkPage,
  currentLanguage,
  DEMO_PASSWORD,
  DEMO_USERS,
  demoUser,
  describeInBrowser,
  expectVisible,
  type Language,
  pageHeading,
  signInAs,
  text,
  useE2E,
} from "./fixtures";

const LANGUAGE_BUTTON: Record<Language, string> = { fi: "Suomi", sv: "Svenska", en: "English" };

/** Clicks a language in the switch and waits until the page has changed to it. */
async function switchTo(page: Page, language: Language): Promise<void> {
  await page.getByRole("button", { name: LANGUAGE_BUTTON[language], exact: true }).click();
  await page.waitForFunction((lang) => document.documentElement.lang === lang, language);
  const pressed = page.getByRole("button", { name: LANGUAGE_BUTTON[language], exact: true });
  expect(await pressed.getAttribute("aria-pressed")).toBe("true");
}

async function expectSignInPageIn(page: Page, language: Language): Promise<void> {
  await expectVisible(pageHeading(page, text(language, "signIn.title")));
  await expectVisible(page.getByLabel(text(language, "signIn.email"), { exact: true }));
  expect(await currentLanguage(page)).toBe(language);
}

async function expectHomeIn(page: Page, language: Language, name: string): Promise<void> {
  await expectVisible(pageHeading(page, text(language, "home.title", { name })));
  await expectVisible(page.getByRole("navigation", { name: text(language, "nav.label") }));
  expect(await currentLanguage(page)).toBe(language);
}

describeInBrowser("choosing the language", () => {
  const e2e = useE2E();

  it("switches the sign-in page to Swedish and English, and remembers the choice across reloads", async () => {
    const page = await e2e.newPage();
    await page.goto("/sign-in");
    await expectSignInPageIn(page, "fi");

    await switchTo(page, "sv");
    await expectSignInPageIn(page, "sv");
    await checkPage(page, "sign-in-sv", { phoneAxe: true });
    await page.reload();
    await expectSignInPageIn(page, "sv");

    await switchTo(page, "en");
    await expectSignInPageIn(page, "en");
    await checkPage(page, "sign-in-en", { phone: false });
    await page.reload();
    await expectSignInPageIn(page, "en");

    // Problems from the server come back in the chosen language too.
    await page.getByLabel(text("en", "signIn.email"), { exact: true }).fill("nobody@polku.example");
    await page.getByLabel(text("en", "signIn.password"), { exact: true }).fill("not the password");
    await page.getByRole("button", { name: text("en", "signIn.submit"), exact: true }).click();
    await expectVisible(
      page.getByRole("alert").filter({ hasText: "The e-mail address or password is wrong." }),
    );
  });

  it("keeps the chosen language after signing in, switching, signing out and signing in again", async () => {
    const admin = demoUser("administrator");
    const page = await e2e.newPage();
    await page.goto("/sign-in");
    await switchTo(page, "en");
    await signInAs(page, admin.email);
    // The device's choice wins over the administrator's Finnish profile.
    await expectHomeIn(page, "en", admin.name);
    await checkPage(page, "home-admin-en", { phone: false });

    const saved = page.waitForResponse(
      (r) => r.url().endsWith("/api/session/language") && r.request().method() === "PUT",
    );
    await switchTo(page, "sv");
    expect((await saved).status()).toBe(204);
    await expectHomeIn(page, "sv", admin.name);
    await checkPage(page, "home-admin-sv");
    await page.reload();
    await expectHomeIn(page, "sv", admin.name);

    await page.getByRole("button", { name: text("sv", "app.signOut"), exact: true }).click();
    await page.waitForURL((url) => url.pathname === "/sign-in");
    await expectSignInPageIn(page, "sv");

    await signInAs(page, admin.email);
    await expectHomeIn(page, "sv", admin.name);

    await switchTo(page, "fi");
    await expectHomeIn(page, "fi", admin.name);
    await page.reload();
    await expectHomeIn(page, "fi", admin.name);
  });

  it("a new device without a remembered choice follows the language the person chose last", async () => {
    const admin = demoUser("administrator");
    const first = await e2e.newPage();
    await signInAs(first, admin.email);
    const saved = first.waitForResponse((r) => r.url().endsWith("/api/session/language"));
    await switchTo(first, "sv");
    expect((await saved).status()).toBe(204);

    const second = await e2e.newPage();
    await second.goto("/sign-in");
    await expectSignInPageIn(second, "fi");
    await signInAs(second, admin.email, DEMO_PASSWORD);
    await expectHomeIn(second, "sv", admin.name);
  });

  it("a Swedish-speaking coach sees Swedish after signing in on a Finnish browser", async () => {
    const swedishCoach = DEMO_USERS.find((u) => u.role === "coach" && u.language === "sv");
    if (!swedishCoach) throw new Error("the demo data has no Swedish-speaking coach");
    const page = await e2e.newPage();
    await signInAs(page, swedishCoach.email);
    await expectHomeIn(page, "sv", swedishCoach.name);
    await expectVisible(page.getByText(text("sv", "home.roleIntro.coach")));
    await checkPage(page, "home-coach-sv", { phone: false });
  });
});
