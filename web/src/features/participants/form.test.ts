import { describe, expect, it } from "vitest";
import type { Participant } from "../../../../server/src/modules/participants/api";
import {
  allLanguages,
  changesNothing,
  createBodyOf,
  duplicateQueryOf,
  emptyEntry,
  emptyParticipant,
  entryDataOf,
  entryValuesOf,
  type ParticipantValues,
  participantValuesOf,
  updateBodyOf,
  validateParticipant,
} from "./form";

const TODAY = "2026-03-01";

const values = (over: Partial<ParticipantValues> = {}): ParticipantValues => ({
  ...emptyParticipant,
  firstName: "Aino",
  lastName: "Virtanen",
  birthDate: "13.10.1952",
  ...over,
});

const participant = (over: Partial<Participant> = {}): Participant => ({
  id: "7c1f5a2e-0000-4000-8000-000000000001",
  firstName: "Aino",
  lastName: "Virtanen",
  birthDate: "1952-10-13",
  identityCode: "131052-308T",
  hasIdentityCode: true,
  phone: "040 123 4567",
  email: null,
  address: null,
  postalCode: "82900",
  municipality: "Kuusijärvi",
  village: "Ylikylä",
  languages: ["fi", "so", "de"],
  preferredLanguage: "fi",
  entryData: {
    gender: "female",
    labourMarketStatus: "unemployed",
    unemploymentMonths: 14,
    educationIsced: 3,
  },
  organisationId: "7c1f5a2e-0000-4000-8000-000000000002",
  organisationName: "Kuusijärven kaupunki",
  hasAccount: false,
  version: 4,
  createdAt: "2026-01-01T10:00:00Z",
  ...over,
});

describe("validateParticipant", () => {
  it("accepts the least a registration needs", () => {
    expect(validateParticipant(values(), TODAY)).toEqual({});
  });

  it("asks for the name and birth date", () => {
    expect(validateParticipant(values({ firstName: " ", lastName: "", birthDate: "" }), TODAY)).toEqual({
      firstName: "required",
      lastName: "required",
      birthDate: "required",
    });
  });

  it("refuses impossible and future birth dates", () => {
    expect(validateParticipant(values({ birthDate: "30.2.1990" }), TODAY).birthDate).toBe("dateInvalid");
    expect(validateParticipant(values({ birthDate: "2.3.2026" }), TODAY).birthDate).toBe("birthDateFuture");
  });

  it("names what is wrong with an identity code", () => {
    const errorFor = (identityCode: string) =>
      validateParticipant(values({ identityCode }), TODAY).identityCode;
    expect(errorFor("131052-308T")).toBeUndefined();
    expect(errorFor("131052-308U")).toBe("identityCodeChecksum");
    expect(errorFor("310252-308T")).toBe("identityCodeDate");
    expect(errorFor("1310523")).toBe("identityCodeShape");
  });

  it("refuses a birth date that disagrees with a valid identity code", () => {
    const errors = validateParticipant(
      values({ identityCode: "131052-308T", birthDate: "14.10.1952" }),
      TODAY,
    );
    expect(errors.birthDate).toBe("identityCodeBirthDate");
    expect(errors.identityCode).toBeUndefined();
  });

  it("checks contact details the way the server does", () => {
    const errors = validateParticipant(
      values({ phone: "040-123 abc", email: "aino@", postalCode: "8290", otherLanguages: "german" }),
      TODAY,
    );
    expect(errors).toEqual({
      phone: "phone",
      email: "email",
      postalCode: "postalCode",
      languages: "languageCode",
    });
  });

  it("checks unemployment months only when the person is unemployed", () => {
    const entry = { ...emptyEntry, unemploymentMonths: "many" };
    expect(
      validateParticipant(values({ entry: { ...entry, labourMarketStatus: "unemployed" } }), TODAY)[
        "entryData.unemploymentMonths"
      ],
    ).toBe("unemploymentMonths");
    expect(
      validateParticipant(values({ entry: { ...entry, labourMarketStatus: "employed" } }), TODAY),
    ).toEqual({});
  });
});

describe("allLanguages", () => {
  it("joins the chosen and typed languages without repeats, lower-cased", () => {
    expect(allLanguages({ languages: ["fi", "so"], otherLanguages: "DE, so; tr  es" })).toEqual([
      "fi",
      "so",
      "de",
      "tr",
      "es",
    ]);
  });
});

