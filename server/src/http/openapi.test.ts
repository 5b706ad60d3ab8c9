import { Validator } from "@seriousme/openapi-schema-validator";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../test/app";

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

interface OpenApiDoc {
  openapi: string;
  paths: Record<string, Record<string, { security?: unknown[]; responses?: Record<string, unknown> }>>;
}

async function document(): Promise<OpenApiDoc> {
  const res = await t.app.inject({ method: "GET", url: "/api/docs/json" });
  expect(res.statusCode).toBe(200);
  return res.json();
}

/** The documented /api routes: every route the app registers under /api, except the documentation itself. */
function apiRoutes() {
  return t.app.registeredRoutes.flatMap((r) => {
    const url = r.url ?? "";
    if (!url.startsWith("/api/") || url.startsWith("/api/docs")) return [];
    const methods = (Array.isArray(r.method) ? r.method : [r.method]).filter((m) => m !== "HEAD");
    return methods.map((m) => ({
      method: m.toLowerCase(),
      path: url.replace(/:(\w+)/g, "{$1}"),
      isPublic: (r.config as { access?: { kind: string } })?.access?.kind === "public",
    }));
  });
}

describe("GET /api/docs/json", () => {
  it("is a valid OpenAPI 3.1 document", async () => {
    const doc = await document();
    expect(doc.openapi).toMatch(/^3\.1\./);
    const result = await new Validator().validate(doc as unknown as Parameters<Validator["validate"]>[0]);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it("documents every /api route the app registers", async () => {
    const doc = await document();
    const routes = apiRoutes();
    expect(routes.length).toBeGreaterThan(15);
    const missing = routes.filter((r) => !doc.paths[r.path]?.[r.method]).map((r) => `${r.method} ${r.path}`);
    expect(missing).toEqual([]);
  });

  it("marks signed-in routes with the session cookie scheme and documents problem responses", async () => {
    const doc = await document();
    for (const r of apiRoutes()) {
      const op = doc.paths[r.path]?.[r.method];
      expect(op?.security, `${r.method} ${r.path}`).toEqual(r.isPublic ? undefined : [{ session: [] }]);
      expect(Object.keys(op?.responses ?? {}), `${r.method} ${r.path}`).toEqual(
        expect.arrayContaining(["4XX"]),
      );
    }
  });
});

describe("GET /api/docs", () => {
  it("answers 200 with the HTML documentation page", async () => {
    const res = await t.app.inject({ method: "GET", url: "/api/docs" });
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-type"]).toContain("text/html");
    expect(res.body).toMatch(/<html/i);
  });
});
