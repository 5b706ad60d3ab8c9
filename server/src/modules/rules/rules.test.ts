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
import { buildParticipant } from "../../../test/participants";
import type { StatutoryLimit } from "./api";

let t: TestApp;
let region: TestRegion;
let admin: Session;
let coach: Session;
let otherAdmin: Session;

beforeAll(async () => {
  t = await createTestApp();
  region = await buildRegion(t);
  admin = await signIn(t, region.admin);
  coach = await signIn(t, await buildUser(t, region, { role: "coach" }));
  otherAdmin = await signIn(t, (await buildRegion(t)).admin);
});
afterAll(async () => t?.close());

const list = async (session: Session) => {
  const res = await call(t, session, "GET", "/api/statutory-limits");
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as { data: StatutoryLimit[]; can: { create: boolean; edit: boolean } };
};
/** A reference in all three languages, as the API takes and gives it. */
const ref = (en: string) => ({ fi: `${en} (fi)`, sv: `${en} (sv)`, en });
const find = (rows: StatutoryLimit[], kind: string, rule: string) =>
  rows.filter((r) => r.stepKind === kind && r.rule === rule);

describe("GET /api/statutory-limits", () => {
  it("lists the region's defaults of domain.md; coaches read them but may not edit", async () => {
    const asAdmin = await list(admin);
    expect(asAdmin.data).toHaveLength(13);
    expect(asAdmin.can).toEqual({ create: true, edit: true });
    expect(find(asAdmin.data, "rehabilitative_work", "max_days_per_week")).toEqual([
      expect.objectContaining({
        value: 4,
        validFrom: "2001-09-01",
        validTo: null,
        inForce: true,
        legalReference: {
          fi: "Laki kuntouttavasta työtoiminnasta 189/2001",
          sv: "Lag om arbetsverksamhet i rehabiliteringssyfte 189/2001",
          en: "Act 189/2001 on rehabilitative work activity",
        },
      }),
    ]);
    expect(find(asAdmin.data, "work_trial", "max_months_same_host")[0]?.legalReference).toEqual({
      fi: "Työkokeilun säännöt (työvoimapalvelut)",
      sv: "Regler för arbetsprövning (arbetskraftsservice)",
      en: "Work trial rules (employment services)",
    });
    expect(find(asAdmin.data, "wage_subsidy", "same_provider_gap_months")[0]?.legalReference).toEqual({
      fi: "Palkkatuen säännöt 1.7.2023 alkaen",
      sv: "Regler för lönesubvention från 1.7.2023",
      en: "Wage subsidy rules from 1.7.2023",
    });
    expect(find(asAdmin.data, "rehabilitative_work", "no_company_provider")[0]?.value).toBeNull();
    const asCoach = await list(coach);
    expect(asCoach.data).toHaveLength(13);
    expect(asCoach.can).toEqual({ create: false, edit: false });
  });
});

