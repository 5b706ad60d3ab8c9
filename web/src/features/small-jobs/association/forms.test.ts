import { describe, expect, it } from "vitest";
import { checkRuleForm, EMPTY_RULE, ruleState } from "./benefitRules";
import {
  checkJobForm,
  EMPTY_JOB,
  estimatedGross,
  formKeyOf,
  parseBasisPoints,
  parseDueDays,
} from "./jobForm";

const filled = {
  ...EMPTY_JOB,
  title: "Laiturin kunnostus",
  category: "renovation" as const,
  village: "Ylikylä",
  startsOn: "1.6.2026",
  endsOn: "7.6.2026",
  hours: "2,5",
  pay: "15",
};

describe("the job form", () => {
  it("builds the body in cents and minutes", () => {
    const { body, errors } = checkJobForm(filled);
    expect(errors).toEqual({});
    expect(body).toMatchObject({
      startsOn: "2026-06-01",
      endsOn: "2026-06-07",
      estimatedMinutes: 150,
      payCents: 1500,
      places: 1,
    });
  });

  it("names the fields that are wrong", () => {
    const { body, errors } = checkJobForm({
      ...filled,
      title: " ",
      endsOn: "31.5.2026",
      hours: "0:10",
      pay: "x",
      places: "0",
    });
    expect(body).toBeNull();
    expect(errors).toEqual({
      title: "required",
      endsOn: "windowEndsBeforeStart",
      hours: "hours",
      pay: "amount",
      places: "places",
    });
  });

  it("maps server fields onto form fields", () => {
    expect(formKeyOf("payCents")).toBe("pay");
    expect(formKeyOf("estimatedMinutes")).toBe("hours");
    expect(formKeyOf("endsOn")).toBe("endsOn");
    expect(formKeyOf("organisationId")).toBeNull();
  });

  it("estimates hourly gross rounding half up, like the server", () => {
    expect(estimatedGross("hourly", 1500, 150)).toBe(3750);
    expect(estimatedGross("hourly", 1001, 1)).toBe(17); // 16.68 → 17
    expect(estimatedGross("lump_sum", 8000, 600)).toBe(8000);
  });

  it("reads withholding per cents and payment terms", () => {
    expect(parseBasisPoints("15")).toBe(1500);
    expect(parseBasisPoints("15,5 %")).toBe(1550);
    expect(parseBasisPoints("101")).toBeNull();
    expect(parseDueDays("14")).toBe(14);
    expect(parseDueDays("6")).toBeNull();
  });
});

describe("the benefit rule form", () => {
  it("refuses blanks and bad amounts by field, and builds cents otherwise", () => {
    const bad = checkRuleForm({ ...EMPTY_RULE, validFrom: "1.4.2024", protectedMonth: "abc" });
    expect(bad.body).toBeNull();
    expect(bad.errors).toMatchObject({
      protectedMonthCents: "amount",
      "names.fi": "required",
      "legalReferences.en": "required",
    });
    const texts = { fi: "a", sv: "b", en: "c" };
    const good = checkRuleForm({
      ...EMPTY_RULE,
      validFrom: "1.4.2024",
      protectedMonth: "300",
      protectedFourWeeks: "279",
      names: texts,
      legalReferences: texts,
    });
    expect(good.body).toMatchObject({
      validFrom: "2024-04-01",
      validTo: null,
      protectedMonthCents: 30000,
      protectedFourWeeksCents: 27900,
      reductionPercent: 50,
    });
  });

  it("tells whether a rule is in force on a day", () => {
    expect(ruleState({ validFrom: "2014-01-01", validTo: "2024-03-31" }, "2026-01-01")).toBe("ended");
    expect(ruleState({ validFrom: "2024-04-01", validTo: null }, "2026-01-01")).toBe("inForce");
    expect(ruleState({ validFrom: "2027-01-01", validTo: null }, "2026-01-01")).toBe("upcoming");
  });
});
