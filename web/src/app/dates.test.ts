import { describe, expect, it } from "vitest";
import { inputDateToIso, isoToInputDate, todayIso } from "./dates";

describe("inputDateToIso", () => {
  it("reads Finnish dates with or without leading zeros", () => {
    expect(inputDateToIso("13.10.1952")).toBe("1952-10-13");
    expect(inputDateToIso("5.3.2025")).toBe("2025-03-05");
    expect(inputDateToIso(" 05.03.2025 ")).toBe("2025-03-05");
  });

  it("accepts ISO dates as well", () => {
    expect(inputDateToIso("2003-02-01")).toBe("2003-02-01");
  });

  it("refuses days that do not exist and other shapes", () => {
    expect(inputDateToIso("31.2.2020")).toBeNull();
    expect(inputDateToIso("29.2.2023")).toBeNull();
    expect(inputDateToIso("29.2.2024")).toBe("2024-02-29");
    expect(inputDateToIso("13.10.52")).toBeNull();
    expect(inputDateToIso("")).toBeNull();
    expect(inputDateToIso("1952/10/13")).toBeNull();
  });
});

describe("isoToInputDate", () => {
  it("writes the date as the date input shows it", () => {
    expect(isoToInputDate("1952-10-13")).toBe("13.10.1952");
    expect(isoToInputDate("2025-03-05")).toBe("5.3.2025");
    expect(isoToInputDate(null)).toBe("");
  });

  it("round-trips with inputDateToIso", () => {
    expect(inputDateToIso(isoToInputDate("1999-12-31"))).toBe("1999-12-31");
  });
});

describe("todayIso", () => {
  it("gives the Finnish calendar day, not the UTC one", () => {
    // 22:30 UTC on 31 December is already New Year's Day in Helsinki (UTC+2).
    expect(todayIso(new Date("2025-12-31T22:30:00Z"))).toBe("2026-01-01");
    expect(todayIso(new Date("2025-06-15T10:00:00Z"))).toBe("2025-06-15");
  });
});
