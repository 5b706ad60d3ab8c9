import { readFile } from "node:fs/promises";
import type { Page } from "playwright-core";
import { expect, it } from "vitest";
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
  useE2E,
} from "./fixtures";

interface ApiSession {
  cookie: string;
  csrf: string;
}

const TITLE = "Lumityöt pihalta ja portailta";
const EMAIL = "helka.kotitalous@example.fi";
const BROKER = /^Ylikylän kyläyhdistys/;

describeInBrowser("a household orders a small job by e-mail link, on a phone, without an account", () => {
  const e2e = useE2E();
  let page: Page;
  let jobId: string;
  let workerId: string;
  let association: ApiSession;
  let participant: ApiSession;

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

  it("finds the order page from the sign-in page and fills the order on a phone", async () => {
    page = await e2e.newPage();
    await page.setViewportSize({ ...PHONE });
    await page.goto("/sign-in");
    await page.getByRole("link", { name: fiText("orders.signInLink"), exact: true }).click();
    await expectVisible(pageHeading(page, fiText("orders.title")));
    await checkPage(page, "order-form", { phoneAxe: true });
    await page.setViewportSize({ ...PHONE });

    // Sent empty: each required field says what is missing, nothing leaves the page.
    await page.getByRole("button", { name: fiText("orders.toReview"), exact: true }).click();
    await expectVisible(page.getByText(fiText("orders.fixErrors")));
    expect(await field(fiText("orders.field.title")).getAttribute("aria-invalid")).toBe("true");

    // The association: chosen already when it is the region's only one, else one tap.
    const brokerRadio = page.getByRole("radio", { name: BROKER });
    if (await brokerRadio.count()) await brokerRadio.check();
    else
      await expectVisible(page.getByText(fiText("orders.brokerOnly", { name: "Ylikylän kyläyhdistys ry" })));

    await field(fiText("orders.field.title")).fill(TITLE);
    await page.getByRole("button", { name: new RegExp(fiText("orders.field.category")) }).click();
    await page.getByRole("option", { name: fiText("jobs.category.snow"), exact: true }).click();
    await field(fiText("orders.field.village")).fill("Ylikylä");
    await field(fiText("orders.field.address")).fill("Mäkitie 3");
    // The defaults stand: from tomorrow for a week, 2 hours, 15 €/h, one worker, the association employs.
    expect(await field(fiText("orders.field.hours")).inputValue()).toBe("2");
    await field(fiText("orders.field.hours")).fill("3");
    await field(fiText("orders.field.name")).fill("Helka Kotitalous");
    await field(fiText("orders.field.email")).fill(EMAIL);
    await page.getByRole("button", { name: fiText("orders.toReview"), exact: true }).click();

    await expectVisible(pageHeading(page, fiText("orders.review.title")));
    await expectVisible(page.getByText(TITLE));
    await expectVisible(page.getByText("45,00 €"));
    await checkPage(page, "order-review", { phoneAxe: true });
    await page.setViewportSize({ ...PHONE });
    // Sent with the keyboard.
    await page.getByRole("button", { name: fiText("orders.send"), exact: true }).focus();
    await page.keyboard.press("Enter");
    await expectVisible(pageHeading(page, fiText("orders.sent.title")));
    await expectVisible(page.getByText(fiText("orders.sent.body", { email: EMAIL })));
    await checkPage(page, "order-sent", { phoneAxe: true });
  });

  it("opens the link from the e-mail and sees the order confirmed, with what happens next", async () => {
    const [mail] = await e2e.db.ownerQuery<{ body: string }>(
      "SELECT body FROM outbox WHERE to_address = $1 ORDER BY created_at DESC LIMIT 1",
      [EMAIL],
    );
    const link = mail?.body.match(/https?:\/\/\S+\/order\/confirm\/[A-Za-z0-9_-]+/)?.[0];
    expect(link, mail?.body).toBeDefined();
    await page.setViewportSize({ ...PHONE });
    await page.goto(new URL(link ?? "").pathname);
    await expectVisible(pageHeading(page, fiText("orders.confirm.title")));
    await expectVisible(page.getByText(fiText("orders.confirm.done", { title: TITLE })));
    await expectVisible(page.getByText(fiText("orders.steps.published.todo")));
    await checkPage(page, "order-confirmed", { phoneAxe: true });

    // The link works once: opened again (in a browser without the cookie) it offers a new link.
    const other = await e2e.newPage();
    await other.setViewportSize({ ...PHONE });
    await other.goto(new URL(link ?? "").pathname);
    await expectVisible(pageHeading(other, fiText("orders.confirm.failedTitle")));
    await expectVisible(other.getByRole("heading", { name: fiText("orders.link.title") }));
    await checkPage(other, "order-link-used", { phoneAxe: true });

    const [row] = await e2e.db.ownerQuery<{ id: string; status: string }>(
      "SELECT id, status FROM jobs WHERE title = $1",
      [TITLE],
    );
    expect(row?.status).toBe("draft");
    jobId = row?.id ?? "";
  });

  it("is published and staffed by the association; the household sees the worker's first name", async () => {
    association = await session(demoUser("association_contact").email);
    participant = await session(demoUser("participant").email);
    const job = await inject(association, "GET", `/api/jobs/${jobId}`);
    expect(job.statusCode, job.body).toBe(200);
    const published = await inject(association, "POST", `/api/jobs/${jobId}/publish`, {
      version: job.json().data.version,
    });
    expect(published.statusCode, published.body).toBe(200);
    const applied = await inject(participant, "POST", `/api/me/jobs/${jobId}/apply`, {});
    expect(applied.statusCode, applied.body).toBe(201);
    const accepted = await inject(
      association,
      "POST",
      `/api/jobs/${jobId}/applicants/${applied.json().data.id}/accept`,
    );
    expect(accepted.statusCode, accepted.body).toBe(200);

    await page.setViewportSize({ ...PHONE });
    await page.goto("/order/mine");
    await expectVisible(pageHeading(page, fiText("orders.mine.title")));
    await checkPage(page, "order-mine", { phoneAxe: true });
    await page.setViewportSize({ ...PHONE });
    await page.getByRole("link", { name: TITLE, exact: true }).click();
    await expectVisible(pageHeading(page, TITLE));
    const workers = page.getByRole("region", { name: fiText("orders.workers.title") });
    await expectVisible(workers.getByText("Ville", { exact: true }));
    // The first name only: no surname of the worker anywhere on the page.
    const [ville] = await e2e.db.ownerQuery<{ last_name: string }>(
      "SELECT p.last_name FROM participants p JOIN users u ON u.id = p.user_id WHERE u.email = $1",
      [demoUser("participant").email],
    );
    expect(await page.locator("main").textContent()).not.toContain(ville?.last_name ?? "no surname");
    await checkPage(page, "order-picked", { phoneAxe: true });
  });

  it("confirms the worker's hours on the phone after the work", async () => {
    const job = await inject(association, "GET", `/api/jobs/${jobId}`);
    const done = await inject(association, "POST", `/api/jobs/${jobId}/done`, {
      version: job.json().data.version,
    });
    expect(done.statusCode, done.body).toBe(200);
    const mine = await inject(participant, "GET", "/api/me/applications");
    const application = (mine.json().data as { jobId: string; workerId?: string | null }[]).find(
      (a) => a.jobId === jobId,
    );
    const [worker] = await e2e.db.ownerQuery<{ id: string }>("SELECT id FROM job_workers WHERE job_id = $1", [
      jobId,
    ]);
    workerId = application?.workerId ?? worker?.id ?? "";
    const today = todayIso();
    const own = await inject(participant, "POST", `/api/me/job-workers/${workerId}/hours`, {
      minutes: 180,
      workedFrom: today,
      workedTo: today,
    });
    expect(own.statusCode, own.body).toBe(200);

    await page.setViewportSize({ ...PHONE });
    await page.reload();
    await expectVisible(pageHeading(page, TITLE));
    const form = page.getByRole("form", { name: fiText("orders.hours.formLabel", { name: "Ville" }) });
    await expectVisible(form);
    // The worker's own figure is offered; the household confirms it with one tap.
    expect(
      await form
        .getByRole("textbox", { name: fiText("orders.hours.hours", { name: "Ville" }), exact: true })
        .inputValue(),
    ).toBe("3");
    await checkPage(page, "order-hours", { phoneAxe: true });
    await page.setViewportSize({ ...PHONE });
    await form.getByRole("button", { name: fiText("orders.hours.submit"), exact: true }).click();
    await expectVisible(page.getByText(fiText("orders.hours.saved", { name: "Ville" })));
    await expect
      .poll(async () => {
        const [row] = await e2e.db.ownerQuery<{ orderer_minutes: number | null; gross_cents: number | null }>(
          "SELECT orderer_minutes, gross_cents FROM job_workers WHERE id = $1",
          [workerId],
        );
        return row;
      })
      .toEqual({ orderer_minutes: 180, gross_cents: 4500 });
  });

  it("downloads the invoice once the association has made it", async () => {
    const invoice = await inject(association, "POST", `/api/jobs/${jobId}/invoice`, { dueDays: 14 });
    expect(invoice.statusCode, invoice.body).toBe(201);
    await page.setViewportSize({ ...PHONE });
    await page.reload();
    const button = page.getByRole("button", { name: fiText("orders.invoice.download"), exact: true });
    await expectVisible(button);
    const [download] = await Promise.all([page.waitForEvent("download"), button.click()]);
    const bytes = await readFile(await download.path());
    expect(bytes.subarray(0, 4).toString("latin1")).toBe("%PDF");
    await checkPage(page, "order-invoice", { phoneAxe: true });
  });
});
