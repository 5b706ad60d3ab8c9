import { useTranslation } from "react-i18next";
import { Heading, Paragraph } from "suomifi-ui-components";
import type { TimelineEntry } from "../../../../server/src/modules/pathway/api-record";
import { formatDate } from "../../app/format";
import { useLanguage } from "../../app/useLanguage";
import { AppLink } from "../../ui/AppLink";
import { Loading } from "../../ui/Loading";
import { LoadMore } from "../../ui/LoadMore";
import { ProblemAlert } from "../../ui/ProblemAlert";
import { useParticipant } from "../participants/context";
import { tabSegment } from "../participants/tabs";
import { useTimeline } from "./record/api";
import { CONTACT_KINDS, GOAL_STATUSES, isOneOf, STAGES } from "./record/forms";
import {
  CONSENT_PURPOSES,
  groupByDay,
  instantOf,
  isDateOnly,
  numberOf,
  OUTCOMES,
  STEP_KINDS,
  STEP_STATUSES,
  tabOf,
  textOf,
} from "./record/timeline";
import "./record/record.css";

/** A plain sentence of an event's facts; empty when the event carries none worth saying. */
function useDescribe() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const date = (value: unknown) => {
    const text = textOf(value);
    return text ? formatDate(text, language) : null;
  };
  return (entry: TimelineEntry): string => {
    const s = entry.summary;
    switch (entry.kind) {
      case "consent_given":
      case "consent_withdrawn":
        return isOneOf(CONSENT_PURPOSES, s.purpose) ? t(`record.consentPurpose.${s.purpose}`) : "";
      case "enrolled": {
        const entryDate = date(s.entryDate);
        return entryDate ? t("record.timeline.entryDate", { date: entryDate }) : "";
      }
      case "exited":
        return isOneOf(OUTCOMES, s.outcome) ? t(`record.outcome.${s.outcome}`) : "";
      case "step_added":
      case "step_changed": {
        const parts = [
          isOneOf(STEP_KINDS, s.kind) ? t(`record.stepKind.${s.kind}`) : null,
          isOneOf(STEP_STATUSES, s.status) ? t(`record.stepStatus.${s.status}`) : null,
          date(s.startsOn) ? t("record.timeline.from", { date: date(s.startsOn) }) : null,
        ];
        return parts.filter(Boolean).join(", ");
      }
      case "assessment":
        return t("record.timeline.assessment", {
          count: numberOf(s.areas) ?? 0,
          considerable: numberOf(s.considerable) ?? 0,
        });
      case "self_assessment":
        return t(`record.timeline.selfAssessment.${s.mode === "external" ? "external" : "own"}`, {
          answered: numberOf(s.answered) ?? 0,
          skipped: numberOf(s.skipped) ?? 0,
        });
      case "plan_saved":
        return t("record.timeline.plan", { count: numberOf(s.goals) ?? 0 });
      case "goal_reviewed":
        return isOneOf(GOAL_STATUSES, s.status)
          ? t("record.timeline.goalReviewed", { status: t(`record.goalStatus.${s.status}`) })
          : "";
      case "stage_changed":
        return isOneOf(STAGES, s.stage)
          ? t("record.timeline.stage", { stage: t(`record.stageName.${s.stage}`) })
          : "";
      case "contact":
        return isOneOf(CONTACT_KINDS, s.kind) ? t(`record.contactKind.${s.kind}`) : "";
      case "registered":
      case "coach_changed":
      case "follow_up":
        return "";
    }
  };
}

const timeOf = (at: string, language: string) =>
  new Intl.DateTimeFormat(language, { timeStyle: "short", timeZone: "Europe/Helsinki" }).format(
    new Date(instantOf(at)),
  );

/** The timeline tab: one list of everything that happened that the user may see, newest first, by day. */
export function TimelineSection() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const participant = useParticipant();
  const id = participant.data.id;
  const timeline = useTimeline(id);
  const describe = useDescribe();
  const entries = timeline.data?.pages.flatMap((p) => p.data) ?? [];
  const base = `/participants/${encodeURIComponent(id)}`;

  return (
    <section aria-labelledby="timeline-heading">
      <Heading variant="h2" id="timeline-heading" mb="s">
        {t("record.timeline.title")}
      </Heading>
      <Paragraph mb="m">{t("record.timeline.intro")}</Paragraph>
      {timeline.isPending && <Loading />}
      <ProblemAlert error={timeline.error} />
      {timeline.isSuccess && entries.length === 0 && <Paragraph>{t("record.timeline.none")}</Paragraph>}
      {groupByDay(entries).map((group) => (
        <section key={group.day} className="timeline-day" aria-labelledby={`day-${group.day}`}>
          <Heading variant="h3" id={`day-${group.day}`}>
            {formatDate(group.day, language)}
          </Heading>
          <ul className="timeline-list">
            {group.entries.map((entry) => {
              const detail = describe(entry);
              const segment = tabSegment(tabOf(entry.kind));
              return (
                <li key={entry.id} className="timeline-entry">
                  <span className="timeline-entry__time muted">
                    {isDateOnly(entry) ? "" : timeOf(entry.at, language)}
                  </span>
                  <div>
                    <p className="timeline-entry__title">
                      <AppLink to={segment ? `${base}/${segment}` : base}>
                        {t(`record.eventKind.${entry.kind}`)}
                      </AppLink>
                      {detail && <span>: {detail}</span>}
                    </p>
                    {(entry.actorName || entry.organisationName) && (
                      <p className="muted timeline-entry__by">
                        {[entry.actorName, entry.organisationName].filter(Boolean).join(", ")}
                      </p>
                    )}
                  </div>
                </li>
              );
            })}
          </ul>
        </section>
      ))}
      <LoadMore
        hasMore={timeline.hasNextPage}
        loading={timeline.isFetchingNextPage}
        onClick={() => void timeline.fetchNextPage()}
      />
    </section>
  );
}
