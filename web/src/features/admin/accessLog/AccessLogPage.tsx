import { useInfiniteQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";
import { Button, Paragraph, TextInput } from "suomifi-ui-components";
import { api } from "../../../app/api";
import { formatDateTime } from "../../../app/format";
import type { AccessLogPage as AccessLogPageData } from "../../../app/types";
import { useLanguage } from "../../../app/useLanguage";
import { DataTable } from "../../../ui/DataTable";
import { Loading } from "../../../ui/Loading";
import { LoadMore } from "../../../ui/LoadMore";
import { PageTitle } from "../../../ui/PageTitle";
import { ProblemAlert } from "../../../ui/ProblemAlert";

const PAGE_SIZE = "50";

export function AccessLogPage() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const [params, setParams] = useSearchParams();
  const subjectType = params.get("subjectType") ?? "";
  const actor = params.get("actor") ?? "";
  const [subjectTypeInput, setSubjectTypeInput] = useState(subjectType);
  const [actorInput, setActorInput] = useState(actor);

  const log = useInfiniteQuery({
    queryKey: ["accessLog", { subjectType, actor }],
    queryFn: ({ pageParam }) =>
      api.get<AccessLogPageData>("/api/access-log", {
        subjectType,
        actor,
        before: pageParam,
        limit: PAGE_SIZE,
      }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });

  function filter(event: React.FormEvent) {
    event.preventDefault();
    const next = new URLSearchParams();
    if (subjectTypeInput.trim() !== "") next.set("subjectType", subjectTypeInput.trim());
    if (actorInput.trim() !== "") next.set("actor", actorInput.trim());
    setParams(next);
  }

  const rows = log.data?.pages.flatMap((page) => page.data) ?? [];
  const columns = [
    { key: "at", labelText: t("accessLog.at") },
    { key: "reader", labelText: t("accessLog.reader") },
    { key: "subjectType", labelText: t("accessLog.subjectType") },
    { key: "subject", labelText: t("accessLog.subject") },
    { key: "purpose", labelText: t("accessLog.purpose") },
  ] as const;

  return (
    <>
      <PageTitle>{t("accessLog.title")}</PageTitle>
      <Paragraph mb="m">{t("accessLog.intro")}</Paragraph>
      <search aria-label={t("accessLog.filterLabel")}>
        <form onSubmit={filter} className="filters">
          <TextInput
            labelText={t("accessLog.subjectType")}
            name="subjectType"
            value={subjectTypeInput}
            onChange={(value) => setSubjectTypeInput(String(value ?? ""))}
          />
          <TextInput
            labelText={t("accessLog.reader")}
            name="actor"
            value={actorInput}
            onChange={(value) => setActorInput(String(value ?? ""))}
          />
          <Button type="submit">{t("common.filter")}</Button>
        </form>
      </search>
      {log.isPending && <Loading />}
      <ProblemAlert error={log.error} />
      {log.isSuccess &&
        (rows.length === 0 ? (
          <Paragraph>{t("accessLog.empty")}</Paragraph>
        ) : (
          <DataTable
            caption={t("accessLog.caption")}
            columns={columns}
            rows={rows.map((entry) => ({
              id: entry.id,
              at: formatDateTime(entry.at, language),
              reader: entry.actorName ?? t("audit.system"),
              subjectType: entry.subjectType,
              subject: entry.subjectLabel ?? entry.subjectId,
              purpose: entry.purpose,
            }))}
          />
        ))}
      <LoadMore
        hasMore={log.hasNextPage}
        loading={log.isFetchingNextPage}
        onClick={() => void log.fetchNextPage()}
      />
    </>
  );
}
