import { sql } from "drizzle-orm";
import { type Database, rowsOf } from "../db/client";

/** The pg-boss queue (and schedule) name of the daily follow-up reminders. */
export const FOLLOW_UP_REMINDERS = "follow-up-reminders";

/**
 * Reminds each coach of the six-month follow-ups that are due (follow_up_due on or before `today`) and
 * not yet recorded: one notification per coach and enrolment, however often it runs (the unique key
 * notifications_once_key makes it idempotent). It reads every region, so it runs as the owner, and writes
 * each notification into the enrolment's own region. Returns how many notifications it created.
 */
export async function createFollowUpReminders(database: Database, today: string): Promise<number> {
  return database.asOwner(async (tx) => {
    const created = rowsOf<{ id: string }>(
      await tx.execute(sql`
        INSERT INTO notifications (region_id, user_id, kind, subject_type, subject_id, participant_id, due_on)
        SELECT e.region_id, e.coach_id, 'follow_up_due', 'enrolment', e.id, e.participant_id, e.follow_up_due
        FROM enrolments e
        JOIN users u ON u.region_id = e.region_id AND u.id = e.coach_id AND u.status = 'active'
        WHERE e.follow_up_on IS NULL AND e.follow_up_due IS NOT NULL AND e.follow_up_due <= ${today}::date
        ON CONFLICT (user_id, kind, subject_id) DO NOTHING
        RETURNING id`),
    );
    return created.length;
  });
}
