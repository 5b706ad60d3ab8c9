import { readFile } from "node:fs/promises";
import type { Page } from "playwright-core";
import { beforeAll, expect, it } from "vitest";
import { seedDemoSmallJobs } from "../../server/src/seed/small-jobs";
import { formatEuros } from "../../web/src/features/small-jobs/shared/money";
import {
  checkPage,
  currentLanguage,
  DEMO_PASSWORD,
  demoUser,
  describeInBrowser,
  expectVisible,
  fiText,
  PHONE,
  pageHeading,
  signInAs,
  tabUntil,
  text,
  useE2E,
} from "./fixtures";

const FIREWOOD = "Rantasaunan polttopuut"; // lump sum 120 €, open, from the demo seed
const PAID_JOB = "Puuvajan siivous ja pinoaminen"; // Ville worked 3 h at 15 €/h, paid today
const DONE_JOB = "Kirjastolaatikoiden kanto kylätalolle"; // done, Ville gave 2 h 30 min
const fiEuros = (cents: number) => formatEuros(cents, "fi");

describeInBrowser(
  "a job seeker sees small jobs with the benefit estimate, applies, withdraws and sees earnings",
  () => {
    const e2e = useE2E();
    const ville = demoUser("participant");
    let page: Page;
    let villeId = "";

    /** Calls the API as a demo user (the way the seed does), for setting things up. */
    async function as(email: string) {
      const session = await e2e.app.inject({
        method: "POST",
        url: "/api/session",
        payload: { email, password: DEMO_PASSWORD },
      });
      const cookie = session.cookies.find((c) => c.name === "polku_session")?.value;
      const headers = {
        cookie: `polku_session=${cookie}`,
        "x-csrf-token": session.json().csrfToken as string,
      };
      return async <T>(method: "GET" | "PUT" | "POST", url: string, payload?: object): Promise<T> => {
        const res = await e2e.app.inject({ method, url, headers, ...(payload ? { payload } : {}) });
        expect(res.statusCode, `${method} ${url}: ${res.body}`).toBeLessThan(300);
        return res.json() as T;
      };
    }

    const applicationStatus = async (title: string) =>
      (
        await e2e.db.ownerQuery<{ status: string }>(
          `SELECT a.status FROM job_applications a JOIN jobs j ON j.id = a.job_id
          WHERE j.title = $1 AND a.participant_id = $2`,
          [title, villeId],
        )
      )[0]?.status ?? null;

    beforeAll(async () => {
      const [seeded] = await e2e.db.ownerQuery<{ n: number }>("SELECT count(*)::int AS n FROM jobs");
      if (seeded?.n === 0) await seedDemoSmallJobs(e2e.app);
      const [row] = await e2e.db.ownerQuery<{ id: string }>(
        "SELECT p.id FROM participants p JOIN users u ON u.id = p.user_id WHERE u.email = $1",
        [ville.email],
      );
      if (!row) throw new Error("Ville's record is not linked to participant@");
      villeId = row.id;
      page = await e2e.newPage();
      await page.setViewportSize({ ...PHONE });
    });

    it("shows Ville the open jobs near him, each with what it pays and does to his benefit", async () => {
      await signInAs(page, ville.email);
      await page
        .getByRole("navigation", { name: fiText("nav.label") })
        .getByRole("link", { name: fiText("jobsSeeker.nav"), exact: true })
        .click();
      await expectVisible(pageHeading(page, fiText("jobsSeeker.list.title")));
      const card = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: FIREWOOD }) });
      await expectVisible(card);
      // 120 € lump sum under the rule from 1.4.2024 (no protected amount, 50 %): the benefit falls by 60 €
      // whatever else he earned that month.
      const sentence = await card.locator(".jobs-estimate__sentence").textContent();
      expect(sentence).toMatch(
        new RegExp(
          `^Työ maksaa arviolta ${fiEuros(12_000)} brutto\\. Työttömyysetuutesi \\p{L}+kuulta( \\d{4})? pienenee arviolta ${fiEuros(6_000)}\\.$`,
          "u",
        ),
      );
      await expectVisible(
        card.getByText(`${fiText("jobs.requirement.own_tools")}: ${fiText("jobsSeeker.card.youLack")}`),
      );
      await checkPage(page, "jobs-seeker-list", { phoneAxe: true });
    });

    it("applies with one tap, sees the application among his own, and withdraws it", async () => {
      await page.setViewportSize({ ...PHONE });
      const card = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: FIREWOOD }) });
      // By keyboard: from the job's title to its apply button, every stop with a visible focus.
      await card.getByRole("link", { name: FIREWOOD }).focus();
      const applyName = fiText("jobsSeeker.card.applyTo", { title: FIREWOOD });
      await tabUntil(page, (el) => el.tag === "button" && el.name === applyName, 10);
      await page.keyboard.press("Enter");
      await expect.poll(() => applicationStatus(FIREWOOD)).toBe("applied");
      const mine = page.getByRole("region", { name: fiText("jobsSeeker.mine.heading") });
      await expectVisible(mine.getByRole("link", { name: FIREWOOD }));
      await expectVisible(mine.getByText(fiText("jobsSeeker.application.applied")));
      await checkPage(page, "jobs-seeker-applied");

      await mine
        .getByRole("button", { name: fiText("jobsSeeker.card.withdrawFrom", { title: FIREWOOD }) })
        .click();
      await expect.poll(() => applicationStatus(FIREWOOD)).toBe("withdrawn");
      await expect.poll(() => mine.getByRole("link", { name: FIREWOOD }).count()).toBe(0);
      await expectVisible(card.getByText(fiText("jobsSeeker.application.withdrawn")));
    });

    it("asks first when a job would take the month over the ceiling set with the coach", async () => {
      const coach = await as(demoUser("coach").email);
      const profile = await coach<{ data: Record<string, unknown> & { version: number } }>(
        "GET",
        `/api/participants/${villeId}/seeker-profile`,
      );
      const { participantId: _p, saved: _s, updatedAt: _u, ...fields } = profile.data;
      await coach("PUT", `/api/participants/${villeId}/seeker-profile`, {
        ...fields,
        monthlyCeilingCents: 10_000,
      });

      await page.reload();
      const card = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: FIREWOOD }) });
      await expectVisible(card.getByText(`Ylittäisit itse asettamasi kuukausirajan ${fiEuros(10_000)}`));
      await card
        .getByRole("button", { name: fiText("jobsSeeker.card.applyTo", { title: FIREWOOD }) })
        .click();
      const dialog = page.getByRole("dialog");
      await expectVisible(dialog.getByText(fiText("jobsSeeker.confirm.title")));
      await checkPage(page, "jobs-seeker-ceiling-confirm", { phone: false });
      await dialog.getByRole("button", { name: fiText("jobsSeeker.confirm.cancel") }).click();
      await expect.poll(() => dialog.count()).toBe(0);
      expect(await applicationStatus(FIREWOOD)).toBe("withdrawn");

      await card
        .getByRole("button", { name: fiText("jobsSeeker.card.applyTo", { title: FIREWOOD }) })
        .click();
      await page
        .getByRole("dialog")
        .getByRole("button", { name: fiText("jobsSeeker.confirm.apply") })
        .click();
      await expect.poll(() => applicationStatus(FIREWOOD)).toBe("applied");
    });

    it("opens a job with the rule named, and confirms his hours after the work", async () => {
      await page.goto("/me/jobs");
      await page
        .getByRole("region", { name: fiText("jobsSeeker.mine.heading") })
        .getByRole("link", { name: DONE_JOB })
        .click();
      await expectVisible(pageHeading(page, DONE_JOB));
      const [rule] = await e2e.db.ownerQuery<{ name: string; law: string }>(
        `SELECT name_fi AS name, legal_reference_fi AS law FROM benefit_rules
        WHERE valid_from <= current_date AND (valid_to IS NULL OR valid_to >= current_date) LIMIT 1`,
      );
      if (!rule) throw new Error("no benefit rule in force");
      await expectVisible(page.getByText(`${rule.name} (${rule.law})`, { exact: false }));
      await expectVisible(page.getByText(fiText("jobsSeeker.hours.youConfirmed", { hours: "2 h 30 min" })));
      await page.getByLabel(fiText("jobsSeeker.hours.hours"), { exact: true }).fill("3");
      await page.getByRole("button", { name: fiText("jobsSeeker.hours.submit") }).click();
      await expectVisible(page.getByText(fiText("jobsSeeker.hours.saved")));
      const [worker] = await e2e.db.ownerQuery<{ minutes: number }>(
        `SELECT w.worker_minutes AS minutes FROM job_workers w JOIN jobs j ON j.id = w.job_id WHERE j.title = $1`,
        [DONE_JOB],
      );
      expect(worker?.minutes).toBe(180);
      await checkPage(page, "jobs-seeker-hours", { phoneAxe: true });
    });

    it("shows his earnings per month with the rule in force, and downloads the pay statement", async () => {
      await page.goto("/me/jobs/earnings");
      await expectVisible(pageHeading(page, fiText("jobsSeeker.earnings.title")));
      const table = page.getByRole("table", { name: fiText("jobsSeeker.earnings.caption") });
      await expectVisible(table.getByRole("row").filter({ hasText: fiEuros(4_500) }));
      await checkPage(page, "jobs-seeker-earnings", { phoneAxe: true });

      await page.getByRole("link", { name: PAID_JOB }).click();
      await expectVisible(pageHeading(page, PAID_JOB));
      const download = page.waitForEvent("download");
      await page.getByRole("button", { name: fiText("jobsSeeker.pay.download") }).click();
      const file = await download;
      expect(file.suggestedFilename()).toMatch(/\.pdf$/);
      const path = await file.path();
      expect((await readFile(path)).subarray(0, 5).toString("latin1")).toBe("%PDF-");
      await checkPage(page, "jobs-seeker-paid");
    });

    it("keeps his own seeker profile, with the ceiling shown but set by the coach", async () => {
      await page.goto("/me/jobs/profile");
      await expectVisible(pageHeading(page, fiText("jobsSeeker.profile.title")));
      await expectVisible(page.getByText(fiEuros(10_000)));
      await page.getByRole("button", { name: fiText("jobsSeeker.profile.edit") }).click();
      await page.getByText(fiText("jobs.requirement.hygiene_passport"), { exact: true }).click();
      await checkPage(page, "jobs-seeker-profile-form", { phoneAxe: true });
      await page.getByRole("button", { name: fiText("jobsSeeker.profile.save") }).click();
      await expectVisible(page.getByText(fiText("jobsSeeker.profile.saved")));
      const [profile] = await e2e.db.ownerQuery<{ has: string[]; ceiling: number }>(
        "SELECT has, monthly_ceiling_cents AS ceiling FROM seeker_profiles WHERE participant_id = $1",
        [villeId],
      );
      expect(profile?.has).toContain("hygiene_passport");
      expect(profile?.ceiling).toBe(10_000);
    });

    it("tells Amina, who has not consented to be contacted about jobs, why she sees none and what to do", async () => {
      const amina = await e2e.newPage();
      await amina.setViewportSize({ ...PHONE });
      await signInAs(amina, "participant2@polku.example");
      await amina.goto("/me/jobs");
      // Amina reads Polku in English, her own language: the page follows it once her session is read.
      await expect.poll(() => currentLanguage(amina)).toBe("en");
      const language = "en";
      await expectVisible(amina.getByRole("heading", { name: text(language, "jobsSeeker.consent.heading") }));
      await expectVisible(amina.getByText(text(language, "jobsSeeker.consent.what")));
      expect(await amina.getByRole("button", { name: text(language, "jobsSeeker.card.apply") }).count()).toBe(
        0,
      );
      await checkPage(amina, "jobs-seeker-no-consent", { phoneAxe: true });
    });
  },
);
