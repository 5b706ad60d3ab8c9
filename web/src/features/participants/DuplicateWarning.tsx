import { forwardRef } from "react";
import { useTranslation } from "react-i18next";
import { Checkbox, Heading, InlineAlert } from "suomifi-ui-components";
import type { Duplicate } from "../../../../server/src/modules/participants/api";
import { formatDate } from "../../app/format";
import { useLanguage } from "../../app/useLanguage";
import { AppLink } from "../../ui/AppLink";

/**
 * Likely duplicates found before saving. People the user may see are linked; the others are named only
 * by the organisation that keeps them. The same identity code cannot be saved again at all; the same
 * name and birth date can, once the coach confirms it is a different person.
 */
export const DuplicateWarning = forwardRef<
  HTMLHeadingElement,
  {
    duplicates: Duplicate[];
    acknowledged: boolean;
    onAcknowledge: (acknowledged: boolean) => void;
    acknowledgeError: boolean;
  }
>(function DuplicateWarning({ duplicates, acknowledged, onAcknowledge, acknowledgeError }, headingRef) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const sameCode = duplicates.some((d) => d.reason === "identity_code");
  return (
    <InlineAlert status="warning" mb="m" className="duplicate-warning">
      <Heading variant="h2" ref={headingRef} tabIndex={-1} mb="s" className="duplicate-warning__heading">
        {t("participants.duplicates.heading")}
      </Heading>
      <ul className="duplicate-list">
        {duplicates.map((d, index) => (
          <li key={d.participantId ?? `hidden-${index}`}>
            {d.participantId && d.name ? (
              <>
                <AppLink to={`/participants/${d.participantId}`}>{d.name}</AppLink>
                {d.birthDate && `, ${t("participants.born", { date: formatDate(d.birthDate, language) })}`}
                {`, ${t("participants.duplicates.registeredAt", { organisation: d.organisationName })}`}
              </>
            ) : (
              t("participants.duplicates.hidden", { organisation: d.organisationName })
            )}
            <span className="muted">{` (${t(`participants.duplicates.reason.${d.reason}`)})`}</span>
          </li>
        ))}
      </ul>
      {sameCode ? (
        <p>{t("participants.duplicates.sameCode")}</p>
      ) : (
        <>
          <p>{t("participants.duplicates.explain")}</p>
          <Checkbox
            id="acknowledge-duplicates"
            checked={acknowledged}
            onClick={({ checkboxState }) => onAcknowledge(checkboxState)}
            status={acknowledgeError && !acknowledged ? "error" : "default"}
            statusText={acknowledgeError && !acknowledged ? t("participants.duplicates.confirmRequired") : ""}
          >
            {t("participants.duplicates.confirm")}
          </Checkbox>
        </>
      )}
    </InlineAlert>
  );
});
