import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Button, Heading, InlineAlert, Paragraph } from "suomifi-ui-components";
import { useLanguage } from "../../../app/useLanguage";
import { AppLink } from "../../../ui/AppLink";
import { Loading } from "../../../ui/Loading";
import { SuccessNotice } from "../../../ui/Notice";
import { ProblemAlert } from "../../../ui/ProblemAlert";
import { useParticipant } from "../../participants/context";
import { EarningsView } from "../seeker/EarningsView";
import { EstimateBlock, formatDays } from "../seeker/EstimateText";
import { ApplicationTag, JobNeeds } from "../seeker/JobCard";
import { ProfileForm, ProfileSummary } from "../seeker/ProfileForm";
import { useJobLabels } from "../shared";
import "../seeker/jobs-seeker.css";
import { ApplicationsPart } from "./ApplicationsPart";
import {
  type JobMatch,
  useJobMatches,
  useParticipantEarnings,
  usePropose,
  useSaveSeekerProfile,
  useSeekerProfile,
} from "./api";

function Section({ id, heading, children }: { id: string; heading: string; children: React.ReactNode }) {
  return (
    <section aria-labelledby={id} className="section">
      <Heading variant="h3" id={id} mb="s">
        {heading}
      </Heading>
      {children}
    </section>
  );
}

function ProfilePart({ participantId }: { participantId: string }) {
  const { t } = useTranslation();
  const profile = useSeekerProfile(participantId);
  const save = useSaveSeekerProfile(participantId);
  const [editing, setEditing] = useState(false);
  const data = profile.data;
  return (
    <Section id="sj-profile" heading={t("jobsCoach.profile.heading")}>
      {profile.isPending && <Loading />}
      <ProblemAlert error={profile.error} />
      <div aria-live="polite">
        {save.isSuccess && !editing && <SuccessNotice>{t("jobsCoach.profile.saved")}</SuccessNotice>}
      </div>
      {data && !editing && (
        <>
          {!data.data.saved && <Paragraph mb="s">{t("jobsCoach.profile.notSaved")}</Paragraph>}
          <ProfileSummary profile={data.data} audience="coach" />
          {data.can.edit && (
            <Button
              variant="secondary"
              onClick={() => {
                save.reset();
                setEditing(true);
              }}
            >
              {data.can.setCeiling ? t("jobsCoach.profile.editWithCeiling") : t("jobsCoach.profile.edit")}
            </Button>
          )}
        </>
      )}
      {data && editing && (
        <ProfileForm
          profile={data.data}
          withCeiling={data.can.setCeiling}
          saving={save.isPending}
          error={save.error}
          idPrefix="sj-profile-form"
          audience="coach"
          onSave={(body) => save.mutate(body, { onSuccess: () => setEditing(false) })}
          onCancel={() => setEditing(false)}
        />
      )}
    </Section>
  );
}

function EarningsPart({ participantId }: { participantId: string }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const earnings = useParticipantEarnings(participantId, language);
  return (
    <Section id="sj-earnings" heading={t("jobsCoach.earnings.heading")}>
      {earnings.isPending && <Loading />}
      <ProblemAlert error={earnings.error} />
      {earnings.data && <EarningsView earnings={earnings.data.data} audience="coach" headingLevel="h4" />}
    </Section>
  );
}

