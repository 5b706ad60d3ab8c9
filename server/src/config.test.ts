import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "./config";

function problemsOf(env: Record<string, string>): string[] {
  try {
    loadConfig(env);
  } catch (err) {
    if (err instanceof ConfigError) return err.problems;
    throw err;
  }
  throw new Error("loadConfig accepted the settings");
}

describe("loadConfig", () => {
  it("uses safe defaults with no settings", () => {
    const c = loadConfig({});
    expect(c).toMatchObject({
      port: 3000,
      host: "localhost",
      database: { kind: "pglite", dataDir: "./data" },
      publicUrl: "http://localhost:3000",
      secureCookies: false,
      trustProxy: false,
      sessionHours: 12,
      sessionIdleMinutes: 60,
      loginMaxFailures: 5,
      loginLockMinutes: 15,
      loginRateLimitPerMinute: 20,
      rateLimitPerMinute: 600,
      smtpUrl: null,
      logLevel: "info",
      seedDemo: true,
      webDist: "web/dist",
    });
  });

  it("treats empty variables as unset", () => {
    expect(loadConfig({ PORT: "", DATABASE_URL: "" }).port).toBe(3000);
  });

  it.each([
    ["PORT", "abc"],
    ["PORT", "-1"],
    ["DATABASE_URL", "mysql://db/polku"],
    ["SMTP_URL", "http://mail.example"],
    ["PUBLIC_URL", "polku.example.fi"],
    ["LOG_LEVEL", "verbose"],
    ["TRUST_PROXY", "yes"],
    ["SESSION_IDLE_MINUTES", "1.5"],
  ])("names %s=%s in the problems", (name, value) => {
    const problems = problemsOf({ [name]: value });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(`${name}=${JSON.stringify(value)}`);
    expect(problems[0]).toMatch(/expected /);
  });

  it("names every wrong variable at once, each once", () => {
    const problems = problemsOf({ PORT: "x", DATABASE_URL: "nope", SMTP_URL: "ftp://mail" });
    expect(problems).toHaveLength(3);
    for (const name of ["PORT", "DATABASE_URL", "SMTP_URL"]) {
      expect(problems.filter((p) => p.startsWith(`${name}=`))).toHaveLength(1);
    }
    const err = (() => {
      try {
        loadConfig({ PORT: "x" });
      } catch (e) {
        return e as Error;
      }
    })();
    expect(err?.message).toContain("Polku cannot start");
    expect(err?.message).toContain("PORT");
  });

  it("refuses a port out of range", () => {
    expect(problemsOf({ PORT: "70000" })[0]).toContain("PORT=70000");
    expect(problemsOf({ PORT: "0" })[0]).toContain("PORT=0");
  });

  it("derives the polku_app URL from DATABASE_URL", () => {
    const c = loadConfig({ DATABASE_URL: "postgres://owner:secret@db.example:5433/polku?sslmode=require" });
    expect(c.database.kind).toBe("postgres");
    if (c.database.kind !== "postgres") return;
    const app = new URL(c.database.appUrl);
    expect(app.username).toBe("polku_app");
    expect(app.password).toBe("");
    expect(app.host).toBe("db.example:5433");
    expect(app.pathname).toBe("/polku");
    expect(app.searchParams.get("sslmode")).toBe("require");
    expect(c.database.url).toBe("postgres://owner:secret@db.example:5433/polku?sslmode=require");
  });

  it("seeds the demo by default, but not in production or when SEED_DEMO=false", () => {
    expect(loadConfig({}).seedDemo).toBe(true);
    expect(loadConfig({ NODE_ENV: "production" }).seedDemo).toBe(false);
    expect(loadConfig({ NODE_ENV: "production", SEED_DEMO: "true" }).seedDemo).toBe(true);
    expect(loadConfig({ SEED_DEMO: "false" }).seedDemo).toBe(false);
    expect(loadConfig({ SEED_DEMO: "0" }).seedDemo).toBe(false);
  });

  it("puts DATABASE_APP_PASSWORD into the derived URL, and prefers DATABASE_APP_URL", () => {
    const withPassword = loadConfig({ DATABASE_URL: "postgres://o@db/polku", DATABASE_APP_PASSWORD: "p@ss" });
    if (withPassword.database.kind !== "postgres") throw new Error("expected postgres");
    expect(decodeURIComponent(new URL(withPassword.database.appUrl).password)).toBe("p@ss");
    expect(withPassword.database.appPassword).toBe("p@ss");
    const explicit = loadConfig({
      DATABASE_URL: "postgres://o@db/polku",
      DATABASE_APP_URL: "postgresql://app@other/polku",
    });
    if (explicit.database.kind !== "postgres") throw new Error("expected postgres");
    expect(explicit.database.appUrl).toBe("postgresql://app@other/polku");
  });

  it("turns on secure cookies for an https PUBLIC_URL and drops a trailing slash", () => {
    const c = loadConfig({ PUBLIC_URL: "https://polku.example.fi/" });
    expect(c.publicUrl).toBe("https://polku.example.fi");
    expect(c.secureCookies).toBe(true);
  });

  it("reads numbers and booleans", () => {
    const c = loadConfig({
      PORT: "8080",
      LOGIN_MAX_FAILURES: "3",
      LOGIN_LOCK_MINUTES: "1",
      TRUST_PROXY: "1",
      SEED_DEMO: "false",
    });
    expect(c).toMatchObject({
      port: 8080,
      publicUrl: "http://localhost:8080",
      loginMaxFailures: 3,
      loginLockMinutes: 1,
      trustProxy: true,
      seedDemo: false,
    });
  });
});
