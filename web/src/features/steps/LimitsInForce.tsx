import { useTranslation } from "react-i18next";
import { Expander, ExpanderContent, ExpanderTitleButton, Heading, Paragraph } from "suomifi-ui-components";
import { todayIso } from "../../app/dates";
import { localeFor } from "../../app/language";
import { useSession } from "../../app/session";
import { useLanguage } from "../../app/useLanguage";
import { AppLink } from "../../ui/AppLink";
import { useStatutoryLimits } from "../rules/api";
import { groupByMeasure, limitState, referenceIn } from "../rules/limits";

/** An explanation beside the steps: the statutory limits in force today, by measure, in plain words. */
export function LimitsInForce() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const { session } = useSession();
  const limits = useStatutoryLimits();
  const number = new Intl.NumberFormat(localeFor(language), { maximumFractionDigits: 1 });
  const today = todayIso();
  const groups = groupByMeasure((limits.data?.data ?? []).filter((l) => limitState(l, today) === "inForce"));
  if (groups.length === 0) return null;
  return (
    <Expander mb="m" className="limits-in-force">
      <ExpanderTitleButton asHeading="h3">{t("steps.limitsHeading")}</ExpanderTitleButton>
      <ExpanderContent>
        <Paragraph mb="s">{t("steps.limitsIntro")}</Paragraph>
        {groups.map((group) => (
          <div key={group.stepKind}>
            <Heading variant="h4">{t(`steps.kind.${group.stepKind}`)}</Heading>
            <ul className="limits-in-force__list">
              {group.rows.map((row) => (
                <li key={row.id}>
                  {t("steps.limitLine", {
                    rule: t(`limits.sentence.${row.rule}`, {
                      value: row.value === null ? "" : number.format(row.value),
                    }),
                    reference: referenceIn(row.legalReference, language),
                  })}
                </li>
              ))}
            </ul>
          </div>
        ))}
        {session?.user.roles.includes("administrator") && (
          <AppLink to="/admin/statutory-limits">{t("steps.limitsLink")}</AppLink>
        )}
      </ExpanderContent>
    </Expander>
  );
}
