import { useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { Heading, Paragraph } from "suomifi-ui-components";
import { Loading } from "../../ui/Loading";
import { SuccessNotice } from "../../ui/Notice";
import { ProblemAlert } from "../../ui/ProblemAlert";
import { useParticipant } from "../participants/context";
import { useEnrolments } from "./enrolments/api";
import { EnrolForm } from "./enrolments/EnrolForm";
import { EnrolmentCard, type EnrolmentNotice } from "./enrolments/EnrolmentCard";
import "./enrolments/enrolments.css";

type Notice = EnrolmentNotice | "enrolled" | null;

/** The participant's enrolments in projects: coach, entry, exit with outcome, and the six-month follow-up. */
export function EnrolmentSection() {
  const { t } = useTranslation();
  const participant = useParticipant();
  const enrolments = useEnrolments(participant.data.id);
  const [notice, setNotice] = useState<Notice>(null);
  const noticeRef = useRef<HTMLDivElement>(null);

  function announce(next: Notice) {
    setNotice(next);
    requestAnimationFrame(() => noticeRef.current?.focus());
  }

  const list = enrolments.data;
  const due = list?.data.filter((e) => e.followUpState === "due") ?? [];

  return (
    <>
      <div ref={noticeRef} tabIndex={-1} className="focus-target">
        {notice && <SuccessNotice>{t(`enrolments.notice.${notice}`)}</SuccessNotice>}
      </div>
      <section aria-labelledby="enrolments-heading">
        <Heading variant="h2" id="enrolments-heading" mb="s">
          {t("enrolments.heading")}
        </Heading>
        {enrolments.isPending && <Loading />}
        <ProblemAlert error={enrolments.error} />
        {due.length > 0 && (
          <Paragraph mb="m" className="follow-up-status follow-up-status--due">
            {t("enrolments.followUpDueSummary", { count: due.length })}
          </Paragraph>
        )}
        {list &&
          (list.data.length === 0 ? (
            <Paragraph mb="m">{t("enrolments.none")}</Paragraph>
          ) : (
            <ul className="enrolment-list">
              {list.data.map((e) => (
                <EnrolmentCard key={e.id} enrolment={e} coaches={list.coaches} onSaved={announce} />
              ))}
            </ul>
          ))}
      </section>
      {list?.can.enrol && (
        <EnrolForm participantId={participant.data.id} list={list} onEnrolled={() => announce("enrolled")} />
      )}
    </>
  );
}
