import {
  check,
  date,
  foreignKey,
  index,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { oneOf } from "../../db/checks";
import { createdAt, id, regionId } from "../../db/columns";
import { regions } from "../regions/schema";
import { users } from "../users/schema";

export const NOTIFICATION_KINDS = [
  "follow_up_due",
  /** Small jobs: to the poster, a seeker applied (subject: the application). */
  "job_application",
  /** To the brokering association: a household order was confirmed (subject: the job). */
  "job_ordered",
  /** To a seeker: a coach proposed a job (subject: the application). */
  "job_proposed",
  /** To a seeker: picked, or not (subject: the application). */
  "job_picked",
  "job_not_picked",
  /** To the poster: an applicant or a picked worker withdrew (subject: the application). */
  "job_withdrawn",
  /** To everyone involved, as the job moves on (subject: the job). */
  "job_filled",
  "job_done",
  "job_paid",
  "job_cancelled",
  /** To the worker and the poster: hours wait for confirmation (subject: the worker row). */
  "job_hours",
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/** A reminder or notice shown to one user in Polku (ilmoitus). Written by background jobs and services. */
export const notifications = pgTable(
  "notifications",
  {
    id: id(),
    regionId: regionId().references(() => regions.id),
    userId: uuid("user_id").notNull(),
    kind: text("kind", { enum: NOTIFICATION_KINDS }).notNull(),
    /** What it is about: the record's type and id (e.g. enrolment). */
    subjectType: text("subject_type").notNull(),
    subjectId: uuid("subject_id").notNull(),
    participantId: uuid("participant_id"),
    dueOn: date("due_on", { mode: "string" }),
    readAt: timestamp("read_at", { withTimezone: true, mode: "string" }),
    createdAt: createdAt(),
  },
  (t) => [
    foreignKey({ columns: [t.regionId, t.userId], foreignColumns: [users.regionId, users.id] }).onDelete(
      "cascade",
    ),
    uniqueIndex("notifications_once_key").on(t.userId, t.kind, t.subjectId),
    index("notifications_user_idx").on(t.regionId, t.userId, t.createdAt),
    check("notifications_kind_check", oneOf(t.kind, NOTIFICATION_KINDS)),
  ],
);
