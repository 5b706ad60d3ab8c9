// CPU time of the application process, of the PostgreSQL backends of the bench database and of the machine, from /proc (Linux), so a
// run can say which of them was busy. Clock ticks are 1/100 s on Linux.
import { readFileSync } from "node:fs";
import { cpus } from "node:os";

const TICK = 100;

function processTicks(pid: number | string): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    // utime and stime are fields 14 and 15 of the whole line, 12 and 13 after the command.
    return Number(fields[11] ?? 0) + Number(fields[12] ?? 0);
  } catch {
    return 0;
  }
}

function ticksOf(pids: readonly number[]): Map<number, number> {
  return new Map(pids.map((pid) => [pid, processTicks(pid)]));
}

function machineTicks(): { busy: number; all: number } {
  const cpu = readFileSync("/proc/stat", "utf8").split("\n")[0]?.split(/\s+/).slice(1).map(Number) ?? [];
  const all = cpu.reduce((a, b) => a + b, 0);
  const idle = (cpu[3] ?? 0) + (cpu[4] ?? 0);
  return { busy: all - idle, all };
}

export interface CpuUse {
  /** Share of one core, in percent (200 % is both cores of a 2-core machine). */
  app: number;
  /** The PostgreSQL backends serving the bench database (not other databases on the same server). */
  postgres: number;
  self: number;
  machine: number;
  /** CPU seconds, for CPU time per request. */
  appSeconds: number;
  postgresSeconds: number;
}

/**
 * Starts measuring; the returned function gives the CPU used since. `backends` lists the server
 * processes of the bench database (pg_stat_activity), asked at the start and at the end: a backend that
 * started meanwhile counts whole.
 */
export async function measureCpu(
  appPid: number,
  backends: () => Promise<number[]>,
): Promise<() => Promise<CpuUse>> {
  const t0 = performance.now();
  const a0 = processTicks(appPid);
  const p0 = ticksOf(await backends());
  const s0 = processTicks(process.pid);
  const m0 = machineTicks();
  return async () => {
    const seconds = (performance.now() - t0) / 1000;
    const pct = (ticks: number) => Math.round((ticks / TICK / seconds) * 100);
    const m1 = machineTicks();
    let pg = 0;
    for (const [pid, ticks] of ticksOf(await backends())) pg += ticks - (p0.get(pid) ?? 0);
    const app = processTicks(appPid) - a0;
    return {
      app: pct(app),
      postgres: pct(pg),
      self: pct(processTicks(process.pid) - s0),
      machine: Math.round(((m1.busy - m0.busy) / Math.max(1, m1.all - m0.all)) * 100 * cpus().length),
      appSeconds: app / TICK,
      postgresSeconds: pg / TICK,
    };
  };
}
