import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  buildOrganisation,
  buildRegion,
  buildUser,
  call,
  createTestApp,
  type Session,
  signIn,
  type TestApp,
  type TestRegion,
  type TestUser,
} from "../../../test/app";
import { buildParticipant, giveSharingConsent, identityCodeFor } from "../../../test/participants";
import { inRegion } from "../../db/client";
import type { ProgrammePeriod } from "../projects/schema";
import type { EnrolmentFunderStatus } from "./api";
import {
  type FunderEntryData,
  GENDERS,
  HOUSEHOLD_SITUATIONS,
  LABOUR_MARKET_STATUSES,
  YES_NO_DECLINED,
} from "./schema";
import { type FieldDefinition, loadDefinitions, phaseCompleteness, validateEntryData } from "./service";

let t: TestApp;
let region: TestRegion;
let coachUser: TestUser;
let coach: Session;
let partner: Session;
let partnerOrgId: string;
let fields: FieldDefinition[];

const inTx = <T>(fn: Parameters<typeof inRegion<T>>[2]) =>
  inRegion(t.db.database.app, { regionId: region.regionId, userId: null }, fn);

beforeAll(async () => {
  t = await createTestApp();
  region = await buildRegion(t);
  coachUser = await buildUser(t, region, { role: "coach" });
  coach = await signIn(t, coachUser);
  partnerOrgId = (await buildOrganisation(t, region, { kind: "wellbeing_county" })).id;
  partner = await signIn(
    t,
    await buildUser(t, region, { role: "partner_worker", organisationId: partnerOrgId }),
  );
  fields = (await inTx((tx) => loadDefinitions(tx))).fields;
});
afterAll(async () => t?.close());

