import { describe, expect, it } from "vitest";
import { checkJobFields, checkJobTerms, estimateOf, fieldErrorsOf, type JobFieldValues } from "./jobFields";

const filled: JobFieldValues = {
  title: "Haravointi",
  description: "",
  category: "yard",
  village: "Ylikylä",
  address: "",
  startsOn: "1.6.2026",
  endsOn: "7.6.2026",
  hours: "2,5",
  payType: "hourly",
  pay: "15",
  places: "2",
  requirements: [],
  safetyNotes: "",
  employer: "association",
};

describe("the job's shared fields", () => {
  it("parses a filled job: window, minutes, cents and places", () => {
    expect(checkJobFields(filled)).toEqual({
      errors: {},
      parsed: {
        category: "yard",
        startsOn: "2026-06-01",
        endsOn: "2026-06-07",
        minutes: 150,
        payCents: 1500,
        places: 2,
      },
    });
  });

  it("names each wrong field and parses nothing", () => {
    const { errors, parsed } = checkJobFields({
      ...filled,
      title: " ",
      category: null,
      endsOn: "31.5.2026",
      hours: "0,1",
      pay: "0",
      places: "51",
    });
    expect(parsed).toBeNull();
    expect(errors).toEqual({
      title: "required",
      category: "required",
      endsOn: "windowEndsBeforeStart",
      hours: "hours",
      pay: "amount",
      places: "places",
    });
  });

  it("checks the terms alone (posting a need) and a start not before a given day", () => {
    const terms = {
      startsOn: "1.6.2026",
      endsOn: "",
      hours: "",
      payType: "lump_sum" as const,
      pay: "40",
      places: "1",
    };
    expect(checkJobTerms(terms).errors).toEqual({ endsOn: "required", hours: "required" });
    expect(
      checkJobTerms({ ...terms, endsOn: "2.6.2026", hours: "1" }, { notBefore: "2026-06-02" }).errors,
    ).toEqual({
      startsOn: "startsInPast",
    });
    expect(checkJobTerms({ ...terms, endsOn: "2.6.2026", hours: "1" }).parsed?.payCents).toBe(4000);
  });

  it("estimates one worker's gross once hours and pay read", () => {
    expect(estimateOf(filled)).toBe(3750);
    expect(estimateOf({ ...filled, payType: "lump_sum" })).toBe(1500);
    expect(estimateOf({ ...filled, hours: "" })).toBeNull();
  });

  it("shows local errors once sent, else the server's at the mapped field", () => {
    const word = (e: string) => `[${e}]`;
    const map = (key: string) => (key === "payCents" ? "pay" : key === "title" ? "title" : null);
    const server = { payCents: "Too much", title: "Taken", other: "x" };
    const unsent = fieldErrorsOf<"pay" | "title">({ title: "required" }, false, server, map, word);
    expect([unsent("title"), unsent("pay")]).toEqual(["Taken", "Too much"]);
    const sent = fieldErrorsOf<"pay" | "title">({ title: "required" }, true, server, map, word);
    expect([sent("title"), sent("pay")]).toEqual(["[required]", "Too much"]);
  });
});
