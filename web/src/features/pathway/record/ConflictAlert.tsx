import { useTranslation } from "react-i18next";
import { Button } from "suomifi-ui-components";
import { ApiError } from "../../../app/api";
import { ProblemAlert } from "../../../ui/ProblemAlert";

export const isConflict = (error: unknown) => error instanceof ApiError && error.status === 409;

/**
 * Why a save failed. On a conflict (someone saved meanwhile) it offers to load the latest version; the
 * form keeps what the user typed.
 */
export function SaveProblem({
  error,
  onLoadLatest,
  loading = false,
}: {
  error: unknown;
  onLoadLatest: () => void;
  loading?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <ProblemAlert error={error}>
      {isConflict(error) && (
        <>
          <p>{t("record.conflict.keepText")}</p>
          <div className="button-row">
            <Button variant="secondary" onClick={onLoadLatest} disabled={loading}>
              {t("record.conflict.loadLatest")}
            </Button>
          </div>
        </>
      )}
    </ProblemAlert>
  );
}
