import { useTranslation } from "react-i18next";
import { Heading, InlineAlert, Paragraph } from "suomifi-ui-components";
import type { EnrolmentFunderStatus } from "../../../../server/src/modules/funder/api";
import { ApiError } from "../../app/api";
import { formatDate } from "../../app/format";
import { useLanguage } from "../../app/useLanguage";
import { Loading } from "../../ui/Loading";
import { ProblemAlert } from "../../ui/ProblemAlert";
import { useParticipant } from "../participants/context";
import { useFunder } from "./api";
import "./steps.css";

type Phase = EnrolmentFunderStatus["phases"][number];

const FIELDS = [
  "identityCode",
  "gender",
  "labourMarketStatus",
  "unemploymentMonths",
  "educationIsced",
  "foreignBackground",
  "thirdCountryNational",
  "minority",
  "disability",
  "household",
  "homeless",
  "rural",
  "otherDisadvantage",
  "situation",
  "jobSearching",
  "inEducationOrTraining",
  "gainedQualification",
  "employed",
  "selfEmployed",
  "improvedSituation",
] as const;
const GENDER_VALUES = ["female", "male", "non_binary"] as const;

const isOneOf = <T extends string>(values: readonly T[], value: unknown): value is T =>
  typeof value === "string" && (values as readonly string[]).includes(value);

function useFieldName() {
  const { t } = useTranslation();
  return (field: string) => (isOneOf(FIELDS, field) ? t(`funder.field.${field}`) : field);
}

function PhaseStatus({ phase, headingId }: { phase: Phase; headingId: string }) {
  const { t } = useTranslation();
  const fieldName = useFieldName();
  const valueText = (value: unknown) =>
    isOneOf(GENDER_VALUES, value) ? t(`funder.value.${value}`) : String(value);
  return (
    <section aria-labelledby={headingId} className="funder-phase">
      <Heading variant="h4" id={headingId} mb="xs">
        {t(`funder.phase.${phase.phase}`)}
      </Heading>
      {phase.missing.length === 0 ? (
        <Paragraph mb="s">{t("funder.nothingMissing")}</Paragraph>
      ) : (
        <InlineAlert status="warning" labelText={t("funder.missing")} mb="s">
          <ul className="funder-list">
            {phase.missing.map((field) => (
              <li key={field}>{fieldName(field)}</li>
            ))}
          </ul>
        </InlineAlert>
      )}
      {phase.invalid.length > 0 && (
        <InlineAlert status="error" labelText={t("funder.invalid")} mb="s">
          <ul className="funder-list">
            {phase.invalid.map((item) => (
              <li key={item.field}>
                {t("funder.invalidLine", { field: fieldName(item.field), value: valueText(item.value) })}
              </li>
            ))}
          </ul>
        </InlineAlert>
      )}
      <Paragraph mb="xs">
        <strong>{t("funder.indicators")}</strong>
      </Paragraph>
      {phase.indicators.length === 0 ? (
        <Paragraph mb="s">{t("funder.noIndicators")}</Paragraph>
      ) : (
        <ul className="funder-list">
          {phase.indicators.map((i) => (
            <li key={i.code}>
              {`${i.code} – ${i.name}`}
              {!i.verified && <span className="muted">{` (${t("funder.codeNotVerified")})`}</span>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function EnrolmentStatus({ status, index }: { status: EnrolmentFunderStatus; index: number }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const headingId = `funder-enrolment-${index}`;
  const period = t(`funder.programmePeriod.${status.programmePeriod}`);
  const dates = [
    status.entryDate ? t("funder.entered", { date: formatDate(status.entryDate, language) }) : null,
    status.exitDate ? t("funder.exited", { date: formatDate(status.exitDate, language) }) : null,
  ].filter((x): x is string => x !== null);
  return (
    <section aria-labelledby={headingId} className="funder-enrolment">
      <Heading variant="h3" id={headingId} mb="xs">
        {t("funder.projectHeading", { project: status.projectName ?? t("funder.noEnrolment"), period })}
      </Heading>
      {dates.length > 0 && <Paragraph mb="s">{dates.join(", ")}</Paragraph>}
      {status.assumedPeriod && (
        <InlineAlert status="neutral" mb="s">
          {t("funder.assumed")}
        </InlineAlert>
      )}
      {status.phases.map((phase) => (
        <PhaseStatus key={phase.phase} phase={phase} headingId={`${headingId}-${phase.phase}`} />
      ))}
    </section>
  );
}

/** The funder tab: what the ESF report still needs, per enrolment and phase, and the indicators counted. */
export function FunderSection() {
  const { t } = useTranslation();
  const participant = useParticipant();
  const keeper = participant.relation.kind === "keeper";
  const funder = useFunder(participant.data.id, keeper);

  if (!keeper || (funder.error instanceof ApiError && funder.error.status === 403)) {
    return <Paragraph>{t("funder.notKeeper")}</Paragraph>;
  }
  const statuses = funder.data?.data ?? [];
  const unverified = statuses.some((s) => s.phases.some((p) => p.indicators.some((i) => !i.verified)));
  return (
    <section aria-labelledby="funder-heading">
      <Heading variant="h2" id="funder-heading" mb="s">
        {t("funder.title")}
      </Heading>
      <Paragraph mb="s">{t("funder.intro")}</Paragraph>
      <Paragraph mb="m">{t("funder.howToFill")}</Paragraph>
      {funder.isPending && <Loading />}
      <ProblemAlert error={funder.error} />
      {statuses.map((status, index) => (
        <EnrolmentStatus key={status.enrolmentId ?? "none"} status={status} index={index} />
      ))}
      {unverified && <Paragraph className="muted">{t("funder.notVerifiedNote")}</Paragraph>}
    </section>
  );
}
