import type { Language } from "../../../app/types";

// Names of an instrument's dimensions for charts, tables and the summary. An instrument's texts carry a
// question, an explanation and the anchors, but no short name: the dimensions of the default instrument
// (and any instrument that reuses its keys) get a short name from the translations ("Arki"); any other
// dimension is named by its question.

/** Keys of the default instrument's dimensions, which have short names in the translations. */
export const NAMED_DIMENSION_KEYS = [
  "work_ability",
  "functional_capacity",
  "mind",
  "participation",
  "body",
  "skills",
  "everyday_life",
] as const;
export type NamedDimensionKey = (typeof NAMED_DIMENSION_KEYS)[number];

export const isNamedDimension = (key: string): key is NamedDimensionKey =>
  (NAMED_DIMENSION_KEYS as readonly string[]).includes(key);

/** The languages an instrument is written in (the UI's three and plain Finnish). */
export type TextLanguage = Language | "plain";

/** Who reads: a participant reading Finnish gets the plain-language (selkokieli) wording. */
export type Audience = "participant" | "staff";

export const textLanguageFor = (language: Language, audience: Audience): TextLanguage =>
  audience === "participant" && language === "fi" ? "plain" : language;

export interface DimensionWording {
  question: string;
  explanation: string;
  low: string;
  high: string;
}

/** A dimension as the history gives it: its key and its texts in every instrument language. */
export interface DimensionWithTexts {
  key: string;
  texts: Record<TextLanguage, DimensionWording>;
}

/** The question of a dimension in the reader's text language, falling back to Finnish, then the key. */
export function questionOf(dimension: DimensionWithTexts | undefined, language: TextLanguage): string {
  if (!dimension) return "";
  return dimension.texts[language]?.question || dimension.texts.fi?.question || dimension.key;
}

/** A label short enough for a chart's axis: whole words up to `max` characters, then "…". */
export function shortLabel(text: string, max = 18): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const space = cut.lastIndexOf(" ");
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,.;:?!–-]+$/, "")}…`;
}
