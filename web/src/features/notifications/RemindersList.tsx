import { useTranslation } from "react-i18next";
import { Button, Heading, Paragraph } from "suomifi-ui-components";
import type { Notification } from "../../../../server/src/modules/notifications/api";
import { formatDate } from "../../app/format";
import { useLanguage } from "../../app/useLanguage";
import { AppLink } from "../../ui/AppLink";
import { Loading } from "../../ui/Loading";
import { ProblemAlert } from "../../ui/ProblemAlert";
import { useMarkRead, useUnreadNotifications } from "./api";
import "./notifications.css";

function Reminder({ notification }: { notification: Notification }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const markRead = useMarkRead();
  const due = notification.dueOn ? formatDate(notification.dueOn, language) : "–";
  const who = notification.participantName ?? t("notifications.someone");
  return (
    <li className="reminder">
      <p className="reminder__text">
        {notification.participantId ? (
          <AppLink to={`/participants/${notification.participantId}/enrolments`}>
            {t("notifications.followUpDue.title", { name: who })}
          </AppLink>
        ) : (
          t("notifications.followUpDue.title", { name: who })
        )}
      </p>
      <p className="reminder__meta">
        {t("notifications.followUpDue.detail", { project: notification.projectName ?? "–", date: due })}
      </p>
      <Button
        variant="secondaryNoBorder"
        onClick={() => markRead.mutate(notification.id)}
        disabled={markRead.isPending}
        aria-label={t("notifications.dismissFor", { name: who })}
      >
        {t("notifications.dismiss")}
      </Button>
      <ProblemAlert error={markRead.error} />
    </li>
  );
}

/** My unread reminders (six-month follow-ups that are due), with a way to put each aside. */
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
