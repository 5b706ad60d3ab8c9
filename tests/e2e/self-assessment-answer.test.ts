import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, expect, it } from "vitest";
import {
  checkPage,
  DEMO_PASSWORD,
  DEMO_USERS,
  demoUser,
  describeInBrowser,
  expectNoAxeViolations,
  expectNoHorizontalScroll,
  expectVisible,
  fiText,
  PHONE,
  pageHeading,
  screenshot,
  signInAs,
  tabUntil,
  text,
  useE2E,
} from "./fixtures";

// A participant answers the default self-assessment on a 360 px phone: some questions by keyboard
// alone, some by touch, one skipped; leaves in the middle and continues where he was; loses the
// connection and the choice waits on the phone until it returns; reviews, changes one answer and
// submits. Another participant answers in English with the questions in plain Finnish.

interface DimensionRow {
  key: string;
  texts: Record<"fi" | "sv" | "en" | "plain", { question: string; low: string; high: string }>;
}

describeInBrowser("a participant answers the self-assessment on a phone by keyboard and by touch", () => {
  const e2e = useE2E();
  const ville = demoUser("participant");
  // The second demo participant, whose own language is English.
  const amina = DEMO_USERS.find((u) => u.role === "participant" && u.email !== ville.email) ?? ville;
  const contexts: BrowserContext[] = [];
  let dims: DimensionRow[] = [];

  /** A phone-sized page with touch, as a participant's own device. */
  const phonePage = async (): Promise<{ context: BrowserContext; page: Page }> => {
    const context = await e2e.browser.newContext({
      baseURL: e2e.baseUrl,
      viewport: { ...PHONE },
      hasTouch: true,
      isMobile: true,
      locale: "fi-FI",
    });
    contexts.push(context);
    const page = await context.newPage();
    page.setDefaultTimeout(10_000);
    page.setDefaultNavigationTimeout(15_000);
    return { context, page };
  };

  /** axe, no sideways scroll and a screenshot: every screen type gets these. */
  const checkScreen = async (page: Page, name: string) => {
    await expectNoHorizontalScroll(page);
    await expectNoAxeViolations(page, name);
    await screenshot(page, name);
  };

  const draftOf = async (id: string) => {
    const [row] = await e2e.db.ownerQuery<{ draft_scores: Record<string, number | null>; language: string }>(
      "SELECT draft_scores, language FROM self_assessments WHERE id = $1",
      [id],
    );
    if (!row) throw new Error(`no answer ${id}`);
    return row;
  };

  const question = (page: Page, key: string, language: "fi" | "sv" | "en" | "plain" = "fi") => {
    const dim = dims.find((d) => d.key === key);
    if (!dim) throw new Error(`no dimension ${key}`);
    return page.getByRole("heading", { level: 2, name: dim.texts[language].question, exact: true });
  };

  const progressText = (page: Page, current: number) =>
    page.getByText(fiText("selfAssessmentAnswer.flow.progress", { current, total: 7 }), { exact: true });

  /** A radio of the scale by its number (0 and 10 carry their anchor words in the name). */
  const option = (page: Page, score: number) =>
    page.getByRole("radio", { name: new RegExp(`^${score}(,|$)`) });

  const isPatch = (url: string, method: string) =>
    method === "PATCH" && /\/api\/(me\/)?self-assessments\/[0-9a-f-]+$/.test(url);

  beforeAll(async () => {
    dims = await e2e.db.ownerQuery<DimensionRow>(
      `SELECT d.key, d.texts
         FROM instrument_dimensions d
         JOIN instrument_versions v ON v.id = d.instrument_version_id AND v.status = 'published'
         JOIN instruments i ON i.id = v.instrument_id AND i.key = 'polku-work-ability'
         JOIN users u ON u.region_id = i.region_id AND u.email = $1
        ORDER BY d.position`,
      [ville.email],
    );
    expect(dims.map((d) => d.key)).toEqual([
      "work_ability",
      "functional_capacity",
      "mind",
      "participation",
      "body",
      "skills",
      "everyday_life",
    ]);
    // Start from no unfinished answer (a demo seed may have left one): discard it as the participant would.
    expect(amina.language).toBe("en");
    for (const email of [ville.email, amina.email]) {
      const session = await e2e.app.inject({
        method: "POST",
        url: "/api/session",
        payload: { email, password: DEMO_PASSWORD },
      });
      const cookie = session.cookies.find((c) => c.name === "polku_session");
      const headers = { cookie: `polku_session=${cookie?.value}`, "x-csrf-token": session.json().csrfToken };
      const mine = await e2e.app.inject({ method: "GET", url: "/api/me/self-assessments", headers });
      expect(mine.statusCode).toBe(200);
      for (const draft of mine.json().data.drafts as { id: string }[]) {
        const gone = await e2e.app.inject({
          method: "DELETE",
          url: `/api/me/self-assessments/${draft.id}`,
          headers,
        });
        expect(gone.statusCode).toBe(204);
      }
    }
  });

  afterAll(async () => {
    for (const context of contexts) await context.close().catch(() => undefined);
  });

  it("answers by keyboard and touch, skips one, leaves, continues offline and online, and submits", async () => {
    const { context, page } = await phonePage();
    await signInAs(page, ville.email);

    // The list: start the default instrument.
    await page
      .getByRole("navigation", { name: fiText("nav.label") })
      .getByRole("link", { name: fiText("selfAssessmentAnswer.nav"), exact: true })
      .tap();
    await expectVisible(pageHeading(page, fiText("selfAssessmentAnswer.list.title")));
    await checkScreen(page, "sa-answer-list-360");
    await page.getByRole("button", { name: fiText("selfAssessmentAnswer.list.start"), exact: true }).tap();
    await page.waitForURL(/\/me\/self-assessment\/answer\/[0-9a-f-]+$/);
    const answerId = new URL(page.url()).pathname.split("/").pop() ?? "";

    // 1 / 7 by keyboard only: Tab into the scale, Space chooses 0, arrow keys move to 6, Enter goes on.
    await expectVisible(question(page, "work_ability"));
    await expectVisible(progressText(page, 1));
    await expectVisible(page.getByText(dims[0]?.texts.fi.low ?? "?", { exact: true }));
    await expectVisible(page.getByText(dims[0]?.texts.fi.high ?? "?", { exact: true }));
    // The ends of the scale say what they mean to a screen reader.
    await expectVisible(page.getByRole("radio", { name: `0, ${dims[0]?.texts.fi.low}`, exact: true }));
    await expectVisible(page.getByRole("radio", { name: `10, ${dims[0]?.texts.fi.high}`, exact: true }));
    await checkScreen(page, "sa-answer-question-360");
    await tabUntil(page, (el) => el.tag === "input");
    await page.keyboard.press("Space");
    expect(await option(page, 0).isChecked()).toBe(true);
    for (let i = 0; i < 6; i++) await page.keyboard.press("ArrowRight");
    expect(await option(page, 6).isChecked()).toBe(true);
    await expect.poll(async () => (await draftOf(answerId)).draft_scores).toEqual({ work_ability: 6 });
    await page.keyboard.press("Enter");

    // 2 / 7 by touch; moving on without a choice first says what is needed.
    await expectVisible(question(page, "functional_capacity"));
    await expectVisible(progressText(page, 2));
    await page.getByRole("button", { name: fiText("selfAssessmentAnswer.flow.next"), exact: true }).tap();
    await expectVisible(page.getByText(fiText("selfAssessmentAnswer.flow.chooseOrSkip")));
    await checkScreen(page, "sa-answer-needs-choice-360");
    let saved = page.waitForResponse((r) => isPatch(r.url(), r.request().method()) && r.ok());
    await option(page, 8).tap();
    await saved;
    expect(await option(page, 8).isChecked()).toBe(true);
    await page.getByRole("button", { name: fiText("selfAssessmentAnswer.flow.next"), exact: true }).tap();

    // 3 / 7 skipped by touch.
    await expectVisible(question(page, "mind"));
    saved = page.waitForResponse((r) => isPatch(r.url(), r.request().method()) && r.ok());
    await page.getByRole("button", { name: fiText("selfAssessmentAnswer.flow.skip"), exact: true }).tap();
    await saved;

    // 4 / 7 by keyboard: focus lands on the question; Tab into the scale, arrows to 3, Enter.
    await expectVisible(question(page, "participation"));
    await expectVisible(progressText(page, 4));
    await tabUntil(page, (el) => el.tag === "input");
    await page.keyboard.press("Space");
    for (let i = 0; i < 3; i++) await page.keyboard.press("ArrowRight");
    expect(await option(page, 3).isChecked()).toBe(true);
    await page.keyboard.press("Enter");

    // 5 / 7 by touch, then he leaves the page in the middle.
    await expectVisible(question(page, "body"));
    saved = page.waitForResponse((r) => isPatch(r.url(), r.request().method()) && r.ok());
    await option(page, 7).tap();
    await saved;
    await expect
      .poll(async () => (await draftOf(answerId)).draft_scores)
      .toEqual({ work_ability: 6, functional_capacity: 8, mind: null, participation: 3, body: 7 });
    await page.goto("/me");
    await expectVisible(pageHeading(page, fiText("selfService.pathway.title")));

    // Back on the list the unfinished answer shows how far he got; continuing opens question 6.
    await page.goto("/me/self-assessment");
    await expectVisible(
      page.getByText(fiText("selfAssessmentAnswer.list.draftProgress", { done: 5, total: 7 }), {
        exact: true,
      }),
    );
    await page
      .getByRole("link", { name: new RegExp(`^${fiText("selfAssessmentAnswer.list.continue")}`) })
      .tap();
    await expectVisible(question(page, "skills"));
    await expectVisible(progressText(page, 6));

    // The connection goes: the choice waits on the phone, calmly said so.
    await context.setOffline(true);
    await option(page, 9).tap();
    const notice = page.getByText(fiText("selfAssessmentAnswer.flow.offline"), { exact: true });
    await expectVisible(notice);
    expect(
      await page.evaluate((id) => localStorage.getItem(`polku.selfAssessment.pending.${id}`), answerId),
    ).toBe('{"scores":{"skills":9}}');
    expect((await draftOf(answerId)).draft_scores).not.toHaveProperty("skills");
    await checkScreen(page, "sa-answer-offline-360");
    // It comes back: the waiting choice goes to the server by itself and the notice goes away.
    await context.setOffline(false);
    await expect.poll(async () => (await draftOf(answerId)).draft_scores.skills).toBe(9);
    await notice.waitFor({ state: "detached" });
    expect(
      await page.evaluate((id) => localStorage.getItem(`polku.selfAssessment.pending.${id}`), answerId),
    ).toBeNull();
    await page.getByRole("button", { name: fiText("selfAssessmentAnswer.flow.next"), exact: true }).tap();

    // 7 / 7 by keyboard: arrows from 0 up to 5 and Enter to the summary.
    await expectVisible(question(page, "everyday_life"));
    await expectVisible(progressText(page, 7));
    await tabUntil(page, (el) => el.tag === "input");
    await page.keyboard.press("Space");
    for (let i = 0; i < 5; i++) await page.keyboard.press("ArrowRight");
    await page.keyboard.press("Enter");

    // The summary lists every answer and the skipped one.
    await expectVisible(
      page.getByRole("heading", {
        level: 2,
        name: fiText("selfAssessmentAnswer.summary.heading"),
        exact: true,
      }),
    );
    const rows = page.locator(".saa-summary__row");
    await expect.poll(() => rows.count(), { timeout: 10_000 }).toBe(7);
    const answers = await rows.locator(".saa-summary__answer").allTextContents();
    const answerText = (score: number) => fiText("selfAssessmentAnswer.summary.answer", { score });
    expect(answers).toEqual([
      answerText(6),
      answerText(8),
      fiText("selfAssessmentAnswer.summary.skipped"),
      answerText(3),
      answerText(7),
      answerText(9),
      answerText(5),
    ]);
    await checkScreen(page, "sa-answer-summary-360");

    // Back to the first question from the summary by keyboard, change 6 to 4, and Enter returns here.
    await tabUntil(
      page,
      (el) => el.tag === "button" && el.name.startsWith(fiText("selfAssessmentAnswer.summary.change")),
    );
    await page.keyboard.press("Enter");
    await expectVisible(question(page, "work_ability"));
    await tabUntil(page, (el) => el.tag === "input");
    await page.keyboard.press("ArrowLeft");
    await page.keyboard.press("ArrowLeft");
    expect(await option(page, 4).isChecked()).toBe(true);
    await page.keyboard.press("Enter");
    await expectVisible(page.getByText(answerText(4), { exact: true }));

    // Submit by touch; the thank-you screen leads to the history.
    await page
      .getByRole("button", { name: fiText("selfAssessmentAnswer.summary.submit"), exact: true })
      .tap();
    await expectVisible(pageHeading(page, fiText("selfAssessmentAnswer.done.title")));
    const history = page.getByRole("link", {
      name: fiText("selfAssessmentAnswer.done.historyLink"),
      exact: true,
    });
    expect(await history.getAttribute("href")).toMatch(
      /^\/me\/self-assessment\/history\?instrumentId=[0-9a-f-]+$/,
    );
    await checkScreen(page, "sa-answer-done-360");

    const stored = await e2e.db.ownerQuery<{ dimension_key: string; score: number | null }>(
      "SELECT dimension_key, score FROM self_assessment_scores WHERE self_assessment_id = $1",
      [answerId],
    );
    expect(Object.fromEntries(stored.map((r) => [r.dimension_key, r.score]))).toEqual({
      work_ability: 4,
      functional_capacity: 8,
      mind: null,
      participation: 3,
      body: 7,
      skills: 9,
      everyday_life: 5,
    });
    const [status] = await e2e.db.ownerQuery<{ status: string; mode: string }>(
      "SELECT status, mode FROM self_assessments WHERE id = $1",
      [answerId],
    );
    expect(status).toEqual({ status: "submitted", mode: "self" });

    // The list now shows the submitted answer.
    await page.goto("/me/self-assessment");
    await expectVisible(
      page.getByText(fiText("selfAssessmentAnswer.list.answeredCount", { answered: 6, total: 7 })),
    );
    await expectVisible(page.getByText(fiText("selfAssessmentAnswer.mode.self"), { exact: true }));
  });

  it("answers in English with the questions in plain Finnish", async () => {
    const { page } = await phonePage();
    await signInAs(page, amina.email);
    const en = (key: string, vars?: Record<string, string | number>) => text("en", key, vars);
    await page.goto("/me/self-assessment");
    await expectVisible(pageHeading(page, en("selfAssessmentAnswer.list.title")));
    await page.getByRole("button", { name: en("selfAssessmentAnswer.list.start"), exact: true }).tap();
    await expectVisible(question(page, "work_ability", "en"));
    const answerId = new URL(page.url()).pathname.split("/").pop() ?? "";

    // The questions' language: plain Finnish (selkosuomi).
    await page
      .getByRole("button", { name: new RegExp(en("selfAssessmentAnswer.flow.questionLanguage")) })
      .tap();
    await page.getByRole("option", { name: en("selfAssessmentAnswer.language.plain"), exact: true }).tap();
    await expectVisible(question(page, "work_ability", "plain"));
    expect(await question(page, "work_ability", "plain").getAttribute("lang")).toBe("fi");
    await expect.poll(async () => (await draftOf(answerId)).language).toBe("plain");
    await checkScreen(page, "sa-answer-question-plain-360");

    for (const [i, dim] of dims.entries()) {
      await expectVisible(question(page, dim.key, "plain"));
      await expectVisible(
        page.getByText(en("selfAssessmentAnswer.flow.progress", { current: i + 1, total: 7 })),
      );
      if (i === 3) {
        await page.getByRole("button", { name: en("selfAssessmentAnswer.flow.skip"), exact: true }).tap();
        continue;
      }
      await option(page, 10 - i).tap();
      const next =
        i === dims.length - 1 ? "selfAssessmentAnswer.flow.toSummary" : "selfAssessmentAnswer.flow.next";
      await page.getByRole("button", { name: en(next), exact: true }).tap();
    }
    await expectVisible(
      page.getByRole("heading", { level: 2, name: en("selfAssessmentAnswer.summary.heading") }),
    );
    await expectVisible(
      page.getByText(en("selfAssessmentAnswer.summary.counts", { answered: 6, skipped: 1 })),
    );
    await checkScreen(page, "sa-answer-summary-en-360");
    await page.getByRole("button", { name: en("selfAssessmentAnswer.summary.submit"), exact: true }).tap();
    await expectVisible(pageHeading(page, en("selfAssessmentAnswer.done.title")));
    await checkScreen(page, "sa-answer-done-en-360");
    const [row] = await e2e.db.ownerQuery<{ status: string; language: string }>(
      "SELECT status, language FROM self_assessments WHERE id = $1",
      [answerId],
    );
    expect(row).toEqual({ status: "submitted", language: "plain" });
  });

  it("lets the participant answer on the coach's device, with the coach", async () => {
    const coach = demoUser("coach");
    const [row] = await e2e.db.ownerQuery<{ participant: string; instrument: string }>(
      `SELECT p.id AS participant, i.id AS instrument
         FROM participants p JOIN users u ON u.id = p.user_id
         JOIN instruments i ON i.region_id = p.region_id AND i.key = 'polku-work-ability'
        WHERE u.email = $1`,
      [ville.email],
    );
    if (!row) throw new Error("Ville has no participant record");
    const session = await e2e.app.inject({
      method: "POST",
      url: "/api/session",
      payload: { email: coach.email, password: DEMO_PASSWORD },
    });
    const cookie = session.cookies.find((c) => c.name === "polku_session");
    const started = await e2e.app.inject({
      method: "POST",
      url: `/api/participants/${row.participant}/self-assessments`,
      headers: { cookie: `polku_session=${cookie?.value}`, "x-csrf-token": session.json().csrfToken },
      payload: { instrumentId: row.instrument, mode: "with_coach", answeredOn: "2026-01-15", language: "fi" },
    });
    expect(started.statusCode).toBe(201);
    const answerId = started.json().data.id as string;

    const page = await e2e.newPage();
    await signInAs(page, coach.email);
    await page.goto(`/participants/${row.participant}/self-assessment/answer/${answerId}`);
    await expectVisible(question(page, "work_ability"));
    await expectVisible(page.getByText(fiText("selfAssessmentAnswer.flow.withCoach"), { exact: true }));
    await checkPage(page, "sa-answer-with-coach", { phoneAxe: true });
    await option(page, 5).click();
    await page.getByRole("button", { name: fiText("selfAssessmentAnswer.flow.next"), exact: true }).click();
    for (const dim of dims.slice(1)) {
      await expectVisible(question(page, dim.key));
      await page.getByRole("button", { name: fiText("selfAssessmentAnswer.flow.skip"), exact: true }).click();
    }
    await expectVisible(
      page.getByText(fiText("selfAssessmentAnswer.summary.counts", { answered: 1, skipped: 6 }), {
        exact: true,
      }),
    );
    await page
      .getByRole("button", { name: fiText("selfAssessmentAnswer.summary.submit"), exact: true })
      .click();
    await expectVisible(pageHeading(page, fiText("selfAssessmentAnswer.done.title")));
    const back = page.getByRole("link", { name: fiText("selfAssessmentAnswer.done.coachLink"), exact: true });
    expect(await back.getAttribute("href")).toBe(`/participants/${row.participant}/self-assessment`);
    await checkPage(page, "sa-answer-with-coach-done");
    const scores = await e2e.db.ownerQuery<{ dimension_key: string; score: number | null }>(
      "SELECT dimension_key, score FROM self_assessment_scores WHERE self_assessment_id = $1 AND score IS NOT NULL",
      [answerId],
    );
    expect(scores).toEqual([{ dimension_key: "work_ability", score: 5 }]);
    const [answer] = await e2e.db.ownerQuery<{ status: string; mode: string; answered_on: string }>(
      "SELECT status, mode, answered_on::text FROM self_assessments WHERE id = $1",
      [answerId],
    );
    expect(answer).toEqual({ status: "submitted", mode: "with_coach", answered_on: "2026-01-15" });
  });
});
