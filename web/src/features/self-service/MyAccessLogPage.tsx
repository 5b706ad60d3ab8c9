import { useInfiniteQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { Paragraph } from "suomifi-ui-components";
import { ApiError, api } from "../../app/api";
import { formatDateTime } from "../../app/format";
import { useLanguage } from "../../app/useLanguage";
import { DataTable } from "../../ui/DataTable";
import { Loading } from "../../ui/Loading";
import { LoadMore } from "../../ui/LoadMore";
import { PageTitle } from "../../ui/PageTitle";
import { NotOpened } from "./MyPathwayPage";
import type { AccessPage, MyAccessEntry } from "./selfService";
import "./self-service.css";

const PAGE_SIZE = "25";

/** Who has read the participant's data and when (Act 703/2023 § 11), newest first. */
export function MyAccessLogPage() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const log = useInfiniteQuery({
    // The server words the purposes in the asked language.
    queryKey: ["me", "accessLog", language],
    queryFn: ({ pageParam }) =>
      api.get<AccessPage>("/api/me/access-log", { before: pageParam, limit: PAGE_SIZE }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    retry: (count, error) => !(error instanceof ApiError && error.status < 500) && count < 2,
  });

  const reader = (entry: MyAccessEntry) => {
    if (entry.you) return t("selfService.accessLog.you");
    const name = entry.readerName ?? t("selfService.accessLog.unknownReader");
    return entry.readerOrganisations.length > 0
      ? t("selfService.accessLog.readerAt", { name, organisations: entry.readerOrganisations.join(", ") })
      : name;
  };

  const rows = log.data?.pages.flatMap((page) => page.data) ?? [];
  const columns = [
    { key: "when", labelText: t("selfService.accessLog.when") },
    { key: "who", labelText: t("selfService.accessLog.who") },
    { key: "what", labelText: t("selfService.accessLog.what") },
  ] as const;

  return (
    <div className="me-page">
      <PageTitle>{t("selfService.accessLog.title")}</PageTitle>
      <Paragraph className="me-text" mb="m">
        {t("selfService.accessLog.intro")}
      </Paragraph>
      {log.isPending && <Loading />}
      {log.error && <NotOpened error={log.error} />}
      {log.isSuccess && rows.length === 0 && <Paragraph>{t("selfService.accessLog.empty")}</Paragraph>}
      {rows.length > 0 && (
        <>
          {/* A phone gets a list (a three-column table would scroll sideways); wider screens the table. */}
          <ul className="me-list me-only-narrow" aria-label={t("selfService.accessLog.caption")}>
            {rows.map((entry) => (
              <li key={entry.id} className="me-card">
                <p className="me-card__lead">{entry.purposeText}</p>
                <p>{reader(entry)}</p>
                <p className="muted">{formatDateTime(entry.at, language)}</p>
              </li>
            ))}
          </ul>
          <div className="me-only-wide">
            <DataTable
              caption={t("selfService.accessLog.caption")}
              columns={columns}
              rows={rows.map((entry) => ({
                id: entry.id,
                when: formatDateTime(entry.at, language),
                who: reader(entry),
                what: entry.purposeText,
              }))}
            />
          </div>
        </>
      )}
      <LoadMore
        hasMore={log.hasNextPage}
        loading={log.isFetchingNextPage}
        onClick={() => void log.fetchNextPage()}
      />
      <Paragraph className="me-text" mt="l">
        {t("selfService.accessLog.question")}
      </Paragraph>
    </div>
  );
}
