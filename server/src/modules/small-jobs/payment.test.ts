import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildRegion, call, createTestApp, type TestApp, type TestRegion } from "../../../test/app";
import {
  applyToJob,
  buildAssociation,
  buildJob,
  buildSeeker,
  type TestAssociation,
  type TestSeeker,
} from "../../../test/small-jobs";
import { buildWorkedJob } from "../../../test/small-jobs-money";
import { addDaysIso, todayIso } from "../../lib/dates";
import type { WorkerPay } from "./api-money";

let t: TestApp;
let region: TestRegion;
let association: TestAssociation;
let seeker: TestSeeker;
let second: TestSeeker;

beforeAll(async () => {
  t = await createTestApp();
  region = await buildRegion(t);
  association = await buildAssociation(t, region);
  seeker = await buildSeeker(t, region);
  second = await buildSeeker(t, region, seeker.coach);
});
afterAll(async () => t?.close());

const poster = () => association.contact.session;
const pay = (workerId: string, body: Record<string, unknown>) =>
  call(t, poster(), "POST", `/api/job-workers/${workerId}/payment`, body);
const agreedWorker = (participantId: string) =>
  buildWorkedJob(t, region, {
    organisationId: association.organisationId,
    participantId,
    worker: {
      workerMinutes: 240,
      ordererMinutes: 240,
      grossCents: 6_000,
      workedFrom: "2024-03-02",
      workedTo: "2024-03-03",
    },
  });

describe("POST /api/job-workers/:id/payment", () => {
  it("records the payment with the withholding from the tax card, once", async () => {
    const { workerId, jobId } = await agreedWorker(seeker.participantId);
    const res = await pay(workerId, {
      paidOn: "2024-03-10",
      withholdingBasisPoints: 1_550,
      paymentReference: " TILI-1 ",
      version: 1,
    });
    expect(res.statusCode, res.body).toBe(200);
    // 15,5 % of 60 € = 9,30 €.
    expect(res.json().data).toMatchObject({
      paidOn: "2024-03-10",
      grossCents: 6_000,
      withholdingCents: 930,
      netCents: 5_070,
      paymentReference: "TILI-1",
    });
    const again = await pay(workerId, { paidOn: "2024-03-11", withholdingBasisPoints: 0, version: 2 });
    expect(again.statusCode).toBe(409);
    expect(again.json().type).toBe("/problems/smallJobs.alreadyPaid");
    // Its only worker paid: the job is paid, and the worker is told.
    const [job] = await t.db.ownerQuery<{ status: string; paid: boolean }>(
      "SELECT status, paid_at IS NOT NULL AS paid FROM jobs WHERE id = $1",
      [jobId],
    );
    expect(job).toEqual({ status: "paid", paid: true });
    const told = await t.db.ownerQuery<{ user_id: string }>(
      "SELECT user_id::text FROM notifications WHERE subject_id = $1 AND kind = 'job_paid'",
      [jobId],
    );
    expect(told).toEqual([{ user_id: seeker.user.id }]);
  });

  it.each([
    [
      "hours not agreed",
      { worker: { workerMinutes: 240, ordererMinutes: 180 } },
      {},
      409,
      "smallJobs.payment.hoursNotAgreed",
    ],
    [
      "job not done",
      { job: { status: "filled" as const }, worker: { grossCents: 6_000 } },
      {},
      409,
      "smallJobs.payment.notDone",
    ],
    [
      "pay day in the future",
      { worker: { grossCents: 6_000 } },
      { paidOn: addDaysIso(todayIso(), 1) },
      400,
      "smallJobs.payment.inFuture",
    ],
    [
      "pay day before the work",
      { worker: { grossCents: 6_000, workedFrom: "2024-03-02", workedTo: "2024-03-03" } },
      { paidOn: "2024-03-01" },
      400,
      "smallJobs.payment.beforeWork",
    ],
    [
      "withholding over 100 %",
      { worker: { grossCents: 6_000 } },
      { withholdingBasisPoints: 10_001 },
      400,
      "validation",
    ],
  ])("refuses %s", async (_, setup, body, status, type) => {
    const { workerId } = await buildWorkedJob(t, region, {
      organisationId: association.organisationId,
      participantId: seeker.participantId,
      ...setup,
    });
    const res = await pay(workerId, {
      paidOn: "2024-03-10",
      withholdingBasisPoints: 1_000,
      version: 1,
      ...body,
    });
    expect(res.statusCode, res.body).toBe(status);
    expect(res.json().type).toBe(`/problems/${type}`);
  });

  it("answers another association 403 and a participant 403 by role", async () => {
    const { workerId } = await agreedWorker(seeker.participantId);
    const other = await buildAssociation(t, region);
    const body = { paidOn: "2024-03-10", withholdingBasisPoints: 0, version: 1 };
    expect(
      (await call(t, other.contact.session, "POST", `/api/job-workers/${workerId}/payment`, body)).statusCode,
    ).toBe(403);
    expect(
      (await call(t, seeker.session, "POST", `/api/job-workers/${workerId}/payment`, body)).statusCode,
    ).toBe(403);
  });
});

describe("the whole flow through the API", () => {
  it("posts, picks two workers, marks done, confirms hours, pays both: the job is paid only when both are", async () => {
    const job = await buildJob(t, poster(), association.organisationId, {
      places: 2,
      startsOn: todayIso(),
      endsOn: todayIso(),
    });
    const workers: string[] = [];
    for (const s of [seeker, second]) {
      const applicationId = await applyToJob(t, s, job.id);
      const accepted = await call(
        t,
        poster(),
        "POST",
        `/api/jobs/${job.id}/applicants/${applicationId}/accept`,
      );
      expect(accepted.statusCode, accepted.body).toBe(200);
    }
    const list = await call(t, poster(), "GET", `/api/jobs/${job.id}/workers`);
    expect(list.statusCode, list.body).toBe(200);
    for (const w of list.json().data as { workerId: string }[]) workers.push(w.workerId);
    expect(workers).toHaveLength(2);
    const current = await call(t, poster(), "GET", `/api/jobs/${job.id}`);
    const done = await call(t, poster(), "POST", `/api/jobs/${job.id}/done`, {
      version: current.json().data.version,
    });
    expect(done.statusCode, done.body).toBe(200);

    const day = { workedFrom: todayIso(), workedTo: todayIso() };
    const paidOn = todayIso();
    for (const [i, workerId] of workers.entries()) {
      const own = await t.db.ownerQuery<{ participant_id: string }>(
        "SELECT participant_id::text FROM job_workers WHERE id = $1",
        [workerId],
      );
      const who = own[0]?.participant_id === seeker.participantId ? seeker : second;
      const mine = await call(t, who.session, "POST", `/api/me/job-workers/${workerId}/hours`, {
        minutes: 150,
        ...day,
      });
      expect(mine.statusCode, mine.body).toBe(200);
      const theirs = await call(t, poster(), "POST", `/api/job-workers/${workerId}/hours`, {
        minutes: 150,
        ...day,
      });
      expect(theirs.statusCode, theirs.body).toBe(200);
      const agreed = theirs.json().data as WorkerPay;
      // 2,5 h × 15 €/h = 37,50 €.
      expect(agreed.grossCents).toBe(3_750);
      const res = await pay(workerId, { paidOn, withholdingBasisPoints: 2_000, version: agreed.version });
      expect(res.statusCode, res.body).toBe(200);
      const [row] = await t.db.ownerQuery<{ status: string }>("SELECT status FROM jobs WHERE id = $1", [
        job.id,
      ]);
      expect(row?.status).toBe(i === 0 ? "done" : "paid");
    }
  });
});