async function project(period: ProgrammePeriod): Promise<string> {
  const admin = await signIn(t, region.admin);
  const res = await call(t, admin, "POST", "/api/projects", {
    name: `Hanke ${period} ${Math.random().toString(36).slice(2)}`,
    programmePeriod: period,
    organisationId: region.organisationId,
    startsOn: "2020-01-01",
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().data.id;
}

/** An enrolment written directly (the enrolment routes are another module's). */
async function enrol(
  participantId: string,
  projectId: string,
  e: { entryDate: string; entryData?: object; exitDate?: string; exitData?: object; followUpDue?: string },
) {
  await t.db.ownerQuery(
    `INSERT INTO enrolments (region_id, participant_id, project_id, coach_id, entry_date, entry_data, exit_date, outcome, exit_data, follow_up_due)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
    [
      region.regionId,
      participantId,
      projectId,
      coachUser.id,
      e.entryDate,
      JSON.stringify(e.entryData ?? {}),
      e.exitDate ?? null,
      e.exitDate ? "employed_open_market" : null,
      e.exitData ? JSON.stringify(e.exitData) : null,
      e.followUpDue ?? null,
    ],
  );
}

const funder = async (participantId: string, lang = "en") => {
  const res = await call(t, coach, "GET", `/api/participants/${participantId}/funder`, undefined, {
    "accept-language": lang,
  });
  expect(res.statusCode, res.body).toBe(200);
  return res.json().data as EnrolmentFunderStatus[];
};

describe("GET /api/participants/:id/funder", () => {
  it("without an enrolment checks entry against 2021–2027 and says so", async () => {
    const p = await buildParticipant(t, coach, {
      birthDate: "2004-05-01",
      entryData: { gender: "non_binary", labourMarketStatus: "unemployed" },
    });
    const [only, ...rest] = await funder(p.data.id);
    expect(rest).toEqual([]);
    expect(only).toMatchObject({ enrolmentId: null, programmePeriod: "2021-2027", assumedPeriod: true });
    expect(only?.phases).toHaveLength(1);
    expect(only?.phases[0]?.missing).toEqual([
      "unemploymentMonths",
      "educationIsced",
      "thirdCountryNational",
      "foreignBackground",
      "minority",
      "disability",
      "homeless",
      "rural",
    ]);
    expect(only?.phases[0]?.invalid).toEqual([]);
    expect(only?.phases[0]?.indicators.map((i) => i.code)).toEqual(["EECO01", "EECO02", "EECO07"]);
  });

  it("reports per enrolment and phase: invalid values, the identity code, exit and the follow-up", async () => {
    const birthDate = "1963-02-10";
    const p = await buildParticipant(t, coach, { birthDate, identityCode: identityCodeFor(birthDate) });
    const old = await project("2014-2020");
    await enrol(p.data.id, old, {
      entryDate: "2020-03-01",
      entryData: {
        gender: "non_binary",
        labourMarketStatus: "unemployed",
        unemploymentMonths: 14,
        homeless: true,
      },
      exitDate: "2020-09-30",
      exitData: { situation: "employed", jobSearching: false },
      followUpDue: "2021-03-30",
    });
    const current = await project("2021-2027");
    await enrol(p.data.id, current, { entryDate: "2026-01-10", entryData: { gender: "male" } });
    const [first, second] = await funder(p.data.id, "fi");
    expect(first?.programmePeriod).toBe("2014-2020");
    expect(first?.phases.map((ph) => ph.phase)).toEqual(["entry", "exit", "six_months"]);
    const entry = first?.phases[0];
    expect(entry?.invalid).toEqual([{ field: "gender", value: "non_binary" }]);
    expect(entry?.missing).not.toContain("gender");
    expect(entry?.missing).not.toContain("identityCode");
    expect(entry?.missing).not.toContain("unemploymentMonths");
    expect(entry?.indicators).toEqual(
      expect.arrayContaining([
        { code: "CO01", name: "Työttömät, myös pitkäaikaistyöttömät", verified: true },
        { code: "CO02", name: "Pitkäaikaistyöttömät", verified: true },
        expect.objectContaining({ code: "CO07", verified: false }),
        expect.objectContaining({ code: "CO08" }),
        expect.objectContaining({ code: "CO18" }),
      ]),
    );
    expect(first?.phases[1]).toMatchObject({
      phase: "exit",
      missing: ["inEducationOrTraining", "gainedQualification"],
    });
    expect(first?.phases[1]?.indicators.map((i) => i.code)).toEqual(["CR04", "CR05"]);
    expect(first?.phases[2]).toMatchObject({
      phase: "six_months",
      missing: ["employed", "improvedSituation"],
    });
    expect(second).toMatchObject({ programmePeriod: "2021-2027", assumedPeriod: false, exitDate: null });
    expect(second?.phases.map((ph) => ph.phase)).toEqual(["entry"]);
    // The snapshot lacks the status: it is not taken from thin air.
    expect(second?.phases[0]?.missing).toContain("labourMarketStatus");
  });

  it("takes answers the entry snapshot lacks from the participant's current entry data", async () => {
    const p = await buildParticipant(t, coach, { entryData: { educationIsced: 3 } });
    await enrol(p.data.id, await project("2021-2027"), {
      entryDate: "2026-02-01",
      entryData: { gender: "female" },
    });
    const [status] = await funder(p.data.id);
    expect(status?.phases[0]?.missing).not.toContain("educationIsced");
    expect(status?.phases[0]?.missing).not.toContain("gender");
    expect(status?.phases[0]?.indicators.map((i) => i.code)).toContain("EECO10");
  });

  it("is the keeping organisation's only: a partner gets 403 with consent and 404 without", async () => {
    const p = await buildParticipant(t, coach);
    const url = `/api/participants/${p.data.id}/funder`;
    // A coach of another organisation is a partner here: no consent, no person (404); with consent, 403.
    const partnerCoach = await signIn(
      t,
      await buildUser(t, region, { role: "coach", organisationId: partnerOrgId }),
    );
    expect((await call(t, partnerCoach, "GET", url)).statusCode).toBe(404);
    await giveSharingConsent(t, coach, p.data.id, partnerOrgId);
    expect((await call(t, partnerCoach, "GET", url)).statusCode).toBe(403);
    // A partner worker never keeps records: refused by role.
    expect((await call(t, partner, "GET", url)).statusCode).toBe(403);
    const otherCoach = await signIn(t, await buildUser(t, await buildRegion(t), { role: "coach" }));
    expect((await call(t, otherCoach, "GET", url)).statusCode).toBe(404);
    const logged = await t.db.ownerQuery("SELECT 1 FROM access_log WHERE subject_id = $1 AND purpose = $2", [
      p.data.id,
      "funder reporting",
    ]);
    expect(logged).toHaveLength(0);
    await call(t, coach, "GET", url);
    expect(
      await t.db.ownerQuery("SELECT 1 FROM access_log WHERE subject_id = $1 AND purpose = $2", [
        p.data.id,
        "funder reporting",
      ]),
    ).toHaveLength(1);
  });
});

describe("GET /api/funder/periods", () => {
  it("gives both periods' fields and indicators, UNVERIFIED codes marked", async () => {
    const res = await call(t, coach, "GET", "/api/funder/periods", undefined, { "accept-language": "sv" });
    expect(res.statusCode).toBe(200);
    const [p2014, p2021] = res.json().data;
    expect(p2014.programmePeriod).toBe("2014-2020");
    expect(p2014.phases[0].fields[1]).toEqual({
      field: "gender",
      allowedValues: ["female", "male"],
      required: true,
      requiredWhen: null,
    });
    expect(p2021.phases[0].indicators[0]).toEqual({
      code: "EECO01",
      name: "Deltagare totalt",
      verified: true,
      byGender: true,
    });
    expect(p2021.phases[0].indicators[1].verified).toBe(false);
  });
});

describe("validateEntryData", () => {
  it("refuses a value the period does not accept, naming the field", async () => {
    await expect(
      inTx((tx) => validateEntryData(tx, "2021-2027", { gender: "non_binary" })),
    ).resolves.toBeUndefined();
    const refused = await inTx((tx) => validateEntryData(tx, "2014-2020", { gender: "non_binary" })).catch(
      (e: unknown) => e,
    );
    expect(refused).toMatchObject({
      status: 400,
      key: "funder.valueNotAccepted.gender",
      errors: [expect.objectContaining({ path: "/entryData/gender" })],
    });
  });
});

describe("completeness properties (over the definitions in the database)", () => {
  const anyEntry = fc.record(
    {
      gender: fc.constantFrom(...GENDERS),
      labourMarketStatus: fc.constantFrom(...LABOUR_MARKET_STATUSES),
      unemploymentMonths: fc.integer({ min: 0, max: 600 }),
      educationIsced: fc.integer({ min: 0, max: 8 }),
      foreignBackground: fc.constantFrom(...YES_NO_DECLINED),
      thirdCountryNational: fc.constantFrom(...YES_NO_DECLINED),
      minority: fc.constantFrom(...YES_NO_DECLINED),
      disability: fc.constantFrom(...YES_NO_DECLINED),
      household: fc.constantFrom(...HOUSEHOLD_SITUATIONS),
      homeless: fc.boolean(),
      rural: fc.boolean(),
      otherDisadvantage: fc.constantFrom(...YES_NO_DECLINED),
    },
    { requiredKeys: [] },
  );
  const periods = fc.constantFrom<ProgrammePeriod>("2014-2020", "2021-2027");
  const fieldsOf = (period: string, phase = "entry") =>
    fields.filter((f) => f.programmePeriod === period && f.phase === phase);

  it("never reports a field both missing and invalid", () => {
    fc.assert(
      fc.property(periods, anyEntry, fc.boolean(), (period, entry, code) => {
        const { missing, invalid } = phaseCompleteness(fieldsOf(period), {
          ...entry,
          identityCode: code ? true : undefined,
        });
        expect(missing.filter((m) => invalid.some((i) => i.field === m))).toEqual([]);
      }),
    );
  });

  it("finds nothing missing when every field is answered", () => {
    fc.assert(
      fc.property(periods, anyEntry, (period, partial) => {
        const full: FunderEntryData = {
          gender: "female",
          labourMarketStatus: "unemployed",
          unemploymentMonths: 3,
          educationIsced: 3,
          foreignBackground: "no",
          thirdCountryNational: "no",
          minority: "declined",
          disability: "no",
          household: "other",
          homeless: false,
          rural: true,
          otherDisadvantage: "no",
          ...partial,
        };
        expect(phaseCompleteness(fieldsOf(period), { ...full, identityCode: true }).missing).toEqual([]);
      }),
    );
  });
});
