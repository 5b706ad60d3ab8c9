import { and, eq, inArray } from "drizzle-orm";
import type { Tx } from "../../db/client";
import { type NotificationKind, notifications } from "../notifications/schema";
import { participants } from "../participants/schema";
import { memberships, users } from "../users/schema";

/** What a small-jobs notification is about. */
export type JobSubjectType = "job" | "job_application" | "job_worker";

/**
 * Notifies users in Polku (decision 024: everyone involved hears of each change). One row per user,
 * kind and subject at most (the unique key): a repeat is silently skipped.
 */
export async function notify(
  tx: Tx,
  input: {
    userIds: readonly (string | null | undefined)[];
    kind: NotificationKind;
    subjectType: JobSubjectType;
    subjectId: string;
    participantId?: string | null;
  },
): Promise<void> {
  const userIds = [...new Set(input.userIds.filter((id): id is string => typeof id === "string"))];
  if (userIds.length === 0) return;
  await tx
    .insert(notifications)
    .values(
      userIds.map((userId) => ({
        userId,
        kind: input.kind,
        subjectType: input.subjectType,
        subjectId: input.subjectId,
        participantId: input.participantId ?? null,
      })),
    )
    .onConflictDoNothing();
}

/** The active users who post for the organisation (its `association_contact` members). */
export async function posterUserIds(tx: Tx, organisationId: string): Promise<string[]> {
  const rows = await tx
    .selectDistinct({ id: users.id })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(
      and(
        eq(memberships.organisationId, organisationId),
        eq(memberships.role, "association_contact"),
        eq(users.status, "active"),
      ),
    );
  return rows.map((r) => r.id);
}

/** The participant's own Polku account, if they have one (null otherwise). */
export async function participantUserId(tx: Tx, participantId: string): Promise<string | null> {
  const [row] = await tx
    .select({ userId: participants.userId })
    .from(participants)
    .where(eq(participants.id, participantId));
  return row?.userId ?? null;
}

/** The Polku accounts of these participants (those who have one), by participant id. */
export async function participantUserIds(
  tx: Tx,
  participantIds: readonly string[],
): Promise<Map<string, string>> {
  if (participantIds.length === 0) return new Map();
  const rows = await tx
    .select({ id: participants.id, userId: participants.userId })
    .from(participants)
    .where(inArray(participants.id, [...new Set(participantIds)]));
  return new Map(rows.flatMap((r) => (r.userId ? [[r.id, r.userId] as [string, string]] : [])));
}
