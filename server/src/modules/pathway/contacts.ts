import { and, desc, eq, type SQL, type SQLWrapper, sql } from "drizzle-orm";
import { uuidArray } from "../../db/checks";
import type { Tx } from "../../db/client";
import type { SignedInUser } from "../../http/context";
import { fieldProblem, forbidden, notFound } from "../../http/problem";
import { organisations } from "../organisations/schema";
import { participantPolicy, type Relation, staffOrganisations } from "../participants/policy";
import { users } from "../users/schema";
import type { Contact, ContactCreate } from "./api-record";
import { recordEvent } from "./events";
import {
  authoringOrganisation,
  decodeCursor,
  encodeCursor,
  openRecord,
  type RecordSubject,
  requireScope,
} from "./record-access";
import { contacts } from "./schema";

/**
 * SQL form of `participantPolicy.seeNote`: a note (or a notes event) is seen by its authoring
 * organisation whatever its scopes, and another organisation's note only when shared with the network
 * and `participantPolicy.seeNetworkNotes` (keepers, and consents that include notes). Nothing without
 * a relation (the routes have answered 404 before).
 */
export function noteVisibleSql(
  user: SignedInUser,
  relation: Relation,
  column: { organisationId: SQLWrapper; sharedWithNetwork: SQLWrapper },
): SQL {
  if (relation.kind === "none") return sql`false`;
  const own = sql`${column.organisationId} = any(${uuidArray(staffOrganisations(user))})`;
  return participantPolicy.seeNetworkNotes(relation) ? sql`(${own} or ${column.sharedWithNetwork})` : own;
}

/** Allowance for clocks: a meeting may be recorded as starting a few minutes from now. */
const FUTURE_SLACK_MS = 5 * 60 * 1000;

/** The meetings and notes of a participant that the user may see, newest first, by keyset pages. */
export async function listContacts(
  tx: Tx,
  user: SignedInUser,
  participantId: string,
  page: { before?: string | undefined; limit?: number | undefined },
): Promise<{ subject: RecordSubject; data: Contact[]; nextCursor: string | null; can: { add: boolean } }> {
  const subject = await openRecord(tx, user, participantId);
  requireScope(subject, "basic");
  const limit = page.limit ?? 50;
  const cursor = page.before ? decodeCursor(page.before) : null;
  const rows = await contactRows(
    tx,
    user,
    and(
      eq(contacts.participantId, participantId),
      noteVisibleSql(user, subject.relation, contacts),
      cursor
        ? sql`${contacts.happenedAt} <= ${cursor.at}::timestamptz and (${contacts.happenedAt} < ${cursor.at}::timestamptz or ${contacts.id} < ${cursor.id}::uuid)`
        : undefined,
    ),
    limit + 1,
  );
  const data = rows.slice(0, limit);
  const last = data.at(-1);
  return {
    subject,
    data: data.map((r) => r.contact),
    nextCursor: rows.length > limit && last ? encodeCursor({ at: last.sortAt, id: last.contact.id }) : null,
    can: { add: participantPolicy.addContact(user, subject.relation) },
  };
}

async function contactRows(tx: Tx, user: SignedInUser, where: SQL | undefined, limit: number) {
  const own = staffOrganisations(user);
  const rows = await tx
    .select({ c: contacts, organisationName: organisations.name, authorName: users.name })
    .from(contacts)
    .innerJoin(organisations, eq(organisations.id, contacts.organisationId))
    .leftJoin(users, eq(users.id, contacts.authorId))
    .where(where)
    .orderBy(desc(contacts.happenedAt), desc(contacts.id))
    .limit(limit);
  return rows.map(({ c, organisationName, authorName }) => ({
    sortAt: c.happenedAt,
    contact: {
      id: c.id,
      kind: c.kind,
      happenedAt: c.happenedAt,
      note: c.note,
      sharedWithNetwork: c.sharedWithNetwork,
      sharedWithParticipant: c.sharedWithParticipant,
      organisationName,
      authorName: authorName ?? null,
      own: own.includes(c.organisationId),
      createdAt: c.createdAt,
    } satisfies Contact,
  }));
}

/**
 * Records a meeting, contact or note for the author's organisation; it stays with that organisation
 * unless shared with the network or with the participant.
 */
export async function addContact(
  tx: Tx,
  user: SignedInUser,
  participantId: string,
  input: ContactCreate,
): Promise<{ subject: RecordSubject; data: Contact }> {
  const subject = await openRecord(tx, user, participantId);
  if (!participantPolicy.addContact(user, subject.relation)) throw forbidden();
  const happened = Date.parse(input.happenedAt);
  if (happened > Date.now() + FUTURE_SLACK_MS) {
    throw fieldProblem(400, "contacts.happenedAtFuture", "/happenedAt");
  }
  const organisationId = await authoringOrganisation(tx, user, subject);
  const [row] = await tx
    .insert(contacts)
    .values({
      participantId,
      kind: input.kind,
      happenedAt: new Date(happened).toISOString(),
      note: input.note.trim(),
      sharedWithNetwork: input.sharedWithNetwork,
      sharedWithParticipant: input.sharedWithParticipant,
      organisationId,
      authorId: user.id,
    })
    .returning({ id: contacts.id });
  if (!row) throw new Error("insert returned nothing");
  await recordEvent(tx, {
    participantId,
    kind: "contact",
    scope: "notes",
    at: new Date(happened).toISOString(),
    refId: row.id,
    summary: { kind: input.kind, hasNote: input.note.trim() !== "" },
    organisationId,
    actorId: user.id,
    sharedWithNetwork: input.sharedWithNetwork,
    sharedWithParticipant: input.sharedWithParticipant,
  });
  const [created] = await contactRows(tx, user, eq(contacts.id, row.id), 1);
  if (!created) throw notFound();
  return { subject, data: created.contact };
}
