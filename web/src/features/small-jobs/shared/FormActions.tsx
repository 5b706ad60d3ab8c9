import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Button } from "suomifi-ui-components";
import { ProblemAlert } from "../../../ui/ProblemAlert";

/**
 * The end of a small-jobs form: why sending failed (if it did), the send button (off while sending), any
 * other buttons, and cancel.
 */
export function FormActions({
  error,
  pending,
  submitLabel,
  onCancel,
  children,
}: {
  error: unknown;
  pending: boolean;
  submitLabel: string;
  onCancel: () => void;
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <>
      <ProblemAlert error={error} />
      <div className="form__actions">
        <Button type="submit" disabled={pending}>
          {submitLabel}
        </Button>
        {children}
        <Button type="button" variant="secondary" onClick={onCancel}>
          {t("jobsAdmin.cancel")}
        </Button>
      </div>
    </>
  );
}
