import type { Locator, Page } from "playwright-core";
import { beforeAll, expect, it } from "vitest";
import { addMonthsIso, todayIso } from "../../server/src/lib/dates";
import { sinceMonth } from "../../web/src/features/self-assessment/charts/summary";
import {
  checkPage,
  DEMO_PASSWORD,
  demoUser,
  describeInBrowser,
  expectNoAxeViolations,
  expectVisible,
  fiText,
  PHONE,
  pageHeading,
  SCREENSHOT_DIR,
  screenshot,
  signInAs,
  text,
  useE2E,
} from "./fixtures";

// A coach works with a participant's self-assessments: the charts with their text alternatives and
// tables, the plain summary, scores from an external tool and a reminder that shows on the caseload; a
// partner without the assessments scope does not see the tab; the participant sees their own history.

interface ApiSession {
  cookie: string;
  csrf: string;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/** A Suomi.fi text input by its label (the accessible name may carry "(optional)"). */
const field = (scope: Page | Locator, label: string) =>
  scope.getByRole("textbox", { name: new RegExp(`^${escapeRegExp(label)}( \\(.*\\))?$`) });
/** "2026-03-24" → "24.3.2026", as the date fields take it and formatDate shows it in Finnish. */
const typed = (iso: string) => {
  const [y, m, d] = iso.split("-");
  return `${Number(d)}.${Number(m)}.${y}`;
};
const addDays = (iso: string, days: number) => {
  const d = new Date(`${iso}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
};

describeInBrowser(
  "a coach sees a participant's self-assessments, records external scores and sets a reminder",
  () => {
    const e2e = useE2E();
    const coach = demoUser("coach");
    const today = todayIso();
    const firstDay = addMonthsIso(today, -6);
    const secondDay = addDays(today, -20);
    let page: Page;
    let participantId: string;
    let participantName: string;
    let villeId: string;

    const session = async (email: string): Promise<ApiSession> => {
      const res = await e2e.app.inject({
        method: "POST",
        url: "/api/session",
        payload: { email, password: DEMO_PASSWORD },
      });
      const cookie = res.cookies.find((c) => c.name === "polku_session");
      if (!cookie) throw new Error(`sign-in failed for ${email}: ${res.body}`);
      return { cookie: `polku_session=${cookie.value}`, csrf: res.json().csrfToken as string };
    };
    const call = async <T>(
      as: ApiSession,
      method: "GET" | "POST" | "PATCH",
      url: string,
      payload?: object,
    ) => {
      const res = await e2e.app.inject({
        method,
        url,
        headers: { cookie: as.cookie, "x-csrf-token": as.csrf },
        ...(payload ? { payload } : {}),
      });
      expect(res.statusCode, `${method} ${url}: ${res.body}`).toBeLessThan(300);
      return res.json() as T;
    };

    /** Two answers by the API: with the coach six months ago, and with an external tool three weeks ago. */
    async function seedAnswers(as: ApiSession, id: string, instrumentId: string) {
      const started = await call<{ data: { id: string } }>(
        as,
        "POST",
        `/api/participants/${id}/self-assessments`,
        {
          instrumentId,
          mode: "with_coach",
          answeredOn: firstDay,
          language: "fi",
        },
      );
      await call(as, "PATCH", `/api/self-assessments/${started.data.id}`, {
        scores: {
          work_ability: 3,
          functional_capacity: 5,
          mind: 6,
          participation: 4,
          body: 5,
          skills: null,
          everyday_life: 4,
        },
      });
      await call(as, "POST", `/api/self-assessments/${started.data.id}/submit`);
      await call(as, "POST", `/api/participants/${id}/self-assessments`, {
        instrumentId,
        mode: "external",
        externalTool: "Paperilomake",
        answeredOn: secondDay,
        language: "fi",
        scores: {
          work_ability: 5,
          functional_capacity: 6,
          mind: 3,
          participation: 6,
          body: 5,
          skills: 7,
          everyday_life: 7,
        },
      });
    }

    beforeAll(async () => {
      const mine = await session(coach.email);
      const instruments = await call<{ data: { id: string; key: string }[] }>(
        mine,
        "GET",
        "/api/instruments",
      );
      const instrument = instruments.data.find((i) => i.key === "polku-work-ability");
      if (!instrument) throw new Error("no default instrument");
      const projects = await call<{ data: { id: string }[] }>(mine, "GET", "/api/projects");
      const project = projects.data[0];
      if (!project) throw new Error("no project");
      const [county] = await e2e.db.ownerQuery<{ id: string }>(
        "SELECT id FROM organisations WHERE kind = 'wellbeing_county' LIMIT 1",
      );
      if (!county) throw new Error("no county");

      // A participant of the coach's caseload whose answers the test knows, shared with the county without
      // the assessments scope.
      participantName = `Itkonen-${Date.now().toString(36)}`;
      const created = await call<{ data: { id: string } }>(mine, "POST", "/api/participants", {
        firstName: "Oona",
        lastName: participantName,
        birthDate: "1992-04-11",
        acknowledgeDuplicates: true,
      });
      participantId = created.data.id;
      const base = `/api/participants/${participantId}`;
      const entered = addMonthsIso(today, -7);
      await call(mine, "POST", `${base}/consents`, {
        purpose: "pathway",
        givenOn: entered,
        method: "signed_paper",
      });
      await call(mine, "POST", `${base}/consents`, {
        purpose: "sharing",
        organisationId: county.id,
        scopes: ["basic", "plan"],
        givenOn: entered,
        method: "signed_paper",
      });
      await call(mine, "POST", `${base}/enrolments`, { projectId: project.id, entryDate: entered });
      await seedAnswers(mine, participantId, instrument.id);

      // The demo participant with a sign-in (Ville): answers to see on their own page.
      const [ville] = await e2e.db.ownerQuery<{ id: string }>(
        "SELECT p.id FROM participants p JOIN users u ON u.id = p.user_id WHERE u.email = $1",
        [demoUser("participant").email],
      );
      if (!ville) throw new Error("the demo participant has no record");
      villeId = ville.id;
      const history = await call<{ data: { answers: unknown[] } }>(
        mine,
        "GET",
        `/api/participants/${villeId}/self-assessments/history`,
      );
      if (history.data.answers.length < 2) await seedAnswers(mine, villeId, instrument.id);

      page = await e2e.newPage();
      await signInAs(page, coach.email);
    });

    it("shows the summary, the radar and the lines, each with a text alternative and a table", async () => {
      await page.goto(`/participants/${participantId}`);
      await page
        .getByRole("navigation", { name: fiText("participants.tabs.label") })
        .getByRole("link", { name: fiText("participants.tabs.self-assessment"), exact: true })
        .click();
      await expectVisible(page.getByRole("heading", { level: 2, name: fiText("selfAssessment.tab.title") }));

      const since = sinceMonth(firstDay, "fi", today);
      await expectVisible(page.getByText(`Arki on noussut 4:stä 7:ään ${since} lähtien.`, { exact: true }));
      await expectVisible(page.getByText(`Mieli on laskenut 6:sta 3:een ${since} lähtien.`, { exact: true }));
      await expectVisible(page.getByText(`Keho on pysynyt 5:ssä ${since} lähtien.`, { exact: true }));

      // The radar is an image named with its figures; recharts is loaded lazily and draws an SVG inside.
      const radar = page.getByRole("img", { name: /^Tutkakaavio/ });
      await expectVisible(radar);
      expect(await radar.getAttribute("aria-label")).toContain("Arki 4 → 7");
      await expectVisible(radar.locator("svg.recharts-surface"));
      // Seven spokes, each with the first answer's square and the latest answer's circle, and a dashed line.
      await expect.poll(() => radar.locator("svg rect[width='8']").count(), { timeout: 10_000 }).toBe(7);
      await expect.poll(() => radar.locator("svg circle[r='4.5']").count(), { timeout: 10_000 }).toBe(7);
      await expect
        .poll(() => radar.locator("svg path[stroke-dasharray='6 4']").count(), { timeout: 10_000 })
        .toBe(1);
      const lines = page.getByRole("img", { name: /ajan mittaan, asteikko 0–10/ });
      await expect.poll(() => lines.count(), { timeout: 10_000 }).toBe(7);
      await expectVisible(lines.first().locator("svg.recharts-surface"));
      await checkPage(page, "sa-coach-charts", { phoneAxe: true });

      // The radar as a table.
      const radarHeading = fiText("selfAssessment.charts.radarHeading");
      await page
        .getByRole("button", {
          name: fiText("selfAssessment.charts.showTableNamed", { chart: radarHeading }),
        })
        .click();
      const table = page.getByRole("table", { name: fiText("selfAssessment.charts.radarTableCaption") });
      await expectVisible(table);
      const everyday = table.getByRole("row").filter({ has: page.getByRole("rowheader", { name: "Arki" }) });
      const cells = everyday.getByRole("cell");
      expect(await cells.nth(0).locator(".sa-table__score").textContent()).toBe("4");
      expect(await cells.nth(1).locator(".sa-table__score").textContent()).toBe("7");
      expect(await cells.nth(2).textContent()).toBe("+3");
      // Skipped in the first answer: its first score is from the second.
      const skills = table
        .getByRole("row")
        .filter({ has: page.getByRole("rowheader", { name: "Osaaminen" }) });
      expect(await skills.getByRole("cell").nth(2).textContent()).toBe("–");

      // The lines as one table: a column per answer.
      const linesHeading = fiText("selfAssessment.charts.linesHeading");
      await page
        .getByRole("button", {
          name: fiText("selfAssessment.charts.showTableNamed", { chart: linesHeading }),
        })
        .click();
      const overTime = page.getByRole("table", { name: fiText("selfAssessment.charts.linesTableCaption") });
      await expectVisible(overTime.getByRole("columnheader", { name: typed(firstDay) }));
      const mindRow = overTime
        .getByRole("row")
        .filter({ has: page.getByRole("rowheader", { name: "Mieli" }) });
      expect(await mindRow.getByRole("cell").allTextContents()).toEqual(["6", "3"]);
      await checkPage(page, "sa-coach-tables", { phoneAxe: true });

      // And back to the charts.
      await page
        .getByRole("button", {
          name: fiText("selfAssessment.charts.showChartNamed", { chart: radarHeading }),
        })
        .click();
      await expectVisible(page.getByRole("img", { name: /^Tutkakaavio/ }));
    });

    it("records the scores of an external tool, with skipped areas, and the summary follows", async () => {
      await page.getByRole("button", { name: fiText("selfAssessment.tab.recordExternal") }).click();
      const form = page.getByRole("form", { name: fiText("selfAssessment.external.heading") });
      await expectVisible(form);
      await form.getByRole("button", { name: fiText("selfAssessment.external.save") }).click();
      await expectVisible(form.getByText(fiText("selfAssessment.external.errors.toolRequired")));
      await expectVisible(form.getByText(fiText("selfAssessment.external.errors.noScores")));
      await field(form, fiText("selfAssessment.external.tool")).fill("Kykyviisari");
      await field(form, "Arki").fill("8");
      await field(form, "Mieli").fill("11");
      await form.getByRole("button", { name: fiText("selfAssessment.external.save") }).click();
      await expectVisible(form.getByText(fiText("selfAssessment.external.errors.scoreInvalid")));
      await field(form, "Mieli").fill("5");
      await checkPage(page, "sa-coach-external-form", { phoneAxe: true });
      await form.getByRole("button", { name: fiText("selfAssessment.external.save") }).click();
      await expectVisible(page.getByText(fiText("selfAssessment.external.saved")));

      const since = sinceMonth(firstDay, "fi", today);
      await expectVisible(page.getByText(`Arki on noussut 4:stä 8:aan ${since} lähtien.`, { exact: true }));
      await expectVisible(page.getByText(`Mieli on laskenut 6:sta 5:een ${since} lähtien.`, { exact: true }));
      const answer = page.getByRole("button", {
        name: `${typed(today)} – ${fiText("selfAssessment.mode.externalNamed", { tool: "Kykyviisari" })}`,
      });
      await answer.click();
      const details = page.locator(".sa-answer").filter({ has: answer });
      await expectVisible(
        details.getByText(
          fiText("selfAssessment.answers.instrumentVersion", {
            name: "Työkyky ja toimintakyky – Polun itsearvio",
            number: 1,
          }),
        ),
      );
      const row = details.locator(".sa-answer__scores > div").filter({ hasText: "Miten arkesi sujuu?" });
      expect(await row.locator("dd").textContent()).toBe("8");
      const skipped = details.locator(".sa-answer__scores > div").filter({ hasText: "Miten kehosi jaksaa?" });
      expect(await skipped.locator("dd").textContent()).toBe(fiText("selfAssessment.charts.skipped"));
    });

    it("sets a reminder to repeat every three months, and the caseload shows the participant as due", async () => {
      const due = addDays(today, 3);
      await page.getByRole("button", { name: fiText("selfAssessment.reminder.add") }).click();
      const form = page.getByRole("form", { name: fiText("selfAssessment.reminder.addHeading") });
      await expectVisible(form);
      await field(form, fiText("selfAssessment.reminder.nextDue")).fill(typed(due));
      await checkPage(page, "sa-coach-reminder-form", { phoneAxe: true });
      await form.getByRole("button", { name: fiText("selfAssessment.reminder.save") }).click();
      await expectVisible(page.getByText(fiText("selfAssessment.reminder.saved")));
      const summary = fiText("selfAssessment.reminder.summary", {
        every: fiText("selfAssessment.reminder.everyMonths_other", { count: 3 }),
        date: typed(due),
      });
      await expectVisible(page.getByText(summary));
      await expectVisible(page.getByText(fiText("selfAssessment.reminder.due"), { exact: true }));
      await checkPage(page, "sa-coach-reminder", { phoneAxe: true });
      // The page is longer than the full-page shots: the reminder and the answers on their own.
      await page
        .locator("section[aria-labelledby='sa-reminder-heading']")
        .screenshot({ path: `${SCREENSHOT_DIR}/sa-coach-reminder-section.png` });
      await page
        .locator("section[aria-labelledby='sa-answers-heading']")
        .screenshot({ path: `${SCREENSHOT_DIR}/sa-coach-answers-section.png` });

      await page
        .getByRole("navigation", { name: fiText("nav.label") })
        .getByRole("link", { name: fiText("nav.caseload"), exact: true })
        .click();
      await expectVisible(pageHeading(page, fiText("caseload.title")));
      await page.goto("/caseload?flag=self_assessment_due");
      const row = page.getByRole("row").filter({ hasText: participantName });
      await expectVisible(row);
      await expectVisible(row.getByText(fiText("caseload.flag.self_assessment_due")));
      await expectVisible(row.getByText(fiText("caseload.selfAssessmentDue", { date: typed(due) })));
      await checkPage(page, "sa-caseload-due", { phoneAxe: true });
    });

    it("starts answering together on the coach's device, and the unfinished answer can be continued", async () => {
      await page.goto(`/participants/${participantId}/self-assessment`);
      await page.getByRole("button", { name: fiText("selfAssessment.tab.answerTogether") }).click();
      await page.waitForURL((url) =>
        /^\/participants\/[^/]+\/self-assessment\/answer\/[0-9a-f-]{36}$/.test(url.pathname),
      );
      expect(page.url()).toContain(`/participants/${participantId}/self-assessment/answer/`);
      await page.goto(`/participants/${participantId}/self-assessment`);
      await expectVisible(page.getByRole("button", { name: fiText("selfAssessment.tab.continueTogether") }));
      await expectVisible(
        page.getByRole("button", {
          name: `${typed(today)} – ${fiText("selfAssessment.mode.with_coach")} (${fiText("selfAssessment.answers.draftShort")})`,
        }),
      );
    });

    it("does not show the tab to a partner without the assessments scope", async () => {
      const partner = await e2e.newPage();
      await signInAs(partner, demoUser("partner_worker").email);
      await partner.goto(`/participants/${participantId}`);
      const tabs = partner.getByRole("navigation", { name: fiText("participants.tabs.label") });
      await expectVisible(tabs.getByRole("link", { name: fiText("participants.tabs.plan"), exact: true }));
      expect(
        await tabs.getByRole("link", { name: fiText("participants.tabs.self-assessment") }).count(),
      ).toBe(0);
      // Typing the address shows the part as not shared, and the server refuses the data.
      await partner.goto(`/participants/${participantId}/self-assessment`);
      await expectVisible(
        partner.getByRole("heading", { name: fiText("participants.page.partNotSharedTitle") }),
      );
      const res = await e2e.app.inject({
        method: "GET",
        url: `/api/participants/${participantId}/self-assessments/history`,
        headers: { cookie: (await session(demoUser("partner_worker").email)).cookie },
      });
      expect(res.statusCode).toBe(403);
      await expectNoAxeViolations(partner, "partner without the tab");
    });

    it("shows the participant their own history in plain words, with the table view", async () => {
      const own = await e2e.newPage();
      await signInAs(own, demoUser("participant").email);
      await own.goto("/me/self-assessment/history");
      await expectVisible(pageHeading(own, fiText("selfAssessment.my.title")));
      await expectVisible(
        own.getByRole("heading", { level: 2, name: fiText("selfAssessment.summary.heading") }),
      );
      const me = await session(demoUser("participant").email);
      const history = await call<{
        data: {
          comparison: {
            key: string;
            first: { score: number; answeredOn: string } | null;
            latest: { score: number; answeredOn: string } | null;
          }[];
          answers: unknown[];
        };
      }>(me, "GET", "/api/me/self-assessments/history");
      const latest = history.data.comparison.find((c) => c.key === "everyday_life")?.latest?.score;
      expect(latest).toBeTypeOf("number");
      await expectVisible(own.getByRole("img", { name: /^Tutkakaavio/ }).locator("svg.recharts-surface"));
      await own
        .getByRole("button", {
          name: fiText("selfAssessment.charts.showTableNamed", {
            chart: fiText("selfAssessment.charts.radarHeading"),
          }),
        })
        .click();
      const table = own.getByRole("table", { name: fiText("selfAssessment.charts.radarTableCaption") });
      const row = table.getByRole("row").filter({ has: own.getByRole("rowheader", { name: "Arki" }) });
      expect(await row.getByRole("cell").nth(1).locator(".sa-table__score").textContent()).toBe(
        String(latest),
      );
      expect(await own.locator(".sa-my-answers > li").count()).toBe(history.data.answers.length);
      await checkPage(own, "sa-participant-history", { phoneAxe: true });
      // At phone width the charts stay within the screen.
      await own.setViewportSize({ ...PHONE });
      await own
        .getByRole("button", {
          name: fiText("selfAssessment.charts.showChartNamed", {
            chart: fiText("selfAssessment.charts.radarHeading"),
          }),
        })
        .click();
      await expectVisible(own.getByRole("img", { name: /^Tutkakaavio/ }).locator("svg.recharts-surface"));
      await screenshot(own, "sa-participant-history-charts-360");

      // In Swedish, the summary is written in Swedish from the same figures.
      await own.setViewportSize({ width: 1280, height: 800 });
      await own.getByRole("button", { name: "Svenska", exact: true }).click();
      await expectVisible(pageHeading(own, text("sv", "selfAssessment.my.title")));
      const everyday = history.data.comparison.find((c) => c.key === "everyday_life");
      const first = everyday?.first;
      const last = everyday?.latest;
      if (!first || !last || first.answeredOn === last.answeredOn) throw new Error("no change to tell");
      const since = sinceMonth(first.answeredOn, "sv", today);
      const sentence =
        last.score === first.score
          ? `Vardagen har legat kvar på ${first.score} sedan ${since}.`
          : `Vardagen har ${last.score > first.score ? "stigit" : "sjunkit"} från ${first.score} till ${last.score} sedan ${since}.`;
      await expectVisible(own.getByText(sentence, { exact: true }));
      await expectNoAxeViolations(own, "participant history in Swedish");
    });
  },
);
