import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildRegion, call, createTestApp, type TestApp, type TestRegion } from "../../../test/app";
import {
  buildAssociation,
  buildSeeker,
  type TestAssociation,
  type TestSeeker,
} from "../../../test/small-jobs";
import { buildWorkedJob, paid } from "../../../test/small-jobs-money";
import { addDaysIso, todayIso } from "../../lib/dates";
import type { WorkerPay } from "./api-money";

let t: TestApp;
let region: TestRegion;
let association: TestAssociation;
let otherAssociation: TestAssociation;
let seeker: TestSeeker;
let otherSeeker: TestSeeker;

beforeAll(async () => {
  t = await createTestApp();
  region = await buildRegion(t);
  association = await buildAssociation(t, region);
  otherAssociation = await buildAssociation(t, region);
  seeker = await buildSeeker(t, region);
  otherSeeker = await buildSeeker(t, region, seeker.coach);
});
afterAll(async () => t?.close());

const worked = (job: Parameters<typeof buildWorkedJob>[2]["job"] = {}, worker = {}) =>
  buildWorkedJob(t, region, {
    organisationId: association.organisationId,
    participantId: seeker.participantId,
    job,
    worker,
  });
const hours = { minutes: 240, workedFrom: "2024-03-02", workedTo: "2024-03-03" };
const asPoster = (workerId: string, body: unknown) =>
  call(t, association.contact.session, "POST", `/api/job-workers/${workerId}/hours`, body);
const asWorker = (workerId: string, body: unknown) =>
  call(t, seeker.session, "POST", `/api/me/job-workers/${workerId}/hours`, body);

const notificationsOf = (workerId: string) =>
  t.db.ownerQuery<{ user_id: string; kind: string }>(
    "SELECT user_id::text, kind FROM notifications WHERE subject_id = $1 ORDER BY user_id",
    [workerId],
  );

describe("POST /api/me/job-workers/:id/hours and /api/job-workers/:id/hours", () => {
  it.each([0, -60, 1.5])("refuses %s minutes by schema with 400 naming the field", async (minutes) => {
    const { workerId } = await worked();
    const res = await asWorker(workerId, { ...hours, minutes });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0].path).toBe("minutes");
    expect(res.json().errors[0].message).toContain("minutes");
  });

  it("fixes the gross when both sides agree; keeps both numbers and tells both sides when they differ", async () => {
    const { workerId } = await worked();
    const first = await asWorker(workerId, hours);
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json().data).toMatchObject({
      workerMinutes: 240,
      ordererMinutes: null,
      hoursAgree: null,
      grossCents: null,
    });
    expect(first.json().data.firstName).toBe(seeker.firstName);

    const differ = await asPoster(workerId, { ...hours, minutes: 180 });
    expect(differ.statusCode, differ.body).toBe(200);
    expect(differ.json().data).toMatchObject({
      workerMinutes: 240,
      ordererMinutes: 180,
      hoursAgree: false,
      grossCents: null,
    });
    const told = await notificationsOf(workerId);
    expect(told.map((n) => n.kind)).toEqual(["job_hours", "job_hours"]);
    expect(told.map((n) => n.user_id).sort()).toEqual([seeker.user.id, association.contact.id].sort());

    // The poster confirms the worker's figure: 4 h × 15 €/h = 60 €.
    const agreed = await asPoster(workerId, { ...hours, version: (differ.json().data as WorkerPay).version });
    expect(agreed.statusCode, agreed.body).toBe(200);
    expect(agreed.json().data).toMatchObject({
      workerMinutes: 240,
      ordererMinutes: 240,
      hoursAgree: true,
      grossCents: 6_000,
    });
    const stale = await asPoster(workerId, { ...hours, version: 1 });
    expect(stale.statusCode).toBe(409);
  });

  it("rounds hourly pay half up to the cent and pays a lump sum as it is", async () => {
    const hourly = await worked({ payCents: 1_550 });
    await asWorker(hourly.workerId, { ...hours, minutes: 50 });
    const h = await asPoster(hourly.workerId, { ...hours, minutes: 50 });
    // 50 min × 15,50 €/h = 12,9166… € → 12,92 €.
    expect(h.json().data.grossCents).toBe(1_292);
    const lump = await worked({ payType: "lump_sum", payCents: 8_000 });
    await asWorker(lump.workerId, { ...hours, minutes: 200 });
    expect((await asPoster(lump.workerId, { ...hours, minutes: 200 })).json().data.grossCents).toBe(8_000);
  });

  it.each([
    ["days in the future", { workedFrom: todayIso(), workedTo: addDaysIso(todayIso(), 1) }, "/workedTo"],
    ["days reversed", { workedFrom: "2024-03-03", workedTo: "2024-03-02" }, "/workedTo"],
    ["more than the days hold", { minutes: 24 * 60 * 2 + 1 }, "/minutes"],
  ])("refuses %s with 400", async (_, override, path) => {
    const { workerId } = await worked();
    const res = await asWorker(workerId, { ...hours, ...override });
    expect(res.statusCode, res.body).toBe(400);
    expect(res.json().errors[0].path).toBe(path);
  });

  it("refuses hours after payment with 409 smallJobs.alreadyPaid, from either side, and changes nothing", async () => {
    const { workerId } = await worked({ status: "paid" }, paid("2024-03-10", 240, 6_000));
    for (const res of [
      await asWorker(workerId, { ...hours, minutes: 600 }),
      await asPoster(workerId, hours),
    ]) {
      expect(res.statusCode).toBe(409);
      expect(res.json().type).toBe("/problems/smallJobs.alreadyPaid");
    }
    const [row] = await t.db.ownerQuery<{ worker_minutes: number; gross_cents: number }>(
      "SELECT worker_minutes, gross_cents FROM job_workers WHERE id = $1",
      [workerId],
    );
    expect(row).toEqual({ worker_minutes: 240, gross_cents: 6_000 });
  });

  it("refuses hours before the work (a filled job whose window has not begun) and for a cancelled job", async () => {
    const later = addDaysIso(todayIso(), 10);
    const future = await worked({ status: "filled", startsOn: later, endsOn: later });
    const res = await asWorker(future.workerId, { ...hours, workedFrom: todayIso(), workedTo: todayIso() });
    expect(res.statusCode).toBe(409);
    expect(res.json().type).toBe("/problems/smallJobs.hours.notYet");
    // A filled job whose days are past may be confirmed before it is marked done.
    const past = await worked({ status: "filled" });
    expect((await asWorker(past.workerId, hours)).statusCode).toBe(200);
    const cancelled = await worked({ status: "cancelled", cancelReason: "sade" });
    expect((await asWorker(cancelled.workerId, hours)).statusCode).toBe(409);
  });

  it("answers another association 403 and another seeker 404, and logs the poster's view of the worker", async () => {
    const { workerId } = await worked();
    expect(
      (await call(t, otherAssociation.contact.session, "POST", `/api/job-workers/${workerId}/hours`, hours))
        .statusCode,
    ).toBe(403);
    expect(
      (await call(t, otherSeeker.session, "POST", `/api/me/job-workers/${workerId}/hours`, hours)).statusCode,
    ).toBe(404);
    expect((await asPoster(workerId, hours)).statusCode).toBe(200);
    const rows = await t.db.ownerQuery<{ actor_id: string; purpose: string }>(
      "SELECT actor_id::text, purpose FROM access_log WHERE subject_id = $1 AND purpose = 'small job: hours'",
      [seeker.participantId],
    );
    expect(rows).toContainEqual({ actor_id: association.contact.id, purpose: "small job: hours" });
  });
});
