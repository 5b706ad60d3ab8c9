import { existsSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import net from "node:net";
import path from "node:path";
import { fileURLToPath } from "node:url";
import AxeBuilder from "@axe-core/playwright";
import type { FastifyInstance } from "fastify";
import { type Browser, type BrowserContext, chromium, type Locator, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect } from "vitest";
import { buildApp } from "../../server/src/app";
import { type Config, loadConfig } from "../../server/src/config";
import { DEMO_PASSWORD, DEMO_USERS, seedDemo } from "../../server/src/seed/demo";
import { seedDemoPathways } from "../../server/src/seed/pathways";
import { seedDemoSelfAssessments } from "../../server/src/seed/self-assessments";
import { seedDemoSmallJobs } from "../../server/src/seed/small-jobs";
import { createTestDatabase, type TestDatabase } from "../../server/test/db";
import en from "../../web/src/i18n/en.json";
import fi from "../../web/src/i18n/fi.json";
import sv from "../../web/src/i18n/sv.json";

export { DEMO_PASSWORD, DEMO_USERS };

const repoRoot = fileURLToPath(new URL("../../", import.meta.url));
const webDist = path.join(repoRoot, "web", "dist");
export const SCREENSHOT_DIR = "/tmp/polku-shots";

/** The Chromium to drive: CHROMIUM_PATH, else Debian's package; null means the browser tests are skipped. */
export const chromiumPath: string | null =
  process.env.CHROMIUM_PATH ?? (existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : null);

const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

export const DESKTOP = { width: 1280, height: 800 } as const;
export const PHONE = { width: 360, height: 740 } as const;

/** A describe block for browser tests that is reported as skipped, with the reason, when there is no Chromium. */
export function describeInBrowser(name: string, body: () => void): void {
  if (!chromiumPath) {
    console.warn(
      `Skipping browser tests "${name}": no Chromium at /usr/bin/chromium and CHROMIUM_PATH is not set.`,
    );
  }
  describe.skipIf(!chromiumPath)(name, body);
}

// ---------------------------------------------------------------------------------------------------
// Texts from the web app's own translation files, so the tests follow wording changes.

export type Language = "fi" | "sv" | "en";
const dictionaries: Record<Language, unknown> = { fi, sv, en };

/** The UI text for a dotted key ("signIn.title") in a language, with {{name}} placeholders filled in. */
export function text(language: Language, key: string, vars: Record<string, string | number> = {}): string {
  let node: unknown = dictionaries[language];
  for (const part of key.split(".")) {
    node = typeof node === "object" && node !== null ? (node as Record<string, unknown>)[part] : undefined;
  }
  if (typeof node !== "string") throw new Error(`no UI text "${key}" in ${language}`);
  return node.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(vars[name] ?? `{{${name}}}`));
}

/** Finnish UI text: the default language of the tests. */
export const fiText = (key: string, vars?: Record<string, string | number>) => text("fi", key, vars);

export function demoUser(role: (typeof DEMO_USERS)[number]["role"]) {
  const user = DEMO_USERS.find((u) => u.role === role);
  if (!user) throw new Error(`no demo user with role ${role}`);
  return user;
}

// ---------------------------------------------------------------------------------------------------
// The server and the browser.

