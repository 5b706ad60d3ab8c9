import { readFile, stat } from "node:fs/promises";
import type { Page } from "playwright-core";
import { afterEach, beforeEach, expect, it } from "vitest";
import { todayIso } from "../../server/src/lib/dates";
import { formatEuros } from "../../web/src/features/small-jobs/shared/money";
import {
  checkPage,
  demoUser,
  describeInBrowser,
  expectVisible,
  fiText,
  PHONE,
  pageHeading,
  signInAs,
  useE2E,
} from "./fixtures";

// Issue 5, "Must hold": the whole small-jobs flow in the browser on a phone-size screen, each person in
// their own browser. Nothing is done through the API: the database is read only for the e-mail link
// (the outbox) and to check outcomes.

const NEED = "Kylätalon puuliiterin maalaus";
const ORDER = "Omenapuiden alustan haravointi";
const HOUSEHOLD_EMAIL = "eila.omenatarha@example.fi";
const VILLAGE = "Ylikylä";
/** The household's order: 3 hours at 16 €/h, one worker, on one day (today). */
const ORDER_MINUTES = 180;
const ORDER_HOURLY_CENTS = 1_600;
const ORDER_GROSS_CENTS = (ORDER_HOURLY_CENTS * ORDER_MINUTES) / 60; // 48,00 €
const WITHHOLDING_PERCENT = 15;

const euros = (cents: number) => formatEuros(cents, "fi");
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
/** The benefit reduction of a period's earnings, as the rule says: floor(max(0, earned − protected) × % / 100). */
const reduction = (earnedCents: number, rule: { protectedCents: number; percent: number }) =>
  Math.floor((Math.max(0, earnedCents - rule.protectedCents) * rule.percent) / 100);

