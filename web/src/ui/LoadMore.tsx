import { useTranslation } from "react-i18next";
import { Button } from "suomifi-ui-components";

/** "Load more" for cursor-paged lists; hidden when there is nothing more. */
export function LoadMore({
  hasMore,
  loading,
  onClick,
}: {
  hasMore: boolean;
  loading: boolean;
  onClick: () => void;
}) {
  const { t } = useTranslation();
  if (!hasMore) return null;
  return (
    <Button variant="secondary" onClick={onClick} disabled={loading}>
      {loading ? t("common.loading") : t("common.loadMore")}
    </Button>
  );
}
