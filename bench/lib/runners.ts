// Two ways to put load on the same work: HTTP requests to the application, and the same SQL straight
// through a pg pool. Each either saturates (every connection sends its next request as soon as the last
// one is answered; autocannon for HTTP) or is paced: requests arrive at random moments (a Poisson
// process) at a given mean rate, as from people working independently. autocannon's own rate option is
// not used for that: it fires every connection at the start of each second (bursts) and pads the
// latency histogram for coordinated omission, which would misstate the latency people see.
import autocannon from "autocannon";
import type pg from "pg";
import { type CpuUse, measureCpu } from "./cpu";

export interface Outcome {
  rps: number;
  p50: number;
  p99: number;
  max: number;
  total: number;
  failed: number;
  cpu: CpuUse;
}

export interface Load {
  connections: number;
  seconds: number;
  /** Requests per second from all connections together; none: as fast as answered. */
  rate?: number;
}

/** Saturates the application with autocannon; CPU is measured for the application's process. */
export async function runApp(
  origin: string,
  requests: autocannon.Request[],
  load: Load,
  cpuOf: { appPid: number; backends: () => Promise<number[]> },
): Promise<Outcome> {
  const cpu = await measureCpu(cpuOf.appPid, cpuOf.backends);
  const r = await autocannon({
    url: origin,
    connections: load.connections,
    duration: load.seconds,
    requests,
  });
  return {
    rps: Math.round(r.requests.average),
    p50: r.latency.p50,
    p99: r.latency.p99,
    max: r.latency.max,
    total: r.requests.total,
    failed: r.non2xx + r.errors + r.timeouts,
    cpu: await cpu(),
  };
}

/** Paced HTTP requests (see the header); `request(i)` sends the i-th and resolves when it is read. */
export async function runAppPaced(
  request: (i: number) => Promise<boolean>,
  load: Load & { rate: number },
  cpuOf: { appPid: number; backends: () => Promise<number[]> },
): Promise<Outcome> {
  const cpu = await measureCpu(cpuOf.appPid, cpuOf.backends);
  const { times, failed } = await paced(load, request);
  return summarise(times, failed, load.seconds, await cpu());
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Starts requests at random moments, `load.rate` a second on average, at most `load.connections` at once. */
async function paced(
  load: Load & { rate: number },
  one: (i: number) => Promise<boolean>,
): Promise<{ times: number[]; failed: number }> {
  const times: number[] = [];
  let failed = 0;
  const deadline = performance.now() + load.seconds * 1000;
  const inFlight = new Set<Promise<void>>();
  let next = performance.now();
  for (let i = 0; performance.now() < deadline; i++) {
    next += (-Math.log(1 - Math.random()) * 1000) / load.rate;
    const wait = next - performance.now();
    if (wait > 0) await sleep(wait);
    while (inFlight.size >= load.connections) await Promise.race(inFlight);
    const t = performance.now();
    const p: Promise<void> = one(i)
      .then((ok) => {
        if (ok) times.push(performance.now() - t);
        else failed++;
      })
      .finally(() => inFlight.delete(p));
    inFlight.add(p);
  }
  await Promise.all(inFlight);
  return { times, failed };
}

function summarise(times: number[], failed: number, seconds: number, cpu: CpuUse): Outcome {
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? 0;
  return {
    rps: Math.round(times.length / seconds),
    p50: at(0.5),
    p99: at(0.99),
    max: times[times.length - 1] ?? 0,
    total: times.length,
    failed,
    cpu,
  };
}

/**
 * Runs `work` (one request's SQL on a pooled client), paced or saturating `load.connections` callers;
 * CPU is measured for this process (the pg client side) and the database's backends.
 */
export async function runDirect(
  pool: pg.Pool,
  work: (client: pg.ClientBase, i: number) => Promise<void>,
  load: Load,
  backends: () => Promise<number[]>,
): Promise<Outcome> {
  const cpu = await measureCpu(process.pid, backends);
  const one = async (i: number) => {
    const client = await pool.connect();
    try {
      await work(client, i);
      return true;
    } catch {
      return false;
    } finally {
      client.release();
    }
  };
  if (load.rate) {
    const { times, failed } = await paced({ ...load, rate: load.rate }, one);
    return summarise(times, failed, load.seconds, await cpu());
  }
  const times: number[] = [];
  let failed = 0;
  let n = 0;
  const deadline = performance.now() + load.seconds * 1000;
  await Promise.all(
    Array.from({ length: load.connections }, async () => {
      while (performance.now() < deadline) {
        const t = performance.now();
        if (await one(n++)) times.push(performance.now() - t);
        else failed++;
      }
    }),
  );
  return summarise(times, failed, load.seconds, await cpu());
}
