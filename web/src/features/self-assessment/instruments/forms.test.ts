import { describe, expect, it } from "vitest";
import {
  checkInstrument,
  checkInstrumentInfo,
  type DraftDimension,
  draftBody,
  draftOf,
  emptyDimension,
  emptyInstrument,
  isDirty,
  keyErrors,
  missingTexts,
  moveDimension,
  publishBlocker,
  removeDimension,
  setKey,
  setText,
  TEXT_LANGUAGES,
  WORDING_FIELDS,
} from "./forms";

const wording = (q: string) => ({ question: q, explanation: `${q} – selitys`, low: "0", high: "10" });
const full = (uid: string, key: string): DraftDimension => ({
  uid,
  key,
  texts: {
    fi: wording(`${key} fi`),
    sv: wording(`${key} sv`),
    en: wording(`${key} en`),
    plain: wording(`${key} pl`),
  },
});

describe("the draft editor", () => {
  it("reads a version's dimensions in position order", () => {
    const version = {
      dimensions: [
        { id: "d2", key: "mind", position: 2, texts: full("x", "mind").texts },
        { id: "d1", key: "body", position: 1, texts: full("x", "body").texts },
      ],
    };
    expect(draftOf(version).map((d) => [d.uid, d.key])).toEqual([
      ["d1", "body"],
      ["d2", "mind"],
    ]);
  });

  it("moves, removes and edits dimensions without touching the others", () => {
    const list = [full("a", "one"), full("b", "two"), full("c", "three")];
    expect(moveDimension(list, 2, -1).map((d) => d.uid)).toEqual(["a", "c", "b"]);
    expect(moveDimension(list, 0, 1).map((d) => d.uid)).toEqual(["b", "a", "c"]);
    expect(moveDimension(list, 0, -1).map((d) => d.uid)).toEqual(["a", "b", "c"]);
    expect(moveDimension(list, 2, 1).map((d) => d.uid)).toEqual(["a", "b", "c"]);
    expect(removeDimension(list, 1).map((d) => d.uid)).toEqual(["a", "c"]);
    const edited = setText(list, 1, "sv", "low", "Inte alls");
    expect(edited[1]?.texts.sv.low).toBe("Inte alls");
    expect(edited[1]?.texts.fi.low).toBe("0");
    expect(list[1]?.texts.sv.low).toBe("0");
    expect(setKey(list, 0, "uusi")[0]?.key).toBe("uusi");
  });

  it("saves the draft whole in the editor's order, trimmed, and knows when it differs from the saved one", () => {
    const list = [
      full("a", "one"),
      { ...full("b", " two "), texts: { ...full("b", "two").texts, fi: wording(" Kysymys ") } },
    ];
    const body = draftBody(list, 7);
    expect(body.version).toBe(7);
    expect(body.dimensions.map((d) => d.key)).toEqual(["one", "two"]);
    expect(body.dimensions[1]?.texts.fi.question).toBe("Kysymys");
    expect(isDirty(list, list)).toBe(false);
    expect(isDirty(moveDimension(list, 1, -1), list)).toBe(true);
    expect(isDirty(setText(list, 0, "plain", "high", "Hyvin"), list)).toBe(true);
  });

  it("finds empty, malformed and repeated keys", () => {
    const list = [
      full("a", "mind"),
      full("b", ""),
      full("c", "Mind"),
      full("d", "mind"),
      full("e", "body_2"),
    ];
    expect([...keyErrors(list)]).toEqual([
      [1, "keyRequired"],
      [2, "keyFormat"],
      [3, "keyDuplicate"],
    ]);
  });

  it("lists the missing texts and says why a draft cannot be published", () => {
    expect(publishBlocker([])).toBe("noDimensions");
    const fresh = emptyDimension("n1");
    expect(missingTexts([fresh])).toHaveLength(TEXT_LANGUAGES.length * WORDING_FIELDS.length);
    expect(publishBlocker([setKey([fresh], 0, "Bad")[0] ?? fresh])).toBe("keys");
    expect(publishBlocker([setKey([fresh], 0, "sleep")[0] ?? fresh])).toBe("texts");
    const almost = setText([full("a", "sleep")], 0, "plain", "explanation", "  ");
    expect(missingTexts(almost)).toEqual([{ index: 0, language: "plain", field: "explanation" }]);
    expect(publishBlocker([full("a", "sleep")])).toBeNull();
  });
});

describe("the instrument forms", () => {
  const all = (text: string) => ({
    fi: `${text} fi`,
    sv: `${text} sv`,
    en: `${text} en`,
    plain: `${text} pl`,
  });

  it("needs a well-formed key and a name and description in every language to create an instrument", () => {
    const empty = checkInstrument(emptyInstrument());
    expect(empty.body).toBeNull();
    expect(empty.errors).toMatchObject({
      key: "keyRequired",
      "name.fi": "nameRequired",
      "description.plain": "descriptionRequired",
    });
    expect(Object.keys(empty.errors)).toHaveLength(9);
    const values = { key: "Nuoret", name: all("Nuorten työkyky"), description: all("Kuvaus") };
    expect(checkInstrument(values).errors).toEqual({ key: "keyFormat" });
    values.key = "nuoret-tyokyky";
    values.name.fi = " Nuorten työkyky ";
    expect(checkInstrument(values).body).toEqual({
      key: "nuoret-tyokyky",
      name: { ...all("Nuorten työkyky"), fi: "Nuorten työkyky" },
      description: all("Kuvaus"),
    });
  });

  it("sends the name, description, archived and version when changing an instrument", () => {
    const values = { name: all("Mittari"), description: all("Kuvaus") };
    expect(checkInstrumentInfo(values, true, 3).body).toEqual({ ...values, archived: true, version: 3 });
    expect(checkInstrumentInfo({ ...values, name: { ...values.name, sv: " " } }, false, 3).errors).toEqual({
      "name.sv": "nameRequired",
    });
  });
});
