import { describe, expect, it } from "vitest";
import type { ParticipantApplication } from "./api";
import { applicationFacts } from "./applicationFacts";

const job = { id: "00000000-0000-0000-0000-000000000009" } as ParticipantApplication["job"];
const base: ParticipantApplication = {
  id: "00000000-0000-0000-0000-000000000001",
  status: "proposed",
  proposedByCoach: true,
  appliedAt: null,
  decidedAt: null,
  createdAt: "2026-02-01T08:00:00.000Z",
  job,
  worker: null,
};

describe("applicationFacts", () => {
  it("says when a coach proposed it and nothing of work before picking", () => {
    expect(applicationFacts(base)).toEqual([{ key: "proposedOn", at: base.createdAt }]);
    const applied = {
      ...base,
      status: "applied" as const,
      proposedByCoach: false,
      appliedAt: "2026-02-02T08:00:00Z",
    };
    expect(applicationFacts(applied)).toEqual([{ key: "appliedOn", at: "2026-02-02T08:00:00Z" }]);
    const declined = { ...applied, status: "declined" as const, decidedAt: "2026-02-03T08:00:00Z" };
    expect(applicationFacts(declined)).toContainEqual({ key: "notPickedOn", at: "2026-02-03T08:00:00Z" });
  });

  it("gives a picked worker's hours, pay and the day paid, or what is still open", () => {
    const open = {
      workerMinutes: null,
      ordererMinutes: null,
      hoursAgree: false,
      grossCents: null,
      paidOn: null,
    };
    const picked: ParticipantApplication = {
      ...base,
      status: "accepted",
      proposedByCoach: false,
      appliedAt: "2026-02-02T08:00:00Z",
      decidedAt: "2026-02-03T08:00:00Z",
      worker: {
        workerMinutes: null,
        ordererMinutes: null,
        hoursAgree: false,
        grossCents: null,
        paidOn: null,
      },
    };
    expect(applicationFacts(picked).map((f) => f.key)).toEqual([
      "appliedOn",
      "pickedOn",
      "hoursOpen",
      "notPaid",
    ]);
    const differ = { ...picked, worker: { ...open, workerMinutes: 180, ordererMinutes: 120 } };
    expect(applicationFacts(differ)).toContainEqual({
      key: "hoursDiffer",
      workerMinutes: 180,
      ordererMinutes: 120,
    });
    const paid = {
      ...picked,
      worker: {
        workerMinutes: 180,
        ordererMinutes: 180,
        hoursAgree: true,
        grossCents: 4_500,
        paidOn: "2026-02-20",
      },
    };
    expect(applicationFacts(paid).slice(2)).toEqual([
      { key: "hours", minutes: 180 },
      { key: "gross", cents: 4_500 },
      { key: "paidOn", on: "2026-02-20" },
    ]);
  });
});
