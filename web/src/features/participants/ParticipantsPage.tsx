import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useLocation, useNavigate, useSearchParams } from "react-router";
import { Button, Paragraph, TextInput } from "suomifi-ui-components";
import type { ParticipantListItem } from "../../../../server/src/modules/participants/api";
import { formatDate } from "../../app/format";
import { useSession } from "../../app/session";
import { useLanguage } from "../../app/useLanguage";
import { AppLink } from "../../ui/AppLink";
import { DataTable } from "../../ui/DataTable";
import { Loading } from "../../ui/Loading";
import { PageTitle } from "../../ui/PageTitle";
import { ProblemAlert } from "../../ui/ProblemAlert";
import { numberedStage } from "../pathway/record/forms";
import { useParticipantSearch } from "./api";
import { searchBelongsInUrl } from "./identity";
import "./participants.css";

const PAGE_SIZE = 25;

/**
 * Identity-code searches by history entry. The address carries only a random token in the history state,
 * so back and forward work while the code itself stays in this page's memory, never in browser history.
 */
const codeSearches = new Map<string, string>();

function rememberCodeSearch(q: string): string {
  const token = crypto.randomUUID();
  codeSearches.set(token, q);
  // Keep a handful: enough for back and forward, not a list of codes.
  for (const key of [...codeSearches.keys()].slice(0, -10)) codeSearches.delete(key);
  return token;
}

interface CodeSearchState {
  codeSearch?: string;
}

function codeSearchOf(state: unknown): string | null {
  const token = (state as CodeSearchState | null)?.codeSearch;
  return typeof token === "string" ? (codeSearches.get(token) ?? null) : null;
}

function Results({ items, q }: { items: ParticipantListItem[]; q: string }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  if (items.length === 0) {
    return (
      <Paragraph mb="m">
        {searchBelongsInUrl(q) ? t("participants.search.noHits", { q }) : t("participants.search.noHitsCode")}
      </Paragraph>
    );
  }
  const columns = [
    { key: "name", labelText: t("participants.list.name") },
    { key: "birthDate", labelText: t("participants.list.birthDate") },
    { key: "place", labelText: t("participants.list.place") },
    { key: "organisation", labelText: t("participants.list.organisation") },
    { key: "stage", labelText: t("participants.list.stage") },
    { key: "relation", labelText: t("participants.list.relation") },
  ] as const;
  return (
    <>
      <DataTable
        caption={t("participants.search.caption", { count: items.length })}
        columns={columns}
        rows={items.map((p) => ({
          id: p.id,
          name: (
            <AppLink to={`/participants/${p.id}`}>
              {p.lastName}, {p.firstName}
            </AppLink>
          ),
          birthDate: formatDate(p.birthDate, language),
          place: [p.municipality, p.village].filter(Boolean).join(", ") || "–",
          organisation: p.organisationName,
          stage: p.stage
            ? numberedStage(p.stage, t(`record.stageName.${p.stage}`))
            : t("participants.list.noStage"),
          relation: t(`participants.list.relationKind.${p.relation}`),
        }))}
      />
      {items.length >= PAGE_SIZE && <Paragraph mb="m">{t("participants.search.refine")}</Paragraph>}
    </>
  );
}

export function ParticipantsPage() {
  const { t } = useTranslation();
  const { session } = useSession();
  const location = useLocation();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const urlQ = params.get("q") ?? "";
  const active = (urlQ || codeSearchOf(location.state)) ?? "";
  const [text, setText] = useState(active);
  const [tooShort, setTooShort] = useState(false);
  const search = useParticipantSearch(active);

  // The field follows back and forward through searches.
  // biome-ignore lint/correctness/useExhaustiveDependencies: only a new history entry resets the field.
  useEffect(() => {
    setText(active);
    setTooShort(false);
  }, [location.key]);

  // A code typed straight into the address is moved out of it at once.
  useEffect(() => {
    if (urlQ && !searchBelongsInUrl(urlQ)) {
      const state: CodeSearchState = { codeSearch: rememberCodeSearch(urlQ) };
      navigate({ pathname: location.pathname, search: "" }, { replace: true, state });
    }
  }, [urlQ, navigate, location.pathname]);

  function submit(event: React.FormEvent) {
    event.preventDefault();
    const q = text.trim();
    if (q.length < 2) {
      setTooShort(true);
      return;
    }
    setTooShort(false);
    if (searchBelongsInUrl(q)) {
      setParams({ q });
    } else {
      const state: CodeSearchState = { codeSearch: rememberCodeSearch(q) };
      navigate({ pathname: location.pathname, search: "" }, { state });
    }
  }

  // Mirrors participantPolicy.register (a coach somewhere) until a search answers with `can`.
  const canRegister =
    search.data?.can.register ?? session?.user.memberships.some((m) => m.role === "coach") ?? false;

  return (
    <>
      <PageTitle>{t("participants.search.title")}</PageTitle>
      {canRegister && (
        <p>
          <Link to="/participants/new" className="button-link">
            {t("participants.search.register")}
          </Link>
        </p>
      )}
      <search aria-label={t("participants.search.label")}>
        <form onSubmit={submit} noValidate className="filters">
          <div className="participant-search__field">
            <TextInput
              labelText={t("participants.search.field")}
              hintText={t("participants.search.hint")}
              name="q"
              type="text"
              autoComplete="off"
              spellCheck={false}
              value={text}
              onChange={(value) => setText(String(value ?? ""))}
              status={tooShort ? "error" : "default"}
              statusText={tooShort ? t("participants.search.tooShort") : undefined}
              fullWidth
            />
          </div>
          <Button type="submit">{t("common.search")}</Button>
        </form>
      </search>
      <p role="status" className="visually-hidden">
        {active.length >= 2 && search.data && !search.isFetching
          ? t("participants.search.status", { count: search.data.data.length })
          : ""}
      </p>
      {active.length < 2 ? (
        <Paragraph mb="m">{t("participants.search.empty")}</Paragraph>
      ) : search.isPending ? (
        <Loading />
      ) : search.error ? (
        <ProblemAlert error={search.error} />
      ) : (
        search.data && <Results items={search.data.data} q={active} />
      )}
    </>
  );
}
