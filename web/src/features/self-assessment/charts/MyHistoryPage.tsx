import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";
import { Dropdown, DropdownItem, Heading, Paragraph } from "suomifi-ui-components";
import type { History } from "../../../../../server/src/modules/self-assessment/api";
import { formatDate } from "../../../app/format";
import { useLanguage } from "../../../app/useLanguage";
import { AppLink } from "../../../ui/AppLink";
import { Loading } from "../../../ui/Loading";
import { PageTitle } from "../../../ui/PageTitle";
import { ProblemAlert } from "../../../ui/ProblemAlert";
import { MY_SELF_ASSESSMENT_PATH } from "../answer/paths";
import { useMyHistory } from "../api";
import { textLanguageFor } from "./dimensions";
import { HistoryView } from "./HistoryView";

function MyAnswers({ history }: { history: History }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const answers = [...history.answers].reverse();
  return (
    <section aria-labelledby="my-sa-answers" className="sa-block">
      <Heading variant="h2" id="my-sa-answers" mb="s">
        {t("selfAssessment.my.answersHeading")}
      </Heading>
      <ul className="sa-my-answers">
        {answers.map((a) => (
          <li key={a.id}>
            <strong>{formatDate(a.answeredOn, language)}</strong>{" "}
            {a.mode === "external"
              ? t("selfAssessment.my.modeExternal", { tool: a.externalTool ?? "" })
              : t(`selfAssessment.my.mode.${a.mode}`)}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The participant's own self-assessment answers over time: summary, charts and the answers. */
export function MyHistoryPage() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const [params, setParams] = useSearchParams();
  const instrumentId = params.get("instrumentId");
  const history = useMyHistory(instrumentId);
  const data = history.data?.data;

  return (
    <>
      <PageTitle>{t("selfAssessment.my.title")}</PageTitle>
      <Paragraph mb="m">{t("selfAssessment.my.intro")}</Paragraph>
      <p className="sa-my-link">
        <AppLink to={MY_SELF_ASSESSMENT_PATH}>{t("selfAssessment.my.answerLink")}</AppLink>
      </p>
      {history.isPending && <Loading />}
      <ProblemAlert error={history.error} />
      {data && data.instruments.length > 1 && (
        <div className="sa-instrument-choice">
          <Dropdown
            labelText={t("selfAssessment.tab.instrument")}
            value={data.instrument.id}
            onChange={(value) => setParams({ instrumentId: value })}
            fullWidth
          >
            {data.instruments.map((i) => (
              <DropdownItem key={i.id} value={i.id}>
                {i.name[textLanguageFor(language, "participant")] || i.name.fi}
              </DropdownItem>
            ))}
          </Dropdown>
        </div>
      )}
      {data && (
        <>
          <HistoryView history={data} audience="participant" level="h2" />
          {data.answers.length > 0 && <MyAnswers history={data} />}
        </>
      )}
    </>
  );
}
