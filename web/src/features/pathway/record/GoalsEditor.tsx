import { useTranslation } from "react-i18next";
import { Button, Dropdown, DropdownItem, Textarea, TextInput } from "suomifi-ui-components";
import { DateField } from "./DateField";
import { GOAL_STATUSES, type GoalValues, isOneOf, newGoal, type PlanErrors } from "./forms";

const titleId = (key: string) => `goal-${key}-title`;

/** The plan's goals as an editable list: add, change, remove. */
export function GoalsEditor({
  goals,
  reviewed,
  errors,
  onChange,
}: {
  goals: GoalValues[];
  /** Ids of goals that have reviews: removing them keeps them as dropped. */
  reviewed: Set<string>;
  errors: PlanErrors["goals"];
  onChange: (goals: GoalValues[]) => void;
}) {
  const { t } = useTranslation();
  const update = (key: string, change: Partial<GoalValues>) =>
    onChange(goals.map((g) => (g.key === key ? { ...g, ...change } : g)));

  function add() {
    const goal = newGoal();
    onChange([...goals, goal]);
    requestAnimationFrame(() => document.getElementById(titleId(goal.key))?.focus());
  }

  function remove(index: number) {
    const next = goals.filter((_, i) => i !== index);
    onChange(next);
    // Keep the keyboard where it was: the next goal's name, or the add button.
    const target = next[index] ?? next[index - 1];
    requestAnimationFrame(() => document.getElementById(target ? titleId(target.key) : "goal-add")?.focus());
  }

  return (
    <fieldset className="record-fieldset">
      <legend>{t("record.plan.goals")}</legend>
      {goals.length === 0 && <p className="muted">{t("record.plan.noGoals")}</p>}
      <ol className="record-goal-list">
        {goals.map((g, index) => {
          const e = errors?.[g.key] ?? {};
          const number = index + 1;
          return (
            <li key={g.key} className="record-goal-edit">
              <fieldset className="record-fieldset record-fieldset--inner">
                <legend>{t("record.plan.goalNumber", { number })}</legend>
                <TextInput
                  id={titleId(g.key)}
                  labelText={t("record.plan.goalTitle")}
                  value={g.title}
                  onChange={(title) => update(g.key, { title: String(title ?? "") })}
                  status={e.title ? "error" : "default"}
                  statusText={e.title ? t("record.plan.goalTitleRequired") : undefined}
                  fullWidth
                />
                <Textarea
                  labelText={t("record.plan.goalDescription")}
                  optionalText={t("record.optional")}
                  value={g.description}
                  onChange={(event) => update(g.key, { description: event.target.value })}
                  fullWidth
                />
                <DateField
                  id={`goal-${g.key}-target`}
                  label={t("record.plan.goalTarget")}
                  value={g.targetDate}
                  onChange={(targetDate) => update(g.key, { targetDate })}
                  error={e.targetDate}
                  optional
                />
                <Dropdown
                  labelText={t("record.plan.goalStatus")}
                  value={g.status}
                  onChange={(status) =>
                    update(g.key, { status: isOneOf(GOAL_STATUSES, status) ? status : "open" })
                  }
                >
                  {GOAL_STATUSES.map((status) => (
                    <DropdownItem key={status} value={status}>
                      {t(`record.goalStatus.${status}`)}
                    </DropdownItem>
                  ))}
                </Dropdown>
                {g.id && reviewed.has(g.id) && (
                  <p className="muted">{t("record.plan.removeKeepsReviewed")}</p>
                )}
                <div className="button-row">
                  <Button variant="secondary" onClick={() => remove(index)}>
                    {t("record.plan.removeGoal", { number })}
                  </Button>
                </div>
              </fieldset>
            </li>
          );
        })}
      </ol>
      <Button id="goal-add" variant="secondary" onClick={add}>
        {t("record.plan.addGoal")}
      </Button>
    </fieldset>
  );
}
