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
import { asRegion } from "../../../test/enrolments";
import {
  buildAssociation,
  buildSeeker,
  type TestAssociation,
  type TestSeeker,
} from "../../../test/small-jobs";
import { buildWorkedJob, paid } from "../../../test/small-jobs-money";
import type { EarningsResponse, SeekerProfileInput } from "./api-money";
import { estimateJobsFor } from "./earnings";

let t: TestApp;
let region: TestRegion;
let association: TestAssociation;
let seeker: TestSeeker;
let otherCoach: Session;
/** A job of 15.4.2024 the seeker was picked for, not yet paid (4 h × 15 €/h expected = 60 €). */
let unpaidJobId: string;
let profileVersion = 0;

async function setProfile(overrides: Partial<SeekerProfileInput>) {
  const res = await call(t, seeker.coach, "PUT", `/api/participants/${seeker.participantId}/seeker-profile`, {
    active: true,
    has: [],
    categories: [],
    weekdays: [],
    village: "Ylikylä",
    municipality: null,
    receivesBenefit: true,
    adjustmentPeriod: "month",
    periodAnchor: null,
    monthlyCeilingCents: null,
    version: profileVersion,
    ...overrides,
  });
  expect(res.statusCode, res.body).toBe(200);
  profileVersion = res.json().data.version;
}

beforeAll(async () => {
  t = await createTestApp();
  region = await buildRegion(t);
  association = await buildAssociation(t, region);
  seeker = await buildSeeker(t, region);
  const otherOrg = await call(t, await signIn(t, region.admin), "POST", "/api/organisations", {
    name: "Muu järjestö",
    kind: "association",
  });
  otherCoach = await signIn(
    t,
    await buildUser(t, region, { role: "coach", organisationId: otherOrg.json().data.id }),
  );
  const work = (paidOn: string, gross: number) =>
    buildWorkedJob(t, region, {
      organisationId: association.organisationId,
      participantId: seeker.participantId,
      job: { status: "paid", startsOn: paidOn, endsOn: paidOn },
      worker: paid(paidOn, 60, gross, { withholdingBasisPoints: 1000 }),
    });
  // March 2024 (old rule, 300 € protected): 250 € + 100 €. April 2024 (new rule): 250 €.
  await work("2024-03-20", 25_000);
  await work("2024-03-28", 10_000);
  await work("2024-04-10", 25_000);
  // Cancelled work never counts.
  await buildWorkedJob(t, region, {
    organisationId: association.organisationId,
    participantId: seeker.participantId,
    job: { status: "cancelled", cancelReason: "sade", startsOn: "2024-04-12", endsOn: "2024-04-12" },
  });
  unpaidJobId = (
    await buildWorkedJob(t, region, {
      organisationId: association.organisationId,
      participantId: seeker.participantId,
      job: { status: "filled", startsOn: "2024-04-15", endsOn: "2024-04-15" },
    })
  ).jobId;
});
afterAll(async () => t?.close());

const earnings = async (session: Session, url: string) => {
  const res = await call(t, session, "GET", url);
  expect(res.statusCode, res.body).toBe(200);
  return (res.json() as EarningsResponse).data;
};

describe("GET /api/me/earnings", () => {
  it("counts pay in the month paid, each month under the rule in force when it began (1.4.2024 change)", async () => {
    const data = await earnings(seeker.session, "/api/me/earnings?from=2024-03-01&to=2024-04-30");
    expect(data.adjustmentPeriod).toBe("month");
    const [april, march] = data.periods;
    expect(data.periods).toHaveLength(2);
    expect(march).toMatchObject({
      start: "2024-03-01",
      end: "2024-03-31",
      earnedCents: 35_000,
      expectedCents: 0,
      reductionCents: 2_500,
      rule: { protectedCents: 30_000, reductionPercent: 50 },
      ceiling: null,
    });
    expect(march?.jobs.map((j) => [j.payDay, j.grossCents, j.withholdingCents, j.netCents])).toEqual([
      ["2024-03-20", 25_000, 2_500, 22_500],
      ["2024-03-28", 10_000, 1_000, 9_000],
    ]);
    expect(april).toMatchObject({
      start: "2024-04-01",
      earnedCents: 25_000,
      expectedCents: 6_000,
      reductionCents: 12_500,
      reductionWithExpectedCents: 15_500,
      rule: { protectedCents: 0, reductionPercent: 50 },
    });
    expect(april?.rule?.legalReference).toContain("HE 73/2023");
    expect(april?.jobs.find((j) => !j.paid)).toMatchObject({ jobId: unpaidJobId, payDay: "2024-04-15" });
  });

  it("counts 4-week periods from the anchor: the one that began 25.3.2024 runs into April under the old rule (279 €)", async () => {
    await setProfile({
      adjustmentPeriod: "four_weeks",
      periodAnchor: "2024-03-25",
      monthlyCeilingCents: 30_000,
    });
    const data = await earnings(seeker.session, "/api/me/earnings?from=2024-03-01&to=2024-04-30");
    expect(
      data.periods.map((p) => [p.start, p.end, p.earnedCents, p.reductionCents, p.rule?.protectedCents]),
    ).toEqual([
      ["2024-04-22", "2024-05-19", 0, 0, 0],
      ["2024-03-25", "2024-04-21", 35_000, 3_550, 27_900],
      ["2024-02-26", "2024-03-24", 25_000, 0, 27_900],
    ]);
    // The ceiling is per calendar month: March 350 € is over 300 €, April 250 € + 60 € expected is near it.
    expect(data.periods[1]?.ceiling).toEqual({
      monthlyCeilingCents: 30_000,
      months: [
        { month: "2024-03", earnedCents: 35_000, exceeds: true, near: true },
        { month: "2024-04", earnedCents: 31_000, exceeds: true, near: true },
      ],
    });
  });

  it("refuses a reversed or too long range", async () => {
    expect(
      (await call(t, seeker.session, "GET", "/api/me/earnings?from=2024-04-01&to=2024-03-01")).statusCode,
    ).toBe(400);
    expect(
      (await call(t, seeker.session, "GET", "/api/me/earnings?from=2020-01-01&to=2024-03-01")).statusCode,
    ).toBe(400);
  });
});

