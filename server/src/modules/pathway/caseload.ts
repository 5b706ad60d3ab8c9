import { type SQL, sql } from "drizzle-orm";
import { rowsOf, type Tx } from "../../db/client";
import type { SignedInUser } from "../../http/context";
import { daysBetween, todayIso } from "../../lib/dates";
import type { CaseloadFlag, CaseloadItem, CaseloadList } from "./api-enrolments";
import { CASELOAD_FLAGS } from "./api-enrolments";
import { participantsWithLimitWarnings } from "./limits";

/** Days without a contact after which a participant is flagged. */
export const NO_CONTACT_DAYS = 30;

interface Row {
  participantId: string;
  firstName: string;
  lastName: string;
  enrolments: CaseloadItem["enrolments"];
  open: boolean;
  firstOpenEntry: string | null;
  followUpDue: boolean;
  stage: CaseloadItem["stage"];
  stageChangedOn: string | null;
  lastContactAt: string | null;
  /** The day of the last contact in Finland. */
  lastContactOn: string | null;
  nextStep: CaseloadItem["nextStep"];
  pathwayConsent: boolean;
  selfAssessmentDue: string | null;
}

/**
 * The coach's participants: those with an open enrolment where they are the coach, and those whose
 * enrolment with them has ended and whose six-month follow-up is due and not recorded. One query, using
 * enrolments_coach_idx and enrolments_coach_follow_up_idx for the coach's rows and the per-participant
 * indexes of stage_changes, contacts, steps and consents; plus one for the statutory limits.
 */
export function caseloadQuery(user: Pick<SignedInUser, "id" | "regionId">, today: string): SQL {
  const region = user.regionId;
  return sql`
    WITH mine AS (
      SELECT e.id, e.participant_id, e.project_id, e.entry_date, e.exit_date, e.follow_up_due, e.follow_up_on
      FROM enrolments e
      WHERE e.region_id = ${region} AND e.coach_id = ${user.id} AND e.exit_date IS NULL
      UNION ALL
      SELECT e.id, e.participant_id, e.project_id, e.entry_date, e.exit_date, e.follow_up_due, e.follow_up_on
      FROM enrolments e
      WHERE e.region_id = ${region} AND e.coach_id = ${user.id} AND e.exit_date IS NOT NULL
        AND e.follow_up_on IS NULL AND e.follow_up_due <= ${today}::date
    ), per_participant AS (
      SELECT m.participant_id,
        json_agg(json_build_object('id', m.id, 'projectId', m.project_id, 'projectName', pr.name,
          'entryDate', m.entry_date, 'exitDate', m.exit_date, 'followUpDue', m.follow_up_due)
          ORDER BY m.entry_date, m.id) AS enrolments,
        bool_or(m.exit_date IS NULL) AS open,
        min(m.entry_date) FILTER (WHERE m.exit_date IS NULL) AS first_open_entry,
        bool_or(m.exit_date IS NOT NULL) AS follow_up_due
      FROM mine m
      JOIN projects pr ON pr.region_id = ${region} AND pr.id = m.project_id
      GROUP BY m.participant_id
    )
    SELECT json_build_object(
      'participantId', p.id, 'firstName', p.first_name, 'lastName', p.last_name,
      'enrolments', pp.enrolments, 'open', pp.open, 'firstOpenEntry', pp.first_open_entry,
      'followUpDue', pp.follow_up_due, 'stage', st.stage, 'stageChangedOn', st.changed_on,
      'lastContactAt', lc.happened_at,
      'lastContactOn', (lc.happened_at AT TIME ZONE 'Europe/Helsinki')::date,
      'nextStep', CASE WHEN ns.id IS NULL THEN NULL ELSE json_build_object('id', ns.id, 'kind', ns.kind,
        'title', ns.title, 'startsOn', ns.starts_on, 'status', ns.status) END,
      'selfAssessmentDue', sa.next_due,
      'pathwayConsent', EXISTS (
        SELECT 1 FROM consents c
        WHERE c.region_id = p.region_id AND c.participant_id = p.id AND c.purpose = 'pathway'
          AND c.withdrawn_on IS NULL AND c.given_on <= ${today}::date)
    ) AS row
    FROM per_participant pp
    JOIN participants p ON p.region_id = ${region} AND p.id = pp.participant_id
    LEFT JOIN LATERAL (
      SELECT s.stage, s.changed_on FROM stage_changes s
      WHERE s.region_id = p.region_id AND s.participant_id = p.id
      ORDER BY s.changed_on DESC, s.created_at DESC LIMIT 1
    ) st ON true
    LEFT JOIN LATERAL (
      SELECT c.happened_at FROM contacts c
      WHERE c.region_id = p.region_id AND c.participant_id = p.id
      ORDER BY c.happened_at DESC LIMIT 1
    ) lc ON true
    LEFT JOIN LATERAL (
      SELECT s.id, s.kind, s.title, s.starts_on, s.status FROM steps s
      WHERE s.region_id = p.region_id AND s.participant_id = p.id
        AND (s.status = 'ongoing' OR (s.status = 'planned' AND s.starts_on >= ${today}::date))
      ORDER BY (s.starts_on >= ${today}::date) DESC,
        CASE WHEN s.starts_on >= ${today}::date THEN s.starts_on END ASC, s.starts_on DESC, s.id
      LIMIT 1
    ) ns ON true
    LEFT JOIN LATERAL (
      -- Self-assessment reminders due within a week (REMINDER_LEAD_DAYS of self-assessment/reminders.ts).
      SELECT min(r.next_due) AS next_due FROM assessment_reminders r
      WHERE r.region_id = p.region_id AND r.participant_id = p.id AND r.active
        AND r.next_due <= ${today}::date + 7
    ) sa ON true
    ORDER BY p.last_name, p.first_name, p.id`;
}

