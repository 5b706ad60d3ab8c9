import type { ParticipantApplication } from "./api";

/**
 * What the coach's list says of one application besides the job: the days it was proposed, applied for
 * and decided, and for a picked worker the hours and pay. Each fact is an i18n key under
 * `jobsCoach.applications` with its values; the caller formats dates, hours and euros.
 */
export type ApplicationFact =
  | { key: "proposedOn" | "appliedOn" | "pickedOn" | "notPickedOn"; at: string }
  | { key: "hours"; minutes: number }
  | { key: "hoursDiffer"; workerMinutes: number | null; ordererMinutes: number | null }
  | { key: "hoursOpen" }
  | { key: "gross"; cents: number }
  | { key: "paidOn"; on: string }
  | { key: "notPaid" };

export function applicationFacts(a: ParticipantApplication): ApplicationFact[] {
  const facts: ApplicationFact[] = [];
  if (a.proposedByCoach) facts.push({ key: "proposedOn", at: a.createdAt });
  if (a.appliedAt) facts.push({ key: "appliedOn", at: a.appliedAt });
  if (a.decidedAt && (a.status === "accepted" || a.status === "declined")) {
    facts.push({ key: a.status === "accepted" ? "pickedOn" : "notPickedOn", at: a.decidedAt });
  }
  const w = a.worker;
  if (!w) return facts;
  if (w.hoursAgree && w.workerMinutes !== null) facts.push({ key: "hours", minutes: w.workerMinutes });
  else if (w.workerMinutes === null && w.ordererMinutes === null) facts.push({ key: "hoursOpen" });
  else facts.push({ key: "hoursDiffer", workerMinutes: w.workerMinutes, ordererMinutes: w.ordererMinutes });
  if (w.grossCents !== null) facts.push({ key: "gross", cents: w.grossCents });
  facts.push(w.paidOn ? { key: "paidOn", on: w.paidOn } : { key: "notPaid" });
  return facts;
}
