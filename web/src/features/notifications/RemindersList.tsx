import { useTranslation } from "react-i18next";
import { Button, Heading, Paragraph } from "suomifi-ui-components";
import type { Notification } from "../../../../server/src/modules/notifications/api";
import { formatDate } from "../../app/format";
import { useSession } from "../../app/session";
import { useLanguage } from "../../app/useLanguage";
import { AppLink } from "../../ui/AppLink";
import { Loading } from "../../ui/Loading";
import { ProblemAlert } from "../../ui/ProblemAlert";
import { useMarkRead, useUnreadNotifications } from "./api";
import "./notifications.css";

/** Where a notice leads and what it says, by kind. */
function useNoticeText(notification: Notification): {
  title: string;
  detail: string | null;
  to: string | null;
} {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const { session } = useSession();
  if (notification.kind === "follow_up_due") {
    const who = notification.participantName ?? t("notifications.someone");
    const due = notification.dueOn ? formatDate(notification.dueOn, language) : "–";
    return {
      title: t("notifications.followUpDue.title", { name: who }),
      detail: t("notifications.followUpDue.detail", { project: notification.projectName ?? "–", date: due }),
      to: notification.participantId ? `/participants/${notification.participantId}/enrolments` : null,
    };
  }
  // Small jobs: a seeker goes to their own view of the job, staff to the job page.
  const job = notification.jobTitle ?? t("notifications.job.unknown");
  const seeker = session?.user.roles.includes("participant") ?? false;
  const to = notification.jobId
    ? seeker
      ? `/me/jobs/${notification.jobId}`
      : `/jobs/${notification.jobId}`
    : null;
  return { title: t(`notifications.job.${notification.kind}`, { job }), detail: null, to };
}

function Reminder({ notification }: { notification: Notification }) {
  const { t } = useTranslation();
  const markRead = useMarkRead();
  const { title, detail, to } = useNoticeText(notification);
  return (
    <li className="reminder">
      <p className="reminder__text">{to ? <AppLink to={to}>{title}</AppLink> : title}</p>
      {detail && <p className="reminder__meta">{detail}</p>}
      <Button
        variant="secondaryNoBorder"
        onClick={() => markRead.mutate(notification.id)}
        disabled={markRead.isPending}
        aria-label={t("notifications.dismissFor", { name: title })}
      >
        {t("notifications.dismiss")}
      </Button>
      <ProblemAlert error={markRead.error} />
    </li>
  );
}

/** My unread reminders and notices (follow-ups that are due, small jobs), with a way to put each aside. */
export function RemindersList() {
  const { t } = useTranslation();
  const reminders = useUnreadNotifications();
  return (
    <section aria-labelledby="reminders-heading" className="reminders">
      <Heading variant="h2" id="reminders-heading" mb="s">
        {t("notifications.heading")}
        {reminders.data && reminders.data.unreadCount > 0 ? ` (${reminders.data.unreadCount})` : ""}
      </Heading>
      {reminders.isPending && <Loading />}
      <ProblemAlert error={reminders.error} />
      {reminders.data &&
        (reminders.data.data.length === 0 ? (
          <Paragraph mb="m">{t("notifications.none")}</Paragraph>
        ) : (
          <ul className="reminder-list">
            {reminders.data.data.map((n) => (
              <Reminder key={n.id} notification={n} />
            ))}
          </ul>
        ))}
    </section>
  );
}
