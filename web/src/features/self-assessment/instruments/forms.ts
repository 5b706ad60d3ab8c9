import type {
  DimensionTexts,
  DraftSave,
  InstrumentCreate,
  InstrumentUpdate,
  InstrumentVersion,
} from "../../../../../server/src/modules/self-assessment/api";

// The instrument pages' forms as the browser holds them and their mapping to the API bodies: the draft
// editor (dimensions added, removed, reordered, their texts in four languages) and the new-instrument
// form. Pure, so they are tested without a browser.

export const TEXT_LANGUAGES = ["fi", "sv", "en", "plain"] as const;
export type TextLanguage = (typeof TEXT_LANGUAGES)[number];
export const WORDING_FIELDS = ["question", "explanation", "low", "high"] as const;
export type WordingField = (typeof WORDING_FIELDS)[number];

/** Same rules as the server's (api.ts DIMENSION_KEY, INSTRUMENT_KEY). */
export const DIMENSION_KEY = /^[a-z][a-z0-9_]{0,39}$/;
export const INSTRUMENT_KEY = /^[a-z][a-z0-9_-]{1,59}$/;

/** A dimension being edited; `uid` keeps React's identity while keys and order change. */
export interface DraftDimension {
  uid: string;
  key: string;
  texts: DimensionTexts;
}

const emptyWording = () => ({ question: "", explanation: "", low: "", high: "" });
export const emptyTexts = (): DimensionTexts => ({
  fi: emptyWording(),
  sv: emptyWording(),
  en: emptyWording(),
  plain: emptyWording(),
});

export const emptyDimension = (uid: string): DraftDimension => ({ uid, key: "", texts: emptyTexts() });

/** The draft version's dimensions as the editor's state, in order. */
export const draftOf = (version: Pick<InstrumentVersion, "dimensions">): DraftDimension[] =>
  [...version.dimensions]
    .sort((a, b) => a.position - b.position)
    .map((d) => ({ uid: d.id, key: d.key, texts: structuredClone(d.texts) }));

/** Moves the dimension at `index` up (-1) or down (+1); out of range leaves the list as it is. */
export function moveDimension<T>(list: readonly T[], index: number, delta: -1 | 1): T[] {
  const target = index + delta;
  if (index < 0 || index >= list.length || target < 0 || target >= list.length) return [...list];
  const next = [...list];
  const [item] = next.splice(index, 1);
  if (item !== undefined) next.splice(target, 0, item);
  return next;
}

export const removeDimension = <T>(list: readonly T[], index: number): T[] =>
  list.filter((_, i) => i !== index);

export function setText(
  list: readonly DraftDimension[],
  index: number,
  language: TextLanguage,
  field: WordingField,
  value: string,
): DraftDimension[] {
  return list.map((d, i) =>
    i === index ? { ...d, texts: { ...d.texts, [language]: { ...d.texts[language], [field]: value } } } : d,
  );
}

export const setKey = (list: readonly DraftDimension[], index: number, key: string): DraftDimension[] =>
  list.map((d, i) => (i === index ? { ...d, key } : d));

/** The PUT body: the draft whole, in the editor's order, texts trimmed. */
export function draftBody(list: readonly DraftDimension[], version: number): DraftSave {
  return {
    version,
    dimensions: list.map((d) => ({
      key: d.key.trim(),
      texts: Object.fromEntries(
        TEXT_LANGUAGES.map((lang) => [
          lang,
          Object.fromEntries(WORDING_FIELDS.map((f) => [f, d.texts[lang][f].trim()])),
        ]),
      ) as DimensionTexts,
    })),
  };
}

/** Whether the editor holds something other than the saved draft. */
export const isDirty = (list: readonly DraftDimension[], saved: readonly DraftDimension[]) =>
  JSON.stringify(draftBody(list, 1)) !== JSON.stringify(draftBody(saved, 1));

export type KeyError = "keyRequired" | "keyFormat" | "keyDuplicate";

/** Key problems by the dimension's index: a draft with any of these cannot be saved. */
export function keyErrors(list: readonly DraftDimension[]): Map<number, KeyError> {
  const errors = new Map<number, KeyError>();
  const seen = new Map<string, number>();
  list.forEach((d, i) => {
    const key = d.key.trim();
    if (key === "") errors.set(i, "keyRequired");
    else if (!DIMENSION_KEY.test(key)) errors.set(i, "keyFormat");
    else if (seen.has(key)) errors.set(i, "keyDuplicate");
    else seen.set(key, i);
  });
  return errors;
}

/** Texts still empty, which publishing needs: every field in every language. */
export function missingTexts(
  list: readonly DraftDimension[],
): { index: number; language: TextLanguage; field: WordingField }[] {
  return list.flatMap((d, index) =>
    TEXT_LANGUAGES.flatMap((language) =>
      WORDING_FIELDS.filter((field) => d.texts[language][field].trim() === "").map((field) => ({
        index,
        language,
        field,
      })),
    ),
  );
}

/** Why a draft cannot be published yet (null: it can). */
export function publishBlocker(list: readonly DraftDimension[]): "noDimensions" | "keys" | "texts" | null {
  if (list.length === 0) return "noDimensions";
  if (keyErrors(list).size > 0) return "keys";
  if (missingTexts(list).length > 0) return "texts";
  return null;
}

// --- New instrument ---

export interface InstrumentValues {
  key: string;
  name: Record<TextLanguage, string>;
  description: Record<TextLanguage, string>;
}

const inAll = (): Record<TextLanguage, string> => ({ fi: "", sv: "", en: "", plain: "" });
export const emptyInstrument = (): InstrumentValues => ({ key: "", name: inAll(), description: inAll() });

export type InstrumentError = "keyRequired" | "keyFormat" | "nameRequired" | "descriptionRequired";

type Texts = Pick<InstrumentValues, "name" | "description">;

/** Every name and description is needed in all four languages (the server refuses the instrument otherwise). */
function textErrors(values: Texts): Partial<Record<string, InstrumentError>> {
  const errors: Partial<Record<string, InstrumentError>> = {};
  for (const language of TEXT_LANGUAGES) {
    if (values.name[language].trim() === "") errors[`name.${language}`] = "nameRequired";
    if (values.description[language].trim() === "") errors[`description.${language}`] = "descriptionRequired";
  }
  return errors;
}

const trimmed = (r: Record<TextLanguage, string>) =>
  Object.fromEntries(TEXT_LANGUAGES.map((l) => [l, r[l].trim()])) as Record<TextLanguage, string>;

/** Checks the new-instrument form: a well-formed key, and the name and description in every language. */
export function checkInstrument(values: InstrumentValues): {
  errors: Partial<Record<string, InstrumentError>>;
  body: InstrumentCreate | null;
} {
  const errors = textErrors(values);
  const key = values.key.trim();
  if (key === "") errors.key = "keyRequired";
  else if (!INSTRUMENT_KEY.test(key)) errors.key = "keyFormat";
  if (Object.keys(errors).length > 0) return { errors, body: null };
  return { errors, body: { key, name: trimmed(values.name), description: trimmed(values.description) } };
}

/** Checks the name-and-description form of an existing instrument; `body` is the PATCH body. */
export function checkInstrumentInfo(
  values: Texts,
  archived: boolean,
  version: number,
): { errors: Partial<Record<string, InstrumentError>>; body: InstrumentUpdate | null } {
  const errors = textErrors(values);
  if (Object.keys(errors).length > 0) return { errors, body: null };
  return {
    errors,
    body: { name: trimmed(values.name), description: trimmed(values.description), archived, version },
  };
}
