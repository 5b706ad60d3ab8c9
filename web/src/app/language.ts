import { isLanguage } from "./domain";
import type { Language } from "./types";

export const LANGUAGE_STORAGE_KEY = "polku.lang";

/** Picks a supported language from the browser's preference list ("sv-FI" → "sv"). */
export function languageFromBrowser(preferences: readonly string[]): Language | null {
  for (const tag of preferences) {
    const base = tag.toLowerCase().split("-")[0];
    if (isLanguage(base)) return base;
  }
  return null;
}

/**
 * The language to show: what the person chose on this device, else their profile language,
 * else the browser's, else Finnish.
 */
export function chooseLanguage(input: {
  stored: string | null;
  userLanguage?: string | null;
  browser: readonly string[];
}): Language {
  if (isLanguage(input.stored)) return input.stored;
  if (isLanguage(input.userLanguage)) return input.userLanguage;
  return languageFromBrowser(input.browser) ?? "fi";
}

/** Locale used for dates: Finland-Swedish for Swedish, British-style English. */
export function localeFor(language: Language): string {
  switch (language) {
    case "fi":
      return "fi-FI";
    case "sv":
      return "sv-FI";
    case "en":
      return "en-GB";
  }
}

export function readStoredLanguage(): string | null {
  try {
    return globalThis.localStorage?.getItem(LANGUAGE_STORAGE_KEY) ?? null;
  } catch {
    return null;
  }
}

export function storeLanguage(language: Language): void {
  try {
    globalThis.localStorage?.setItem(LANGUAGE_STORAGE_KEY, language);
  } catch {
    // Private browsing may forbid storage; the choice then lasts for this page load only.
  }
}

export function browserLanguages(): readonly string[] {
  if (typeof navigator === "undefined") return [];
  return navigator.languages.length > 0 ? navigator.languages : [navigator.language];
}
