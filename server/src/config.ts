import { type Static, Type } from "typebox";
import { Value } from "typebox/value";

const Bool = Type.Union([Type.Literal("true"), Type.Literal("false"), Type.Literal("1"), Type.Literal("0")]);
const Int = Type.String({ pattern: "^[0-9]+$" });

/** Every setting Polku reads, from environment variables. Checked at start; each wrong one is named. */
const Env = Type.Object({
  PORT: Type.Optional(Int),
  HOST: Type.Optional(Type.String({ minLength: 1 })),
  DATABASE_URL: Type.Optional(Type.String({ pattern: "^postgres(ql)?://" })),
  DATABASE_APP_URL: Type.Optional(Type.String({ pattern: "^postgres(ql)?://" })),
  DATABASE_APP_PASSWORD: Type.Optional(Type.String({ minLength: 1 })),
  DATA_DIR: Type.Optional(Type.String({ minLength: 1 })),
  PUBLIC_URL: Type.Optional(Type.String({ pattern: "^https?://[^/]+" })),
  TRUST_PROXY: Type.Optional(Bool),
  SESSION_HOURS: Type.Optional(Int),
  SESSION_IDLE_MINUTES: Type.Optional(Int),
  SESSION_CACHE_SECONDS: Type.Optional(Int),
  LOGIN_MAX_FAILURES: Type.Optional(Int),
  LOGIN_LOCK_MINUTES: Type.Optional(Int),
  LOGIN_RATE_LIMIT_PER_MINUTE: Type.Optional(Int),
  RATE_LIMIT_PER_MINUTE: Type.Optional(Int),
  SMTP_URL: Type.Optional(Type.String({ pattern: "^smtps?://" })),
  MAIL_FROM: Type.Optional(Type.String({ minLength: 3 })),
  LOG_LEVEL: Type.Optional(
    Type.Union(["fatal", "error", "warn", "info", "debug", "trace", "silent"].map((l) => Type.Literal(l))),
  ),
  SEED_DEMO: Type.Optional(Bool),
  WEB_DIST: Type.Optional(Type.String({ minLength: 1 })),
  JOBS: Type.Optional(Bool),
});

const hints: Record<string, string> = {
  PORT: "a port number, e.g. 3000",
  HOST: "a host name or address to listen on, e.g. localhost or 0.0.0.0",
  DATABASE_URL: "a PostgreSQL URL, e.g. postgres://user:password@localhost:5432/polku",
  DATABASE_APP_URL: "a PostgreSQL URL for the application role polku_app",
  DATABASE_APP_PASSWORD: "the password of the database role polku_app",
  DATA_DIR: "a folder for the embedded database, e.g. ./data",
  PUBLIC_URL: "the address people use, e.g. https://polku.example.fi",
  TRUST_PROXY: "true or false",
  SESSION_HOURS: "whole hours, e.g. 12",
  SESSION_IDLE_MINUTES: "whole minutes, e.g. 60",
  SESSION_CACHE_SECONDS: "whole seconds from 0 (off) to 60, e.g. 5",
  LOGIN_MAX_FAILURES: "a whole number, e.g. 5",
  LOGIN_LOCK_MINUTES: "whole minutes, e.g. 15",
  LOGIN_RATE_LIMIT_PER_MINUTE: "sign-in attempts per minute from one address, e.g. 20",
  RATE_LIMIT_PER_MINUTE: "requests per minute from one address, e.g. 600",
  SMTP_URL: "an SMTP URL, e.g. smtp://user:password@mail.example.fi:587",
  MAIL_FROM: "a sender address, e.g. Polku <polku@example.fi>",
  LOG_LEVEL: "one of fatal, error, warn, info, debug, trace, silent",
  SEED_DEMO: "true or false",
  WEB_DIST: "the folder of the built web app",
  JOBS: "true or false (false: no scheduled jobs, such as the daily follow-up reminders, in this process)",
};

