import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Button, Heading, Paragraph } from "suomifi-ui-components";
import type { Step } from "../../../../server/src/modules/pathway/api-steps";
import { formatDate } from "../../app/format";
import { localeFor } from "../../app/language";
import { useLanguage } from "../../app/useLanguage";
import { DescriptionList } from "../../ui/Details";
import { Loading } from "../../ui/Loading";
import { SuccessNotice } from "../../ui/Notice";
import { ProblemAlert } from "../../ui/ProblemAlert";
import { useParticipant } from "../participants/context";
import { useSteps } from "./api";
import { LimitsInForce } from "./LimitsInForce";
import { StepForm } from "./StepForm";
import { StepWarnings } from "./StepWarnings";
import "./steps.css";

type Mode = { kind: "view" } | { kind: "add" } | { kind: "edit"; stepId: string };

/** One step: what, when, how much, who provides it, and the statutory limits it breaks. */
function StepItem({ step, onEdit }: { step: Step; onEdit: (() => void) | null }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const number = new Intl.NumberFormat(localeFor(language), { maximumFractionDigits: 1 });
  const name = step.title ? `${t(`steps.kind.${step.kind}`)}: ${step.title}` : t(`steps.kind.${step.kind}`);
  const schedule = [
    step.daysPerWeek !== null ? t("steps.perWeek", { days: number.format(step.daysPerWeek) }) : null,
    step.hoursPerDay !== null ? t("steps.perDay", { hours: number.format(step.hoursPerDay) }) : null,
  ].filter((x): x is string => x !== null);
  const provider = [step.providerOrganisationName, step.providerName].filter(Boolean).join(" / ");
  const headingId = `step-${step.id}-heading`;
  return (
    <article aria-labelledby={headingId} className="step-item">
      <Heading variant="h3" id={headingId} mb="xs">
        {name}
      </Heading>
      <DescriptionList
        items={[
          { label: t("steps.fields.status"), value: t(`steps.status.${step.status}`) },
          {
            label: t("steps.period"),
            value: step.endsOn
              ? t("steps.dates", {
                  from: formatDate(step.startsOn, language),
                  to: formatDate(step.endsOn, language),
                })
              : t("steps.datesOpen", { from: formatDate(step.startsOn, language) }),
          },
          {
            label: t("steps.schedule"),
            value: schedule.length > 0 ? schedule.join(", ") : t("steps.scheduleUnknown"),
          },
          { label: t("steps.fields.providerOrganisation"), value: provider || t("steps.noProvider") },
          ...(step.status === "interrupted" && step.interruptionReason
            ? [{ label: t("steps.interruptionShown"), value: step.interruptionReason }]
            : []),
        ]}
      />
      <StepWarnings warnings={step.warnings} />
      {onEdit && (
        <Button variant="secondary" onClick={onEdit} aria-label={t("steps.editNamed", { name })}>
          {t("steps.edit")}
        </Button>
      )}
    </article>
  );
}

/** The steps tab: the participant's pathway steps with statutory limit warnings, and adding or changing one. */
export function StepsSection() {
  const { t } = useTranslation();
  const participant = useParticipant();
  const id = participant.data.id;
  const steps = useSteps(id, participant.can.seePlan);
  const [mode, setMode] = useState<Mode>({ kind: "view" });
  const [notice, setNotice] = useState<string | null>(null);

  if (!participant.can.seePlan) return <Paragraph>{t("steps.noScope")}</Paragraph>;

  const saved = (step: Step, added: boolean) => {
    setMode({ kind: "view" });
    setNotice(
      step.warnings.length > 0 ? t("steps.savedWithWarnings") : added ? t("steps.added") : t("steps.saved"),
    );
  };
  const list = steps.data?.data ?? [];

  return (
    <section aria-labelledby="steps-heading">
      <Heading variant="h2" id="steps-heading" mb="s">
        {t("steps.title")}
      </Heading>
      <Paragraph mb="m">{t("steps.intro")}</Paragraph>
      <LimitsInForce />
      {notice && <SuccessNotice>{notice}</SuccessNotice>}
      {steps.isPending && <Loading />}
      <ProblemAlert error={steps.error} />
      {steps.isSuccess && (
        <>
          {list.length === 0 ? (
            <Paragraph mb="m">{t("steps.empty")}</Paragraph>
          ) : (
            <ol className="step-list" aria-label={t("steps.listLabel")}>
              {list.map((step) => (
                <li key={step.id}>
                  {mode.kind === "edit" && mode.stepId === step.id ? (
                    <StepForm
                      participantId={id}
                      step={step}
                      onSaved={(s) => saved(s, false)}
                      onCancel={() => setMode({ kind: "view" })}
                    />
                  ) : (
                    <StepItem
                      step={step}
                      onEdit={
                        step.can.edit && mode.kind === "view"
                          ? () => {
                              setNotice(null);
                              setMode({ kind: "edit", stepId: step.id });
                            }
                          : null
                      }
                    />
                  )}
                </li>
              ))}
            </ol>
          )}
          {steps.data.can.add &&
            (mode.kind === "add" ? (
              <StepForm
                participantId={id}
                step={null}
                onSaved={(s) => saved(s, true)}
                onCancel={() => setMode({ kind: "view" })}
              />
            ) : (
              mode.kind === "view" && (
                <Button
                  onClick={() => {
                    setNotice(null);
                    setMode({ kind: "add" });
                  }}
                >
                  {t("steps.add")}
                </Button>
              )
            ))}
        </>
      )}
    </section>
  );
}