describeInBrowser("the whole small-jobs journey on a phone, every step in the browser", () => {
  const e2e = useE2E();
  const today = todayIso();
  let association: Page;
  let household: Page;
  let ville: Page;
  let needJobId = "";
  let orderJobId = "";
  let villeId = "";
  // One journey: once a step fails, the later ones would only fail for the same reason.
  let broken = false;
  beforeEach(({ skip }) => {
    if (broken) skip();
  });
  afterEach(({ task }) => {
    if (task.result?.state === "fail") broken = true;
  });

  /** The checks every page gets (axe, no sideways scroll, screenshots), at phone size throughout. */
  const check = async (page: Page, name: string) => {
    expect(page.viewportSize()).toEqual(PHONE);
    await checkPage(page, `journey-${name}`);
    expect(page.viewportSize()).toEqual(PHONE);
  };
  const phonePage = async () => {
    const page = await e2e.newPage();
    await page.setViewportSize({ ...PHONE });
    return page;
  };
  const statusTag = (page: Page) => page.locator("main .job-status-tag").first();
  const jobStatus = async (id: string) =>
    (await e2e.db.ownerQuery<{ status: string }>("SELECT status FROM jobs WHERE id = $1", [id]))[0]?.status;
  const worker = async (jobId: string) =>
    (
      await e2e.db.ownerQuery<{
        id: string;
        worker_minutes: number | null;
        orderer_minutes: number | null;
        gross_cents: number | null;
        withholding_cents: number | null;
        paid_on: string | null;
      }>(
        `SELECT id, worker_minutes, orderer_minutes, gross_cents, withholding_cents, paid_on::text
        FROM job_workers WHERE job_id = $1 AND participant_id = $2`,
        [jobId, villeId],
      )
    )[0];

  it("1. the association records a village work need and posts it as an open job", async () => {
    const [row] = await e2e.db.ownerQuery<{ id: string }>(
      "SELECT p.id FROM participants p JOIN users u ON u.id = p.user_id WHERE u.email = $1",
      [demoUser("participant").email],
    );
    villeId = row?.id ?? "";
    expect(villeId).not.toBe("");

    association = await phonePage();
    await signInAs(association, demoUser("association_contact").email);
    await association.goto("/jobs");
    await expectVisible(pageHeading(association, fiText("jobsAdmin.title")));
    await check(association, "association-board");
    await association.getByRole("link", { name: fiText("jobsAdmin.needs.title"), exact: true }).click();
    await expectVisible(pageHeading(association, fiText("jobsAdmin.needs.title")));
    await association.getByRole("button", { name: fiText("jobsAdmin.needs.add"), exact: true }).click();

    const field = (name: string) => association.getByRole("textbox", { name, exact: true });
    const form = association.getByRole("region", { name: fiText("jobsAdmin.needs.addHeading") });
    await field(fiText("jobsAdmin.needs.what")).fill(NEED);
    await form.getByRole("button", { name: new RegExp(fiText("jobsAdmin.form.category")) }).click();
    await association.getByRole("option", { name: fiText("jobs.category.renovation"), exact: true }).click();
    await field(fiText("jobsAdmin.form.village")).fill(VILLAGE);
    await form.getByRole("button", { name: new RegExp(fiText("jobsAdmin.needs.season")) }).click();
    await association.getByRole("option", { name: fiText("jobs.season.summer"), exact: true }).click();
    await association.getByRole("textbox", { name: fiText("jobsAdmin.needs.effort") }).fill("8");
    await association
      .getByRole("textbox", { name: fiText("jobsAdmin.needs.beneficiaries") })
      .fill("Kyläläiset");
    await check(association, "need-form");
    await form.getByRole("button", { name: fiText("jobsAdmin.save"), exact: true }).click();
    await expectVisible(association.getByText(fiText("jobsAdmin.needs.saved"), { exact: true }));
    await expectVisible(association.getByRole("heading", { level: 3, name: NEED, exact: true }));
    await check(association, "needs");

    await association
      .getByRole("button", { name: fiText("jobsAdmin.needs.postNamed", { need: NEED }), exact: true })
      .click();
    const post = association.getByRole("region", {
      name: fiText("jobsAdmin.needs.postHeading", { need: NEED }),
    });
    await expectVisible(post);
    await field(fiText("jobsAdmin.form.startsOn")).fill(typed(today));
    await field(fiText("jobsAdmin.form.endsOn")).fill(typed(plusDays(today, 14)));
    await field(fiText("jobsAdmin.form.hours")).fill("8");
    await field(fiText("jobsAdmin.form.payHourly")).fill("15");
    await check(association, "need-post-form");
    await post.getByRole("button", { name: fiText("jobsAdmin.needs.postPublish"), exact: true }).click();

    await expect.poll(() => new URL(association.url()).pathname).toMatch(/^\/jobs\/[0-9a-f-]{36}$/);
    needJobId = new URL(association.url()).pathname.split("/").pop() ?? "";
    await expectVisible(pageHeading(association, NEED));
    await expect.poll(() => statusTag(association).textContent()).toBe(fiText("jobs.status.open"));
    expect(await jobStatus(needJobId)).toBe("open");
    const [need] = await e2e.db.ownerQuery<{ need_id: string | null }>(
      "SELECT work_need_id AS need_id FROM jobs WHERE id = $1",
      [needJobId],
    );
    expect(need?.need_id, "the job is linked to the need it was posted from").toBeTruthy();
    await check(association, "need-job-open");
  });

  it("2. a household orders a job on its phone, confirms it by the e-mail link; the association publishes it", async () => {
    household = await phonePage();
    await household.goto("/order");
    await expectVisible(pageHeading(household, fiText("orders.title")));
    await check(household, "order-form");

    const field = (name: string) => household.getByRole("textbox", { name, exact: true });
    const brokerRadio = household.getByRole("radio", { name: /^Ylikylän kyläyhdistys/ });
    if (await brokerRadio.count()) await brokerRadio.check();
    await field(fiText("orders.field.title")).fill(ORDER);
    await household.getByRole("button", { name: new RegExp(fiText("orders.field.category")) }).click();
    await household.getByRole("option", { name: fiText("jobs.category.yard"), exact: true }).click();
    await field(fiText("orders.field.village")).fill(VILLAGE);
    await field(fiText("orders.field.address")).fill("Omenatie 7");
    await field(fiText("orders.field.startsOn")).fill(typed(today));
    await field(fiText("orders.field.endsOn")).fill(typed(today));
    await field(fiText("orders.field.hours")).fill(String(ORDER_MINUTES / 60));
    await field(fiText("orders.field.payHourly")).fill(String(ORDER_HOURLY_CENTS / 100));
    await check(household, "order-form-filled");
    await field(fiText("orders.field.name")).fill("Eila Omenatarha");
    await field(fiText("orders.field.email")).fill(HOUSEHOLD_EMAIL);
    await household.getByRole("button", { name: fiText("orders.toReview"), exact: true }).click();
    await expectVisible(pageHeading(household, fiText("orders.review.title")));
    await expectVisible(household.getByText(euros(ORDER_GROSS_CENTS)).first());
    await check(household, "order-review");
    await household.getByRole("button", { name: fiText("orders.send"), exact: true }).click();
    await expectVisible(pageHeading(household, fiText("orders.sent.title")));
    await check(household, "order-sent");

    // The e-mail (written to the outbox: no mail server in tests) carries the one-time link.
    const latestMail = async () =>
      (
        await e2e.db.ownerQuery<{ body: string }>(
          "SELECT body FROM outbox WHERE to_address = $1 ORDER BY created_at DESC LIMIT 1",
          [HOUSEHOLD_EMAIL],
        )
      )[0]?.body ?? "";
    await expect.poll(latestMail).toMatch(/\/order\/confirm\//);
    const mail = await latestMail();
    const link = mail.match(/https?:\/\/\S+\/order\/confirm\/[A-Za-z0-9_-]+/)?.[0];
    expect(link, mail).toBeDefined();
    await household.goto(new URL(link ?? "").pathname);
    await expectVisible(pageHeading(household, fiText("orders.confirm.title")));
    await expectVisible(household.getByText(fiText("orders.confirm.done", { title: ORDER })));
    await check(household, "order-confirmed");

    const [job] = await e2e.db.ownerQuery<{ id: string; status: string }>(
      "SELECT id, status FROM jobs WHERE title = $1",
      [ORDER],
    );
    expect(job?.status).toBe("draft");
    orderJobId = job?.id ?? "";

    // The association sees the confirmed order as a draft on its board and publishes it.
    await association.goto("/jobs");
    const card = association
      .locator("li.job-card")
      .filter({ has: association.getByRole("link", { name: ORDER, exact: true }) });
    await expectVisible(card);
    expect(await card.locator(".job-status-tag").textContent()).toBe(fiText("jobs.status.draft"));
    await check(association, "board-with-order");
    await card.getByRole("link", { name: ORDER, exact: true }).click();
    await expectVisible(pageHeading(association, ORDER));
    const orderer = association.getByRole("region", { name: fiText("jobsAdmin.orderer.title") });
    await expectVisible(orderer.getByText(HOUSEHOLD_EMAIL));
    await check(association, "order-draft");
    await association.getByRole("button", { name: fiText("jobsAdmin.actions.publish"), exact: true }).click();
    await expectVisible(association.getByText(fiText("jobsAdmin.actions.published"), { exact: true }));
    await expect.poll(() => statusTag(association).textContent()).toBe(fiText("jobs.status.open"));
    await expect.poll(() => jobStatus(orderJobId)).toBe("open");
    await check(association, "order-published");
  });

  it("3. Ville sees the benefit estimate on the household's job and applies with one tap", async () => {
    ville = await phonePage();
    await signInAs(ville, demoUser("participant").email);
    await ville
      .getByRole("navigation", { name: fiText("nav.label") })
      .getByRole("link", { name: fiText("jobsSeeker.nav"), exact: true })
      .click();
    await expectVisible(pageHeading(ville, fiText("jobsSeeker.list.title")));
    // A household's order has a village but no municipality, so it is found by Ville's own village.
    await ville.getByRole("button", { name: new RegExp(fiText("jobsSeeker.filters.placeLabel")) }).click();
    await ville
      .getByRole("option", { name: fiText("jobsSeeker.filters.myVillage", { name: VILLAGE }), exact: true })
      .click();
    await ville.getByRole("button", { name: fiText("jobsSeeker.filters.submit"), exact: true }).click();
    const card = ville
      .getByRole("region", { name: fiText("jobsSeeker.list.openHeading") })
      .getByRole("listitem")
      .filter({ has: ville.getByRole("heading", { name: ORDER }) });
    await expectVisible(card);

    // The expected effect, by hand: the job is paid on its last day (today), in this month; the rule in
    // force when the month began; Ville's earnings already paid this month (the seed paid him today).
    const monthStart = `${today.slice(0, 8)}01`;
    const [rule] = await e2e.db.ownerQuery<{ protected_cents: number; percent: number; valid_from: string }>(
      `SELECT r.protected_month_cents AS protected_cents, r.reduction_percent AS percent, r.valid_from::text
      FROM benefit_rules r JOIN participants p ON p.region_id = r.region_id
      WHERE p.id = $1 AND r.valid_from <= $2::date AND (r.valid_to IS NULL OR r.valid_to >= $2::date)
      ORDER BY r.valid_from DESC LIMIT 1`,
      [villeId, monthStart],
    );
    if (!rule) throw new Error("no benefit rule in force this month");
    // From 1.4.2024: no protected amount, 50 %.
    expect(rule.valid_from >= "2024-04-01").toBe(true);
    expect({ protectedCents: rule.protected_cents, percent: rule.percent }).toEqual({
      protectedCents: 0,
      percent: 50,
    });
    const [paid] = await e2e.db.ownerQuery<{ cents: number }>(
      `SELECT coalesce(sum(gross_cents), 0)::int AS cents FROM job_workers
      WHERE participant_id = $1 AND paid_on BETWEEN $2::date AND ($2::date + interval '1 month' - interval '1 day')`,
      [villeId, monthStart],
    );
    const earlier = paid?.cents ?? 0;
    expect(earlier, "the seed paid Ville 3 h × 15 € today").toBeGreaterThanOrEqual(4_500);
    const ruleAmounts = { protectedCents: rule.protected_cents, percent: rule.percent };
    const effect = reduction(earlier + ORDER_GROSS_CENTS, ruleAmounts) - reduction(earlier, ruleAmounts);
    // Under this rule the increment is half the job's gross, whatever he earned before.
    expect(effect).toBe(ORDER_GROSS_CENTS / 2);
    const month = Number(today.slice(5, 7));
    const sentence = [
      fiText("jobsSeeker.estimate.gross", { gross: euros(ORDER_GROSS_CENTS) }),
      fiText("jobsSeeker.estimate.reduces", {
        period: fiText(`jobsSeeker.period.month.${month}`),
        effect: euros(effect),
      }),
    ].join(" ");
    await expect.poll(() => card.locator(".jobs-estimate__sentence").textContent()).toBe(sentence);
    await check(ville, "seeker-list");

    await card.getByRole("button", { name: fiText("jobsSeeker.card.applyTo", { title: ORDER }) }).click();
    await expect
      .poll(
        async () =>
          (
            await e2e.db.ownerQuery<{ status: string }>(
              "SELECT status FROM job_applications WHERE job_id = $1 AND participant_id = $2",
              [orderJobId, villeId],
            )
          )[0]?.status,
      )
      .toBe("applied");
    const mine = ville.getByRole("region", { name: fiText("jobsSeeker.mine.heading") });
    await expectVisible(mine.getByRole("link", { name: ORDER }));
    await check(ville, "seeker-applied");
  });

  it("4. the association sees only Ville's first name, picks him, and marks the work done", async () => {
    await association.goto(`/jobs/${orderJobId}`);
    await expectVisible(pageHeading(association, ORDER));
    const applicants = association.getByRole("region", { name: fiText("jobsAdmin.applicants.title") });
    await expectVisible(applicants.getByRole("heading", { name: "Ville", exact: true }));
    const [person] = await e2e.db.ownerQuery<{ last_name: string }>(
      "SELECT last_name FROM participants WHERE id = $1",
      [villeId],
    );
    expect(person?.last_name).toBeTruthy();
    expect(await applicants.textContent()).not.toContain(person?.last_name);
    expect(await association.locator("main").textContent()).not.toContain(person?.last_name);
    await check(association, "order-applicants");

    await applicants
      .getByRole("button", { name: fiText("jobsAdmin.applicants.pickNamed", { name: "Ville" }) })
      .click();
    await expect.poll(() => statusTag(association).textContent()).toBe(fiText("jobs.status.filled"));
    await expect.poll(() => jobStatus(orderJobId)).toBe("filled");
    await expectVisible(association.getByRole("region", { name: fiText("jobsAdmin.workers.title") }));
    await check(association, "order-filled");

    await association
      .getByRole("button", { name: fiText("jobsAdmin.actions.markDone"), exact: true })
      .click();
    await expect.poll(() => statusTag(association).textContent()).toBe(fiText("jobs.status.done"));
    await expect.poll(() => jobStatus(orderJobId)).toBe("done");
    await check(association, "order-done");
  });

  it("5. Ville and the household confirm the same hours; the gross is agreed", async () => {
    // Ville was told in Polku that he was picked: the notice on his home page leads to the job.
    await ville.goto("/");
    const notice = ville.getByRole("link", { name: fiText("notifications.job.job_picked", { job: ORDER }) });
    await expectVisible(notice);
    await check(ville, "seeker-home-notice");
    await notice.click();
    await expectVisible(pageHeading(ville, ORDER));
    await ville.goto("/me/jobs");
    await ville
      .getByRole("region", { name: fiText("jobsSeeker.mine.heading") })
      .getByRole("link", { name: ORDER })
      .click();
    await expectVisible(pageHeading(ville, ORDER));
    await ville.getByLabel(fiText("jobsSeeker.hours.hours"), { exact: true }).fill("3");
    await check(ville, "seeker-hours");
    await ville.getByRole("button", { name: fiText("jobsSeeker.hours.submit"), exact: true }).click();
    await expectVisible(ville.getByText(fiText("jobsSeeker.hours.saved")));
    await expect.poll(async () => (await worker(orderJobId))?.worker_minutes).toBe(ORDER_MINUTES);

    // The household, in the browser that opened the e-mail link.
    await household.goto(`/order/mine/${orderJobId}`);
    await expectVisible(pageHeading(household, ORDER));
    const form = household.getByRole("form", { name: fiText("orders.hours.formLabel", { name: "Ville" }) });
    const hours = form.getByRole("textbox", {
      name: fiText("orders.hours.hours", { name: "Ville" }),
      exact: true,
    });
    await expect.poll(() => hours.inputValue()).toBe("3");
    await check(household, "order-hours");
    await form.getByRole("button", { name: fiText("orders.hours.submit"), exact: true }).click();
    await expectVisible(household.getByText(fiText("orders.hours.saved", { name: "Ville" })).first());
    await expect
      .poll(async () => {
        const w = await worker(orderJobId);
        return { worker: w?.worker_minutes, orderer: w?.orderer_minutes, gross: w?.gross_cents };
      })
      .toEqual({ worker: ORDER_MINUTES, orderer: ORDER_MINUTES, gross: ORDER_GROSS_CENTS });
    await check(household, "order-hours-confirmed");
  });

  it("6. the association records the payment with the withholding; the job is paid", async () => {
    await association.reload();
    await expectVisible(pageHeading(association, ORDER));
    const workers = association.getByRole("region", { name: fiText("jobsAdmin.workers.title") });
    await expectVisible(workers.getByText(euros(ORDER_GROSS_CENTS), { exact: true }));
    await workers
      .getByRole("button", { name: fiText("jobsAdmin.workers.recordPaymentNamed", { name: "Ville" }) })
      .click();
    const payForm = workers.getByRole("form", {
      name: fiText("jobsAdmin.workers.recordPaymentNamed", { name: "Ville" }),
    });
    await payForm
      .getByRole("textbox", { name: fiText("jobsAdmin.workers.withholding"), exact: true })
      .fill(String(WITHHOLDING_PERCENT));
    await check(association, "order-payment-form");
    await payForm.getByRole("button", { name: fiText("jobsAdmin.workers.savePayment"), exact: true }).click();
    await expect.poll(() => statusTag(association).textContent()).toBe(fiText("jobs.status.paid"));
    await expect.poll(() => jobStatus(orderJobId)).toBe("paid");
    const paid = await worker(orderJobId);
    expect(paid?.paid_on).toBe(today);
    expect(paid?.withholding_cents).toBe((ORDER_GROSS_CENTS * WITHHOLDING_PERCENT) / 100);
    await check(association, "order-paid");
  });

  it("7. Ville downloads his pay statement on his phone, and it opens as a PDF", async () => {
    await ville.goto(`/me/jobs/${orderJobId}`);
    await expectVisible(pageHeading(ville, ORDER));
    const net = ORDER_GROSS_CENTS - (ORDER_GROSS_CENTS * WITHHOLDING_PERCENT) / 100;
    await expectVisible(ville.getByText(euros(net), { exact: true }));
    await check(ville, "seeker-paid");

    const [download] = await Promise.all([
      ville.waitForEvent("download"),
      ville.getByRole("button", { name: fiText("jobsSeeker.pay.download"), exact: true }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.pdf$/);
    const file = await download.path();
    const bytes = await readFile(file);
    expect(bytes.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    expect((await stat(file)).size).toBeGreaterThan(5_000);
    await expectVisible(
      ville.getByText(fiText("jobsSeeker.pay.downloaded", { file: download.suggestedFilename() })),
    );

    // Opened from its address in a new tab of his browser: the server answers with the PDF.
    const workerId = (await worker(orderJobId))?.id ?? "";
    const tab = await ville.context().newPage();
    const url = `/api/me/job-workers/${workerId}/pay-statement.pdf`;
    const answered = tab.waitForResponse((r) => r.url().endsWith(url));
    await tab.goto(url).catch(() => undefined); // an attachment ends the navigation as a download
    const response = await answered;
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toMatch(/^application\/pdf/);
    await tab.close();
  });
});