describe("estimateJobsFor", () => {
  it("estimates each job in the period of its last day, counting other paid and expected work, in one call", async () => {
    await setProfile({ adjustmentPeriod: "month", periodAnchor: null, monthlyCeilingCents: 40_000 });
    const estimates = await asRegion(t, region, (tx) =>
      estimateJobsFor(tx, seeker.participantId, "en", [
        { id: "march", endsOn: "2024-03-30", grossCents: 8_000 },
        { id: "april", endsOn: "2024-04-30", grossCents: 8_000 },
        { id: unpaidJobId, endsOn: "2024-04-15", grossCents: 6_000 },
        { id: "may", endsOn: "2024-05-02", grossCents: 8_000 },
      ]),
    );
    // March: 350 € earned, old rule: (430 − 300) / 2 − (350 − 300) / 2 = 40 €.
    expect(estimates.get("march")).toMatchObject({
      period: { start: "2024-03-01", end: "2024-03-31", kind: "month" },
      earnedBeforeCents: 35_000,
      reductionBeforeCents: 2_500,
      reductionAfterCents: 6_500,
      benefitEffectCents: 4_000,
      receivesBenefit: true,
      rule: { protectedCents: 30_000 },
      ceiling: { monthlyCeilingCents: 40_000, monthEarnedCents: 35_000, afterCents: 43_000, exceeds: true },
    });
    // April: 250 € paid + 60 € expected, new rule: 80 € job → 40 €; 390 € of 400 € is near the ceiling.
    expect(estimates.get("april")).toMatchObject({
      earnedBeforeCents: 31_000,
      benefitEffectCents: 4_000,
      ceiling: { afterCents: 39_000, exceeds: false, near: true },
    });
    // The job the seeker already has does not count against itself.
    expect(estimates.get(unpaidJobId)).toMatchObject({
      earnedBeforeCents: 25_000,
      benefitEffectCents: 3_000,
    });
    expect(estimates.get("may")).toMatchObject({ earnedBeforeCents: 0, benefitEffectCents: 4_000 });
  });

  it("estimates no effect for a seeker who receives no benefit", async () => {
    await setProfile({ receivesBenefit: false });
    const estimates = await asRegion(t, region, (tx) =>
      estimateJobsFor(tx, seeker.participantId, "fi", [{ id: "x", endsOn: "2024-03-30", grossCents: 8_000 }]),
    );
    expect(estimates.get("x")).toMatchObject({ receivesBenefit: false, benefitEffectCents: 0 });
    expect(estimates.get("x")?.rule?.name).toBe("Soviteltu työttömyysetuus, suojaosa 300 €");
    await setProfile({ receivesBenefit: true });
  });
});

describe("GET /api/participants/:id/earnings", () => {
  it("shows the coach the earnings and logs the read; a coach without a relation gets 404", async () => {
    const url = `/api/participants/${seeker.participantId}/earnings?from=2024-03-01&to=2024-03-31`;
    const data = await earnings(seeker.coach, url);
    expect(data.periods[0]?.earnedCents).toBe(35_000);
    const rows = await t.db.ownerQuery<{ purpose: string; route: string }>(
      "SELECT purpose, route FROM access_log WHERE subject_id = $1 AND purpose = 'earnings'",
      [seeker.participantId],
    );
    expect(rows).toEqual([{ purpose: "earnings", route: "GET /api/participants/:id/earnings" }]);
    expect((await call(t, otherCoach, "GET", url)).statusCode).toBe(404);
  });
});
