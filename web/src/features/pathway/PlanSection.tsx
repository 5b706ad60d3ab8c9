import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Button, Heading, Paragraph } from "suomifi-ui-components";
import type { Goal, Plan } from "../../../../server/src/modules/pathway/api-record";
import { formatDate } from "../../app/format";
import { useLanguage } from "../../app/useLanguage";
import { DescriptionList } from "../../ui/Details";
import { Loading } from "../../ui/Loading";
import { SuccessNotice } from "../../ui/Notice";
import { ProblemAlert } from "../../ui/ProblemAlert";
import { useParticipant } from "../participants/context";
import { usePlan } from "./record/api";
import { GoalReviewForm } from "./record/GoalReviewForm";
import { PlanEditor } from "./record/PlanEditor";
import "./record/record.css";

function GoalView({
  goal,
  participantId,
  canReview,
  onReviewed,
}: {
  goal: Goal;
  participantId: string;
  canReview: boolean;
  onReviewed: () => void;
}) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const [reviewing, setReviewing] = useState(false);
  return (
    <li className="record-goal">
      <Heading variant="h3">{goal.title}</Heading>
      <p className={`record-status record-status--${goal.status}`}>{t(`record.goalStatus.${goal.status}`)}</p>
      {goal.targetDate && <p>{t("record.plan.targetBy", { date: formatDate(goal.targetDate, language) })}</p>}
      {goal.description && <p className="record-text">{goal.description}</p>}
      {goal.reviews.length > 0 && (
        <>
          <p className="record-form__title">{t("record.plan.reviews")}</p>
          <ul className="record-reviews">
            {goal.reviews.map((r) => (
              <li key={r.id}>
                <span>
                  {t("record.plan.reviewLine", {
                    date: formatDate(r.reviewedOn, language),
                    status: t(`record.goalStatus.${r.status}`),
                    name: r.authorName ?? "–",
                  })}
                </span>
                {r.note && <span className="record-text"> {r.note}</span>}
              </li>
            ))}
          </ul>
        </>
      )}
      {canReview &&
        (reviewing ? (
          <GoalReviewForm
            participantId={participantId}
            goal={goal}
            onDone={(saved) => {
              setReviewing(false);
              if (saved) onReviewed();
            }}
          />
        ) : (
          <Button variant="secondary" onClick={() => setReviewing(true)}>
            {t("record.plan.review", { goal: goal.title })}
          </Button>
        ))}
    </li>
  );
}

function PlanView({ plan }: { plan: Plan }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const date = (iso: string | null) => (iso ? formatDate(iso, language) : "–");
  return (
    <>
      <p className="record-text record-summary">{plan.summary || t("record.plan.noSummary")}</p>
      <DescriptionList
        items={[
          { label: t("record.plan.agreedOn"), value: date(plan.agreedOn) },
          { label: t("record.plan.nextReviewOn"), value: date(plan.nextReviewOn) },
          {
            label: t("record.plan.updated"),
            value: `${formatDate(plan.updatedAt, language)}, ${plan.updatedByName ?? "–"}`,
          },
        ]}
      />
    </>
  );
}

/** The plan tab: the plan and its goals, the editor for the whole plan and reviews of each goal. */
export function PlanSection() {
  const { t } = useTranslation();
  const participant = useParticipant();
  const id = participant.data.id;
  const plan = usePlan(id, participant.can.seePlan);
  const [editing, setEditing] = useState(false);
  const [notice, setNotice] = useState<"saved" | "reviewed" | null>(null);

  if (!participant.can.seePlan) return <Paragraph>{t("record.noScope")}</Paragraph>;
  const data = plan.data?.data ?? null;
  const canEdit = plan.data?.can.edit ?? false;

  return (
    <section aria-labelledby="plan-heading">
      <Heading variant="h2" id="plan-heading" mb="s">
        {t("record.plan.title")}
      </Heading>
      <Paragraph mb="m">{t("record.plan.intro")}</Paragraph>
      {notice && <SuccessNotice>{t(`record.plan.${notice}`)}</SuccessNotice>}
      {plan.isPending && <Loading />}
      <ProblemAlert error={plan.error} />
      {plan.isSuccess &&
        (editing ? (
          <PlanEditor
            participantId={id}
            plan={data}
            onSaved={() => {
              setNotice("saved");
              setEditing(false);
            }}
            onCancel={() => setEditing(false)}
            onReload={async () => (await plan.refetch()).data?.data}
          />
        ) : (
          <>
            {data ? <PlanView plan={data} /> : <Paragraph mb="m">{t("record.plan.none")}</Paragraph>}
            {canEdit && (
              <div className="button-row">
                <Button
                  onClick={() => {
                    setNotice(null);
                    setEditing(true);
                  }}
                >
                  {data ? t("record.plan.edit") : t("record.plan.create")}
                </Button>
              </div>
            )}
            {data && (
              <div className="section">
                <Heading variant="h2" mb="s">
                  {t("record.plan.goals")}
                </Heading>
                {data.goals.length === 0 && <Paragraph>{t("record.plan.noGoals")}</Paragraph>}
                <ul className="record-goals">
                  {data.goals.map((g) => (
                    <GoalView
                      key={g.id}
                      goal={g}
                      participantId={id}
                      canReview={canEdit}
                      onReviewed={() => setNotice("reviewed")}
                    />
                  ))}
                </ul>
              </div>
            )}
          </>
        ))}
    </section>
  );
}
