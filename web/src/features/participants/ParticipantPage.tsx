import { useEffect } from "react";
import { useTranslation } from "react-i18next";
import { NavLink, Outlet, useLocation, useParams } from "react-router";
import { Heading, Paragraph } from "suomifi-ui-components";
import type { ParticipantResponse } from "../../../../server/src/modules/participants/api";
import { ApiError } from "../../app/api";
import { formatDate } from "../../app/format";
import { useLanguage } from "../../app/useLanguage";
import { AppLink } from "../../ui/AppLink";
import { Loading } from "../../ui/Loading";
import { PageTitle } from "../../ui/PageTitle";
import { ProblemAlert } from "../../ui/ProblemAlert";
import { useParticipantRecord } from "./api";
import type { ParticipantOutletContext } from "./context";
import { tabOfPath, tabSegment, tabVisible, visibleTabs } from "./tabs";
import "./participants.css";

/**
 * The page's h1 is the person's name, but the browser tab and history get a neutral title: history
 * outlives the session and may be seen by the next person at the computer.
 */
function ParticipantTitle({ children }: { children: string }) {
  const { t } = useTranslation();
  const title = `${t("participants.page.documentTitle")} – ${t("app.productName")}`;
  useEffect(() => {
    document.title = title;
  }, [title]);
  return (
    <Heading variant="h1" tabIndex={-1} className="page-title" mb="xs">
      {children}
    </Heading>
  );
}

function RelationText({ participant }: { participant: ParticipantResponse }) {
  const { t } = useTranslation();
  const { relation } = participant;
  if (relation.kind === "keeper") {
    return (
      <>{relation.write ? t("participants.page.ownClient") : t("participants.page.ownClientReadOnly")}</>
    );
  }
  const scopes = relation.scopes.map((scope) => t(`participants.scope.${scope}.short`)).join(", ");
  return <>{t("participants.page.shared", { scopes })}</>;
}

function NotFound() {
  const { t } = useTranslation();
  return (
    <>
      <PageTitle>{t("participants.page.notFoundTitle")}</PageTitle>
      <Paragraph mb="m">{t("participants.page.notFoundBody")}</Paragraph>
      <AppLink to="/participants">{t("participants.backToSearch")}</AppLink>
    </>
  );
}

export function ParticipantPage() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const { id = "" } = useParams();
  const location = useLocation();
  const record = useParticipantRecord(id);

  if (record.isPending) return <Loading />;
  if (record.error instanceof ApiError && record.error.status === 404) return <NotFound />;
  if (!record.data) {
    return (
      <>
        <PageTitle>{t("participants.page.errorTitle")}</PageTitle>
        <ProblemAlert error={record.error} />
        <AppLink to="/participants">{t("participants.backToSearch")}</AppLink>
      </>
    );
  }

  const participant = record.data;
  const { data, relation, can } = participant;
  const tabs = visibleTabs(relation, can);
  const active = tabOfPath(location.pathname, id);
  const context: ParticipantOutletContext = { participant };
  const base = `/participants/${encodeURIComponent(id)}`;

  return (
    <>
      <p className="participant-header__back">
        <AppLink to="/participants">{t("participants.backToSearch")}</AppLink>
      </p>
      <ParticipantTitle>{`${data.firstName} ${data.lastName}`}</ParticipantTitle>
      <dl className="participant-header">
        <div>
          <dt>{t("participants.fields.birthDate")}</dt>
          <dd>{formatDate(data.birthDate, language)}</dd>
        </div>
        <div>
          <dt>{t("participants.page.organisation")}</dt>
          <dd>{data.organisationName}</dd>
        </div>
        <div>
          <dt>{t("participants.page.relation")}</dt>
          <dd>
            <RelationText participant={participant} />
          </dd>
        </div>
      </dl>
      <nav aria-label={t("participants.tabs.label")} className="participant-tabs">
        <ul>
          {tabs.map((tab) => {
            const segment = tabSegment(tab);
            return (
              <li key={tab}>
                <NavLink
                  to={segment ? `${base}/${segment}` : base}
                  end={segment === ""}
                  className="participant-tabs__link"
                >
                  {t(`participants.tabs.${tab}`)}
                </NavLink>
              </li>
            );
          })}
        </ul>
      </nav>
      {/* Keyed by the participant, so that a section's state (an open form) never carries over to another. */}
      <div className="participant-section" key={id}>
        {active && !tabVisible(active, relation, can) ? (
          <>
            <Heading variant="h2" mb="s">
              {t("participants.page.partNotSharedTitle")}
            </Heading>
            <Paragraph>{t("participants.page.partNotSharedBody")}</Paragraph>
          </>
        ) : (
          <Outlet context={context} />
        )}
      </div>
    </>
  );
}
