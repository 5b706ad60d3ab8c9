import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../test/app";

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe("GET /health", () => {
  it("answers 200 with the kind of database it reached", async () => {
    const res = await t.app.inject({ method: "GET", url: "/health" });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: "ok", database: t.db.kind });
  });
});

describe("GET /metrics", () => {
  it("is Prometheus text with the request duration of requests already answered", async () => {
    await t.app.inject({ method: "GET", url: "/api/organisations" });
    const res = await t.app.inject({ method: "GET", url: "/metrics" });
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-type"]).toMatch(/^text\/plain; version=0\.0\.4/);
    expect(res.body).toContain("# TYPE polku_http_request_duration_seconds histogram");
    expect(res.body).toMatch(
      /polku_http_request_duration_seconds_count\{method="GET",route="\/api\/organisations",status="401"\} [1-9]/,
    );
    expect(res.body).toContain("process_cpu_user_seconds_total");
  });

  it("labels unknown paths by a fixed name, not the path (no unbounded label values)", async () => {
    await t.app.inject({ method: "GET", url: "/api/random-path-123" });
    const res = await t.app.inject({ method: "GET", url: "/metrics" });
    expect(res.body).not.toContain("random-path-123");
  });
});

describe("security headers", () => {
  it.each(["/health", "/api/session", "/api/docs/json"])("are set on %s", async (url) => {
    const res = await t.app.inject({ method: "GET", url });
    const csp = String(res.headers["content-security-policy"]);
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("script-src 'self'");
    expect(res.headers["x-content-type-options"]).toBe("nosniff");
    expect(res.headers["x-frame-options"]).toBe("SAMEORIGIN");
    expect(res.headers["referrer-policy"]).toBe("no-referrer");
    // Over plain http (the default PUBLIC_URL) there is no HSTS; see auth.test.ts for https.
    expect(res.headers["strict-transport-security"]).toBeUndefined();
  });
});
