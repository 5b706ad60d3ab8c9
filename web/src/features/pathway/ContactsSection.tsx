import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Heading, Paragraph } from "suomifi-ui-components";
import type { Contact } from "../../../../server/src/modules/pathway/api-record";
import { formatDateTime } from "../../app/format";
import { useLanguage } from "../../app/useLanguage";
import { Loading } from "../../ui/Loading";
import { LoadMore } from "../../ui/LoadMore";
import { SuccessNotice } from "../../ui/Notice";
import { ProblemAlert } from "../../ui/ProblemAlert";
import { useParticipant } from "../participants/context";
import { useContacts } from "./record/api";
import { ByLine } from "./record/ByLine";
import { ContactForm } from "./record/ContactForm";
import "./record/record.css";

function ContactItem({ contact }: { contact: Contact }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const sharing = [
    contact.sharedWithNetwork ? t("record.contacts.sharedNetwork") : t("record.contacts.ownOrganisationOnly"),
    ...(contact.sharedWithParticipant ? [t("record.contacts.sharedParticipant")] : []),
  ];
  return (
    <li className="record-card">
      <p className="record-history__title">
        {t("record.contacts.itemTitle", {
          kind: t(`record.contactKind.${contact.kind}`),
          at: formatDateTime(contact.happenedAt, language),
        })}
      </p>
      <ByLine name={contact.authorName} organisation={contact.organisationName} />
      {contact.note ? (
        <p className="record-text">{contact.note}</p>
      ) : (
        <p className="muted">{t("record.contacts.noNote")}</p>
      )}
      <p className="record-tags">{sharing.join(" · ")}</p>
    </li>
  );
}

/** The meetings tab: record a meeting or note, and the ones the user may read. */
export function ContactsSection() {
  const { t } = useTranslation();
  const participant = useParticipant();
  const contacts = useContacts(participant.data.id);
  const [saved, setSaved] = useState(false);
  const list = contacts.data?.pages.flatMap((p) => p.data) ?? [];
  const canAdd = contacts.data?.pages[0]?.can.add ?? false;

  return (
    <section aria-labelledby="contacts-heading">
      <Heading variant="h2" id="contacts-heading" mb="s">
        {t("record.contacts.title")}
      </Heading>
      <Paragraph mb="m">{t("record.contacts.intro")}</Paragraph>
      {saved && <SuccessNotice>{t("record.contacts.saved")}</SuccessNotice>}
      {canAdd && <ContactForm participantId={participant.data.id} onSaved={() => setSaved(true)} />}
      <div className="section">
        <Heading variant="h2" mb="s">
          {t("record.contacts.listHeading")}
        </Heading>
        {contacts.isPending && <Loading />}
        <ProblemAlert error={contacts.error} />
        {contacts.isSuccess && list.length === 0 && <Paragraph>{t("record.contacts.none")}</Paragraph>}
        <ul className="record-list">
          {list.map((c) => (
            <ContactItem key={c.id} contact={c} />
          ))}
        </ul>
        <LoadMore
          hasMore={contacts.hasNextPage}
          loading={contacts.isFetchingNextPage}
          onClick={() => void contacts.fetchNextPage()}
        />
      </div>
    </section>
  );
}
