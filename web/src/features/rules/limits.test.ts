import { describe, expect, it } from "vitest";
import type { StatutoryLimit } from "../../../../server/src/modules/rules/api";
import {
  checkLimitForm,
  EMPTY_LIMIT,
  groupByMeasure,
  limitState,
  limitValues,
  referenceIn,
  serverKeyOf,
} from "./limits";

const RULES = { fi: "Työkokeilun säännöt", sv: "Regler för arbetsprövning", en: "Work trial rules" };

const row = (over: Partial<StatutoryLimit>): StatutoryLimit => ({
  id: "x",
  stepKind: "work_trial",
  rule: "max_days_per_week",
  value: 5,
  validFrom: "2013-01-01",
  validTo: null,
  legalReference: RULES,
  inForce: true,
  version: 1,
  ...over,
});

describe("limitState", () => {
  it.each([
    ["2026-01-01", null, "inForce"],
    ["2026-11-24", "2026-11-24", "inForce"],
    ["2026-11-25", null, "upcoming"],
    ["2013-01-01", "2026-11-23", "ended"],
  ] as const)("%s–%s is %s on 24.11.2026", (validFrom, validTo, state) => {
    expect(limitState({ validFrom, validTo }, "2026-11-24")).toBe(state);
  });
});

describe("groupByMeasure", () => {
  it("groups in the order of the step kinds and sorts rows by rule and date", () => {
    const groups = groupByMeasure([
      row({ id: "a", rule: "max_days_per_week", validFrom: "2027-01-01" }),
      row({ id: "b", stepKind: "rehabilitative_work", rule: "min_months" }),
      row({ id: "c", rule: "max_days_per_week" }),
      row({ id: "d", rule: "max_hours_per_day" }),
      row({ id: "e", rule: "min_days_per_week" }),
    ]);
    expect(groups.map((g) => [g.stepKind, g.rows.map((r) => r.id)])).toEqual([
      ["rehabilitative_work", ["b"]],
      ["work_trial", ["e", "c", "a", "d"]],
    ]);
  });
});

describe("checkLimitForm", () => {
  it("round-trips a row", () => {
    expect(checkLimitForm(limitValues(row({ value: 4.5 }))).body).toEqual({
      stepKind: "work_trial",
      rule: "max_days_per_week",
      value: 4.5,
      validFrom: "2013-01-01",
      validTo: null,
      legalReference: RULES,
    });
  });

  it("trims the reference in each language and requires all three", () => {
    const values = {
      ...limitValues(row({})),
      legalReferenceFi: "  Laki 189/2001 ",
      legalReferenceSv: "",
      legalReferenceEn: " ",
    };
    expect(checkLimitForm(values).errors).toEqual({
      legalReferenceSv: "required",
      legalReferenceEn: "required",
    });
    expect(
      checkLimitForm({ ...values, legalReferenceSv: "Lag 189/2001", legalReferenceEn: "Act 189/2001" }).body
        ?.legalReference,
    ).toEqual({ fi: "Laki 189/2001", sv: "Lag 189/2001", en: "Act 189/2001" });
    expect(checkLimitForm(EMPTY_LIMIT).errors).toMatchObject({
      legalReferenceFi: "required",
      legalReferenceSv: "required",
      legalReferenceEn: "required",
    });
  });

  it("finds the server's error of a reference field and shows the reference in the UI language", () => {
    expect(serverKeyOf("legalReferenceSv")).toBe("legalReference.sv");
    expect(serverKeyOf("validFrom")).toBe("validFrom");
    expect(referenceIn(RULES, "sv")).toBe("Regler för arbetsprövning");
    expect(referenceIn(RULES, "fi")).toBe("Työkokeilun säännöt");
  });

  it("sends no value for the provider rule and names errors", () => {
    expect(
      checkLimitForm({ ...limitValues(row({})), rule: "no_company_provider", value: "" }).body?.value,
    ).toBeNull();
    expect(
      checkLimitForm({
        stepKind: null,
        rule: "max_months",
        value: "0",
        validFrom: "x",
        validTo: "",
        legalReferenceFi: " ",
        legalReferenceSv: "Lag",
        legalReferenceEn: "Act",
      }).errors,
    ).toEqual({
      stepKind: "required",
      value: "invalidNumber",
      validFrom: "invalidDate",
      legalReferenceFi: "required",
    });
    expect(checkLimitForm({ ...limitValues(row({})), validTo: "1.1.2000" }).errors).toEqual({
      validTo: "toBeforeFrom",
    });
  });
});
