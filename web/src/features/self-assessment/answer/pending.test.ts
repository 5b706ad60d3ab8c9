import { describe, expect, it } from "vitest";
import {
  EMPTY_PENDING,
  isEmptyPending,
  mergePending,
  type Pending,
  type PendingStorage,
  parsePending,
  patchBody,
  pendingKey,
  readPending,
  settlePending,
  writePending,
} from "./pending";

/** A working in-memory Web Storage (the part this module uses). */
function memoryStorage(): PendingStorage & { map: Map<string, string> } {
  const map = new Map<string, string>();
  return {
    map,
    getItem: (key) => map.get(key) ?? null,
    setItem: (key, value) => void map.set(key, value),
    removeItem: (key) => void map.delete(key),
  };
}

describe("mergePending", () => {
  it("lets the later choice win per key and keeps the others", () => {
    const earlier: Pending = { scores: { mind: 3, body: 5 }, language: "fi" };
    const later: Pending = { scores: { mind: 7, skills: null } };
    expect(mergePending(earlier, later)).toEqual({
      scores: { mind: 7, body: 5, skills: null },
      language: "fi",
    });
  });

  it("takes a later language", () => {
    expect(mergePending({ scores: {}, language: "fi" }, { scores: {}, language: "plain" })).toEqual({
      scores: {},
      language: "plain",
    });
  });

  it("replaces a score with a skip (null) and a skip with a score", () => {
    expect(mergePending({ scores: { mind: 4 } }, { scores: { mind: null } }).scores).toEqual({ mind: null });
    expect(mergePending({ scores: { mind: null } }, { scores: { mind: 0 } }).scores).toEqual({ mind: 0 });
  });
});

describe("settlePending", () => {
  it("clears what the server confirmed", () => {
    const sent: Pending = { scores: { mind: 3, body: null }, language: "sv" };
    expect(settlePending(sent, sent)).toEqual(EMPTY_PENDING);
    expect(isEmptyPending(settlePending(sent, sent))).toBe(true);
  });

  it("keeps a key changed again while the request was under way, and keys added meanwhile", () => {
    const sent: Pending = { scores: { mind: 3, body: 5 } };
    const current: Pending = { scores: { mind: 4, body: 5, skills: 8 } };
    expect(settlePending(current, sent)).toEqual({ scores: { mind: 4, skills: 8 } });
  });

  it("keeps a language chosen after the request left", () => {
    expect(settlePending({ scores: {}, language: "en" }, { scores: {}, language: "sv" })).toEqual({
      scores: {},
      language: "en",
    });
    expect(settlePending({ scores: {}, language: "en" }, { scores: {} })).toEqual({
      scores: {},
      language: "en",
    });
  });

  it("tells a skip apart from a score of the same key", () => {
    expect(settlePending({ scores: { mind: null } }, { scores: { mind: 0 } })).toEqual({
      scores: { mind: null },
    });
  });
});

describe("parsePending", () => {
  it("reads what writePending stores", () => {
    expect(parsePending('{"scores":{"mind":0,"body":10,"skills":null},"language":"plain"}')).toEqual({
      scores: { mind: 0, body: 10, skills: null },
      language: "plain",
    });
  });

  it.each([[null], [""], ["not json"], ["[]"], ["42"], ['{"scores":[1,2]}']])(
    "gives nothing for %j",
    (raw) => {
      expect(parsePending(raw)).toEqual(EMPTY_PENDING);
    },
  );

  it("drops scores out of range, fractions, bad keys and unknown languages", () => {
    expect(
      parsePending(
        '{"scores":{"mind":11,"body":-1,"skills":2.5,"Bad Key":3,"everyday_life":"4","ok":6},"language":"de"}',
      ),
    ).toEqual({ scores: { ok: 6 } });
  });
});

describe("readPending and writePending", () => {
  it("keep each answer's choices under its own key and remove the entry when empty", () => {
    const storage = memoryStorage();
    writePending(storage, "a1", { scores: { mind: 5 } });
    writePending(storage, "a2", { scores: { body: null }, language: "en" });
    expect(storage.map.get(pendingKey("a1"))).toBe('{"scores":{"mind":5}}');
    expect(readPending(storage, "a1")).toEqual({ scores: { mind: 5 } });
    expect(readPending(storage, "a2")).toEqual({ scores: { body: null }, language: "en" });
    writePending(storage, "a1", EMPTY_PENDING);
    expect(storage.map.has(pendingKey("a1"))).toBe(false);
    expect(readPending(storage, "a1")).toEqual(EMPTY_PENDING);
  });

  it("survive a storage that refuses to work", () => {
    const broken: PendingStorage = {
      getItem: () => {
        throw new Error("denied");
      },
      setItem: () => {
        throw new Error("quota");
      },
      removeItem: () => {
        throw new Error("denied");
      },
    };
    expect(() => writePending(broken, "a1", { scores: { mind: 1 } })).not.toThrow();
    expect(readPending(broken, "a1")).toEqual(EMPTY_PENDING);
    expect(readPending(null, "a1")).toEqual(EMPTY_PENDING);
  });
});

describe("patchBody", () => {
  it("sends the scores, and the language only when it changed", () => {
    expect(patchBody({ scores: { mind: 2 } })).toEqual({ scores: { mind: 2 } });
    expect(patchBody({ scores: {}, language: "sv" })).toEqual({ scores: {}, language: "sv" });
  });
});
