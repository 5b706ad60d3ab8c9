import { type Static, Type } from "typebox";
import { Nullable, NullableTimestamp, StringEnum, Timestamp, Uuid } from "../../http/typebox";
import { IsoDate } from "../projects/schema";
import { NOTIFICATION_KINDS } from "./schema";

/** A reminder or notice for the signed-in user. The participant is named only while the user may see them. */
export const Notification = Type.Object({
  id: Uuid,
  kind: StringEnum(NOTIFICATION_KINDS),
  subjectType: Type.String(),
  subjectId: Uuid,
  participantId: Nullable(Uuid),
  participantName: Nullable(Type.String()),
  /** For a follow-up: the project of the enrolment. */
  projectName: Nullable(Type.String()),
  /** For a small-jobs notice: the job it is about. */
  jobId: Nullable(Uuid),
  jobTitle: Nullable(Type.String()),
  dueOn: Nullable(IsoDate),
  readAt: NullableTimestamp,
  createdAt: Timestamp,
});
export type Notification = Static<typeof Notification>;

export const NotificationQuery = Type.Object(
  {
    unread: Type.Optional(Type.Boolean()),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100 })),
  },
  { additionalProperties: false },
);
export type NotificationQuery = Static<typeof NotificationQuery>;

export const NotificationList = Type.Object({
  data: Type.Array(Notification),
  unreadCount: Type.Integer(),
});
export type NotificationList = Static<typeof NotificationList>;
export const NotificationResponse = Type.Object({ data: Notification });
export type NotificationResponse = Static<typeof NotificationResponse>;