function MatchCard({
  match,
  consent,
  proposing,
  onPropose,
}: {
  match: JobMatch;
  consent: boolean;
  proposing: boolean;
  onPropose: (match: JobMatch) => void;
}) {
  const { t } = useTranslation();
  const labels = useJobLabels();
  const headingId = `sj-match-${match.id}`;
  return (
    <li className="me-card jobs-card" aria-labelledby={headingId}>
      <h4 id={headingId} className="jobs-match__title">
        {match.title}
      </h4>
      <p className="jobs-card__kind">
        {[
          labels.category(match.category),
          [match.village, match.municipality].filter(Boolean).join(", "),
          formatDays(match.startsOn, match.endsOn, labels.language),
        ].join(" · ")}
      </p>
      <p>
        {t("jobsCoach.matches.payLine", {
          pay: labels.pay(match),
          hours: labels.minutes(match.estimatedMinutes),
          organisation: match.organisationName,
        })}
      </p>
      {match.myApplication && <ApplicationTag status={match.myApplication} voice="staff" />}
      <p className="jobs-needs__title">{t("jobsCoach.matches.fit", { score: match.fit.score })}</p>
      {match.fit.reasons.length > 0 && (
        <ul className="jobs-match-reasons">
          {match.fit.reasons.map((r) => (
            <li key={r}>{t(`jobsCoach.reason.${r}`)}</li>
          ))}
        </ul>
      )}
      <JobNeeds requirements={match.requirements} missing={match.fit.missing} voice="staff" />
      {match.fit.missing
        .filter((m) => !(match.requirements as string[]).includes(m))
        .map((gap) => (
          <p key={gap} className="jobs-needs__missing">
            {t(`jobsCoach.gap.${gap}`, { defaultValue: gap })}
          </p>
        ))}
      <EstimateBlock estimate={match.estimate} ns="jobsCoach" />
      {consent && match.myApplication === null && (
        <Button
          onClick={() => onPropose(match)}
          disabled={proposing}
          aria-label={t("jobsCoach.matches.proposeJob", { title: match.title })}
        >
          {t("jobsCoach.matches.propose")}
        </Button>
      )}
    </li>
  );
}

function MatchesPart({ participantId }: { participantId: string }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const matches = useJobMatches(participantId, language);
  const propose = usePropose(participantId);
  const [proposed, setProposed] = useState<string | null>(null);
  const data = matches.data;
  const onPropose = (match: JobMatch) => {
    setProposed(null);
    propose.mutate(match.id, { onSuccess: () => setProposed(match.title) });
  };
  // Jobs already proposed or applied for are in the applications list above.
  const suggestions = data?.data.filter((m) => m.myApplication === null) ?? [];
  const list = (items: JobMatch[], id: string) => (
    <ul className="me-list" aria-labelledby={id}>
      {items.map((m) => (
        <MatchCard
          key={m.id}
          match={m}
          consent={data?.contactConsent === true}
          proposing={propose.isPending}
          onPropose={onPropose}
        />
      ))}
    </ul>
  );
  return (
    <>
      {data && !data.contactConsent && (
        <InlineAlert status="warning" mb="m">
          {t("jobsCoach.noConsent")}{" "}
          <AppLink to={`/participants/${encodeURIComponent(participantId)}/consents`}>
            {t("jobsCoach.toConsents")}
          </AppLink>
        </InlineAlert>
      )}
      <ApplicationsPart participantId={participantId} />
      <Section id="sj-matches" heading={t("jobsCoach.matches.heading")}>
        <Paragraph mb="s">{t("jobsCoach.matches.intro")}</Paragraph>
        <div aria-live="polite">
          {proposed && <SuccessNotice>{t("jobsCoach.matches.proposed", { title: proposed })}</SuccessNotice>}
        </div>
        <ProblemAlert error={propose.error} />
        {matches.isPending && <Loading />}
        <ProblemAlert error={matches.error} />
        {data && suggestions.length === 0 && <Paragraph>{t("jobsCoach.matches.none")}</Paragraph>}
        {suggestions.length > 0 && list(suggestions, "sj-matches")}
      </Section>
    </>
  );
}

/** The participant page's "Pienet työt" tab: profile and ceiling, earnings, applications, best jobs. */
export function SmallJobsSection() {
  const { t } = useTranslation();
  const participant = useParticipant();
  const id = participant.data.id;
  return (
    <div className="jobs-coach">
      <Heading variant="h2" mb="s">
        {t("jobsCoach.heading")}
      </Heading>
      <Paragraph mb="m">{t("jobsCoach.intro", { name: participant.data.firstName })}</Paragraph>
      <ProfilePart participantId={id} />
      <MatchesPart participantId={id} />
      <EarningsPart participantId={id} />
    </div>
  );
}
