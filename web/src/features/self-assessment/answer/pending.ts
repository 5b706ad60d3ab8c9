import type { InstrumentLanguage } from "../../../../../server/src/modules/self-assessment/schema";

// Choices not yet confirmed by the server: kept on the device (localStorage, per answer) so that a lost
// connection or a closed page loses nothing; sent again when the connection returns or on the next load.

/** A score 0–10, or null for a skipped question. */
export type Score = number | null;
export type Scores = Record<string, Score>;

export interface Pending {
  scores: Scores;
  /** A change of the questions' language not yet saved. */
  language?: InstrumentLanguage;
}

export const EMPTY_PENDING: Pending = { scores: {} };

const LANGUAGES: readonly string[] = ["fi", "sv", "en", "plain"];

/** The storage key of one answer's unsent choices. */
export const pendingKey = (answerId: string) => `polku.selfAssessment.pending.${answerId}`;

export function isScore(value: unknown): value is Score {
  return (
    value === null || (typeof value === "number" && Number.isInteger(value) && value >= 0 && value <= 10)
  );
}

export function isEmptyPending(pending: Pending): boolean {
  return Object.keys(pending.scores).length === 0 && pending.language === undefined;
}

/** A later change on top of earlier unsent ones: per key the later choice wins. */
export function mergePending(earlier: Pending, later: Pending): Pending {
  const language = later.language ?? earlier.language;
  const scores = { ...earlier.scores, ...later.scores };
  return language === undefined ? { scores } : { scores, language };
}

/**
 * What is still unsent after the server confirmed `sent`: a key stays only if it was changed again while
 * the request was under way (its value now differs from what was sent).
 */
export function settlePending(current: Pending, sent: Pending): Pending {
  const scores: Scores = {};
  for (const [key, value] of Object.entries(current.scores)) {
    if (!(key in sent.scores) || sent.scores[key] !== value) scores[key] = value;
  }
  const language =
    current.language !== undefined && current.language !== sent.language ? current.language : undefined;
  return language === undefined ? { scores } : { scores, language };
}

/** The body of the autosave request (PATCH), merged into the draft per key by the server. */
export function patchBody(pending: Pending): { scores: Scores; language?: InstrumentLanguage } {
  return pending.language === undefined
    ? { scores: { ...pending.scores } }
    : { scores: { ...pending.scores }, language: pending.language };
}

/** Reads what a stored value says, dropping anything malformed (another version, a hand edit). */
export function parsePending(raw: string | null): Pending {
  if (!raw) return EMPTY_PENDING;
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return EMPTY_PENDING;
  }
  if (typeof value !== "object" || value === null) return EMPTY_PENDING;
  const record = value as { scores?: unknown; language?: unknown };
  const scores: Scores = {};
  if (typeof record.scores === "object" && record.scores !== null && !Array.isArray(record.scores)) {
    for (const [key, score] of Object.entries(record.scores)) {
      if (/^[a-z][a-z0-9_]{0,39}$/.test(key) && isScore(score)) scores[key] = score;
    }
  }
  const language =
    typeof record.language === "string" && LANGUAGES.includes(record.language)
      ? (record.language as InstrumentLanguage)
      : undefined;
  return language === undefined ? { scores } : { scores, language };
}

/** The part of Web Storage used here (localStorage in the browser, a Map-backed one in tests). */
export type PendingStorage = Pick<Storage, "getItem" | "setItem" | "removeItem">;

export function readPending(storage: PendingStorage | null, answerId: string): Pending {
  if (!storage) return EMPTY_PENDING;
  try {
    return parsePending(storage.getItem(pendingKey(answerId)));
  } catch {
    return EMPTY_PENDING;
  }
}

/** Stores the unsent choices, or removes the entry when nothing is left. */
export function writePending(storage: PendingStorage | null, answerId: string, pending: Pending): void {
  if (!storage) return;
  try {
    if (isEmptyPending(pending)) storage.removeItem(pendingKey(answerId));
    else storage.setItem(pendingKey(answerId), JSON.stringify(pending));
  } catch {
    // Private browsing or a full storage: the choices then live in memory until sent.
  }
}

/** The browser's localStorage when it can be used. */
export function deviceStorage(): PendingStorage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}
