import { useTranslation } from "react-i18next";
import { Heading, Paragraph } from "suomifi-ui-components";
import { formatDate, formatDateTime } from "../../app/format";
import { useLanguage } from "../../app/useLanguage";
import type { MyPathway } from "./selfService";

type Plan = NonNullable<MyPathway["plan"]>;

/** "Your plan": the summary and the goals, each with its status, target date and latest review. */
export function PlanSection({ plan }: { plan: Plan | null }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  if (!plan) return <Paragraph className="me-text">{t("selfService.pathway.noPlan")}</Paragraph>;
  return (
    <>
      {plan.summary.trim() !== "" && <p className="me-text me-note">{plan.summary}</p>}
      {plan.agreedOn && (
        <Paragraph className="me-text">
          {t("selfService.pathway.agreedOn", { date: formatDate(plan.agreedOn, language) })}{" "}
          {plan.nextReviewOn &&
            t("selfService.pathway.nextReview", { date: formatDate(plan.nextReviewOn, language) })}
        </Paragraph>
      )}
      <Heading variant="h3" mt="m" mb="s">
        {t("selfService.pathway.goalsHeading")}
      </Heading>
      {plan.goals.length === 0 ? (
        <Paragraph>{t("selfService.pathway.noGoals")}</Paragraph>
      ) : (
        <ul className="me-list">
          {plan.goals.map((goal) => {
            const review = goal.reviews.at(-1);
            return (
              <li key={goal.id} className="me-card">
                <h4>{goal.title}</h4>
                <span className="me-tag">
                  {t("selfService.pathway.status", { status: t(`selfService.goalStatus.${goal.status}`) })}
                </span>
                {goal.description.trim() !== "" && <p className="me-note">{goal.description}</p>}
                {goal.targetDate && (
                  <p>
                    {t("selfService.pathway.targetDate", { date: formatDate(goal.targetDate, language) })}
                  </p>
                )}
                {review && (
                  <p>
                    {t("selfService.pathway.lastReview", { date: formatDate(review.reviewedOn, language) })}
                    {review.note.trim() !== "" && <span className="me-note"> {review.note}</span>}
                  </p>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </>
  );
}

/** "Your steps": what, where, when, how often, and how it is going. */
export function StepsSection({ steps }: { steps: MyPathway["steps"] }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  if (steps.length === 0)
    return <Paragraph className="me-text">{t("selfService.pathway.noSteps")}</Paragraph>;
  return (
    <ul className="me-list">
      {steps.map((step) => (
        <li key={step.id} className="me-card">
          <h3>
            {t(`selfService.stepKind.${step.kind}`)}
            {step.title.trim() !== "" && `: ${step.title}`}
          </h3>
          <span className="me-tag">
            {t("selfService.pathway.status", { status: t(`selfService.stepStatus.${step.status}`) })}
          </span>
          {step.provider && <p>{t("selfService.pathway.where", { provider: step.provider })}</p>}
          <p>
            {step.endsOn
              ? t("selfService.pathway.whenRange", {
                  start: formatDate(step.startsOn, language),
                  end: formatDate(step.endsOn, language),
                })
              : t("selfService.pathway.whenFrom", { start: formatDate(step.startsOn, language) })}
          </p>
          {step.daysPerWeek !== null && (
            <p>{t("selfService.pathway.daysPerWeek", { days: step.daysPerWeek.toLocaleString(language) })}</p>
          )}
          {step.hoursPerDay !== null && (
            <p>
              {t("selfService.pathway.hoursPerDay", { hours: step.hoursPerDay.toLocaleString(language) })}
            </p>
          )}
          {step.interruptionReason && (
            <p>{t("selfService.pathway.reason", { reason: step.interruptionReason })}</p>
          )}
        </li>
      ))}
    </ul>
  );
}

/** "Messages from your coach": the notes staff shared with the participant, newest first. */
export function MessagesSection({ messages }: { messages: MyPathway["messages"] }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  if (messages.length === 0)
    return <Paragraph className="me-text">{t("selfService.pathway.noMessages")}</Paragraph>;
  return (
    <ul className="me-list">
      {messages.map((message) => (
        <li key={message.id} className="me-card">
          <h3>
            {t("selfService.pathway.messageHeading", {
              date: formatDateTime(message.happenedAt, language),
              kind: t(`selfService.contactKind.${message.kind}`),
            })}
          </h3>
          <p className="muted">
            {t("selfService.pathway.messageFrom", {
              name: message.authorFirstName,
              organisation: message.organisationName,
            })}
          </p>
          {message.note.trim() !== "" && <p className="me-note">{message.note}</p>}
        </li>
      ))}
    </ul>
  );
}
