import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router";
import { Dropdown, DropdownItem, Heading, Paragraph } from "suomifi-ui-components";
import type { CaseloadItem, CaseloadList } from "../../../../server/src/modules/pathway/api-enrolments";
import { todayIso } from "../../app/dates";
import { formatDate } from "../../app/format";
import { localeFor } from "../../app/language";
import { useLanguage } from "../../app/useLanguage";
import { AppLink } from "../../ui/AppLink";
import { DataTable } from "../../ui/DataTable";
import { Loading } from "../../ui/Loading";
import { PageTitle } from "../../ui/PageTitle";
import { ProblemAlert } from "../../ui/ProblemAlert";
import { RemindersList } from "../notifications/RemindersList";
import { useCaseload } from "./enrolments/api";
import { FlagBadges } from "./enrolments/FlagBadges";
import { CASELOAD_FLAGS, type CaseloadFlag, daysFrom, isOneOf } from "./enrolments/options";
import { numberedStage } from "./record/forms";
import "../participants/participants.css";

function LastContact({ at, today }: { at: string | null; today: string }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  if (!at) return <>{t("caseload.neverMet")}</>;
  const days = daysFrom(todayIso(new Date(at)), today);
  const relative = new Intl.RelativeTimeFormat(localeFor(language), { numeric: "auto" }).format(-days, "day");
  return (
    <>
      {relative}
      <span className="caseload-secondary">{formatDate(at, language)}</span>
    </>
  );
}

function NextStep({ step }: { step: CaseloadItem["nextStep"] }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  if (!step) return <>{t("caseload.noNextStep")}</>;
  return (
    <>
      {step.title || t(`steps.kind.${step.kind}`)}
      <span className="caseload-secondary">
        {step.title ? `${t(`steps.kind.${step.kind}`)}, ` : ""}
        {step.status === "ongoing"
          ? t("caseload.stepOngoingSince", { date: formatDate(step.startsOn, language) })
          : t("caseload.stepStarts", { date: formatDate(step.startsOn, language) })}
      </span>
    </>
  );
}

function CaseloadTable({ list, flag }: { list: CaseloadList; flag: CaseloadFlag | null }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  if (list.data.length === 0) {
    return <Paragraph mb="m">{flag ? t("caseload.noneWithFlag") : t("caseload.empty")}</Paragraph>;
  }
  const columns = [
    { key: "name", labelText: t("caseload.column.name") },
    { key: "project", labelText: t("caseload.column.project") },
    { key: "stage", labelText: t("caseload.column.stage") },
    { key: "lastContact", labelText: t("caseload.column.lastContact") },
    { key: "nextStep", labelText: t("caseload.column.nextStep") },
    { key: "flags", labelText: t("caseload.column.flags") },
  ] as const;
  return (
    <DataTable
      caption={t("caseload.caption", { count: list.data.length })}
      columns={columns}
      rows={list.data.map((p) => ({
        id: p.participantId,
        name: (
          <AppLink to={`/participants/${p.participantId}`}>
            {p.lastName}, {p.firstName}
          </AppLink>
        ),
        project: p.enrolments
          .map((e) => (e.exitDate ? t("caseload.projectExited", { project: e.projectName }) : e.projectName))
          .join("; "),
        stage: p.stage
          ? numberedStage(p.stage, t(`record.stageName.${p.stage}`))
          : t("participants.list.noStage"),
        lastContact: <LastContact at={p.lastContactAt} today={list.today} />,
        nextStep: <NextStep step={p.nextStep} />,
        flags: (
          <>
            <FlagBadges flags={p.flags} />
            {p.selfAssessmentDue && (
              <span className="caseload-secondary">
                {t("caseload.selfAssessmentDue", { date: formatDate(p.selfAssessmentDue, language) })}
              </span>
            )}
          </>
        ),
      }))}
    />
  );
}

/** The coach's own participants: where each stands, when they last met, what comes next, what needs care. */
export function CaseloadPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const requested = params.get("flag");
  const flag = isOneOf(CASELOAD_FLAGS, requested) ? requested : null;
  const caseload = useCaseload(flag);
  const counts = caseload.data?.counts;
  const label = (f: CaseloadFlag | "all") =>
    counts
      ? t("caseload.filterOption", {
          label: f === "all" ? t("caseload.all") : t(`caseload.flag.${f}`),
          count: counts[f],
        })
      : f === "all"
        ? t("caseload.all")
        : t(`caseload.flag.${f}`);

  return (
    <>
      <PageTitle>{t("caseload.title")}</PageTitle>
      <RemindersList />
      <div className="caseload-actions">
        <div className="caseload-filter">
          <Dropdown
            labelText={t("caseload.filterLabel")}
            value={flag ?? "all"}
            onChange={(value) => setParams(isOneOf(CASELOAD_FLAGS, value) ? { flag: value } : {})}
            fullWidth
          >
            {(["all", ...CASELOAD_FLAGS] as const).map((f) => (
              <DropdownItem key={f} value={f}>
                {label(f)}
              </DropdownItem>
            ))}
          </Dropdown>
        </div>
        <Link to="/participants/new" className="button-link">
          {t("caseload.register")}
        </Link>
      </div>
      <p role="status" className="visually-hidden">
        {caseload.data && !caseload.isFetching
          ? t("caseload.status", { count: caseload.data.data.length })
          : ""}
      </p>
      {caseload.isPending ? (
        <Loading />
      ) : caseload.error ? (
        <ProblemAlert error={caseload.error} />
      ) : (
        caseload.data && (
          <section aria-labelledby="caseload-heading">
            <Heading variant="h2" id="caseload-heading" mb="s">
              {t("caseload.listHeading")}
            </Heading>
            <CaseloadTable list={caseload.data} flag={flag} />
          </section>
        )
      )}
    </>
  );
}
