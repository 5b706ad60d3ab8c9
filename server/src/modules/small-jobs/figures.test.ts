import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  buildRegion,
  buildUser,
  call,
  createTestApp,
  type Session,
  signIn,
  type TestApp,
  type TestRegion,
} from "../../../test/app";
import { buildAssociation, buildSeeker, type TestSeeker } from "../../../test/small-jobs";
import { insertJob, insertWorker } from "../../../test/small-jobs-match";
import { figuresPeriod } from "./figures";

// A constructed March and April 2025 of two associations in two villages, and what the figures say.

let t: TestApp;
let a: TestRegion;
let b: TestRegion;
let manager: Session;
let ylikyla: Awaited<ReturnType<typeof buildAssociation>>;
let rantakyla: Awaited<ReturnType<typeof buildAssociation>>;
const seekers: TestSeeker[] = [];

beforeAll(async () => {
  t = await createTestApp();
  a = await buildRegion(t);
  b = await buildRegion(t);
  manager = await signIn(t, await buildUser(t, a, { role: "project_manager" }));
  ylikyla = await buildAssociation(t, a, { name: "Ylikylän kyläyhdistys" });
  rantakyla = await buildAssociation(t, a, { name: "Rantakylän nuorisoseura" });
  const coach = await signIn(t, await buildUser(t, a, { role: "coach" }));
  for (let i = 0; i < 3; i++) seekers.push(await buildSeeker(t, a, coach));
  const [s1, s2, s3] = seekers.map((s) => s.participantId) as [string, string, string];
  const y = { regionId: a.regionId, organisationId: ylikyla.organisationId, village: "Ylikylä" };
  const r = { regionId: a.regionId, organisationId: rantakyla.organisationId, village: "Rantakylä" };
  const march = (day: number) => `2025-03-${String(day).padStart(2, "0")}T10:00:00+02:00`;

  // Ylikylä, March: three posted; one filled and done (two workers, 3 h + 2 h confirmed, paid 45 € + 30 € in March);
  // one filled in March, done in April, paid 60 € to s1 in April; one still open.
  const paidJob = await insertJob(t, {
    ...y,
    status: "paid",
    places: 2,
    acceptedCount: 2,
    startsOn: "2025-03-10",
    endsOn: "2025-03-12",
    publishedAt: march(1),
    filledAt: march(5),
    doneAt: march(12),
  });
  await insertWorker(t, a.regionId, paidJob, s1, { minutes: 180, grossCents: 4500, paidOn: "2025-03-20" });
  await insertWorker(t, a.regionId, paidJob, s2, { minutes: 120, grossCents: 3000, paidOn: "2025-03-20" });
  const aprilJob = await insertJob(t, {
    ...y,
    status: "paid",
    acceptedCount: 1,
    startsOn: "2025-03-28",
    endsOn: "2025-04-02",
    publishedAt: march(20),
    filledAt: march(25),
    doneAt: "2025-04-02T16:00:00+03:00",
  });
  await insertWorker(t, a.regionId, aprilJob, s1, {
    minutes: 240,
    grossCents: 6000,
    paidOn: "2025-04-10",
    workedTo: "2025-04-02",
  });
  await insertJob(t, { ...y, startsOn: "2025-03-30", endsOn: "2025-03-31", publishedAt: march(25) });
  // Rantakylä, April: one posted and cancelled; one done with hours not yet confirmed by both (not counted).
  await insertJob(t, { ...r, status: "cancelled", publishedAt: "2025-04-03T09:00:00+03:00" });
  const unconfirmed = await insertJob(t, {
    ...r,
    status: "done",
    acceptedCount: 1,
    startsOn: "2025-04-05",
    endsOn: "2025-04-05",
    publishedAt: "2025-04-01T09:00:00+03:00",
    filledAt: "2025-04-02T09:00:00+03:00",
    doneAt: "2025-04-05T18:00:00+03:00",
  });
  await insertWorker(t, a.regionId, unconfirmed, s3, {});
  // Outside the period (February), a draft, and another region: never counted.
  await insertJob(t, { ...y, publishedAt: "2025-02-27T10:00:00+02:00" });
  await insertJob(t, { ...y, status: "draft" });
  const assocB = await buildAssociation(t, b);
  await insertJob(t, {
    regionId: b.regionId,
    organisationId: assocB.organisationId,
    publishedAt: march(3),
  });
});
afterAll(() => t.close());

const period = "from=2025-03-01&to=2025-04-30";

