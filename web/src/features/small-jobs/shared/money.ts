import { localeFor } from "../../../app/language";
import type { Language } from "../../../app/types";

// Money in the small-jobs pages: the API speaks integer cents; people read and type euros. No floats:
// cents are split into whole euros and the remainder with integer arithmetic, and Intl formats the exact
// decimal string.

function decimalString(cents: number): string {
  const sign = cents < 0 ? "-" : "";
  const abs = Math.abs(Math.trunc(cents));
  const euros = Math.floor(abs / 100);
  const rest = abs % 100;
  return `${sign}${euros}.${String(rest).padStart(2, "0")}`;
}

/** 123450 → "1 234,50 €" (fi, sv) or "€1,234.50" (en). */
export function formatEuros(cents: number, language: Language): string {
  const formatter = new Intl.NumberFormat(localeFor(language), { style: "currency", currency: "EUR" });
  // Intl reads a numeric string as an exact decimal.
  return formatter.format(decimalString(cents) as unknown as number);
}

/** Cents as a person would type them back into a field: 1250 → "12,50" (fi, sv) or "12.50" (en). */
export function centsToInput(cents: number | null | undefined, language: Language): string {
  if (cents === null || cents === undefined) return "";
  const text = decimalString(cents);
  return language === "en" ? text : text.replace(".", ",");
}

/**
 * Typed euros as cents, or null when it is not an amount: "12", "12,5", "12.50", "1 234,50", "12 €".
 * At most two decimals; negative amounts are refused.
 */
export function parseEuros(text: string): number | null {
  const value = text
    .trim()
    .replace(/[\s\u00a0\u202f]/g, "")
    .replace(/€$/, "")
    .replace(/^€/, "");
  const match = /^(\d{1,7})(?:[.,](\d{1,2}))?$/.exec(value);
  if (!match) return null;
  const euros = Number(match[1]);
  const decimals = (match[2] ?? "").padEnd(2, "0");
  return euros * 100 + Number(decimals);
}

/** Per cent of cents, rounded half up, in integers: (10000, 25) → 2500. */
export function percentOfCents(cents: number, percent: number): number {
  return Math.floor((cents * percent + 50) / 100);
}
