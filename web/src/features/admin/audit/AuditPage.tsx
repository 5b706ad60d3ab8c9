import { useInfiniteQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";
import { Button, Paragraph, TextInput } from "suomifi-ui-components";
import { api } from "../../../app/api";
import { describeChanges, formatDateTime } from "../../../app/format";
import type { AuditPage as AuditPageData } from "../../../app/types";
import { useLanguage } from "../../../app/useLanguage";
import { DataTable } from "../../../ui/DataTable";
import { Loading } from "../../../ui/Loading";
import { LoadMore } from "../../../ui/LoadMore";
import { PageTitle } from "../../../ui/PageTitle";
import { ProblemAlert } from "../../../ui/ProblemAlert";

const PAGE_SIZE = "50";

const KNOWN_ENTITIES = [
  "organisations",
  "users",
  "memberships",
  "sessions",
  "invitations",
  "outbox",
] as const;
type KnownEntity = (typeof KNOWN_ENTITIES)[number];
const isKnownEntity = (entity: string): entity is KnownEntity =>
  (KNOWN_ENTITIES as readonly string[]).includes(entity);

function Changes({ changes }: { changes: Record<string, unknown> }) {
  const lines = describeChanges(changes);
  if (lines.length === 0) return <>–</>;
  return (
    <ul className="cell-list">
      {lines.map(({ field, text }) => (
        <li key={field}>
          {field}: {text}
        </li>
      ))}
    </ul>
  );
}

export function AuditPage() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const [params, setParams] = useSearchParams();
  const entity = params.get("entity") ?? "";
  const actor = params.get("actor") ?? "";
  const [entityInput, setEntityInput] = useState(entity);
  const [actorInput, setActorInput] = useState(actor);

  const audit = useInfiniteQuery({
    queryKey: ["audit", { entity, actor }],
    queryFn: ({ pageParam }) =>
      api.get<AuditPageData>("/api/audit", { entity, actor, before: pageParam, limit: PAGE_SIZE }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });

  function filter(event: React.FormEvent) {
    event.preventDefault();
    const next = new URLSearchParams();
    if (entityInput.trim() !== "") next.set("entity", entityInput.trim());
    if (actorInput.trim() !== "") next.set("actor", actorInput.trim());
    setParams(next);
  }

  const rows = audit.data?.pages.flatMap((page) => page.data) ?? [];
  const columns = [
    { key: "at", labelText: t("audit.at") },
    { key: "actor", labelText: t("audit.actor") },
    { key: "action", labelText: t("audit.action") },
    { key: "entity", labelText: t("audit.entity") },
    { key: "entityId", labelText: t("audit.entityId") },
    { key: "changes", labelText: t("audit.changes") },
  ] as const;

  return (
    <>
      <PageTitle>{t("audit.title")}</PageTitle>
      <Paragraph mb="m">{t("audit.intro")}</Paragraph>
      <search aria-label={t("audit.filterLabel")}>
        <form onSubmit={filter} className="filters">
          <TextInput
            labelText={t("audit.entity")}
            hintText={t("audit.entityHint")}
            name="entity"
            value={entityInput}
            onChange={(value) => setEntityInput(String(value ?? ""))}
          />
          <TextInput
            labelText={t("audit.actor")}
            name="actor"
            value={actorInput}
            onChange={(value) => setActorInput(String(value ?? ""))}
          />
          <Button type="submit">{t("common.filter")}</Button>
        </form>
      </search>
      {audit.isPending && <Loading />}
      <ProblemAlert error={audit.error} />
      {audit.isSuccess &&
        (rows.length === 0 ? (
          <Paragraph>{t("audit.empty")}</Paragraph>
        ) : (
          <DataTable
            caption={t("audit.caption")}
            columns={columns}
            rows={rows.map((event) => ({
              id: event.id,
              at: formatDateTime(event.at, language),
              actor: event.actorName ?? t("audit.system"),
              action: t(`auditAction.${event.action}`),
              entity: isKnownEntity(event.entity)
                ? `${t(`auditEntity.${event.entity}`)} (${event.entity})`
                : event.entity,
              entityId: event.entityId ?? "–",
              changes: <Changes changes={event.changes} />,
            }))}
          />
        ))}
      <LoadMore
        hasMore={audit.hasNextPage}
        loading={audit.isFetchingNextPage}
        onClick={() => void audit.fetchNextPage()}
      />
    </>
  );
}