describe("GET /api/small-jobs/figures", () => {
  it("counts by month, association and village, with totals where an earner counts once", async () => {
    const res = await call(t, manager, "GET", `/api/small-jobs/figures?${period}`);
    expect(res.statusCode, res.body).toBe(200);
    const f = res.json().data;
    expect(f.from).toBe("2025-03-01");
    expect(f.to).toBe("2025-04-30");
    const strip = (rows: Record<string, unknown>[]) => rows.map(({ organisationId: _o, ...rest }) => rest);
    expect(strip(f.rows)).toEqual([
      {
        month: "2025-03",
        organisationName: "Ylikylän kyläyhdistys",
        village: "Ylikylä",
        posted: 3,
        filled: 2,
        done: 1,
        minutes: 300,
        paidCents: 7500,
        earners: 2,
      },
      {
        month: "2025-04",
        organisationName: "Rantakylän nuorisoseura",
        village: "Rantakylä",
        posted: 2,
        filled: 1,
        done: 1,
        minutes: 0,
        paidCents: 0,
        earners: 0,
      },
      {
        month: "2025-04",
        organisationName: "Ylikylän kyläyhdistys",
        village: "Ylikylä",
        posted: 0,
        filled: 0,
        done: 1,
        minutes: 240,
        paidCents: 6000,
        earners: 1,
      },
    ]);
    expect(f.totals).toEqual({ posted: 5, filled: 3, done: 3, minutes: 540, paidCents: 13_500, earners: 2 });
  });

  it("filters by association and village", async () => {
    const res = await call(
      t,
      manager,
      "GET",
      `/api/small-jobs/figures?${period}&organisationId=${rantakyla.organisationId}`,
    );
    expect(res.json().data.totals).toMatchObject({ posted: 2, paidCents: 0 });
    const byVillage = await call(t, manager, "GET", `/api/small-jobs/figures?${period}&village=Ylikylä`);
    expect(byVillage.json().data.totals).toMatchObject({ posted: 3, paidCents: 13_500, earners: 2 });
  });

  it("refuses a period that ends before it starts", async () => {
    const res = await call(t, manager, "GET", "/api/small-jobs/figures?from=2025-05-01&to=2025-03-01");
    expect(res.statusCode).toBe(400);
    expect(() => figuresPeriod({ from: "2025-05-01", to: "2025-03-01" })).toThrow();
    expect(figuresPeriod({}, "2026-11-24")).toEqual({ from: "2025-12-01", to: "2026-11-30" });
  });

  it("is for coaches, project managers and administrators: an association contact gets 403", async () => {
    expect((await call(t, ylikyla.contact.session, "GET", "/api/small-jobs/figures")).statusCode).toBe(403);
  });
});

describe("GET /api/small-jobs/figures.csv and .xlsx", () => {
  it("writes CSV for Excel in Finland: BOM, ';' and decimal comma, no persons", async () => {
    const res = await call(t, manager, "GET", `/api/small-jobs/figures.csv?${period}&lang=fi`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers["content-type"]).toContain("text/csv");
    const text = res.rawPayload.toString("utf8");
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text).toContain("2025-03;Ylikylän kyläyhdistys;Ylikylä;3;2;1;5,00;75,00;2");
    expect(text).toContain("Yhteensä;;;5;3;3;9,00;135,00;2");
    for (const s of seekers) expect(text).not.toContain(s.firstName);
    const en = await call(t, manager, "GET", `/api/small-jobs/figures.csv?${period}&lang=en`);
    expect(en.rawPayload.toString("utf8")).toContain("Total,,,5,3,3,9.00,135.00,2");
  });

  it("writes an XLSX that opens, with the numbers as numbers", async () => {
    const res = await call(t, manager, "GET", `/api/small-jobs/figures.xlsx?${period}&lang=sv`);
    expect(res.statusCode, res.body).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const sheet = book.worksheets[0];
    if (!sheet) throw new Error("no sheet");
    const rows: unknown[][] = [];
    sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    expect(sheet.getRow(4).getCell(1).value).toBe("Månad");
    const total = rows.find((r) => r[0] === "Totalt");
    expect(total).toEqual(["Totalt", "", "", 5, 3, 3, 9, 135, 2]);
  });

  it("logs one access-log row per report", async () => {
    const before = await t.db.ownerQuery<{ n: number }>(
      "SELECT count(*)::int AS n FROM access_log WHERE subject_type = 'small-jobs-figures'",
    );
    await call(t, manager, "GET", `/api/small-jobs/figures?${period}`);
    const after = await t.db.ownerQuery<{ n: number }>(
      "SELECT count(*)::int AS n FROM access_log WHERE subject_type = 'small-jobs-figures'",
    );
    expect((after[0]?.n ?? 0) - (before[0]?.n ?? 0)).toBe(1);
  });
});
