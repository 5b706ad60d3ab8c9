// The application under test, as production runs it: node server/src/main.ts in its own process against
// the bench database, with jobs, the demo seed and rate limits out of the way.
import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";
import { createServer } from "node:net";

export interface BenchApp {
  origin: string;
  pid: number;
  stop(): Promise<void>;
}

const freePort = () =>
  new Promise<number>((resolve) => {
    const probe = createServer().listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === "object" && address ? address.port : 0));
    });
  });

/** Starts the application on a free port and waits until /health answers (at most a minute). */
export async function startApp(databaseUrl: string): Promise<BenchApp> {
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const app: ChildProcess = spawn(process.execPath, ["--import", "tsx", "server/src/main.ts"], {
    env: {
      ...process.env,
      NODE_ENV: "production",
      DATABASE_URL: databaseUrl,
      PORT: String(port),
      HOST: "127.0.0.1",
      JOBS: "false",
      SEED_DEMO: "false",
      LOG_LEVEL: "warn",
      RATE_LIMIT_PER_MINUTE: "1000000000",
      LOGIN_RATE_LIMIT_PER_MINUTE: "1000000",
      WEB_DIST: "/nonexistent",
    },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const stop = async () => {
    if (app.exitCode === null && app.signalCode === null) {
      const exited = once(app, "exit");
      app.kill("SIGTERM");
      await exited;
    }
  };
  process.on("SIGINT", () => void stop().then(() => process.exit(130)));
  for (let tries = 0; ; tries++) {
    const ok = await fetch(`${origin}/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) break;
    if (tries > 120 || app.exitCode !== null) {
      await stop();
      throw new Error("the application did not start");
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  return { origin, pid: app.pid ?? 0, stop };
}
