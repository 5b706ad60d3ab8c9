import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { Details, Paragraph } from "suomifi-ui-components";
import { api } from "../../../app/api";
import { formatDateTime } from "../../../app/format";
import type { OutboxList, OutboxMessage } from "../../../app/types";
import { useLanguage } from "../../../app/useLanguage";
import { DescriptionList } from "../../../ui/Details";
import { Loading } from "../../../ui/Loading";
import { PageTitle } from "../../../ui/PageTitle";
import { ProblemAlert } from "../../../ui/ProblemAlert";

function MessageItem({ message }: { message: OutboxMessage }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  return (
    <li className="message">
      <h2>{message.subject}</h2>
      <DescriptionList
        items={[
          { label: t("outbox.to"), value: message.to },
          { label: t("outbox.created"), value: formatDateTime(message.createdAt, language) },
          {
            label: t("outbox.status"),
            value: message.sentAt
              ? t("outbox.statusWithTime", {
                  status: t(`outboxStatus.${message.status}`),
                  time: formatDateTime(message.sentAt, language),
                })
              : t(`outboxStatus.${message.status}`),
          },
        ]}
      />
      {/* The body holds the invitation link; shown as plain text so an administrator can copy it. */}
      <Details summaryLabel={t("outbox.showBody")}>
        <pre className="message-body">{message.body}</pre>
      </Details>
    </li>
  );
}

export function OutboxPage() {
  const { t } = useTranslation();
  const outbox = useQuery({ queryKey: ["outbox"], queryFn: () => api.get<OutboxList>("/api/outbox") });
  return (
    <>
      <PageTitle>{t("outbox.title")}</PageTitle>
      <Paragraph mb="m">{t("outbox.intro")}</Paragraph>
      {outbox.isPending && <Loading />}
      <ProblemAlert error={outbox.error} />
      {outbox.data &&
        (outbox.data.data.length === 0 ? (
          <Paragraph>{t("outbox.empty")}</Paragraph>
        ) : (
          <ul className="message-list">
            {outbox.data.data.map((message) => (
              <MessageItem key={message.id} message={message} />
            ))}
          </ul>
        ))}
    </>
  );
}
