import { useTranslation } from "react-i18next";
import { LoadingSpinner } from "suomifi-ui-components";

export function Loading() {
  const { t } = useTranslation();
  return <LoadingSpinner text={t("common.loading")} textAlign="right" variant="small" status="loading" />;
}