export interface E2E {
  baseUrl: string;
  config: Config;
  db: TestDatabase;
  app: FastifyInstance;
  browser: Browser;
  /** A fresh browser context (own cookies and storage) in Finnish at desktop size, with one page. */
  newPage(options?: { locale?: string }): Promise<Page>;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/**
 * Starts the real server in-process on a fresh database seeded with the demo network, and one Chromium,
 * for the test file; tears both down afterwards. Use inside describeInBrowser.
 */
export function useE2E(): E2E {
  const state: Partial<E2E> & { contexts: BrowserContext[] } = { contexts: [] };

  beforeAll(async () => {
    if (!existsSync(path.join(webDist, "index.html"))) {
      throw new Error(`The web app is not built (${webDist}/index.html is missing): run npm run build:web`);
    }
    await mkdir(SCREENSHOT_DIR, { recursive: true });
    const db = await createTestDatabase();
    state.db = db;
    const port = await freePort();
    const config = loadConfig({
      PORT: String(port),
      HOST: "127.0.0.1",
      PUBLIC_URL: `http://127.0.0.1:${port}`,
      WEB_DIST: webDist,
      LOG_LEVEL: "silent",
      SEED_DEMO: "false",
      LOGIN_RATE_LIMIT_PER_MINUTE: "10000",
      RATE_LIMIT_PER_MINUTE: "100000",
    });
    state.config = config;
    await seedDemo(db.database, config);
    const app = await buildApp(config, db.database, { logger: false });
    await seedDemoPathways(app, db.database, config);
    await seedDemoSelfAssessments(app);
    await seedDemoSmallJobs(app);
    state.app = app;
    await app.listen({ port: config.port, host: config.host });
    state.baseUrl = config.publicUrl;
    state.browser = await chromium.launch({
      executablePath: chromiumPath ?? undefined,
      args: CHROMIUM_ARGS,
    });
  });

  afterAll(async () => {
    for (const context of state.contexts) await context.close().catch(() => undefined);
    await state.browser?.close();
    await state.app?.close();
    await state.db?.close();
  });

  const need = <K extends keyof E2E>(key: K): NonNullable<E2E[K]> => {
    const value = state[key];
    if (value === undefined || value === null) throw new Error(`the e2e fixture has not started (${key})`);
    return value as NonNullable<E2E[K]>;
  };

  return {
    get baseUrl() {
      return need("baseUrl");
    },
    get config() {
      return need("config");
    },
    get db() {
      return need("db");
    },
    get app() {
      return need("app");
    },
    get browser() {
      return need("browser");
    },
    async newPage(options = {}) {
      const context = await need("browser").newContext({
        baseURL: need("baseUrl"),
        viewport: { ...DESKTOP },
        locale: options.locale ?? "fi-FI",
      });
      state.contexts.push(context);
      const page = await context.newPage();
      page.setDefaultTimeout(10_000);
      page.setDefaultNavigationTimeout(15_000);
      return page;
    },
  };
}

// ---------------------------------------------------------------------------------------------------
// Helpers for pages.

/** Waits until the locator is visible (fails with the locator's description after the page's timeout). */
export async function expectVisible(locator: Locator): Promise<void> {
  await locator.first().waitFor({ state: "visible" });
}

/** The page's h1 with exactly this text. */
export function pageHeading(page: Page, name: string): Locator {
  return page.getByRole("heading", { level: 1, name, exact: true });
}

/** Signs in through the sign-in form and waits for the home page. */
export async function signInAs(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto("/sign-in");
  const language = await currentLanguage(page);
  await page.getByLabel(text(language, "signIn.email"), { exact: true }).fill(email);
  await page.getByLabel(text(language, "signIn.password"), { exact: true }).fill(password);
  await page.getByRole("button", { name: text(language, "signIn.submit"), exact: true }).click();
  await page.waitForURL((url) => url.pathname === "/");
  await expectVisible(page.getByRole("button", { name: text(await currentLanguage(page), "app.signOut") }));
}

/** The language the page says it is in (`<html lang>`). */
export async function currentLanguage(page: Page): Promise<Language> {
  const lang = await page.evaluate(() => document.documentElement.lang);
  if (lang !== "fi" && lang !== "sv" && lang !== "en") throw new Error(`unexpected <html lang="${lang}">`);
  return lang;
}

/** Runs axe with the WCAG 2.1 A/AA rules and fails with a readable list of violations. */
export async function expectNoAxeViolations(page: Page, where = page.url()): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
    .analyze();
  const report = results.violations
    .map((v) => {
      const nodes = v.nodes
        .slice(0, 5)
        .map((n) => `      ${n.target.join(" ")}\n        ${n.failureSummary?.replace(/\n/g, "\n        ")}`)
        .join("\n");
      return `  [${v.impact}] ${v.id}: ${v.help} (${v.nodes.length} element(s))\n    ${v.helpUrl}\n${nodes}`;
    })
    .join("\n");
  expect(report, `axe found accessibility violations on ${where}:\n${report}`).toBe("");
}

