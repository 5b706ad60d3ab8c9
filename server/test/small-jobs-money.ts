import { jobApplications, jobOrderers, jobs, jobWorkers } from "../src/modules/small-jobs/schema";
import { type TestApp, type TestRegion, unique } from "./app";
import { asRegion } from "./enrolments";

// Factories for the money side of small jobs: work that already happened (past dates the job routes
// refuse for new posts), written straight into the tables as the region's administrator.

export type JobOverrides = Partial<typeof jobs.$inferInsert>;
export type WorkerOverrides = Partial<typeof jobWorkers.$inferInsert>;

export interface WorkedJob {
  jobId: string;
  workerId: string;
  ordererId: string | null;
}

/**
 * A job of the organisation with the participant picked as its worker. By default a done hourly job
 * (15 €/h, 4 h estimated) of 2–3 March 2024 without hours confirmed; override the job and the worker
 * row (e.g. { paidOn, grossCents }) as the test needs. `household` adds an orderer who ordered it.
 */
export async function buildWorkedJob(
  t: TestApp,
  region: TestRegion,
  input: {
    organisationId: string;
    participantId: string;
    job?: JobOverrides;
    worker?: WorkerOverrides;
    household?: { name?: string; language?: "fi" | "sv" | "en" };
  },
): Promise<WorkedJob> {
  return asRegion(t, region, async (tx) => {
    let ordererId: string | null = null;
    if (input.household) {
      const [o] = await tx
        .insert(jobOrderers)
        .values({
          name: input.household.name ?? `Tilaaja ${unique()}`,
          email: `orderer-${unique()}@test.example`,
          address: "Kylätie 5, 99999 Kylä",
          language: input.household.language ?? "fi",
          confirmedAt: new Date().toISOString(),
        })
        .returning({ id: jobOrderers.id });
      ordererId = o?.id ?? null;
    }
    const [job] = await tx
      .insert(jobs)
      .values({
        organisationId: input.organisationId,
        posterKind: input.household ? "household" : "association",
        ordererId,
        title: `Haravointi ${unique()}`,
        category: "yard",
        village: "Ylikylä",
        municipality: "Kuusijärvi",
        startsOn: "2024-03-02",
        endsOn: "2024-03-03",
        estimatedMinutes: 240,
        payType: "hourly",
        payCents: 1500,
        places: 1,
        acceptedCount: 1,
        status: "done",
        doneAt: new Date().toISOString(),
        ...input.job,
      })
      .returning({ id: jobs.id });
    if (!job) throw new Error("no job");
    const [application] = await tx
      .insert(jobApplications)
      .values({ jobId: job.id, participantId: input.participantId, status: "accepted" })
      .returning({ id: jobApplications.id });
    if (!application) throw new Error("no application");
    const [worker] = await tx
      .insert(jobWorkers)
      .values({
        jobId: job.id,
        participantId: input.participantId,
        applicationId: application.id,
        ...input.worker,
      })
      .returning({ id: jobWorkers.id });
    if (!worker) throw new Error("no worker");
    return { jobId: job.id, workerId: worker.id, ordererId };
  });
}

/** A paid worker row: agreed hours on one day (the day paid unless given), the gross, withholding, the day paid. */
export const paid = (
  paidOn: string,
  minutes: number,
  grossCents: number,
  options: { withholdingBasisPoints?: number; workedOn?: string } = {},
): WorkerOverrides => {
  const basisPoints = options.withholdingBasisPoints ?? 0;
  return {
    workerMinutes: minutes,
    ordererMinutes: minutes,
    workedFrom: options.workedOn ?? paidOn,
    workedTo: options.workedOn ?? paidOn,
    grossCents,
    withholdingBasisPoints: basisPoints,
    withholdingCents: Math.floor((grossCents * basisPoints * 2 + 10_000) / 20_000),
    paidOn,
  };
};
