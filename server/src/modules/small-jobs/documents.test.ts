import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildRegion, call, createTestApp, type TestApp, type TestRegion } from "../../../test/app";
import { parseCsv } from "../../../test/self-assessment";
import {
  buildAssociation,
  buildSeeker,
  type TestAssociation,
  type TestSeeker,
} from "../../../test/small-jobs";
import { buildWorkedJob, paid } from "../../../test/small-jobs-money";
import { finnishReference } from "./documents";
import { hoursText } from "./documents-pdf";
import { euros } from "./documents-texts";

let t: TestApp;
let region: TestRegion;
let association: TestAssociation;
let seeker: TestSeeker;
let other: TestSeeker;

beforeAll(async () => {
  t = await createTestApp();
  region = await buildRegion(t);
  association = await buildAssociation(t, region);
  seeker = await buildSeeker(t, region);
  other = await buildSeeker(t, region, seeker.coach);
});
afterAll(async () => t?.close());

const poster = () => association.contact.session;
const accessPurposes = async (participantId: string) =>
  (
    await t.db.ownerQuery<{ purpose: string }>(
      "SELECT purpose FROM access_log WHERE subject_id = $1 ORDER BY id",
      [participantId],
    )
  ).map((r) => r.purpose);

describe("finnishReference (viitenumero, weights 7-3-1 from the right)", () => {
  it.each([
    ["123", "1232"],
    ["1001", "10016"],
    ["1002", "10029"],
    ["1234561", "12345614"],
    ["100", "1009"],
  ])("%s → %s", (base, reference) => {
    expect(finnishReference(base)).toBe(reference);
  });

  it("refuses a base that is not 3–19 digits", () => {
    expect(() => finnishReference("12")).toThrow(RangeError);
    expect(() => finnishReference("12a4")).toThrow(RangeError);
  });
});

describe("money and hours as people read them", () => {
  it("formats integers exactly", () => {
    expect(euros(123_456, "fi")).toBe("1\u00a0234,56\u00a0€");
    expect(euros(5, "en")).toBe("€0.05");
    expect(hoursText(270, "fi")).toBe("4,50 h");
    expect(hoursText(50, "en")).toBe("0.83 h");
  });
});

describe("pay statement", () => {
  it("is a PDF for the poster and for the worker, logged; 409 before payment; 404 to another seeker", async () => {
    const { workerId } = await buildWorkedJob(t, region, {
      organisationId: association.organisationId,
      participantId: seeker.participantId,
      job: { status: "paid" },
      worker: paid("2024-03-10", 240, 6_000, { withholdingBasisPoints: 1_000, workedOn: "2024-03-02" }),
    });
    for (const [session, url] of [
      [poster(), `/api/job-workers/${workerId}/pay-statement.pdf`],
      [seeker.session, `/api/me/job-workers/${workerId}/pay-statement.pdf?lang=sv`],
    ] as const) {
      const res = await call(t, session, "GET", url);
      expect(res.statusCode, res.body.slice(0, 200)).toBe(200);
      expect(res.headers["content-type"]).toContain("application/pdf");
      expect(res.rawPayload.subarray(0, 4).toString()).toBe("%PDF");
      expect(res.rawPayload.length).toBeGreaterThan(5_000);
    }
    expect(await accessPurposes(seeker.participantId)).toEqual(
      expect.arrayContaining(["small job: pay statement", "own pay statement"]),
    );
    expect(
      (await call(t, other.session, "GET", `/api/me/job-workers/${workerId}/pay-statement.pdf`)).statusCode,
    ).toBe(404);

    const unpaid = await buildWorkedJob(t, region, {
      organisationId: association.organisationId,
      participantId: seeker.participantId,
    });
    const res = await call(t, poster(), "GET", `/api/job-workers/${unpaid.workerId}/pay-statement.pdf`);
    expect(res.statusCode).toBe(409);
    expect(res.json().type).toBe("/problems/smallJobs.payStatement.notPaid");
  });
});

