import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { Button, Heading, Paragraph } from "suomifi-ui-components";
import { formatDate } from "../../../app/format";
import { useLanguage } from "../../../app/useLanguage";
import { AppLink } from "../../../ui/AppLink";
import { Loading } from "../../../ui/Loading";
import { PageTitle } from "../../../ui/PageTitle";
import { ProblemAlert } from "../../../ui/ProblemAlert";
import { NotOpened } from "../../self-service/MyPathwayPage";
import { defaultInstrumentLanguage } from "./answerFlow";
import { type MySelfAssessments, type SelfAssessment, useMySelfAssessments, useStartMine } from "./api";
import { answerPath, MY_HISTORY_PATH } from "./paths";
import "../../self-service/self-service.css";
import "./answer.css";

type Lists = MySelfAssessments["data"];

/** /me/self-assessment: what the participant can answer (start or continue) and what they have answered. */
export function MySelfAssessmentPage() {
  const { t } = useTranslation();
  const lists = useMySelfAssessments();
  const data = lists.data?.data;
  return (
    <div className="me-page saa-page">
      <PageTitle>{t("selfAssessmentAnswer.list.title")}</PageTitle>
      <Paragraph className="me-text" mb="m">
        {t("selfAssessmentAnswer.list.intro")}
      </Paragraph>
      {lists.isPending && <Loading />}
      {lists.error ? <NotOpened error={lists.error} /> : null}
      {data && (
        <>
          <Startable lists={data} />
          <Past submitted={data.submitted} />
        </>
      )}
    </div>
  );
}

function Startable({ lists }: { lists: Lists }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const navigate = useNavigate();
  const start = useStartMine();
  const draftOf = (id: string | null) => (id ? lists.drafts.find((d) => d.id === id) : undefined);
  return (
    <section aria-labelledby="saa-start" className="section">
      <Heading variant="h2" id="saa-start" mb="m">
        {t("selfAssessmentAnswer.list.startHeading")}
      </Heading>
      <ProblemAlert error={start.error} />
      {lists.instruments.length === 0 ? (
        <Paragraph className="me-text">{t("selfAssessmentAnswer.list.noInstruments")}</Paragraph>
      ) : (
        <ul className="me-list">
          {lists.instruments.map((instrument) => {
            const draft = draftOf(instrument.draftId);
            const done = draft
              ? draft.answeredKeys.filter((k) => draft.dimensions.some((d) => d.key === k)).length
              : 0;
            const headingId = `saa-instrument-${instrument.id}`;
            return (
              <li key={instrument.id} className="me-card saa-card">
                <h3 id={headingId}>{instrument.name[language]}</h3>
                <p>{instrument.description[language]}</p>
                <p>{t("selfAssessmentAnswer.list.questions", { count: instrument.dimensionCount })}</p>
                <p>
                  {instrument.lastAnsweredOn
                    ? t("selfAssessmentAnswer.list.lastAnswered", {
                        date: formatDate(instrument.lastAnsweredOn, language),
                      })
                    : t("selfAssessmentAnswer.list.neverAnswered")}
                </p>
                {draft && (
                  <p className="me-card__lead">
                    {t("selfAssessmentAnswer.list.draftProgress", { done, total: draft.dimensions.length })}
                  </p>
                )}
                {instrument.draftId ? (
                  <AppLink to={answerPath({ kind: "me" }, instrument.draftId)} className="saa-cta">
                    {t("selfAssessmentAnswer.list.continue")}
                    <span className="visually-hidden">{`: ${instrument.name[language]}`}</span>
                  </AppLink>
                ) : (
                  <Button
                    className="saa-start"
                    aria-describedby={headingId}
                    disabled={start.isPending}
                    onClick={() =>
                      start.mutate(
                        { instrumentId: instrument.id, language: defaultInstrumentLanguage(language) },
                        { onSuccess: (response) => navigate(answerPath({ kind: "me" }, response.data.id)) },
                      )
                    }
                  >
                    {start.isPending && start.variables?.instrumentId === instrument.id
                      ? t("selfAssessmentAnswer.list.starting")
                      : t("selfAssessmentAnswer.list.start")}
                  </Button>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}

function Past({ submitted }: { submitted: SelfAssessment[] }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  return (
    <section aria-labelledby="saa-past" className="section">
      <Heading variant="h2" id="saa-past" mb="m">
        {t("selfAssessmentAnswer.list.pastHeading")}
      </Heading>
      {submitted.length === 0 ? (
        <Paragraph className="me-text">{t("selfAssessmentAnswer.list.noPast")}</Paragraph>
      ) : (
        <>
          <ul className="me-list">
            {submitted.map((answer) => {
              const answered = Object.values(answer.scores).filter((s) => s !== null).length;
              return (
                <li key={answer.id} className="me-card">
                  <h3>{formatDate(answer.answeredOn, language)}</h3>
                  <p>{answer.instrument.name[language]}</p>
                  <p>
                    {answer.mode === "external"
                      ? t("selfAssessmentAnswer.mode.external", { tool: answer.externalTool ?? "" })
                      : t(`selfAssessmentAnswer.mode.${answer.mode}`)}
                  </p>
                  <p>
                    {t("selfAssessmentAnswer.list.answeredCount", {
                      answered,
                      total: answer.dimensions.length,
                    })}
                  </p>
                </li>
              );
            })}
          </ul>
          <ul className="me-links saa-history-link">
            <li>
              <AppLink to={MY_HISTORY_PATH}>{t("selfAssessmentAnswer.list.historyLink")}</AppLink>
            </li>
          </ul>
        </>
      )}
    </section>
  );
}
