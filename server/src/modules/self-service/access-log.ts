import { and, desc, eq, inArray, lt, ne, sql } from "drizzle-orm";
import type { Tx } from "../../db/client";
import type { Language } from "../access/roles";
import { accessLog } from "../audit/schema";
import { organisations } from "../organisations/schema";
import { PARTICIPANT_SUBJECT } from "../participants/routes";
import { jobOrderers } from "../small-jobs/schema";
import { memberships, users } from "../users/schema";
import type { MyAccessEntry, MyAccessPage } from "./api";
import { purposeText } from "./purposes";
import { iso } from "./service";

// The participant's view of the access log (Act 703/2023 § 11): who read their record, when and why.

/** The organisations each reader works in (not the participant role), by user id. */
async function readerOrganisations(tx: Tx, userIds: string[]): Promise<Map<string, string[]>> {
  const wanted = [...new Set(userIds)];
  if (wanted.length === 0) return new Map();
  const rows = await tx
    .selectDistinct({ userId: memberships.userId, name: organisations.name })
    .from(memberships)
    .innerJoin(organisations, eq(organisations.id, memberships.organisationId))
    .where(and(inArray(memberships.userId, wanted), ne(memberships.role, "participant")))
    .orderBy(organisations.name);
  const byUser = new Map<string, string[]>();
  for (const r of rows) byUser.set(r.userId, [...(byUser.get(r.userId) ?? []), r.name]);
  return byUser;
}

/**
 * Reads of the participant's record, newest first, by keyset paging on the id (like the
 * administrators' access log); without a limit, all of them (for the data export).
 */
export async function myAccessLog(
  tx: Tx,
  input: {
    participantId: string;
    userId: string;
    lang: Language;
    before?: string | undefined;
    limit?: number | undefined;
  },
): Promise<MyAccessPage> {
  const conditions = [
    eq(accessLog.subjectType, PARTICIPANT_SUBJECT),
    eq(accessLog.subjectId, input.participantId),
  ];
  if (input.before) conditions.push(lt(accessLog.id, Number(input.before)));
  const query = tx
    .select({
      id: accessLog.id,
      at: accessLog.at,
      actorId: accessLog.actorId,
      actorName: sql<string | null>`coalesce(${users.name}, ${jobOrderers.name})`,
      purpose: accessLog.purpose,
    })
    .from(accessLog)
    .leftJoin(users, eq(users.id, accessLog.actorId))
    // A household that ordered a small job reads by its own link, without an account.
    .leftJoin(jobOrderers, eq(jobOrderers.id, accessLog.ordererId))
    .where(and(...conditions))
    .orderBy(desc(accessLog.id));
  const limit = input.limit;
  const rows = limit === undefined ? await query : await query.limit(limit + 1);
  const page = limit === undefined ? rows : rows.slice(0, limit);
  const orgs = await readerOrganisations(
    tx,
    page.map((r) => r.actorId).filter((id): id is string => id !== null && id !== input.userId),
  );
  const data: MyAccessEntry[] = page.map((r) => {
    const you = r.actorId === input.userId;
    return {
      id: String(r.id),
      at: iso(r.at),
      you,
      readerName: r.actorName,
      readerOrganisations: you || r.actorId === null ? [] : (orgs.get(r.actorId) ?? []),
      purpose: r.purpose,
      purposeText: purposeText(input.lang, r.purpose),
    };
  });
  const more = limit !== undefined && rows.length > limit;
  return { data, nextCursor: more ? (data.at(-1)?.id ?? null) : null };
}