/** Fails if the page scrolls sideways at its current width. */
export async function expectNoHorizontalScroll(page: Page): Promise<void> {
  const measure = () =>
    page.evaluate(() => ({
      scrollWidth: document.documentElement.scrollWidth,
      innerWidth: window.innerWidth,
    }));
  // Right after a resize some components (the Suomi.fi date picker) keep their old place for a frame or
  // two: give the layout up to a second to settle, so that only a lasting overflow fails.
  let { scrollWidth, innerWidth } = await measure();
  for (let i = 0; i < 10 && scrollWidth > innerWidth; i++) {
    await page.waitForTimeout(100);
    ({ scrollWidth, innerWidth } = await measure());
  }
  expect(scrollWidth, `page ${page.url()} scrolls sideways at ${innerWidth}px`).toBeLessThanOrEqual(
    innerWidth,
  );
}

/** Saves a screenshot of the page (its first 2,000 px, long lists are cut) to /tmp/polku-shots/<name>.png. */
export async function screenshot(page: Page, name: string): Promise<void> {
  const { width, height } = await page.evaluate(() => ({
    width: document.documentElement.clientWidth,
    height: document.documentElement.scrollHeight,
  }));
  await page.screenshot({
    path: path.join(SCREENSHOT_DIR, `${name}.png`),
    fullPage: true,
    clip: { x: 0, y: 0, width, height: Math.min(height, 2000) },
  });
  // A full-page screenshot resizes the page for a moment; let the layout settle before the test's next
  // click, or a click on a button low on a long form can land while the page is still moving.
  await page.evaluate(
    () => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))),
  );
}

/**
 * The checks every page gets: axe and a screenshot at desktop size, then a screenshot at 360×740 with a
 * check that nothing scrolls sideways (and axe again there with `phoneAxe`, which costs a second or two).
 * The viewport is restored afterwards.
 */
export async function checkPage(
  page: Page,
  name: string,
  options: { phone?: boolean; phoneAxe?: boolean } = {},
): Promise<void> {
  await expectNoAxeViolations(page, `${name} (desktop)`);
  await screenshot(page, `${name}-desktop`);
  if (options.phone === false) return;
  const before = page.viewportSize() ?? DESKTOP;
  await page.setViewportSize({ ...PHONE });
  try {
    await expectNoHorizontalScroll(page);
    if (options.phoneAxe) await expectNoAxeViolations(page, `${name} (360 px)`);
    await screenshot(page, `${name}-360`);
  } finally {
    await page.setViewportSize(before);
  }
}

/** Whether the focused element shows a focus indicator (outline, or a box shadow on it or a pseudo-element). */
export async function focusIndicator(page: Page): Promise<{ tag: string; name: string; visible: boolean }> {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!(el instanceof HTMLElement) || el === document.body)
      return { tag: "body", name: "", visible: false };
    const shows = (style: CSSStyleDeclaration) =>
      (style.outlineStyle !== "none" && Number.parseFloat(style.outlineWidth) > 0) ||
      (style.boxShadow !== "none" && style.boxShadow !== "") ||
      false;
    const candidates = [el, el.parentElement].filter((x): x is HTMLElement => x instanceof HTMLElement);
    const visible = candidates.some(
      (node) =>
        shows(getComputedStyle(node)) ||
        shows(getComputedStyle(node, "::after")) ||
        shows(getComputedStyle(node, "::before")),
    );
    const name = el.getAttribute("aria-label") ?? el.getAttribute("name") ?? el.textContent?.trim() ?? "";
    return { tag: el.tagName.toLowerCase(), name: name.slice(0, 60), visible };
  });
}

/** Presses Tab until the predicate holds for the focused element, checking every stop has a visible focus. */
export async function tabUntil(
  page: Page,
  isTarget: (el: { tag: string; name: string }) => boolean,
  maxStops = 30,
): Promise<void> {
  const seen: string[] = [];
  for (let i = 0; i < maxStops; i++) {
    await page.keyboard.press("Tab");
    const focus = await focusIndicator(page);
    seen.push(`${focus.tag}[${focus.name}]`);
    expect(focus.visible, `no visible focus on ${focus.tag} "${focus.name}"`).toBe(true);
    if (isTarget(focus)) return;
  }
  throw new Error(`Tab did not reach the target in ${maxStops} stops; visited: ${seen.join(", ")}`);
}
