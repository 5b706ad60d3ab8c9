import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useLocation } from "react-router";
import { Button, Heading, Paragraph } from "suomifi-ui-components";
import type { Consent } from "../../../../server/src/modules/participants/api";
import { formatDate } from "../../app/format";
import { useLanguage } from "../../app/useLanguage";
import { Loading } from "../../ui/Loading";
import { SuccessNotice } from "../../ui/Notice";
import { ProblemAlert } from "../../ui/ProblemAlert";
import { useConsents } from "./api";
import { consentsByPurpose } from "./consentForm";
import { useParticipant } from "./context";
import { RecordConsentForm } from "./RecordConsentForm";
import type { RegisteredState } from "./RegisterParticipantPage";
import { useFocusRequest } from "./useFocusRequest";
import { WithdrawConsentDialog } from "./WithdrawConsentDialog";

type Notice = "recorded" | "withdrawn" | null;

function ConsentItem({
  consent,
  canManage,
  onWithdraw,
}: {
  consent: Consent;
  canManage: boolean;
  onWithdraw: (button: HTMLElement) => void;
}) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const date = (iso: string) => formatDate(iso, language);
  return (
    <li className="consent">
      {consent.purpose === "sharing" && (
        <p className="consent__title">
          {t("participants.consents.sharedWith", { organisation: consent.organisationName ?? "–" })}
        </p>
      )}
      <p className={consent.inForce ? "consent__status consent__status--in-force" : "consent__status"}>
        {consent.inForce
          ? t("participants.consents.inForce")
          : consent.withdrawnOn
            ? t("participants.consents.withdrawnStatus", { date: date(consent.withdrawnOn) })
            : t("participants.consents.notYetInForce")}
      </p>
      <dl className="consent__details">
        {consent.purpose === "sharing" && (
          <div>
            <dt>{t("participants.consents.scopesLabel")}</dt>
            <dd>{consent.scopes.map((scope) => t(`participants.scope.${scope}.short`)).join(", ")}</dd>
          </div>
        )}
        <div>
          <dt>{t("participants.consents.fields.givenOn")}</dt>
          <dd>{date(consent.givenOn)}</dd>
        </div>
        <div>
          <dt>{t("participants.consents.fields.method")}</dt>
          <dd>{t(`participants.consents.method.${consent.method}`)}</dd>
        </div>
        <div>
          <dt>{t("participants.consents.recordedBy")}</dt>
          <dd>{consent.recordedByName ?? "–"}</dd>
        </div>
        {consent.withdrawnOn && (
          <div>
            <dt>{t("participants.consents.withdrawnBy")}</dt>
            <dd>{consent.withdrawnByName ?? "–"}</dd>
          </div>
        )}
      </dl>
      {canManage && !consent.withdrawnOn && (
        <Button variant="secondary" onClick={(event) => onWithdraw(event.currentTarget as HTMLElement)}>
          {t("participants.consents.withdraw")}
        </Button>
      )}
    </li>
  );
}

export function ConsentsSection() {
  const { t } = useTranslation();
  const participant = useParticipant();
  const location = useLocation();
  const registered = (location.state as RegisteredState | null)?.registered === true;
  const consents = useConsents(participant.data.id);
  const [notice, setNotice] = useState<Notice>(null);
  const [withdrawing, setWithdrawing] = useState<Consent | null>(null);
  const [returnFocus, focusReturn] = useFocusRequest<HTMLElement>();
  const [noticeRef, focusNotice] = useFocusRequest<HTMLDivElement>();

  function announce(next: Notice) {
    setNotice(next);
    focusNotice();
  }

  const canManage = consents.data?.can.manage ?? false;

  return (
    <>
      <div ref={noticeRef} tabIndex={-1} className="focus-target">
        {notice ? (
          <SuccessNotice>{t(`participants.consents.notice.${notice}`)}</SuccessNotice>
        ) : (
          registered && <SuccessNotice>{t("participants.consents.notice.registered")}</SuccessNotice>
        )}
      </div>
      <section aria-labelledby="consents-heading">
        <Heading variant="h2" id="consents-heading" mb="s">
          {t("participants.consents.heading")}
        </Heading>
        <Paragraph mb="m">{t("participants.consents.intro")}</Paragraph>
        {consents.isPending && <Loading />}
        <ProblemAlert error={consents.error} />
        {consents.data &&
          consentsByPurpose(consents.data.data).map((group) => (
            <section
              key={group.purpose}
              aria-labelledby={`consents-${group.purpose}`}
              className="consent-group"
            >
              <Heading variant="h3" id={`consents-${group.purpose}`} mb="xs">
                {t(`participants.consents.purpose.${group.purpose}.title`)}
              </Heading>
              <Paragraph mb="s" className="muted">
                {t(`participants.consents.purpose.${group.purpose}.explain`)}
              </Paragraph>
              {group.consents.length === 0 ? (
                <Paragraph mb="m">{t("participants.consents.noneForPurpose")}</Paragraph>
              ) : (
                <ul className="consent-list">
                  {group.consents.map((consent) => (
                    <ConsentItem
                      key={consent.id}
                      consent={consent}
                      canManage={canManage}
                      onWithdraw={(button) => {
                        returnFocus.current = button;
                        setWithdrawing(consent);
                      }}
                    />
                  ))}
                </ul>
              )}
            </section>
          ))}
      </section>
      {canManage && <RecordConsentForm participant={participant} onRecorded={() => announce("recorded")} />}
      {withdrawing && (
        <WithdrawConsentDialog
          participantId={participant.data.id}
          consent={withdrawing}
          onClose={() => {
            setWithdrawing(null);
            focusReturn();
          }}
          onWithdrawn={() => {
            setWithdrawing(null);
            announce("withdrawn");
          }}
        />
      )}
    </>
  );
}
