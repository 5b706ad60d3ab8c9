import { and, asc, eq, sql } from "drizzle-orm";
import type { Tx } from "../../db/client";
import type { SignedInUser } from "../../http/context";
import { conflict, forbidden, notFound } from "../../http/problem";
import { addDaysIso, addMonthsIso, todayIso } from "../../lib/dates";
import { openRecord, type RecordSubject } from "../pathway/record-access";
import { users } from "../users/schema";
import { latestAnsweredOn } from "./answers";
import type { Reminder, ReminderSave } from "./api";
import { answerPolicy } from "./policy";
import { assessmentReminders, instruments } from "./schema";

// Reminders to repeat an instrument with a participant every so many months. Submitting an answer
// moves the due date (answers.ts, moveReminder); the caseload flags those due within a week.

/** A reminder is flagged as due this many days before its date. */
export const REMINDER_LEAD_DAYS = 7;

async function remindersOf(tx: Tx, participantId: string, instrumentId?: string): Promise<Reminder[]> {
  const soon = addDaysIso(todayIso(), REMINDER_LEAD_DAYS);
  const rows = await tx
    .select({
      r: assessmentReminders,
      instrument: { id: instruments.id, key: instruments.key, name: instruments.name },
      setByName: users.name,
    })
    .from(assessmentReminders)
    .innerJoin(instruments, eq(instruments.id, assessmentReminders.instrumentId))
    .leftJoin(users, eq(users.id, assessmentReminders.setBy))
    .where(
      and(
        eq(assessmentReminders.participantId, participantId),
        eq(assessmentReminders.active, true),
        instrumentId ? eq(assessmentReminders.instrumentId, instrumentId) : undefined,
      ),
    )
    .orderBy(asc(assessmentReminders.nextDue), asc(instruments.key));
  return rows.map(({ r, instrument, setByName }) => ({
    id: r.id,
    participantId: r.participantId,
    instrument,
    intervalMonths: r.intervalMonths,
    nextDue: r.nextDue,
    due: r.nextDue <= soon,
    setByName: setByName ?? null,
    version: r.version,
    updatedAt: new Date(r.updatedAt).toISOString(),
  }));
}

function requireSee(subject: RecordSubject) {
  if (!answerPolicy.see(subject.relation)) throw forbidden();
}
function requireWrite(subject: RecordSubject) {
  if (!answerPolicy.write(subject.relation)) throw forbidden();
}

export async function listReminders(tx: Tx, user: SignedInUser, participantId: string) {
  const subject = await openRecord(tx, user, participantId);
  requireSee(subject);
  return {
    subject,
    data: await remindersOf(tx, participantId),
    can: { edit: answerPolicy.write(subject.relation) },
  };
}

/**
 * Sets the reminder of an instrument, or changes it (then `version` must be the one read). Without a
 * due date it falls due the interval after the latest answer, or today when there is none.
 */
export async function saveReminder(
  tx: Tx,
  user: SignedInUser,
  participantId: string,
  instrumentId: string,
  input: ReminderSave,
) {
  const subject = await openRecord(tx, user, participantId);
  requireWrite(subject);
  const [instrument] = await tx
    .select({ id: instruments.id })
    .from(instruments)
    .where(eq(instruments.id, instrumentId));
  if (!instrument) throw notFound();
  const latest = await latestAnsweredOn(tx, participantId, instrumentId);
  const nextDue = input.nextDue ?? (latest ? addMonthsIso(latest, input.intervalMonths) : todayIso());
  const [existing] = await tx
    .select()
    .from(assessmentReminders)
    .where(
      and(
        eq(assessmentReminders.participantId, participantId),
        eq(assessmentReminders.instrumentId, instrumentId),
      ),
    );
  if (existing) {
    if (input.version === undefined) throw conflict();
    const [row] = await tx
      .update(assessmentReminders)
      .set({
        intervalMonths: input.intervalMonths,
        nextDue,
        active: true,
        setBy: user.id,
        version: sql`${assessmentReminders.version} + 1`,
        updatedAt: sql`now()`,
      })
      .where(and(eq(assessmentReminders.id, existing.id), eq(assessmentReminders.version, input.version)))
      .returning({ id: assessmentReminders.id });
    if (!row) throw conflict();
  } else {
    await tx.insert(assessmentReminders).values({
      participantId,
      instrumentId,
      intervalMonths: input.intervalMonths,
      nextDue,
      setBy: user.id,
    });
  }
  const [data] = await remindersOf(tx, participantId, instrumentId);
  if (!data) throw notFound();
  return { subject, data };
}

export async function deleteReminder(
  tx: Tx,
  user: SignedInUser,
  participantId: string,
  instrumentId: string,
) {
  const subject = await openRecord(tx, user, participantId);
  requireWrite(subject);
  const deleted = await tx
    .delete(assessmentReminders)
    .where(
      and(
        eq(assessmentReminders.participantId, participantId),
        eq(assessmentReminders.instrumentId, instrumentId),
      ),
    )
    .returning({ id: assessmentReminders.id });
  if (deleted.length === 0) throw notFound();
  return { subject };
}
