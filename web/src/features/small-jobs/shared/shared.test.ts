import { describe, expect, it } from "vitest";
import { centsToInput, formatEuros, parseEuros, percentOfCents } from "./money";
import { formatMinutes, minutesToInput, parseHours } from "./time";

const nbsp = (s: string) => s.replace(/[\u00a0\u202f]/g, " ");

describe("money in cents", () => {
  it("formats cents as euros in each language without floats", () => {
    expect(nbsp(formatEuros(123450, "fi"))).toBe("1 234,50 €");
    expect(nbsp(formatEuros(5, "sv"))).toBe("0,05 €");
    expect(formatEuros(123450, "en")).toBe("€1,234.50");
    expect(nbsp(formatEuros(-1999, "fi"))).toBe("−19,99 €");
  });

  it("reads typed euros exactly", () => {
    expect(parseEuros("12")).toBe(1200);
    expect(parseEuros("12,5")).toBe(1250);
    expect(parseEuros("0.29")).toBe(29);
    expect(parseEuros("1 234,50 €")).toBe(123450);
    expect(parseEuros("-5")).toBeNull();
    expect(parseEuros("12,345")).toBeNull();
    expect(parseEuros("abc")).toBeNull();
  });

  it("round-trips through the input form", () => {
    for (const cents of [0, 1, 29, 1250, 123456]) {
      expect(parseEuros(centsToInput(cents, "fi"))).toBe(cents);
      expect(parseEuros(centsToInput(cents, "en"))).toBe(cents);
    }
  });

  it("takes a per cent of cents rounding half up", () => {
    expect(percentOfCents(4500, 15)).toBe(675);
    expect(percentOfCents(101, 50)).toBe(51);
  });
});

describe("time in minutes", () => {
  it("formats minutes as hours and minutes", () => {
    expect(formatMinutes(150)).toBe("2 h 30 min");
    expect(formatMinutes(60)).toBe("1 h");
    expect(formatMinutes(45)).toBe("45 min");
  });

  it("reads hours as people type them", () => {
    expect(parseHours("2")).toBe(120);
    expect(parseHours("2,5")).toBe(150);
    expect(parseHours("2.25")).toBe(135);
    expect(parseHours("2:30")).toBe(150);
    expect(parseHours("2 h 30 min")).toBe(150);
    expect(parseHours("45 min")).toBe(45);
    expect(parseHours("")).toBeNull();
    expect(parseHours("2:75")).toBeNull();
    expect(parseHours("kaksi")).toBeNull();
  });

  it("round-trips through the input form", () => {
    for (const minutes of [15, 60, 150, 6000]) expect(parseHours(minutesToInput(minutes))).toBe(minutes);
  });
});