export interface Config {
  port: number;
  host: string;
  database:
    | { kind: "pglite"; dataDir: string | null }
    | { kind: "postgres"; url: string; appUrl: string; appPassword: string | null };
  publicUrl: string;
  secureCookies: boolean;
  trustProxy: boolean;
  sessionHours: number;
  sessionIdleMinutes: number;
  /** How long a resolved session is reused in this process without asking the database (0 = never). */
  sessionCacheSeconds: number;
  loginMaxFailures: number;
  loginLockMinutes: number;
  loginRateLimitPerMinute: number;
  rateLimitPerMinute: number;
  smtpUrl: string | null;
  mailFrom: string;
  logLevel: string;
  seedDemo: boolean;
  webDist: string;
  /** Run the scheduled jobs (pg-boss) in this process. */
  jobs: boolean;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Polku cannot start: the settings are wrong.\n${problems.map((p) => `  - ${p}`).join("\n")}`);
  }
}

const truthy = (v: string | undefined, fallback: boolean) =>
  v === undefined ? fallback : v === "true" || v === "1";

/** Reads and checks the settings; throws ConfigError naming each wrong variable. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const known = Object.fromEntries(
    Object.keys(Env.properties)
      .filter((k) => env[k] !== undefined && env[k] !== "")
      .map((k) => [k, env[k]]),
  );
  const problems = [...Value.Errors(Env, known)].map((e) => {
    const name = e.instancePath.replace(/^\//, "");
    return `${name}=${JSON.stringify(known[name])} is not valid: expected ${hints[name] ?? e.message}`;
  });
  if (problems.length > 0) throw new ConfigError([...new Set(problems)]);
  const e = known as Static<typeof Env>;
  const port = e.PORT ? Number(e.PORT) : 3000;
  if (port < 1 || port > 65535) throw new ConfigError([`PORT=${port} is not valid: expected ${hints.PORT}`]);
  if (e.SESSION_CACHE_SECONDS && Number(e.SESSION_CACHE_SECONDS) > 60) {
    throw new ConfigError([
      `SESSION_CACHE_SECONDS=${e.SESSION_CACHE_SECONDS} is not valid: expected ${hints.SESSION_CACHE_SECONDS}`,
    ]);
  }
  const publicUrl = (e.PUBLIC_URL ?? `http://localhost:${port}`).replace(/\/$/, "");
  let database: Config["database"];
  if (e.DATABASE_URL) {
    let appUrl = e.DATABASE_APP_URL;
    if (!appUrl) {
      const u = new URL(e.DATABASE_URL);
      u.username = "polku_app";
      u.password = e.DATABASE_APP_PASSWORD ?? "";
      appUrl = u.toString();
    }
    database = {
      kind: "postgres",
      url: e.DATABASE_URL,
      appUrl,
      appPassword: e.DATABASE_APP_PASSWORD ?? null,
    };
  } else {
    database = { kind: "pglite", dataDir: e.DATA_DIR ?? "./data" };
  }
  return {
    port,
    host: e.HOST ?? "localhost",
    database,
    publicUrl,
    secureCookies: publicUrl.startsWith("https://"),
    trustProxy: truthy(e.TRUST_PROXY, false),
    sessionHours: e.SESSION_HOURS ? Number(e.SESSION_HOURS) : 12,
    sessionIdleMinutes: e.SESSION_IDLE_MINUTES ? Number(e.SESSION_IDLE_MINUTES) : 60,
    sessionCacheSeconds: e.SESSION_CACHE_SECONDS ? Number(e.SESSION_CACHE_SECONDS) : 5,
    loginMaxFailures: e.LOGIN_MAX_FAILURES ? Number(e.LOGIN_MAX_FAILURES) : 5,
    loginLockMinutes: e.LOGIN_LOCK_MINUTES ? Number(e.LOGIN_LOCK_MINUTES) : 15,
    loginRateLimitPerMinute: e.LOGIN_RATE_LIMIT_PER_MINUTE ? Number(e.LOGIN_RATE_LIMIT_PER_MINUTE) : 20,
    rateLimitPerMinute: e.RATE_LIMIT_PER_MINUTE ? Number(e.RATE_LIMIT_PER_MINUTE) : 600,
    smtpUrl: e.SMTP_URL ?? null,
    mailFrom: e.MAIL_FROM ?? "Polku <polku@localhost>",
    logLevel: e.LOG_LEVEL ?? "info",
    // The demo network is seeded into an empty database unless told otherwise or running in production.
    seedDemo: truthy(e.SEED_DEMO, env.NODE_ENV !== "production"),
    webDist: e.WEB_DIST ?? "web/dist",
    jobs: truthy(e.JOBS, true),
  };
}
