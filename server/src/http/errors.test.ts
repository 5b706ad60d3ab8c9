import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildRegion, call, createTestApp, signIn, type TestApp, type TestRegion } from "../../test/app";
import { LANGUAGES } from "../modules/access/roles";
import { languageFromHeader, messages, translate } from "./messages";

let t: TestApp;
let region: TestRegion;

beforeAll(async () => {
  t = await createTestApp();
  region = await buildRegion(t);
});
afterAll(() => t.close());

describe("an unknown route", () => {
  it.each(LANGUAGES)("answers 404 problem+json in %s", async (lang) => {
    const res = await t.app.inject({
      method: "GET",
      url: "/api/no-such-thing?x=1",
      headers: { "accept-language": lang },
    });
    expect(res.statusCode).toBe(404);
    expect(res.headers["content-type"]).toContain("application/problem+json");
    expect(res.headers["content-language"]).toBe(lang);
    expect(res.json()).toEqual({
      type: "about:blank",
      title: "Not Found",
      status: 404,
      detail: messages[lang]["problem.notFound"],
      instance: "/api/no-such-thing",
    });
  });

  it("answers 404, not 401 or 500, for unknown routes of every method and for signed-in callers", async () => {
    const s = await signIn(t, region.admin);
    for (const method of ["GET", "POST", "PUT", "PATCH", "DELETE"] as const) {
      expect((await call(t, null, method, "/api/nope")).statusCode, method).toBe(404);
      expect((await call(t, s, method, "/api/nope", method === "GET" ? undefined : {})).statusCode).toBe(404);
    }
    expect((await call(t, null, "GET", "/no-page")).statusCode).toBe(404);
  });
});

describe("problem responses", () => {
  it("carry type, title, status and detail, and never internals", async () => {
    const s = await signIn(t, region.admin);
    const cases = [
      await call(t, null, "GET", "/api/organisations"),
      await call(t, s, "GET", `/api/organisations/${crypto.randomUUID()}`),
      await call(t, s, "POST", "/api/organisations", { name: "" }),
      await call(t, s, "GET", "/api/organisations/not-a-uuid"),
    ];
    expect(cases.map((r) => r.statusCode)).toEqual([401, 404, 400, 400]);
    for (const res of cases) {
      expect(res.headers["content-type"]).toContain("application/problem+json");
      const body = res.json();
      expect(body).toMatchObject({
        type: expect.any(String),
        title: expect.any(String),
        status: res.statusCode,
        detail: expect.any(String),
      });
      expect(body.detail.length).toBeGreaterThan(0);
      expect(res.body).not.toMatch(/stack|at \/|node_modules|SELECT|drizzle/i);
    }
  });

  it("list each invalid field with a message in the caller's language", async () => {
    const s = await signIn(t, region.admin);
    const res = await call(
      t,
      s,
      "POST",
      "/api/organisations",
      { kind: "castle" },
      { "accept-language": "sv" },
    );
    expect(res.statusCode).toBe(400);
    expect(res.json().detail).toBe(messages.sv["problem.validation"]);
    const errors = res.json().errors as { path: string; message: string }[];
    expect(errors.map((e) => e.path).sort()).toEqual(["kind", "name"]);
    expect(errors.find((e) => e.path === "name")?.message).toBe(
      translate("sv", "validation.required", { field: "name" }),
    );
  });
});

describe("the server message catalogue", () => {
  const keysOf = (lang: keyof typeof messages) => Object.keys(messages[lang]).sort();
  const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

  it("has the same keys in fi, sv and en", () => {
    expect(keysOf("sv")).toEqual(keysOf("fi"));
    expect(keysOf("en")).toEqual(keysOf("fi"));
    expect(keysOf("fi").length).toBeGreaterThan(20);
  });

  it("has no empty messages and the same placeholders in every language", () => {
    for (const key of keysOf("fi") as (keyof (typeof messages)["fi"])[]) {
      for (const lang of LANGUAGES) {
        expect(messages[lang][key].trim(), `${lang} ${key}`).not.toBe("");
        expect(placeholders(messages[lang][key]), `${lang} ${key}`).toEqual(placeholders(messages.fi[key]));
      }
    }
  });

  it("fills placeholders and leaves unknown ones visible", () => {
    expect(translate("en", "auth.locked", { minutes: 7 })).toContain("locked for 7 minutes");
    expect(translate("en", "auth.locked")).toContain("{{minutes}}");
  });
});

describe("languageFromHeader", () => {
  it.each([
    [undefined, "fi", "fi"],
    ["", "en", "en"],
    ["sv", "fi", "sv"],
    ["sv-FI,sv;q=0.9,en;q=0.8", "fi", "sv"],
    ["en-GB", "fi", "en"],
    ["de-DE,de;q=0.9,en;q=0.5", "fi", "en"],
    ["en;q=0.5, sv;q=0.9", "fi", "sv"],
    ["fi;q=0, en", "sv", "en"],
    ["de, fr", "sv", "sv"],
    ["*", "fi", "fi"],
    ["FI", "en", "fi"],
    [" en ; q=0.7 , sv ; q=0.3", "fi", "en"],
  ] as const)("reads %j (fallback %s) as %s", (header, fallback, expected) => {
    expect(languageFromHeader(header, fallback)).toBe(expected);
  });
});
