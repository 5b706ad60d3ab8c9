import type { Page } from "playwright-core";
import { beforeAll, expect, it } from "vitest";
import {
  checkPage,
  DEMO_PASSWORD,
  DEMO_USERS,
  demoUser,
  describeInBrowser,
  expectVisible,
  fiText,
  signInAs,
  useE2E,
} from "./fixtures";

// The participant's record as a coach works with it: assessment, plan (with a conflicting save by a
// colleague), goal review, stage, meeting and the timeline; each page checked with axe and at 360 px.

describeInBrowser(
  "a coach records an assessment, a plan, a stage and a meeting and sees the timeline",
  () => {
    const e2e = useE2E();
    const coach = demoUser("coach");
    let page: Page;
    let participantId: string;
    let colleague: { cookie: string; csrf: string };

    const session = async (email: string) => {
      const res = await e2e.app.inject({
        method: "POST",
        url: "/api/session",
        payload: { email, password: DEMO_PASSWORD },
      });
      const cookie = res.cookies.find((c) => c.name === "polku_session");
      if (!cookie) throw new Error(`sign-in failed for ${email}: ${res.body}`);
      return { cookie: `polku_session=${cookie.value}`, csrf: res.json().csrfToken as string };
    };
    const inject = (
      as: { cookie: string; csrf: string },
      method: "GET" | "POST" | "PUT",
      url: string,
      payload?: object,
    ) =>
      e2e.app.inject({
        method,
        url,
        headers: { cookie: as.cookie, "x-csrf-token": as.csrf },
        ...(payload ? { payload } : {}),
      });

    beforeAll(async () => {
      const mine = await session(coach.email);
      const other = DEMO_USERS.find((u) => u.role === "coach" && u.email !== coach.email);
      if (!other) throw new Error("the demo has one coach only");
      colleague = await session(other.email);
      const created = await inject(mine, "POST", "/api/participants", {
        firstName: "Kaisa",
        lastName: `Rantanen-${Date.now().toString(36)}`,
        birthDate: "1988-05-20",
        acknowledgeDuplicates: true,
      });
      expect(created.statusCode, created.body).toBe(201);
      participantId = created.json().data.id;
      page = await e2e.newPage();
      await signInAs(page, coach.email);
    });

    const open = async (tab: string, heading: string) => {
      await page.goto(`/participants/${participantId}/${tab}`);
      await expectVisible(page.getByRole("heading", { level: 2, name: heading, exact: true }));
    };

    it("records an initial assessment with barriers by area", async () => {
      await open("assessment", fiText("record.assessment.title"));
      await page.getByRole("button", { name: fiText("record.assessment.new") }).click();
      await page.getByLabel(fiText("record.assessment.situation")).fill("Asuu yksin kylällä.");
      await page.getByLabel(fiText("record.assessment.strengths")).fill("Puutyöt");
      const health = page.getByRole("group", { name: fiText("record.barrierArea.health") });
      await health.getByLabel(`2 – ${fiText("record.barrierLevel.2")}`).check({ force: true });
      await page
        .getByLabel(fiText("record.assessment.areaNote", { area: fiText("record.barrierArea.health") }))
        .fill("Selkä");
      await checkPage(page, "record-assessment-form");
      await page.getByRole("button", { name: fiText("common.save"), exact: true }).click();
      await expectVisible(page.getByText(fiText("record.assessment.saved")));
      await expectVisible(page.getByRole("cell", { name: `2 – ${fiText("record.barrierLevel.2")}` }));
      await checkPage(page, "record-assessment");
    });

    it("keeps the coach's text when a colleague saved the plan meanwhile, and saves on the latest version", async () => {
      await open("plan", fiText("record.plan.title"));
      await page.getByRole("button", { name: fiText("record.plan.create") }).click();
      await page.getByLabel(fiText("record.plan.summary")).fill("Kohti työkokeilua keväällä.");
      await page.getByLabel(fiText("record.plan.goalTitle"), { exact: true }).fill("Työkokeilu kirjastossa");
      await page.getByRole("button", { name: fiText("record.plan.save") }).click();
      await expectVisible(page.getByText(fiText("record.plan.saved")));

      await page.getByRole("button", { name: fiText("record.plan.edit") }).click();
      await page.getByLabel(fiText("record.plan.summary")).fill("Minun muutokseni, joka ei saa kadota.");
      // The colleague saves version 1 first.
      const theirs = await inject(colleague, "PUT", `/api/participants/${participantId}/plan`, {
        summary: "Kollegan tallennus",
        agreedOn: null,
        nextReviewOn: null,
        goals: [],
        version: 1,
      });
      expect(theirs.statusCode, theirs.body).toBe(200);
      await page.getByRole("button", { name: fiText("record.plan.save") }).click();
      await expectVisible(page.getByRole("button", { name: fiText("record.conflict.loadLatest") }));
      expect(await page.getByLabel(fiText("record.plan.summary")).inputValue()).toBe(
        "Minun muutokseni, joka ei saa kadota.",
      );
      await checkPage(page, "record-plan-conflict", { phone: false });
      await page.getByRole("button", { name: fiText("record.conflict.loadLatest") }).click();
      await expectVisible(page.getByRole("heading", { name: fiText("record.plan.latestHeading") }));
      await expectVisible(page.getByText("Kollegan tallennus"));
      expect(await page.getByLabel(fiText("record.plan.summary")).inputValue()).toBe(
        "Minun muutokseni, joka ei saa kadota.",
      );
      // By keyboard: at the foot of the page a focus scroll can move the button under a mouse click.
      await page.getByRole("button", { name: fiText("record.plan.save") }).press("Enter");
      await expectVisible(page.getByText(fiText("record.plan.saved")));
      await expectVisible(page.getByText("Minun muutokseni, joka ei saa kadota."));
      await expectVisible(page.getByRole("heading", { level: 3, name: "Työkokeilu kirjastossa" }));
      await checkPage(page, "record-plan");
    });

    it("reviews a goal", async () => {
      await open("plan", fiText("record.plan.title"));
      await page
        .getByRole("button", { name: fiText("record.plan.review", { goal: "Työkokeilu kirjastossa" }) })
        .click();
      await page.getByLabel(fiText("record.goalStatus.in_progress")).check({ force: true });
      await page.getByLabel(fiText("record.plan.reviewNote")).fill("Haastattelu sovittu.");
      await expectVisible(page.getByText(fiText("exportDisclosure.goalReviewNote"), { exact: true }));
      await checkPage(page, "record-goal-review", { phone: false });
      // By keyboard: after the full-page screenshot Chromium scrolls this last form on the page on the
      // mouse-down, so a mouse click there can land beside the button (a test artefact, not the app).
      await page.getByRole("button", { name: fiText("record.plan.saveReview") }).press("Enter");
      await expectVisible(page.getByText(fiText("record.plan.reviewed")));
      await expectVisible(page.getByText("Haastattelu sovittu."));
    });

    it("moves the participant to a stage and shows it among the five", async () => {
      await open("stage", fiText("record.stage.title"));
      await page.getByLabel(`3. ${fiText("record.stageName.resources_and_goals")}`).check({ force: true });
      await page.getByRole("button", { name: fiText("record.stage.save") }).click();
      await expectVisible(page.getByText(fiText("record.stage.saved")));
      await expectVisible(
        page.locator('[aria-current="step"]', { hasText: fiText("record.stageName.resources_and_goals") }),
      );
      await checkPage(page, "record-stage");
    });

    it("records a meeting shared with the network and lists it", async () => {
      await open("contacts", fiText("record.contacts.title"));
      await page
        .getByRole("textbox", { name: fiText("record.contacts.note") })
        .fill("Tavattiin kirjastossa, sovittiin työkokeilusta.");
      await page.getByText(fiText("record.contacts.shareNetwork"), { exact: true }).click();
      await checkPage(page, "record-contacts-form", { phone: false });
      await page.getByRole("button", { name: fiText("record.contacts.save") }).click();
      await expectVisible(page.getByText(fiText("record.contacts.saved")));
      await expectVisible(page.getByText("Tavattiin kirjastossa, sovittiin työkokeilusta."));
      await expectVisible(page.getByText(fiText("record.contacts.sharedNetwork")));
      await checkPage(page, "record-contacts");
    });

    it("shows everything on one timeline, grouped by day, with plain labels", async () => {
      await open("timeline", fiText("record.timeline.title"));
      for (const kind of [
        "registered",
        "assessment",
        "plan_saved",
        "goal_reviewed",
        "stage_changed",
        "contact",
      ]) {
        await expectVisible(page.getByRole("link", { name: fiText(`record.eventKind.${kind}`) }));
      }
      await checkPage(page, "record-timeline", { phoneAxe: true });
    });
  },
);
