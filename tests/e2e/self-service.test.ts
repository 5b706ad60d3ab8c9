import { eq } from "drizzle-orm";
import type { Page } from "playwright-core";
import { beforeAll, expect, it } from "vitest";
import { inRegion } from "../../server/src/db/client";
import { participants } from "../../server/src/modules/participants/schema";
import {
  contacts,
  enrolments,
  goals,
  plans,
  stageChanges,
  steps,
} from "../../server/src/modules/pathway/schema";
import { projects } from "../../server/src/modules/projects/schema";
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

describeInBrowser("a participant sees their own pathway, downloads their data and sees who read it", () => {
  const e2e = useE2E();
  const participantUser = demoUser("participant");
  const coach = demoUser("coach");
  let page: Page;

  beforeAll(async () => {
    const [ids] = await e2e.db.ownerQuery<{ region_id: string; me: string; coach: string; org: string }>(
      `SELECT u.region_id, u.id AS me, c.id AS coach, m.organisation_id AS org
         FROM users u JOIN users c ON c.email = $2 JOIN memberships m ON m.user_id = c.id
        WHERE u.email = $1`,
      [participantUser.email, coach.email],
    );
    if (!ids) throw new Error("demo users missing");
    await inRegion(e2e.db.database.app, { regionId: ids.region_id, userId: ids.coach }, async (tx) => {
      // The demo participant's own record with a known pathway, linked to their sign-in (a record the demo
      // seed may have linked already is unlinked, so that the test knows what the page shows).
      await tx.update(participants).set({ userId: null }).where(eq(participants.userId, ids.me));
      const [p] = await tx
        .insert(participants)
        .values({
          firstName: "Ville",
          lastName: "Koskinen",
          birthDate: "1990-03-14",
          searchName: "koskinen ville",
          organisationId: ids.org,
          userId: ids.me,
        })
        .returning({ id: participants.id });
      if (!p) throw new Error("no participant");
      const [project] = await tx
        .insert(projects)
        .values({
          name: `Omat tiedot -testi ${Date.now().toString(36)}`,
          programmePeriod: "2021-2027",
          organisationId: ids.org,
          startsOn: "2025-01-01",
        })
        .returning({ id: projects.id });
      if (!project) throw new Error("no project");
      await tx.insert(enrolments).values({
        participantId: p.id,
        projectId: project.id,
        coachId: ids.coach,
        entryDate: "2026-01-10",
      });
      const [plan] = await tx
        .insert(plans)
        .values({
          participantId: p.id,
          summary: "Arki kuntoon ja kohti työkokeilua.",
          agreedOn: "2026-01-20",
        })
        .returning({ id: plans.id });
      if (!plan) throw new Error("no plan");
      await tx.insert(goals).values({
        planId: plan.id,
        title: "Työkokeilu kyläkaupassa",
        targetDate: "2026-06-30",
        status: "in_progress",
      });
      await tx.insert(steps).values({
        participantId: p.id,
        kind: "work_trial",
        title: "Kyläkauppa",
        providerName: "Ylikylän kyläkauppa",
        startsOn: "2026-02-01",
        endsOn: "2026-04-30",
        daysPerWeek: "3",
        hoursPerDay: "5",
        status: "ongoing",
        authorId: ids.coach,
        organisationId: ids.org,
      });
      await tx.insert(stageChanges).values([
        { participantId: p.id, stage: "reached", changedOn: "2026-01-10", authorId: ids.coach },
        { participantId: p.id, stage: "resources_and_goals", changedOn: "2026-02-01", authorId: ids.coach },
      ]);
      await tx.insert(contacts).values([
        {
          participantId: p.id,
          kind: "in_person",
          happenedAt: "2026-02-03T10:00:00+02:00",
          note: "Hienoa, että pääsit aloittamaan työkokeilun!",
          sharedWithParticipant: true,
          organisationId: ids.org,
          authorId: ids.coach,
        },
        {
          participantId: p.id,
          kind: "phone",
          happenedAt: "2026-02-04T10:00:00+02:00",
          note: "Sisäinen työmuistiinpano",
          organisationId: ids.org,
          authorId: ids.coach,
        },
      ]);
    });
    // The coach opens the participant's record: the participant will see it in their access log.
    const session = await e2e.app.inject({
      method: "POST",
      url: "/api/session",
      payload: { email: coach.email, password: DEMO_PASSWORD },
    });
    const cookie = session.cookies.find((c) => c.name === "polku_session");
    const [row] = await e2e.db.ownerQuery<{ id: string }>("SELECT id FROM participants WHERE user_id = $1", [
      ids.me,
    ]);
    const read = await e2e.app.inject({
      method: "GET",
      url: `/api/participants/${row?.id}`,
      headers: { cookie: `polku_session=${cookie?.value}` },
    });
    expect(read.statusCode).toBe(200);
  });

  it("shows the plan, steps, the current stage and the coach's shared message in plain words", async () => {
    page = await e2e.newPage();
    await signInAs(page, participantUser.email);
    await page
      .getByRole("navigation", { name: fiText("nav.label") })
      .getByRole("link", { name: fiText("nav.myPathway"), exact: true })
      .click();
    await expectVisible(pageHeading(page, fiText("selfService.pathway.title")));
    await expectVisible(page.getByText("Työkokeilu kyläkaupassa"));
    await expectVisible(page.getByText(`${fiText("selfService.stepKind.work_trial")}: Kyläkauppa`));
    const current = page.locator('[aria-current="step"]');
    await expectVisible(current);
    expect(await current.textContent()).toContain(fiText("selfService.stage.resources_and_goals"));
    await expectVisible(page.getByText("Hienoa, että pääsit aloittamaan työkokeilun!"));
    expect(await page.getByText("Sisäinen työmuistiinpano").count()).toBe(0);
    await checkPage(page, "me-pathway", { phoneAxe: true });
  });

  it("downloads the data as a PDF", async () => {
    await page.goto("/me/data");
    await expectVisible(pageHeading(page, fiText("selfService.data.title")));
    const download = page.waitForEvent("download");
    await page.getByRole("button", { name: fiText("selfService.data.pdfButton"), exact: true }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^polku-omat-tiedot-\d{4}-\d{2}-\d{2}\.pdf$/);
    await expectVisible(
      page.getByText(fiText("selfService.data.downloaded", { file: file.suggestedFilename() })),
    );
    await checkPage(page, "me-data", { phoneAxe: true });
  });

  it("lists the coach's read and the participant's own download in the access log", async () => {
    await page.goto("/me/access-log");
    await expectVisible(pageHeading(page, fiText("selfService.accessLog.title")));
    const table = page.getByRole("table", { name: fiText("selfService.accessLog.caption") });
    await expectVisible(table.getByRole("row").filter({ hasText: coach.name }));
    await expectVisible(table.getByRole("row").filter({ hasText: "Latasit omat tietosi tiedostona" }));
    await checkPage(page, "me-access-log", { phoneAxe: true });
  });
});
