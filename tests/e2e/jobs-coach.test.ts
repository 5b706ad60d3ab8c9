import type { Page } from "playwright-core";
import { beforeAll, expect, it } from "vitest";
import { seedDemoSmallJobs } from "../../server/src/seed/small-jobs";
import { formatEuros } from "../../web/src/features/small-jobs/shared/money";
import { checkPage, demoUser, describeInBrowser, expectVisible, fiText, signInAs, useE2E } from "./fixtures";

const YARD = "Kylätalon pihan raivaus"; // open, 2 places, in Ville's village, yard work he likes
const SHED = "Puuvajan siivous ja pinoaminen"; // Ville was picked, worked 3 h at 15 €/h and was paid today

describeInBrowser(
  "a coach works with a participant's small jobs: profile and ceiling, matches, proposing",
  () => {
    const e2e = useE2E();
    const coach = demoUser("coach");
    let page: Page;
    let villeId = "";

    beforeAll(async () => {
      const [seeded] = await e2e.db.ownerQuery<{ n: number }>("SELECT count(*)::int AS n FROM jobs");
      if (seeded?.n === 0) await seedDemoSmallJobs(e2e.app);
      const [row] = await e2e.db.ownerQuery<{ id: string }>(
        "SELECT p.id FROM participants p JOIN users u ON u.id = p.user_id WHERE u.email = $1",
        [demoUser("participant").email],
      );
      if (!row) throw new Error("Ville's record is not linked to participant@");
      villeId = row.id;
      page = await e2e.newPage();
    });

    it("opens Ville's small-jobs tab and sets his personal monthly ceiling", async () => {
      await signInAs(page, coach.email);
      await page.goto(`/participants/${villeId}`);
      await page
        .getByRole("navigation", { name: fiText("participants.tabs.label") })
        .getByRole("link", { name: fiText("participants.tabs.small-jobs"), exact: true })
        .click();
      await expectVisible(page.getByRole("heading", { level: 2, name: fiText("jobsCoach.heading") }));
      const profile = page.getByRole("region", { name: fiText("jobsCoach.profile.heading") });
      // The demo seed set 400 € with him.
      await expectVisible(profile.getByText(formatEuros(40_000, "fi")));
      await profile.getByRole("button", { name: fiText("jobsCoach.profile.editWithCeiling") }).click();
      const ceiling = profile.getByLabel(fiText("jobsSeeker.profile.ceilingEuros"), { exact: false });
      await ceiling.fill("0,5");
      await profile.getByRole("button", { name: fiText("jobsSeeker.profile.save") }).click();
      await expectVisible(profile.getByText(fiText("jobsSeeker.profile.errors.ceilingInvalid")));
      await ceiling.fill("250");
      await checkPage(page, "jobs-coach-profile-form", { phoneAxe: true });
      await profile.getByRole("button", { name: fiText("jobsSeeker.profile.save") }).click();
      await expectVisible(page.getByText(fiText("jobsCoach.profile.saved")));
      await expectVisible(profile.getByText(formatEuros(25_000, "fi")));
      const [saved] = await e2e.db.ownerQuery<{ cents: number }>(
        "SELECT monthly_ceiling_cents AS cents FROM seeker_profiles WHERE participant_id = $1",
        [villeId],
      );
      expect(saved?.cents).toBe(25_000);
    });

    it("sees the best-fitting jobs with the reasons and the benefit estimate, and proposes one", async () => {
      const matches = page.getByRole("region", { name: fiText("jobsCoach.matches.heading") });
      const card = matches.getByRole("listitem").filter({ has: page.getByRole("heading", { name: YARD }) });
      await expectVisible(card);
      await expectVisible(card.getByText(fiText("jobsCoach.reason.same_village"), { exact: true }));
      await expectVisible(card.getByText(fiText("jobsCoach.reason.likes_category"), { exact: true }));
      expect(await card.locator(".jobs-estimate__sentence").textContent()).toContain(
        fiText("jobsCoach.estimate.gross", { gross: formatEuros(9_000, "fi") }),
      );
      await checkPage(page, "jobs-coach-matches", { phoneAxe: true });

      await card
        .getByRole("button", { name: fiText("jobsCoach.matches.proposeJob", { title: YARD }) })
        .click();
      await expectVisible(page.getByText(fiText("jobsCoach.matches.proposed", { title: YARD })));
      const proposal = async () =>
        (
          await e2e.db.ownerQuery<{ status: string; by: string | null }>(
            `SELECT a.status, u.email AS by FROM job_applications a JOIN jobs j ON j.id = a.job_id
             LEFT JOIN users u ON u.id = a.proposed_by WHERE j.title = $1 AND a.participant_id = $2`,
            [YARD, villeId],
          )
        )[0] ?? null;
      await expect.poll(proposal).toEqual({ status: "proposed", by: coach.email });
      // Once proposed it is among his applications, marked as proposed, and cannot be proposed again.
      const applications = page.getByRole("region", { name: fiText("jobsCoach.applications.heading") });
      await expectVisible(applications.getByRole("heading", { name: YARD }));
      await expectVisible(applications.getByText(fiText("jobs.applicationStatus.proposed")));
      // Newest first, the title links to the job; his paid work shows the hours and the pay.
      const cards = applications.getByRole("listitem").filter({ has: page.getByRole("heading") });
      expect(await cards.first().getByRole("heading").textContent()).toBe(YARD);
      expect(await applications.getByRole("link", { name: YARD }).getAttribute("href")).toMatch(
        /^\/jobs\/[0-9a-f-]{36}$/,
      );
      const shed = cards.filter({ has: page.getByRole("heading", { name: SHED }) });
      await expectVisible(shed.getByText(fiText("jobs.applicationStatus.accepted"), { exact: true }));
      await expectVisible(shed.getByText(fiText("jobsCoach.applications.hours", { hours: "3 h" })));
      await expectVisible(
        shed.getByText(fiText("jobsCoach.applications.gross", { amount: formatEuros(4_500, "fi") })),
      );
      await checkPage(page, "jobs-coach-applications");
      expect(
        await page
          .getByRole("button", { name: fiText("jobsCoach.matches.proposeJob", { title: YARD }) })
          .count(),
      ).toBe(0);
    });

    it("sees his earnings per month with the estimated benefit reduction", async () => {
      const earnings = page.getByRole("region", { name: fiText("jobsCoach.earnings.heading") });
      const table = earnings.getByRole("table", { name: fiText("jobsSeeker.earnings.caption") });
      // Paid today: 3 h at 15 €/h = 45 €; under the rule from 1.4.2024 the benefit falls by 22,50 €.
      await expectVisible(
        table
          .getByRole("row")
          .filter({ hasText: formatEuros(4_500, "fi") })
          .filter({ hasText: formatEuros(2_250, "fi") }),
      );
      await checkPage(page, "jobs-coach-earnings");
    });
  },
);