async function caseloadRows(tx: Tx, user: SignedInUser, today: string): Promise<Row[]> {
  return rowsOf<{ row: Row }>(await tx.execute(caseloadQuery(user, today))).map((r) => r.row);
}

/** Whether nobody has met the participant for more than NO_CONTACT_DAYS (counting from entry if never). */
export function noRecentContact(
  lastContactOn: string | null,
  firstOpenEntry: string | null,
  today: string,
): boolean {
  const since = lastContactOn ?? firstOpenEntry;
  return since !== null && daysBetween(since, today) > NO_CONTACT_DAYS;
}

/** The calling coach's caseload with its flags, optionally only those carrying one flag. */
export async function caseload(
  tx: Tx,
  user: SignedInUser,
  flag: CaseloadFlag | undefined,
  today = todayIso(),
): Promise<CaseloadList> {
  const rows = await caseloadRows(tx, user, today);
  const limitBreaking = await participantsWithLimitWarnings(
    tx,
    rows.map((r) => r.participantId),
  );
  const items: CaseloadItem[] = rows.map((r) => {
    const flags: CaseloadFlag[] = [];
    if (r.open && noRecentContact(r.lastContactOn, r.firstOpenEntry, today)) flags.push("no_contact_30_days");
    if (r.followUpDue) flags.push("follow_up_due");
    if (limitBreaking.has(r.participantId)) flags.push("statutory_limit");
    if (!r.pathwayConsent) flags.push("no_pathway_consent");
    if (r.selfAssessmentDue) flags.push("self_assessment_due");
    return {
      participantId: r.participantId,
      firstName: r.firstName,
      lastName: r.lastName,
      enrolments: r.enrolments,
      stage: r.stage,
      stageChangedOn: r.stageChangedOn,
      lastContactAt: r.lastContactAt ? new Date(r.lastContactAt).toISOString() : null,
      nextStep: r.nextStep,
      flags,
      selfAssessmentDue: r.selfAssessmentDue,
    };
  });
  const counts = Object.fromEntries([
    ["all", items.length],
    ...CASELOAD_FLAGS.map((f) => [f, items.filter((i) => i.flags.includes(f)).length]),
  ]) as CaseloadList["counts"];
  return { data: flag ? items.filter((i) => i.flags.includes(flag)) : items, counts, today };
}