describe("entryDataOf", () => {
  it("leaves unanswered questions out and turns answers into the funder's types", () => {
    expect(
      entryDataOf({
        ...emptyEntry,
        gender: "non_binary",
        labourMarketStatus: "unemployed",
        unemploymentMonths: " 14 ",
        educationIsced: "0",
        disability: "declined",
        homeless: "no",
        rural: "yes",
      }),
    ).toEqual({
      gender: "non_binary",
      labourMarketStatus: "unemployed",
      unemploymentMonths: 14,
      educationIsced: 0,
      disability: "declined",
      homeless: false,
      rural: true,
    });
  });

  it("drops unemployment months when the person is not unemployed", () => {
    expect(entryDataOf({ ...emptyEntry, labourMarketStatus: "employed", unemploymentMonths: "14" })).toEqual({
      labourMarketStatus: "employed",
    });
  });

  it("round-trips through the form", () => {
    const data = {
      gender: "male" as const,
      labourMarketStatus: "unemployed" as const,
      unemploymentMonths: 0,
      educationIsced: 8,
      foreignBackground: "yes" as const,
      thirdCountryNational: "no" as const,
      minority: "declined" as const,
      disability: "no" as const,
      household: "single_adult_with_children" as const,
      homeless: true,
      rural: false,
      otherDisadvantage: "yes" as const,
    };
    expect(entryDataOf(entryValuesOf(data))).toEqual(data);
    expect(entryDataOf(entryValuesOf(null))).toEqual({});
  });
});

describe("createBodyOf", () => {
  it("sends trimmed values, the ISO birth date and the normalised identity code, and leaves blanks out", () => {
    expect(
      createBodyOf(
        values({
          firstName: " Aino ",
          identityCode: " 131052-308t ",
          phone: "040 123 4567",
          email: " ",
          languages: ["fi"],
          otherLanguages: "so",
          preferredLanguage: "sv",
          entry: { ...emptyEntry, gender: "female" },
        }),
      ),
    ).toEqual({
      firstName: "Aino",
      lastName: "Virtanen",
      birthDate: "1952-10-13",
      identityCode: "131052-308T",
      phone: "040 123 4567",
      languages: ["fi", "so"],
      preferredLanguage: "sv",
      entryData: { gender: "female" },
    });
  });

  it("refuses to map a form that was not validated", () => {
    expect(() => createBodyOf(values({ birthDate: "soon" }))).toThrow();
  });
});

describe("duplicateQueryOf", () => {
  it("asks by name, birth date and the identity code when there is one", () => {
    expect(duplicateQueryOf(values({ identityCode: "131052-308t" }))).toEqual({
      firstName: "Aino",
      lastName: "Virtanen",
      birthDate: "1952-10-13",
      identityCode: "131052-308T",
    });
    expect(duplicateQueryOf(values())).not.toHaveProperty("identityCode");
  });
});

describe("participantValuesOf", () => {
  it("never puts the identity code back into a field and splits common and other languages", () => {
    const form = participantValuesOf(participant());
    expect(form.identityCode).toBe("");
    expect(form.birthDate).toBe("13.10.1952");
    expect(form.languages).toEqual(["fi", "so"]);
    expect(form.otherLanguages).toBe("de");
    expect(form.email).toBe("");
    expect(form.entry.unemploymentMonths).toBe("14");
  });
});

describe("updateBodyOf", () => {
  const initial = participantValuesOf(participant());

  it("sends only what changed, with the version", () => {
    const body = updateBodyOf(initial, { ...initial, phone: "050 765 4321", village: " " }, 4);
    expect(body).toEqual({ version: 4, phone: "050 765 4321", village: null });
  });

  it("sends nothing but the version when nothing changed", () => {
    const body = updateBodyOf(initial, { ...initial, otherLanguages: " DE " }, 4);
    expect(changesNothing(body)).toBe(true);
  });

  it("sends a new identity code only when one was typed, and null when removal was asked", () => {
    expect(updateBodyOf(initial, { ...initial, identityCode: "131052-308t" }, 4).identityCode).toBe(
      "131052-308T",
    );
    expect(updateBodyOf(initial, initial, 4, true)).toEqual({ version: 4, identityCode: null });
  });

  it("sends the whole entry data when an answer changed", () => {
    const body = updateBodyOf(initial, { ...initial, entry: { ...initial.entry, rural: "yes" } }, 5);
    expect(body).toEqual({
      version: 5,
      entryData: {
        gender: "female",
        labourMarketStatus: "unemployed",
        unemploymentMonths: 14,
        educationIsced: 3,
        rural: true,
      },
    });
  });

  it("sends the birth date and languages when they changed", () => {
    const body = updateBodyOf(initial, { ...initial, birthDate: "14.10.1952", languages: ["fi"] }, 4);
    expect(body).toEqual({ version: 4, birthDate: "1952-10-14", languages: ["fi", "de"] });
  });
});
