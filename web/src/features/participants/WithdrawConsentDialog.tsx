import { useState } from "react";
import { useTranslation } from "react-i18next";
import {
  Button,
  DateInput,
  Modal,
  ModalContent,
  ModalFooter,
  ModalTitle,
  Paragraph,
  Textarea,
} from "suomifi-ui-components";
import type { Consent } from "../../../../server/src/modules/participants/api";
import { isoToInputDate, todayIso } from "../../app/dates";
import { useLanguage } from "../../app/useLanguage";
import { ProblemAlert } from "../../ui/ProblemAlert";
import { useConsentMutations } from "./api";
import { validateWithdrawal, type WithdrawValues, withdrawBodyOf } from "./consentForm";

const smallScreen = () =>
  typeof window !== "undefined" && window.matchMedia?.("(max-width: 600px)").matches === true;

/**
 * Withdrawing a consent is asked in a dialog of its own, which says what stops, so that it is a
 * deliberate act. The caller returns focus to the button that opened it.
 */
export function WithdrawConsentDialog({
  participantId,
  consent,
  onClose,
  onWithdrawn,
}: {
  participantId: string;
  consent: Consent;
  onClose: () => void;
  onWithdrawn: () => void;
}) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const { withdraw } = useConsentMutations(participantId);
  const [values, setValues] = useState<WithdrawValues>({ withdrawnOn: isoToInputDate(todayIso()), note: "" });
  const [submitted, setSubmitted] = useState(false);
  const error = validateWithdrawal(values, consent, todayIso());
  const dateError = submitted && error ? t(`participants.consents.errors.${error}`) : undefined;

  function confirm() {
    setSubmitted(true);
    if (error) return;
    withdraw.mutate(
      { consentId: consent.id, body: withdrawBodyOf(values, consent) },
      { onSuccess: onWithdrawn },
    );
  }

  const effect =
    consent.purpose === "sharing"
      ? t("participants.consents.withdrawEffectSharing", { organisation: consent.organisationName ?? "" })
      : t("participants.consents.withdrawEffect");

  return (
    <Modal
      appElementId="root"
      visible
      variant={smallScreen() ? "smallScreen" : "default"}
      onEscKeyDown={onClose}
    >
      <ModalContent>
        <ModalTitle>{t("participants.consents.withdrawTitle")}</ModalTitle>
        <Paragraph mb="m">{effect}</Paragraph>
        <div className="form">
          <DateInput
            id="withdraw-date"
            labelText={t("participants.consents.withdrawnOn")}
            hintText={t("participants.form.dateHint")}
            language={language}
            value={values.withdrawnOn}
            onChange={({ value }) => setValues((v) => ({ ...v, withdrawnOn: value }))}
            status={dateError ? "error" : "default"}
            statusText={dateError}
            autoComplete="off"
          />
          <Textarea
            id="withdraw-note"
            labelText={t("participants.consents.withdrawNote")}
            optionalText={t("participants.optional")}
            hintText={t("participants.consents.withdrawNoteHint")}
            maxLength={1000}
            value={values.note}
            onChange={(event) => {
              const note = event.target.value;
              setValues((v) => ({ ...v, note }));
            }}
            fullWidth
          />
          <ProblemAlert error={withdraw.error} />
        </div>
      </ModalContent>
      <ModalFooter>
        <Button onClick={confirm} disabled={withdraw.isPending}>
          {t("participants.consents.withdrawConfirm")}
        </Button>
        <Button variant="secondary" onClick={onClose}>
          {t("participants.cancel")}
        </Button>
      </ModalFooter>
    </Modal>
  );
}