describe("invoice", () => {
  const invoiced = () =>
    buildWorkedJob(t, region, {
      organisationId: association.organisationId,
      participantId: seeker.participantId,
      household: { name: "Liisa Tilaaja" },
      worker: { workerMinutes: 240, ordererMinutes: 240, grossCents: 6_000 },
    });

  it("invoices once, labour on its own line, numbered per organisation with a checked reference", async () => {
    const first = await invoiced();
    const res = await call(t, poster(), "POST", `/api/jobs/${first.jobId}/invoice`, {
      dueDays: 14,
      extraLines: [
        { kind: "materials", description: "Jätesäkit", amountCents: 1_000, vatBasisPoints: 2_550 },
      ],
    });
    expect(res.statusCode, res.body).toBe(201);
    const inv = res.json().data;
    expect(inv).toMatchObject({
      number: 1,
      reference: "10016",
      labourCents: 6_000,
      vatCents: 255,
      totalCents: 7_255,
    });
    expect(inv.lines[0]).toMatchObject({ kind: "labour", amountCents: 6_000, vatBasisPoints: 0 });
    expect(inv.lines[0].description).toContain("Työn osuus");
    expect(inv.lines[1]).toMatchObject({ kind: "materials", amountCents: 1_000, vatCents: 255 });

    // The job now says it has been invoiced, and offers no second invoice.
    const job = (await call(t, poster(), "GET", `/api/jobs/${first.jobId}`)).json();
    expect(job.data.invoice).toMatchObject({ number: 1, totalCents: 7_255 });
    expect(job.can.invoice).toBe(false);

    const again = await call(t, poster(), "POST", `/api/jobs/${first.jobId}/invoice`, { dueDays: 14 });
    expect(again.statusCode).toBe(409);
    expect(again.json().type).toBe("/problems/smallJobs.invoice.exists");

    const second = await invoiced();
    const next = await call(t, poster(), "POST", `/api/jobs/${second.jobId}/invoice`, { dueDays: 7 });
    expect(next.json().data).toMatchObject({ number: 2, reference: "10029", totalCents: 6_000 });

    const pdf = await call(t, poster(), "GET", `/api/jobs/${first.jobId}/invoice.pdf?lang=en`);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.rawPayload.subarray(0, 4).toString()).toBe("%PDF");
    expect(pdf.rawPayload.length).toBeGreaterThan(5_000);
  });

  it("refuses a job without an orderer, a job not done, a bad due time, and another association", async () => {
    const own = await buildWorkedJob(t, region, {
      organisationId: association.organisationId,
      participantId: seeker.participantId,
      worker: { grossCents: 6_000 },
    });
    expect(
      (await call(t, poster(), "POST", `/api/jobs/${own.jobId}/invoice`, { dueDays: 14 })).json().type,
    ).toBe("/problems/smallJobs.invoice.needsOrderer");
    const filled = await buildWorkedJob(t, region, {
      organisationId: association.organisationId,
      participantId: seeker.participantId,
      household: {},
      job: { status: "filled" },
    });
    expect(
      (await call(t, poster(), "POST", `/api/jobs/${filled.jobId}/invoice`, { dueDays: 14 })).statusCode,
    ).toBe(409);
    const ok = await invoiced();
    expect(
      (await call(t, poster(), "POST", `/api/jobs/${ok.jobId}/invoice`, { dueDays: 5 })).statusCode,
    ).toBe(400);
    const stranger = await buildAssociation(t, region);
    expect(
      (await call(t, stranger.contact.session, "POST", `/api/jobs/${ok.jobId}/invoice`, { dueDays: 14 }))
        .statusCode,
    ).toBe(403);
    expect((await call(t, poster(), "GET", `/api/jobs/${ok.jobId}/invoice.pdf`)).statusCode).toBe(404);
  });
});

describe("GET /api/organisations/:id/payroll.csv", () => {
  it("lists each worker paid in the period as employer, with decimal comma in Finnish, and logs each person", async () => {
    const payroll = await buildAssociation(t, region);
    const work = (
      participantId: string,
      paidOn: string,
      employer: "association" | "orderer" = "association",
    ) =>
      buildWorkedJob(t, region, {
        organisationId: payroll.organisationId,
        participantId,
        job: { status: "paid", title: `Työ ${paidOn}`, employer },
        worker: paid(paidOn, 270, 6_750, { withholdingBasisPoints: 1_000 }),
      });
    await work(seeker.participantId, "2024-03-10");
    await work(other.participantId, "2024-03-20");
    await work(seeker.participantId, "2024-04-02");
    await work(other.participantId, "2024-03-15", "orderer");
    const url = `/api/organisations/${payroll.organisationId}/payroll.csv?from=2024-03-01&to=2024-03-31`;
    const res = await call(t, payroll.contact.session, "GET", `${url}&lang=fi`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers["content-type"]).toContain("text/csv");
    expect(res.rawPayload.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const rows = parseCsv(res.body.replace(/^\uFEFF/, ""), ";");
    expect(rows[0]?.[0]).toBe("Työntekijä");
    expect(rows.slice(1).map((r) => [r[1], r[2], r[5], r[6], r[7], r[8], r[9]])).toEqual([
      ["1990-04-12", "Työ 2024-03-10", "4,50", "67,50", "6,75", "60,75", "2024-03-10"],
      ["1990-04-12", "Työ 2024-03-20", "4,50", "67,50", "6,75", "60,75", "2024-03-20"],
    ]);
    expect(rows[1]?.[0]).toContain(seeker.firstName);
    expect(res.body).not.toMatch(/\d{6}[-+A]\d{3}[0-9A-Y]/);
    expect(await accessPurposes(other.participantId)).toContain("small jobs: payroll export");

    const en = await call(t, payroll.contact.session, "GET", `${url}&lang=en`);
    expect(parseCsv(en.body.replace(/^\uFEFF/, ""), ",")[1]?.[6]).toBe("67.50");
    expect((await call(t, poster(), "GET", url)).statusCode).toBe(403);
    const reversed = `/api/organisations/${payroll.organisationId}/payroll.csv?from=2024-03-31&to=2024-03-01`;
    expect((await call(t, payroll.contact.session, "GET", reversed)).statusCode).toBe(400);
  });
});
