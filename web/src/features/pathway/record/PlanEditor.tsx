import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Button, Heading, Textarea } from "suomifi-ui-components";
import type { Plan } from "../../../../../server/src/modules/pathway/api-record";
import { formatDate } from "../../../app/format";
import { useLanguage } from "../../../app/useLanguage";
import { useSavePlan } from "./api";
import { isConflict, SaveProblem } from "./ConflictAlert";
import { DateField } from "./DateField";
import { type PlanValues, planBodyOf, planValuesOf, rebaseGoals } from "./forms";
import { GoalsEditor } from "./GoalsEditor";

/** The plan as saved by someone else, shown beside the editor after a conflict. */
function LatestVersion({ plan }: { plan: Plan | null }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  return (
    <section className="record-latest" aria-labelledby="plan-latest">
      <Heading variant="h3" id="plan-latest">
        {t("record.plan.latestHeading")}
      </Heading>
      {plan ? (
        <>
          <p className="muted">
            {t("record.plan.latestBy", {
              name: plan.updatedByName ?? "–",
              at: formatDate(plan.updatedAt, language),
            })}
          </p>
          <p className="record-text">{plan.summary || "–"}</p>
          <ul>
            {plan.goals.map((g) => (
              <li key={g.id}>
                {g.title} ({t(`record.goalStatus.${g.status}`)})
              </li>
            ))}
          </ul>
          <p>{t("record.plan.latestHelp")}</p>
        </>
      ) : (
        <p>{t("record.plan.latestGone")}</p>
      )}
    </section>
  );
}

/**
 * Edits the whole plan (summary, dates, goals) and saves it under the version it started from. When
 * someone saved meanwhile the save is refused; the text typed here stays, the latest version can be
 * loaded beside it, and saving again continues on that version.
 */
export function PlanEditor({
  participantId,
  plan,
  onSaved,
  onCancel,
  onReload,
}: {
  participantId: string;
  plan: Plan | null;
  onSaved: () => void;
  onCancel: () => void;
  onReload: () => Promise<Plan | null | undefined>;
}) {
  const { t } = useTranslation();
  const save = useSavePlan(participantId);
  const [values, setValues] = useState<PlanValues>(() => planValuesOf(plan));
  const [version, setVersion] = useState(plan?.version ?? 0);
  const [reviewed, setReviewed] = useState(
    () => new Set(plan?.goals.filter((g) => g.reviews.length > 0).map((g) => g.id)),
  );
  const [latest, setLatest] = useState<Plan | null | undefined>(undefined);
  const [checked, setChecked] = useState(false);
  const [reloading, setReloading] = useState(false);
  const result = planBodyOf(values, version);
  const errors = checked && "errors" in result ? result.errors : {};
  const set = (change: Partial<PlanValues>) => setValues((v) => ({ ...v, ...change }));

  function submit(event: React.FormEvent) {
    event.preventDefault();
    setChecked(true);
    if (!("body" in result)) return;
    save.mutate(result.body, { onSuccess: onSaved });
  }

  async function loadLatest() {
    setReloading(true);
    try {
      const fresh = (await onReload()) ?? null;
      setLatest(fresh);
      setVersion(fresh?.version ?? 0);
      setReviewed(new Set(fresh?.goals.filter((g) => g.reviews.length > 0).map((g) => g.id)));
      setValues((v) => rebaseGoals(v, fresh));
      save.reset();
    } finally {
      setReloading(false);
    }
  }

  return (
    <>
      {latest !== undefined && !isConflict(save.error) && <LatestVersion plan={latest} />}
      <form onSubmit={submit} noValidate className="form record-form">
        <Heading variant="h3">{plan ? t("record.plan.editHeading") : t("record.plan.newHeading")}</Heading>
        <Textarea
          labelText={t("record.plan.summary")}
          hintText={t("record.plan.summaryHint")}
          value={values.summary}
          onChange={(event) => set({ summary: event.target.value })}
          fullWidth
        />
        <DateField
          id="plan-agreedOn"
          label={t("record.plan.agreedOn")}
          value={values.agreedOn}
          onChange={(agreedOn) => set({ agreedOn })}
          error={errors.agreedOn}
          optional
          notFuture
        />
        <DateField
          id="plan-nextReviewOn"
          label={t("record.plan.nextReviewOn")}
          value={values.nextReviewOn}
          onChange={(nextReviewOn) => set({ nextReviewOn })}
          error={
            errors.nextReviewOn === "beforeAgreed"
              ? t("record.plan.nextReviewBeforeAgreed")
              : errors.nextReviewOn
          }
          optional
        />
        <GoalsEditor
          goals={values.goals}
          reviewed={reviewed}
          errors={errors.goals}
          onChange={(goals) => set({ goals })}
        />
        <SaveProblem error={save.error} onLoadLatest={() => void loadLatest()} loading={reloading} />
        <div className="form__actions">
          <Button type="submit" disabled={save.isPending}>
            {t("record.plan.save")}
          </Button>
          <Button variant="secondary" onClick={onCancel}>
            {t("record.cancel")}
          </Button>
        </div>
      </form>
    </>
  );
}
