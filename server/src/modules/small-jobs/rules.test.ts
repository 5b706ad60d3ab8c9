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
import type { BenefitRule } from "./api-money";

let t: TestApp;
let region: TestRegion;
let admin: Session;
let coach: Session;
let adminB: Session;

const texts = (label: string) => ({
  names: { fi: `Sääntö ${label}`, sv: `Regel ${label}`, en: `Rule ${label}` },
  legalReferences: { fi: "Laki 1/2030", sv: "Lag 1/2030", en: "Act 1/2030" },
});

beforeAll(async () => {
  t = await createTestApp();
  region = await buildRegion(t);
  admin = await signIn(t, region.admin);
  coach = await signIn(t, await buildUser(t, region, { role: "coach" }));
  adminB = await signIn(t, (await buildRegion(t)).admin);
});
afterAll(async () => t?.close());

const list = async (session: Session, lang = "en") => {
  const res = await call(t, session, "GET", "/api/benefit-rules", undefined, { "accept-language": lang });
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as { data: BenefitRule[]; can: { create: boolean; edit: boolean } };
};

describe("GET /api/benefit-rules", () => {
  it("shows staff the two rules a region starts with, in the reader's language", async () => {
    const { data, can } = await list(coach, "fi");
    expect(can).toEqual({ create: false, edit: false });
    expect(
      data.map((r) => [r.validFrom, r.validTo, r.protectedMonthCents, r.protectedFourWeeksCents]),
    ).toEqual([
      ["2014-01-01", "2024-03-31", 30_000, 27_900],
      ["2024-04-01", null, 0, 0],
    ]);
    expect(data[0]?.name).toBe("Soviteltu työttömyysetuus, suojaosa 300 €");
    expect(data[1]?.legalReference).toContain("HE 73/2023");
    expect(data[1]?.inForce).toBe(true);
    expect(data[0]?.names.sv).toBe("Jämkad arbetslöshetsförmån, skyddat belopp 300 €");
    expect((await list(admin, "sv")).data[0]?.name).toBe("Jämkad arbetslöshetsförmån, skyddat belopp 300 €");
  });
});

describe("POST and PATCH /api/benefit-rules", () => {
  it("refuses a rule that overlaps the open-ended one with 409 and says which", async () => {
    const res = await call(t, admin, "POST", "/api/benefit-rules", {
      validFrom: "2030-01-01",
      protectedMonthCents: 10_000,
      protectedFourWeeksCents: 9_300,
      reductionPercent: 50,
      ...texts("2030"),
    });
    expect(res.statusCode, res.body).toBe(409);
    expect(res.json().detail).toContain("1.4.2024");
    expect(res.json().errors[0].path).toBe("/validFrom");
  });

  it("adds a rule after the old one is ended the day before, and estimates then use it", async () => {
    const current = (await list(admin)).data.find((r) => r.validTo === null);
    if (!current) throw new Error("no open rule");
    const ended = await call(t, admin, "PATCH", `/api/benefit-rules/${current.id}`, {
      validTo: "2029-12-31",
      version: current.version,
    });
    expect(ended.statusCode, ended.body).toBe(200);
    expect(ended.json().data).toMatchObject({ validTo: "2029-12-31", version: current.version + 1 });

    const stale = await call(t, admin, "PATCH", `/api/benefit-rules/${current.id}`, {
      reductionPercent: 40,
      version: current.version,
    });
    expect(stale.statusCode).toBe(409);

    const created = await call(t, admin, "POST", "/api/benefit-rules", {
      validFrom: "2030-01-01",
      validTo: null,
      protectedMonthCents: 10_000,
      protectedFourWeeksCents: 9_300,
      reductionPercent: 45,
      ...texts("2030"),
    });
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json().data).toMatchObject({
      validFrom: "2030-01-01",
      name: "Rule 2030",
      legalReference: "Act 1/2030",
      reductionPercent: 45,
      inForce: false,
    });
    expect((await list(coach)).data).toHaveLength(3);
    // Region B sees none of region A's rules and cannot change them.
    expect((await list(adminB)).data).toHaveLength(2);
    const foreign = await call(t, adminB, "PATCH", `/api/benefit-rules/${created.json().data.id}`, {
      reductionPercent: 10,
      version: 1,
    });
    expect(foreign.statusCode).toBe(404);
  });

  it.each([
    [{ validFrom: "2040-02-01", validTo: "2040-01-01" }, 400, "validTo"],
    [{ validFrom: "2040-01-01", reductionPercent: 101 }, 400, "reductionPercent"],
    [{ validFrom: "2040-01-01", protectedMonthCents: -1 }, 400, "protectedMonthCents"],
    [{ validFrom: "2040-01-01", names: { fi: " ", sv: "x", en: "x" } }, 400, "names"],
  ])("refuses bad input %o with %i", async (override, status, field) => {
    const res = await call(t, admin, "POST", "/api/benefit-rules", {
      validTo: "2040-12-31",
      protectedMonthCents: 0,
      protectedFourWeeksCents: 0,
      reductionPercent: 50,
      ...texts("bad"),
      ...override,
    });
    expect(res.statusCode, res.body).toBe(status);
    expect(JSON.stringify(res.json().errors)).toContain(field);
  });

  it("lets only an administrator write rules", async () => {
    const res = await call(t, coach, "POST", "/api/benefit-rules", {
      validFrom: "2050-01-01",
      validTo: "2050-12-31",
      protectedMonthCents: 0,
      protectedFourWeeksCents: 0,
      reductionPercent: 50,
      ...texts("coach"),
    });
    expect(res.statusCode).toBe(403);
  });
});
