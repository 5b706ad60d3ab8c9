import { and, desc, eq, type SQL, sql } from "drizzle-orm";
import type { Tx } from "../../db/client";
import type { SignedInUser } from "../../http/context";
import { organisations } from "../organisations/schema";
import { participantPolicy } from "../participants/policy";
import type { SharingScope } from "../participants/schema";
import { users } from "../users/schema";
import type { TimelineEntry } from "./api-record";
import { noteVisibleSql } from "./contacts";
import { decodeCursor, encodeCursor, openRecord, type RecordSubject } from "./record-access";
import { pathwayEvents } from "./schema";

const SCOPED: SharingScope[] = ["plan", "assessments"];

/**
 * The scopes of events the user sees, as SQL: basic always, plan and assessments by consent, and notes
 * events by the rule of notes themselves (`participantPolicy.seeNote`), so that the timeline shows
 * exactly the meetings the contacts list shows.
 */
function visibleEvents(user: SignedInUser, subject: RecordSubject): SQL {
  const scopes = ["basic", ...SCOPED.filter((s) => participantPolicy.see(subject.relation, s))];
  return sql`(${pathwayEvents.scope} = any(${`{${scopes.join(",")}}`}::text[]) or (${pathwayEvents.scope} = 'notes' and ${noteVisibleSql(user, subject.relation, pathwayEvents)}))`;
}

/**
 * Everything that happened on the participant's pathway that the user may see, newest first, by keyset
 * pages on (at, id). Filtered in SQL and read along pathway_events_participant_idx (region, participant,
 * at), so a page costs the same with 20 events or 20 000.
 */
export async function getTimeline(
  tx: Tx,
  user: SignedInUser,
  participantId: string,
  page: { before?: string | undefined; limit?: number | undefined },
): Promise<{ subject: RecordSubject; data: TimelineEntry[]; nextCursor: string | null }> {
  const subject = await openRecord(tx, user, participantId);
  const limit = page.limit ?? 50;
  const cursor = page.before ? decodeCursor(page.before) : null;
  const rows = await tx
    .select({
      id: pathwayEvents.id,
      at: pathwayEvents.at,
      kind: pathwayEvents.kind,
      scope: pathwayEvents.scope,
      summary: pathwayEvents.summary,
      refId: pathwayEvents.refId,
      actorName: users.name,
      organisationName: organisations.name,
    })
    .from(pathwayEvents)
    .leftJoin(users, eq(users.id, pathwayEvents.actorId))
    .leftJoin(organisations, eq(organisations.id, pathwayEvents.organisationId))
    .where(
      and(
        eq(pathwayEvents.regionId, user.regionId),
        eq(pathwayEvents.participantId, participantId),
        visibleEvents(user, subject),
        cursor
          ? sql`${pathwayEvents.at} <= ${cursor.at}::timestamptz and (${pathwayEvents.at} < ${cursor.at}::timestamptz or ${pathwayEvents.id} < ${cursor.id}::uuid)`
          : undefined,
      ),
    )
    .orderBy(desc(pathwayEvents.at), desc(pathwayEvents.id))
    .limit(limit + 1);
  const data = rows.slice(0, limit).map((r) => ({
    id: r.id,
    at: r.at,
    kind: r.kind,
    scope: r.scope,
    summary: r.summary as TimelineEntry["summary"],
    actorName: r.actorName ?? null,
    organisationName: r.organisationName ?? null,
    refId: r.refId,
  }));
  const last = data.at(-1);
  return {
    subject,
    data,
    nextCursor: rows.length > limit && last ? encodeCursor({ at: last.at, id: last.id }) : null,
  };
}
