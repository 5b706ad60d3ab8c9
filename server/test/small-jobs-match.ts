import { addDaysIso, todayIso } from "../src/lib/dates";
import type { TestApp } from "./app";

// Rows for the search, matching and figures tests, written straight into the tables as the owner: a
// job in any state at any time (past months for the figures), a seeker profile, a picked worker with
// hours and pay. The routes that make them in real use are tested in their own files.

export interface JobRowInput {
  regionId: string;
  organisationId: string;
  title?: string;
  category?: string;
  village?: string;
  municipality?: string | null;
  address?: string | null;
  startsOn?: string;
  endsOn?: string;
  estimatedMinutes?: number;
  payType?: "hourly" | "lump_sum";
  payCents?: number;
  places?: number;
  acceptedCount?: number;
  requirements?: string[];
  status?: "draft" | "open" | "filled" | "done" | "paid" | "cancelled";
  publishedAt?: string | null;
  filledAt?: string | null;
  doneAt?: string | null;
}

let n = 0;

/** A job row; open next week in Ylikylä, Kuusijärvi, 4 h at 15 €/h, unless told otherwise. */
export async function insertJob(t: TestApp, o: JobRowInput): Promise<string> {
  const today = todayIso();
  const status = o.status ?? "open";
  n += 1;
  const [row] = await t.db.ownerQuery<{ id: string }>(
    `INSERT INTO jobs (region_id, organisation_id, poster_kind, title, category, village, municipality, address,
       starts_on, ends_on, estimated_minutes, pay_type, pay_cents, places, accepted_count, requirements, status,
       cancel_reason, published_at, filled_at, done_at)
     VALUES ($1, $2, 'association', $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15::text[], $16,
       $17, $18, $19, $20)
     RETURNING id::text`,
    [
      o.regionId,
      o.organisationId,
      o.title ?? `Työ ${n}`,
      o.category ?? "yard",
      o.village ?? "Ylikylä",
      o.municipality === undefined ? "Kuusijärvi" : o.municipality,
      o.address === undefined ? "Kylätie 1" : o.address,
      o.startsOn ?? addDaysIso(today, 7),
      o.endsOn ?? addDaysIso(today, 9),
      o.estimatedMinutes ?? 240,
      o.payType ?? "hourly",
      o.payCents ?? 1500,
      o.places ?? 1,
      o.acceptedCount ?? 0,
      `{${(o.requirements ?? []).join(",")}}`,
      status,
      status === "cancelled" ? "Peruttu" : null,
      o.publishedAt === undefined ? (status === "draft" ? null : new Date().toISOString()) : o.publishedAt,
      o.filledAt ?? null,
      o.doneAt ?? null,
    ],
  );
  if (!row) throw new Error("no job");
  return row.id;
}

/**
 * A seeker profile for a participant. Like saving it (profiles.ts), a village or municipality not given
 * is the participant's own.
 */
export async function insertProfile(
  t: TestApp,
  regionId: string,
  participantId: string,
  o: {
    has?: string[];
    categories?: string[];
    weekdays?: number[];
    village?: string | null;
    municipality?: string | null;
    monthlyCeilingCents?: number | null;
    active?: boolean;
  } = {},
): Promise<void> {
  const rows = await t.db.ownerQuery(
    `INSERT INTO seeker_profiles (region_id, participant_id, active, has, categories, weekdays, village, municipality,
       monthly_ceiling_cents)
     SELECT p.region_id, p.id, $3::boolean, $4::text[], $5::text[], $6::smallint[], coalesce($7::text, p.village),
       coalesce($8::text, p.municipality), $9::integer
       FROM participants p WHERE p.region_id = $1::uuid AND p.id = $2::uuid
     RETURNING id`,
    [
      regionId,
      participantId,
      o.active ?? true,
      `{${(o.has ?? []).join(",")}}`,
      `{${(o.categories ?? []).join(",")}}`,
      `{${(o.weekdays ?? []).join(",")}}`,
      o.village ?? null,
      o.municipality ?? null,
      o.monthlyCeilingCents ?? null,
    ],
  );
  if (rows.length !== 1) throw new Error("no participant for the profile");
}

/** An application of the participant to the job in the given state; returns its id. */
export async function insertApplication(
  t: TestApp,
  regionId: string,
  jobId: string,
  participantId: string,
  status: "proposed" | "applied" | "accepted" | "declined" | "withdrawn" = "applied",
): Promise<string> {
  const [row] = await t.db.ownerQuery<{ id: string }>(
    `INSERT INTO job_applications (region_id, job_id, participant_id, status, applied_at)
     VALUES ($1, $2, $3, $4, now()) RETURNING id::text`,
    [regionId, jobId, participantId, status],
  );
  if (!row) throw new Error("no application");
  return row.id;
}

/** A picked worker (with its accepted application): hours both sides confirmed, gross, the day paid. */
export async function insertWorker(
  t: TestApp,
  regionId: string,
  jobId: string,
  participantId: string,
  o: {
    minutes?: number | null;
    grossCents?: number | null;
    paidOn?: string | null;
    workedTo?: string | null;
  } = {},
): Promise<string> {
  const applicationId = await insertApplication(t, regionId, jobId, participantId, "accepted");
  const minutes = o.minutes ?? null;
  const [row] = await t.db.ownerQuery<{ id: string }>(
    `INSERT INTO job_workers (region_id, job_id, participant_id, application_id, worker_minutes, worker_confirmed_at,
       orderer_minutes, orderer_confirmed_at, worked_from, worked_to, gross_cents, paid_on)
     VALUES ($1, $2, $3, $4, $5, CASE WHEN $5::int IS NULL THEN NULL ELSE now() END, $5,
       CASE WHEN $5::int IS NULL THEN NULL ELSE now() END, $6, $6, $7, $8)
     RETURNING id::text`,
    [
      regionId,
      jobId,
      participantId,
      applicationId,
      minutes,
      o.workedTo ?? null,
      o.grossCents ?? null,
      o.paidOn ?? null,
    ],
  );
  if (!row) throw new Error("no worker");
  return row.id;
}

/** Gives the participant record of a user (linked by participants.user_id) the contact consent, once. */
export async function giveOwnContactConsent(t: TestApp, userId: string): Promise<void> {
  await t.db.ownerQuery(
    `INSERT INTO consents (region_id, participant_id, purpose, given_on, method)
     SELECT p.region_id, p.id, 'contact', current_date - 1, 'in_person' FROM participants p
     WHERE p.user_id = $1 AND NOT EXISTS (
       SELECT 1 FROM consents c WHERE c.participant_id = p.id AND c.purpose = 'contact' AND c.withdrawn_on IS NULL)`,
    [userId],
  );
}
