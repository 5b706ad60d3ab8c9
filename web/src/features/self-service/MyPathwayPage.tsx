import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { Heading, InlineAlert, Paragraph } from "suomifi-ui-components";
import { ApiError, api } from "../../app/api";
import { formatDate } from "../../app/format";
import { useLanguage } from "../../app/useLanguage";
import { AppLink } from "../../ui/AppLink";
import { DescriptionList } from "../../ui/Details";
import { Loading } from "../../ui/Loading";
import { PageTitle } from "../../ui/PageTitle";
import { ProblemAlert } from "../../ui/ProblemAlert";
import { MessagesSection, PlanSection, StepsSection } from "./PathwaySections";
import { currentStageSince, StageProgress } from "./StageProgress";
import type { MyPathway, MyPathwayResponse } from "./selfService";
import "./self-service.css";

/** The participant's own pathway, read once per visit (each read is in their access log). */
export function useMyPathway() {
  return useQuery({
    queryKey: ["me", "pathway"],
    queryFn: () => api.get<MyPathwayResponse>("/api/me/pathway"),
    retry: (count, error) => !(error instanceof ApiError && error.status < 500) && count < 2,
  });
}

/** "Your pathway has not been opened yet": a 404 here is a state to explain, not an error. */
export function NotOpened({ error }: { error: unknown }) {
  const { t } = useTranslation();
  if (error instanceof ApiError && error.status === 404) {
    return (
      <InlineAlert status="neutral" mb="m">
        {t("selfService.notOpened")}
      </InlineAlert>
    );
  }
  return <ProblemAlert error={error} />;
}

function Projects({ enrolments }: { enrolments: MyPathway["enrolments"] }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  if (enrolments.length === 0) return null;
  return (
    <Section id="me-projects" heading={t("selfService.pathway.projectsHeading")}>
      <ul className="me-list">
        {enrolments.map((e) => (
          <li key={e.id} className="me-card">
            <h3>{e.projectName}</h3>
            <p>{t("selfService.pathway.coachLine", { coach: e.coachName })}</p>
            <p>{t("selfService.pathway.startedLine", { date: formatDate(e.entryDate, language) })}</p>
            {e.exitDate && (
              <p>
                {t("selfService.pathway.endedLine", { date: formatDate(e.exitDate, language) })}
                {e.outcome &&
                  ` ${t("selfService.pathway.outcomeLine", { outcome: t(`selfService.outcome.${e.outcome}`) })}`}
              </p>
            )}
          </li>
        ))}
      </ul>
    </Section>
  );
}

function Section({ id, heading, children }: { id: string; heading: string; children: React.ReactNode }) {
  return (
    <section aria-labelledby={id} className="section">
      <Heading variant="h2" id={id} mb="m">
        {heading}
      </Heading>
      {children}
    </section>
  );
}

export function MyPathwayPage() {
  const { t } = useTranslation();
  const pathway = useMyPathway();
  const data = pathway.data?.data;
  const p = data?.participant;
  return (
    <div className="me-page">
      <PageTitle>{t("selfService.pathway.title")}</PageTitle>
      <Paragraph className="me-text" mb="m">
        {t("selfService.pathway.intro")}
      </Paragraph>
      {pathway.isPending && <Loading />}
      {pathway.error && <NotOpened error={pathway.error} />}
      {data && p && (
        <>
          <Projects enrolments={data.enrolments} />
          <Section id="me-stage" heading={t("selfService.pathway.whereNow")}>
            <StageProgress current={data.currentStage} since={currentStageSince(data)} />
          </Section>
          <Section id="me-plan" heading={t("selfService.pathway.planHeading")}>
            <PlanSection plan={data.plan} />
          </Section>
          <Section id="me-steps" heading={t("selfService.pathway.stepsHeading")}>
            <StepsSection steps={data.steps} />
          </Section>
          <Section id="me-messages" heading={t("selfService.pathway.messagesHeading")}>
            <MessagesSection messages={data.messages} />
          </Section>
          <Section id="me-details" heading={t("selfService.pathway.detailsHeading")}>
            <DescriptionList
              items={[
                { label: t("selfService.pathway.name"), value: `${p.firstName} ${p.lastName}` },
                { label: t("selfService.pathway.phone"), value: p.phone ?? "–" },
                { label: t("selfService.pathway.email"), value: p.email ?? "–" },
                {
                  label: t("selfService.pathway.address"),
                  value:
                    [p.address, [p.postalCode, p.municipality].filter(Boolean).join(" ")]
                      .filter(Boolean)
                      .join(", ") || "–",
                },
                { label: t("selfService.pathway.keeper"), value: p.organisationName },
              ]}
            />
            <Paragraph className="me-text">{t("selfService.pathway.detailsHint")}</Paragraph>
          </Section>
          <Section id="me-more" heading={t("selfService.pathway.moreHeading")}>
            <ul className="me-links">
              <li>
                <AppLink to="/me/data">{t("selfService.pathway.linkData")}</AppLink>
              </li>
              <li>
                <AppLink to="/me/access-log">{t("selfService.pathway.linkAccessLog")}</AppLink>
              </li>
            </ul>
          </Section>
        </>
      )}
    </div>
  );
}