describe("changing the law", () => {
  it("replaces a limit from a date: old steps keep the old limit, new ones get the new", async () => {
    const [old] = find((await list(admin)).data, "work_trial", "max_days_per_week");
    if (!old) throw new Error("default missing");
    const res = await call(t, admin, "POST", "/api/statutory-limits", {
      stepKind: "work_trial",
      rule: "max_days_per_week",
      value: 3,
      validFrom: "2027-01-01",
      legalReference: {
        fi: "  Työkokeilun muutetut säännöt 2027 ",
        sv: "Ändrade regler för arbetsprövning 2027",
        en: "Amended work trial rules 2027",
      },
      supersedes: { id: old.id, version: old.version },
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().data).toMatchObject({
      value: 3,
      validFrom: "2027-01-01",
      validTo: null,
      inForce: false,
      legalReference: {
        fi: "Työkokeilun muutetut säännöt 2027",
        sv: "Ändrade regler för arbetsprövning 2027",
        en: "Amended work trial rules 2027",
      },
    });
    const rows = find((await list(admin)).data, "work_trial", "max_days_per_week");
    expect(rows.map((r) => [r.validFrom, r.validTo, r.value])).toEqual([
      ["2013-01-01", "2026-12-31", 5],
      ["2027-01-01", null, 3],
    ]);

    const p = await buildParticipant(t, coach);
    const check = (startsOn: string, lang = "en") =>
      call(
        t,
        coach,
        "POST",
        `/api/participants/${p.data.id}/steps/check`,
        { kind: "work_trial", providerName: "Kauppa", startsOn, daysPerWeek: 4 },
        { "accept-language": lang },
      );
    expect((await check("2026-12-31")).json().data).toEqual([]);
    const after = (await check("2027-01-01")).json().data;
    expect(after).toEqual([
      expect.objectContaining({
        rule: "max_days_per_week",
        value: 3,
        legalReference: "Amended work trial rules 2027",
      }),
    ]);
    // The warning names the law in the reader's language.
    const [inSwedish] = (await check("2027-01-01", "sv")).json().data;
    expect(inSwedish.legalReference).toBe("Ändrade regler för arbetsprövning 2027");
    expect(inSwedish.message).toContain("(Ändrade regler för arbetsprövning 2027)");
    const [inFinnish] = (await check("2027-01-01", "fi")).json().data;
    expect(inFinnish.legalReference).toBe("Työkokeilun muutetut säännöt 2027");
    expect(inFinnish.message).toContain("(Työkokeilun muutetut säännöt 2027)");

    // The other region's limits are its own.
    expect(find((await list(otherAdmin)).data, "work_trial", "max_days_per_week")).toHaveLength(1);
  });

  it("refuses a validity that overlaps another row of the same measure and rule", async () => {
    const res = await call(t, admin, "POST", "/api/statutory-limits", {
      stepKind: "rehabilitative_work",
      rule: "max_months",
      value: 18,
      validFrom: "2030-01-01",
      legalReference: ref("Test"),
    });
    expect(res.statusCode).toBe(409);
    expect(res.json().detail).toContain("already valid 1.9.2001–");
    const otherRule = await call(t, admin, "POST", "/api/statutory-limits", {
      stepKind: "education",
      rule: "max_months",
      value: 18,
      validFrom: "2030-01-01",
      validTo: "2030-12-31",
      legalReference: ref("Test"),
    });
    expect(otherRule.statusCode).toBe(201);
    const adjoining = await call(t, admin, "POST", "/api/statutory-limits", {
      stepKind: "education",
      rule: "max_months",
      value: 12,
      validFrom: "2031-01-01",
      legalReference: ref("Test"),
    });
    expect(adjoining.statusCode).toBe(201);
    const moved = await call(t, admin, "PATCH", `/api/statutory-limits/${otherRule.json().data.id}`, {
      validTo: "2031-01-01",
      version: otherRule.json().data.version,
    });
    expect(moved.statusCode).toBe(409);
  });

  it("checks the value against the rule and the dates against each other", async () => {
    const post = (body: Record<string, unknown>) =>
      call(t, admin, "POST", "/api/statutory-limits", {
        stepKind: "group",
        validFrom: "2026-01-01",
        legalReference: ref("Test"),
        ...body,
      });
    const withValue = await post({ rule: "no_company_provider", value: 2 });
    expect(withValue.statusCode).toBe(400);
    expect(withValue.json().errors[0].path).toBe("/value");
    const without = await post({ rule: "max_days_per_week" });
    expect(without.statusCode).toBe(400);
    expect(without.json().errors[0].path).toBe("/value");
    const backwards = await post({ rule: "max_days_per_week", value: 3, validTo: "2025-12-31" });
    expect(backwards.statusCode).toBe(400);
    expect(backwards.json().errors[0].path).toBe("/validTo");
    const zero = await post({ rule: "max_days_per_week", value: 0 });
    expect(zero.statusCode).toBe(400);
  });

  it("takes the reference in all three languages, none blank", async () => {
    const post = (legalReference: unknown) =>
      call(t, admin, "POST", "/api/statutory-limits", {
        stepKind: "group",
        rule: "max_hours_per_day",
        value: 6,
        validFrom: "2026-01-01",
        legalReference,
      });
    const blankSwedish = await post({ fi: "Laki", sv: "   ", en: "Act" });
    expect(blankSwedish.statusCode).toBe(400);
    expect(blankSwedish.json().errors).toEqual([
      {
        path: "/legalReference/sv",
        message: "Write the law or reference in every language (Finnish, Swedish, English).",
      },
    ]);
    expect((await post({ fi: "Laki", en: "Act" })).statusCode).toBe(400);
    expect((await post("Act only in English")).statusCode).toBe(400);
    expect((await post({ fi: "Laki", sv: "Lag", en: "x".repeat(301) })).statusCode).toBe(400);
    const rows = find((await list(admin)).data, "group", "max_hours_per_day");
    expect(rows).toEqual([]);
  });

  it("refuses a stale edit and a coach's edit", async () => {
    const [row] = find((await list(admin)).data, "rehabilitative_work", "min_hours_per_day");
    if (!row) throw new Error("default missing");
    const url = `/api/statutory-limits/${row.id}`;
    const first = await call(t, admin, "PATCH", url, {
      legalReference: {
        fi: "Laki kuntouttavasta työtoiminnasta 189/2001, 4 §",
        sv: "Lag om arbetsverksamhet i rehabiliteringssyfte 189/2001, 4 §",
        en: "Act 189/2001, section 4",
      },
      version: row.version,
    });
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json().data.legalReference).toEqual({
      fi: "Laki kuntouttavasta työtoiminnasta 189/2001, 4 §",
      sv: "Lag om arbetsverksamhet i rehabiliteringssyfte 189/2001, 4 §",
      en: "Act 189/2001, section 4",
    });
    const stale = await call(t, admin, "PATCH", url, { value: 3, version: row.version });
    expect(stale.statusCode).toBe(409);
    expect((await call(t, coach, "PATCH", url, { value: 3, version: row.version + 1 })).statusCode).toBe(403);
    expect(
      (
        await call(t, coach, "POST", "/api/statutory-limits", {
          stepKind: "group",
          rule: "max_days_per_week",
          value: 3,
          validFrom: "2026-01-01",
          legalReference: ref("x"),
        })
      ).statusCode,
    ).toBe(403);
    expect((await call(t, otherAdmin, "PATCH", url, { value: 3, version: row.version + 1 })).statusCode).toBe(
      404,
    );
  });
});
