import { and, asc, eq, sql } from "drizzle-orm";
import type { Tx } from "../../db/client";
import type { SignedInUser } from "../../http/context";
import { forbidden, notFound, Problem } from "../../http/problem";
import { todayIso } from "../../lib/dates";
import {
  participantPolicy,
  type Relation,
  sharingOrganisations,
  staffOrganisations,
} from "../participants/policy";
import type { SharingScope } from "../participants/schema";
import { consents, participants } from "../participants/schema";
import { requireRelation } from "../participants/service";

/** The participant whose record is read or written, as far as the access log needs them. */
export interface RecordSubject {
  relation: Relation;
  participant: { id: string; firstName: string; lastName: string; organisationId: string };
}

/** The user's relation to the participant (404 when none), and the participant's name for the access log. */
export async function openRecord(tx: Tx, user: SignedInUser, participantId: string): Promise<RecordSubject> {
  const relation = await requireRelation(tx, user, participantId);
  const [participant] = await tx
    .select({
      id: participants.id,
      firstName: participants.firstName,
      lastName: participants.lastName,
      organisationId: participants.organisationId,
    })
    .from(participants)
    .where(eq(participants.id, participantId));
  if (!participant) throw notFound();
  return { relation, participant };
}

/** 403 unless the part of the record is open to the user (the person is visible to them already). */
export function requireScope(subject: RecordSubject, scope: SharingScope): void {
  if (!participantPolicy.see(subject.relation, scope)) throw forbidden();
}

/** 403 unless the user may write the participant's record. */
export function requireEdit(subject: RecordSubject): void {
  if (!participantPolicy.edit(subject.relation)) throw forbidden();
}

/**
 * The organisation a text the user writes belongs to (it stays with it unless shared). A keeper writes
 * for the participant's organisation when they work there, else for their first organisation; a partner
 * for the organisation whose sharing consent lets them see the person (one with notes first).
 */
export async function authoringOrganisation(
  tx: Tx,
  user: SignedInUser,
  subject: RecordSubject,
): Promise<string> {
  const own = staffOrganisations(user);
  if (subject.relation.kind === "keeper") {
    if (own.includes(subject.participant.organisationId)) return subject.participant.organisationId;
    const first = own[0];
    if (!first) throw forbidden();
    return first;
  }
  const orgs = sharingOrganisations(user);
  const [row] = await tx
    .select({ organisationId: consents.organisationId })
    .from(consents)
    .where(
      and(
        eq(consents.participantId, subject.participant.id),
        eq(consents.purpose, "sharing"),
        sql`${consents.withdrawnOn} is null and ${consents.givenOn} <= ${todayIso()}::date`,
        sql`${consents.organisationId} = any(${`{${orgs.join(",")}}`}::uuid[])`,
      ),
    )
    .orderBy(sql`('notes' = any(${consents.scopes})) desc`, asc(consents.givenOn))
    .limit(1);
  if (!row?.organisationId) throw forbidden();
  return row.organisationId;
}

/** A keyset position: the sort instant and the row id, as an opaque base64url token. */
export interface KeysetCursor {
  at: string;
  id: string;
}

export const encodeCursor = (c: KeysetCursor) => Buffer.from(`${c.at}|${c.id}`).toString("base64url");

/** A timestamp as PostgreSQL writes it ("2026-03-04 07:00:00.123+00") or in ISO 8601. */
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}:\d{2}(\.\d{1,6})?(Z|[+-]\d{2}(:?\d{2})?)$/;
const isoOf = (at: string) => at.replace(" ", "T").replace(/([+-]\d{2})$/, "$1:00");
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Reads a cursor; a malformed one is a bad request, never a server error. */
export function decodeCursor(token: string): KeysetCursor {
  const [at = "", id = ""] = Buffer.from(token, "base64url").toString("utf8").split("|");
  const day = at.slice(0, 10);
  const realDay = !Number.isNaN(Date.parse(day)) && new Date(Date.parse(day)).toISOString().startsWith(day);
  if (!UUID.test(id) || !TIMESTAMP.test(at) || !realDay || Number.isNaN(Date.parse(isoOf(at)))) {
    throw new Problem(400, "problem.badRequest");
  }
  return { at, id };
}
