import { and, desc, eq, isNull, sql } from "drizzle-orm";
import type { Tx } from "../../db/client";
import type { SignedInUser } from "../../http/context";
import { notFound } from "../../http/problem";
import { visibleTo } from "../participants/policy";
import { participants } from "../participants/schema";
import { enrolments } from "../pathway/schema";
import { projects } from "../projects/schema";
import type { Notification } from "./api";
import { notifications } from "./schema";

const selectNotifications = (tx: Tx, user: SignedInUser) =>
  tx
    .select({
      n: notifications,
      participantName: sql<string | null>`${participants.firstName} || ' ' || ${participants.lastName}`,
      projectName: projects.name,
      job: sql<{ id: string; title: string } | null>`(
        select json_build_object('id', j.id, 'title', j.title) from jobs j
        where j.region_id = ${notifications.regionId} and j.id = case ${notifications.subjectType}
          when 'job' then ${notifications.subjectId}
          when 'job_application' then (select a.job_id from job_applications a where a.region_id = ${notifications.regionId} and a.id = ${notifications.subjectId})
          when 'job_worker' then (select w.job_id from job_workers w where w.region_id = ${notifications.regionId} and w.id = ${notifications.subjectId})
        end)`,
    })
    .from(notifications)
    // The participant is named only while the user may see them (a reminder outlives a lost relation).
    .leftJoin(participants, and(eq(participants.id, notifications.participantId), visibleTo(user)))
    .leftJoin(
      enrolments,
      and(eq(notifications.subjectType, "enrolment"), eq(enrolments.id, notifications.subjectId)),
    )
    .leftJoin(projects, eq(projects.id, enrolments.projectId))
    .$dynamic();

type Row = Awaited<ReturnType<ReturnType<typeof selectNotifications>["execute"]>>[number];

const present = (r: Row): Notification => ({
  id: r.n.id,
  kind: r.n.kind,
  subjectType: r.n.subjectType,
  subjectId: r.n.subjectId,
  participantId: r.participantName === null ? null : r.n.participantId,
  participantName: r.participantName,
  projectName: r.participantName === null ? null : r.projectName,
  jobId: r.job?.id ?? null,
  jobTitle: r.job?.title ?? null,
  dueOn: r.n.dueOn,
  readAt: r.n.readAt,
  createdAt: r.n.createdAt,
});

/** The user's own notifications, newest first, and how many are unread. */
export async function listNotifications(
  tx: Tx,
  user: SignedInUser,
  options: { unread: boolean; limit: number },
): Promise<{ data: Notification[]; unreadCount: number }> {
  const own = eq(notifications.userId, user.id);
  const rows = await selectNotifications(tx, user)
    .where(options.unread ? and(own, isNull(notifications.readAt)) : own)
    .orderBy(desc(notifications.createdAt), desc(notifications.id))
    .limit(options.limit);
  const [count] = await tx
    .select({ n: sql<number>`count(*)::int` })
    .from(notifications)
    .where(and(own, isNull(notifications.readAt)));
  return { data: rows.map(present), unreadCount: count?.n ?? 0 };
}

/** Marks one of the user's notifications read (someone else's is not found). */
export async function markRead(tx: Tx, user: SignedInUser, id: string): Promise<Notification> {
  const [updated] = await tx
    .update(notifications)
    .set({ readAt: sql`coalesce(${notifications.readAt}, now())` })
    .where(and(eq(notifications.id, id), eq(notifications.userId, user.id)))
    .returning({ id: notifications.id });
  if (!updated) throw notFound();
  const [row] = await selectNotifications(tx, user).where(eq(notifications.id, id));
  if (!row) throw notFound();
  return present(row);
}
