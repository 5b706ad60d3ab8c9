import { describe, expect, it } from "vitest";
import type { Consent } from "../../../../server/src/modules/participants/api";
import {
  type ConsentValues,
  consentBodyOf,
  consentsByPurpose,
  validateConsent,
  validateWithdrawal,
  withdrawBodyOf,
} from "./consentForm";

const TODAY = "2026-03-01";
const ORG = "7c1f5a2e-0000-4000-8000-000000000009";

const form = (over: Partial<ConsentValues> = {}): ConsentValues => ({
  purpose: "pathway",
  organisationId: null,
  scopes: [],
  givenOn: "1.3.2026",
  method: "signed_paper",
  ...over,
});

const consent = (over: Partial<Consent>): Consent => ({
  id: "7c1f5a2e-0000-4000-8000-000000000001",
  purpose: "pathway",
  organisationId: null,
  organisationName: null,
  scopes: [],
  givenOn: "2026-01-10",
  method: "in_person",
  recordedByName: "Sanna Korhonen",
  withdrawnOn: null,
  withdrawnByName: null,
  inForce: true,
  version: 1,
  ...over,
});

describe("validateConsent", () => {
  it("asks for purpose, date and method, and an organisation for sharing", () => {
    expect(validateConsent(form({ purpose: null, method: null, givenOn: "" }), TODAY)).toEqual({
      purpose: "required",
      method: "required",
      givenOn: "required",
    });
    expect(validateConsent(form({ purpose: "sharing" }), TODAY)).toEqual({ organisationId: "required" });
  });

  it("refuses a future or impossible date", () => {
    expect(validateConsent(form({ givenOn: "2.3.2026" }), TODAY).givenOn).toBe("dateFuture");
    expect(validateConsent(form({ givenOn: "30.2.2026" }), TODAY).givenOn).toBe("dateInvalid");
  });
});

describe("consentBodyOf", () => {
  it("sends organisation and scopes with a sharing consent, basic always first", () => {
    expect(
      consentBodyOf(
        form({ purpose: "sharing", organisationId: ORG, scopes: ["notes", "plan"], method: "electronic" }),
      ),
    ).toEqual({
      purpose: "sharing",
      organisationId: ORG,
      scopes: ["basic", "notes", "plan"],
      givenOn: "2026-03-01",
      method: "electronic",
    });
  });

  it("leaves organisation and scopes out of other purposes even if chosen before switching", () => {
    expect(consentBodyOf(form({ purpose: "contact", organisationId: ORG, scopes: ["plan"] }))).toEqual({
      purpose: "contact",
      givenOn: "2026-03-01",
      method: "signed_paper",
    });
  });
});

describe("withdrawal", () => {
  const given = consent({ givenOn: "2026-01-10", version: 3 });

  it("refuses dates in the future or before the consent", () => {
    expect(validateWithdrawal({ withdrawnOn: "2.3.2026", note: "" }, given, TODAY)).toBe("dateFuture");
    expect(validateWithdrawal({ withdrawnOn: "9.1.2026", note: "" }, given, TODAY)).toBe("beforeGiven");
    expect(validateWithdrawal({ withdrawnOn: "10.1.2026", note: "" }, given, TODAY)).toBeNull();
    expect(validateWithdrawal({ withdrawnOn: "", note: "" }, given, TODAY)).toBe("required");
  });

  it("sends the date, the version and a note only when written", () => {
    expect(withdrawBodyOf({ withdrawnOn: "1.3.2026", note: "  " }, given)).toEqual({
      withdrawnOn: "2026-03-01",
      version: 3,
    });
    expect(withdrawBodyOf({ withdrawnOn: "1.3.2026", note: " By phone " }, given).note).toBe("By phone");
  });
});

describe("consentsByPurpose", () => {
  it("groups in the page's order of purposes, newest first, with empty groups kept", () => {
    const groups = consentsByPurpose([
      consent({ id: "a", purpose: "sharing", givenOn: "2026-01-01" }),
      consent({ id: "b", purpose: "pathway" }),
      consent({ id: "c", purpose: "sharing", givenOn: "2026-02-01" }),
    ]);
    expect(groups.map((g) => [g.purpose, g.consents.map((c) => c.id)])).toEqual([
      ["pathway", ["b"]],
      ["sharing", ["c", "a"]],
      ["funder_reporting", []],
      ["contact", []],
    ]);
  });
});
