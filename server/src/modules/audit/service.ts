import { and, desc, eq, lt, sql } from "drizzle-orm";
import type { Tx } from "../../db/client";
import { users } from "../users/schema";
import { type AccessEntry, type AuditEntry, accessLog, auditTrail } from "./schema";

interface Page<T> {
  data: T[];
  nextCursor: string | null;
}

const likeOf = (text: string) => `%${text.trim().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** The audit trail, newest first, by keyset paging on the id. */
export async function listAudit(
  tx: Tx,
  filter: {
    entity?: string | undefined;
    actor?: string | undefined;
    before?: string | undefined;
    limit?: number | undefined;
  },
): Promise<Page<AuditEntry>> {
  const limit = filter.limit ?? 50;
  const conditions = [];
  if (filter.entity?.trim()) conditions.push(eq(auditTrail.entity, filter.entity.trim()));
  if (filter.actor?.trim())
    conditions.push(
      sql`(${users.name} ILIKE ${likeOf(filter.actor)} OR ${users.email} ILIKE ${likeOf(filter.actor)})`,
    );
  if (filter.before) conditions.push(lt(auditTrail.id, Number(filter.before)));
  const rows = await tx
    .select({
      id: auditTrail.id,
      at: auditTrail.at,
      actorId: auditTrail.actorId,
      actorName: users.name,
      action: auditTrail.action,
      entity: auditTrail.entity,
      entityId: auditTrail.entityId,
      changes: auditTrail.changes,
    })
    .from(auditTrail)
    .leftJoin(users, eq(users.id, auditTrail.actorId))
    .where(conditions.length ? and(...conditions) : undefined)
    .orderBy(desc(auditTrail.id))
    .limit(limit + 1);
  const page = rows.slice(0, limit).map((r) => ({
    ...r,
    id: String(r.id),
    action: r.action as AuditEntry["action"],
    changes: (r.changes ?? {}) as Record<string, unknown>,
  }));
  return { data: page, nextCursor: rows.length > limit ? (page.at(-1)?.id ?? null) : null };
}

/** The access log, newest first; optionally only the reads of one subject. */
export async function listAccess(
  tx: Tx,
  filter: {
    subjectType?: string | undefined;
    subjectId?: string | undefined;
    actor?: string | undefined;
    before?: string | undefined;
    limit?: number | undefined;
  },
): Promise<Page<AccessEntry>> {
  const limit = filter.limit ?? 50;
  const conditions = [];
  if (filter.subjectType?.trim()) conditions.push(eq(accessLog.subjectType, filter.subjectType.trim()));
  if (filter.subjectId) conditions.push(eq(accessLog.subjectId, filter.subjectId));
  if (filter.actor?.trim())
    conditions.push(
      sql`(${users.name} ILIKE ${likeOf(filter.actor)} OR ${users.email} ILIKE ${likeOf(filter.actor)})`,
    );
  if (filter.before) conditions.push(lt(accessLog.id, Number(filter.before)));
  const rows = await tx
    .select({
      id: accessLog.id,
      at: accessLog.at,
      actorId: accessLog.actorId,
      actorName: users.name,
      subjectType: accessLog.subjectType,
      subjectId: accessLog.subjectId,
      subjectLabel: accessLog.subjectLabel,
      purpose: accessLog.purpose,
    })
    .from(accessLog)
    .leftJoin(users, eq(users.id, accessLog.actorId))
    .where(conditions.length ? and(...conditions) : undefined)
    .orderBy(desc(accessLog.id))
    .limit(limit + 1);
  const page = rows.slice(0, limit).map((r) => ({ ...r, id: String(r.id) }));
  return { data: page, nextCursor: rows.length > limit ? (page.at(-1)?.id ?? null) : null };
}
