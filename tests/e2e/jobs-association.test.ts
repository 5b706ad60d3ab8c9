import { readFile } from "node:fs/promises";
import type { Page } from "playwright-core";
import { beforeAll, expect, it } from "vitest";
import { todayIso } from "../../server/src/lib/dates";
import {
  checkPage,
  DEMO_PASSWORD,
  demoUser,
  describeInBrowser,
  expectVisible,
  fiText,
  PHONE,
  pageHeading,
  signInAs,
  useE2E,
} from "./fixtures";

interface ApiSession {
  cookie: string;
  csrf: string;
}

const NEED = "Uimarannan laiturin kunnostus";
const VILLAGE = "Ylikylä";

/** d.M.yyyy of an ISO day, as people type it. */
const typed = (iso: string) => {
  const [y, m, d] = iso.split("-").map(Number);
  return `${d}.${m}.${y}`;
};
const plusDays = (iso: string, days: number) => {
  const date = new Date(`${iso}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
};

describeInBrowser(
  "an association turns a village need into a job, picks a worker and pays them (phone)",
  () => {
    const e2e = useE2E();
    const association = demoUser("association_contact");
    let page: Page;
    let participantApi: ApiSession;
    let jobId: string;
    const today = todayIso();

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
    const inject = (as: ApiSession, method: "GET" | "POST", url: string, payload?: object) =>
      e2e.app.inject({
        method,
        url,
        headers: { cookie: as.cookie, "x-csrf-token": as.csrf },
        ...(payload ? { payload } : {}),
      });
    const field = (name: string) => page.getByRole("textbox", { name, exact: true });
    const statusTag = () => page.locator(".job-status-tag").first();

    beforeAll(async () => {
      participantApi = await session(demoUser("participant").email);
    });

    it("records a work need for the village", async () => {
      page = await e2e.newPage();
      await page.setViewportSize({ ...PHONE });
      await signInAs(page, association.email);
      await page.goto("/jobs");
      await expectVisible(pageHeading(page, fiText("jobsAdmin.title")));
      await checkPage(page, "jobs-association-board", { phoneAxe: true });
      await page.setViewportSize({ ...PHONE });

      await page.getByRole("link", { name: fiText("jobsAdmin.needs.title"), exact: true }).click();
      await expectVisible(pageHeading(page, fiText("jobsAdmin.needs.title")));
      await page.getByRole("button", { name: fiText("jobsAdmin.needs.add"), exact: true }).click();
      const form = page.getByRole("region", { name: fiText("jobsAdmin.needs.addHeading") });
      // A need without the required fields is refused beside the fields.
      await form.getByRole("button", { name: fiText("jobsAdmin.save"), exact: true }).click();
      await expectVisible(form.getByText(fiText("jobsAdmin.form.errors.required")).first());
      expect(await field(fiText("jobsAdmin.needs.what")).getAttribute("aria-invalid")).toBe("true");

      await field(fiText("jobsAdmin.needs.what")).fill(NEED);
      await form.getByRole("button", { name: new RegExp(fiText("jobsAdmin.form.category")) }).click();
      await page.getByRole("option", { name: fiText("jobs.category.renovation"), exact: true }).click();
      await field(fiText("jobsAdmin.form.village")).fill(VILLAGE);
      await form.getByRole("button", { name: new RegExp(fiText("jobsAdmin.needs.season")) }).click();
      await page.getByRole("option", { name: fiText("jobs.season.summer"), exact: true }).click();
      // Optional fields carry "(valinnainen)" in their names.
      await page.getByRole("textbox", { name: fiText("jobsAdmin.needs.effort") }).fill("6");
      await page.getByRole("textbox", { name: fiText("jobsAdmin.needs.beneficiaries") }).fill("Kyläläiset");
      await checkPage(page, "jobs-need-form", { phoneAxe: true });
      await page.setViewportSize({ ...PHONE });
      await form.getByRole("button", { name: fiText("jobsAdmin.save"), exact: true }).click();
      await expectVisible(page.getByText(fiText("jobsAdmin.needs.saved"), { exact: true }));
      await expectVisible(page.getByRole("heading", { level: 2, name: VILLAGE, exact: true }));
      await expectVisible(page.getByRole("heading", { level: 3, name: NEED, exact: true }));
      await checkPage(page, "jobs-needs", { phoneAxe: true });
      await page.setViewportSize({ ...PHONE });
    });

    it("posts the need as a job in one step, and the job is open", async () => {
      await page
        .getByRole("button", { name: fiText("jobsAdmin.needs.postNamed", { need: NEED }), exact: true })
        .click();
      const form = page.getByRole("region", { name: fiText("jobsAdmin.needs.postHeading", { need: NEED }) });
      await expectVisible(form);
      await field(fiText("jobsAdmin.form.startsOn")).fill(typed(today));
      await field(fiText("jobsAdmin.form.endsOn")).fill(typed(plusDays(today, 7)));
      await field(fiText("jobsAdmin.form.hours")).fill("3");
      await field(fiText("jobsAdmin.form.payHourly")).fill("15");
      await checkPage(page, "jobs-post-need", { phoneAxe: true });
      await page.setViewportSize({ ...PHONE });
      // Enter in a field publishes (the form's default action), as a keyboard user would.
      await field(fiText("jobsAdmin.form.places")).press("Enter");

      await expect.poll(() => new URL(page.url()).pathname).toMatch(/^\/jobs\/[0-9a-f-]{36}$/);
      jobId = page.url().split("/").pop() ?? "";
      await expectVisible(pageHeading(page, NEED));
      expect(await statusTag().textContent()).toBe(fiText("jobs.status.open"));
      await expectVisible(page.getByText(fiText("jobsAdmin.applicants.none"), { exact: true }));
      await checkPage(page, "jobs-job-open", { phoneAxe: true });
      await page.setViewportSize({ ...PHONE });
    });

    it("sees the applicant's first name only and picks them; the job is filled", async () => {
      const applied = await inject(participantApi, "POST", `/api/me/jobs/${jobId}/apply`, {
        message: "Minulla on omat työkalut.",
      });
      expect(applied.statusCode, applied.body).toBeLessThan(300);

      await page.reload();
      const applicants = page.getByRole("region", { name: fiText("jobsAdmin.applicants.title") });
      await expectVisible(applicants.getByRole("heading", { name: "Ville", exact: true }));
      await expectVisible(applicants.getByText("Minulla on omat työkalut.", { exact: false }));
      // Nothing of the record beyond the first name.
      expect(await applicants.textContent()).not.toMatch(/Virtanen|Korhonen|\d{6}[-+A]/);
      await checkPage(page, "jobs-job-applicants", { phoneAxe: true });
      await page.setViewportSize({ ...PHONE });

      await applicants
        .getByRole("button", { name: fiText("jobsAdmin.applicants.pickNamed", { name: "Ville" }) })
        .click();
      await expect.poll(() => statusTag().textContent()).toBe(fiText("jobs.status.filled"));
      await expectVisible(
        applicants.getByText(fiText("jobsAdmin.applicants.filled", { places: 1 }), { exact: true }),
      );
      expect(
        await applicants
          .getByRole("button", { name: fiText("jobsAdmin.applicants.pickNamed", { name: "Ville" }) })
          .count(),
      ).toBe(0);
      await expectVisible(page.getByRole("region", { name: fiText("jobsAdmin.workers.title") }));
    });

    it("marks the work done, confirms the hours and records the payment", async () => {
      await page.getByRole("button", { name: fiText("jobsAdmin.actions.markDone"), exact: true }).click();
      await expect.poll(() => statusTag().textContent()).toBe(fiText("jobs.status.done"));

      // The worker gives their hours (through the API, as the seeker's own page would).
      const mine = await inject(participantApi, "GET", "/api/me/applications");
      const workerId = (mine.json().data as { job: { id: string }; workerId: string | null }[]).find(
        (a) => a.job.id === jobId,
      )?.workerId;
      expect(workerId).toBeTruthy();
      const hours = await inject(participantApi, "POST", `/api/me/job-workers/${workerId}/hours`, {
        minutes: 180,
        workedFrom: today,
        workedTo: today,
      });
      expect(hours.statusCode, hours.body).toBe(200);

      await page.reload();
      const workers = page.getByRole("region", { name: fiText("jobsAdmin.workers.title") });
      await workers
        .getByRole("button", { name: fiText("jobsAdmin.workers.confirmHoursNamed", { name: "Ville" }) })
        .click();
      const hoursForm = workers.getByRole("form", {
        name: fiText("jobsAdmin.workers.confirmHoursNamed", { name: "Ville" }),
      });
      expect(
        await hoursForm
          .getByRole("textbox", { name: fiText("jobsAdmin.workers.hours"), exact: true })
          .inputValue(),
      ).toBe("3");
      await checkPage(page, "jobs-job-hours", { phoneAxe: true });
      await page.setViewportSize({ ...PHONE });
      await hoursForm
        .getByRole("button", { name: fiText("jobsAdmin.workers.saveHours"), exact: true })
        .click();
      // 3 h × 15 €/h: the gross is agreed once both sides gave the same hours.
      await expectVisible(workers.getByText("45,00 €", { exact: false }));

      await workers
        .getByRole("button", { name: fiText("jobsAdmin.workers.recordPaymentNamed", { name: "Ville" }) })
        .click();
      const payForm = workers.getByRole("form", {
        name: fiText("jobsAdmin.workers.recordPaymentNamed", { name: "Ville" }),
      });
      await payForm
        .getByRole("textbox", { name: fiText("jobsAdmin.workers.withholding"), exact: true })
        .fill("abc");
      await payForm
        .getByRole("button", { name: fiText("jobsAdmin.workers.savePayment"), exact: true })
        .click();
      await expectVisible(payForm.getByText(fiText("jobsAdmin.form.errors.percent"), { exact: true }));
      await payForm
        .getByRole("textbox", { name: fiText("jobsAdmin.workers.withholding"), exact: true })
        .fill("15");
      await payForm
        .getByRole("button", { name: fiText("jobsAdmin.workers.savePayment"), exact: true })
        .click();
      await expect.poll(() => statusTag().textContent()).toBe(fiText("jobs.status.paid"));
      await expectVisible(
        workers.getByRole("link", {
          name: fiText("jobsAdmin.workers.payStatement", { name: "Ville" }),
          exact: true,
        }),
      );
      await checkPage(page, "jobs-job-paid", { phoneAxe: true });
      await page.setViewportSize({ ...PHONE });
    });

    it("downloads the worker's pay statement as a PDF", async () => {
      const link = page.getByRole("link", {
        name: fiText("jobsAdmin.workers.payStatement", { name: "Ville" }),
        exact: true,
      });
      const [download] = await Promise.all([page.waitForEvent("download"), link.click()]);
      const path = await download.path();
      const bytes = await readFile(path);
      expect(bytes.subarray(0, 4).toString("latin1")).toBe("%PDF");
    });

    it("lists the job as paid on the board, and offers the payroll export", async () => {
      await page.goto("/jobs");
      await expectVisible(page.getByRole("link", { name: NEED, exact: true }));
      await page.getByRole("link", { name: fiText("jobsAdmin.payroll.title"), exact: true }).click();
      await expectVisible(pageHeading(page, fiText("jobsAdmin.payroll.title")));
      const [download] = await Promise.all([
        page.waitForEvent("download"),
        page.getByRole("link", { name: fiText("jobsAdmin.payroll.download"), exact: true }).click(),
      ]);
      const csv = await readFile(await download.path(), "utf8");
      expect(csv).toContain("Ville");
      await checkPage(page, "jobs-payroll", { phoneAxe: true });
    });

    it("shows a coach the region's open jobs and the brokering figures", async () => {
      const coach = await e2e.newPage();
      await signInAs(coach, demoUser("coach").email);
      await coach.goto("/jobs");
      await expectVisible(pageHeading(coach, fiText("jobsAdmin.title")));
      await checkPage(coach, "jobs-coach-board", { phoneAxe: true });
      await coach.goto("/jobs/figures");
      await expectVisible(pageHeading(coach, fiText("jobsAdmin.figures.title")));
      const table = coach.getByRole("table", { name: fiText("jobsAdmin.figures.caption") });
      await expectVisible(table.getByRole("cell", { name: VILLAGE, exact: true }));
      await checkPage(coach, "jobs-figures", { phoneAxe: true });
    });
  },
);
