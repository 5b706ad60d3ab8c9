import { useTranslation } from "react-i18next";
import type { CaseloadFlag } from "./options";
import { CASELOAD_FLAGS } from "./options";
import "./enrolments.css";

/** The caseload's flags as labelled badges (the words carry the meaning; the colour only repeats it). */
export function FlagBadges({ flags }: { flags: CaseloadFlag[] }) {
  const { t } = useTranslation();
  if (flags.length === 0) return <span className="muted">{t("caseload.noFlags")}</span>;
  const ordered = CASELOAD_FLAGS.filter((f) => flags.includes(f));
  return (
    <ul className="flag-list">
      {ordered.map((flag) => (
        <li key={flag} className={`flag flag--${flag}`}>
          <span aria-hidden="true" className="flag__mark">
            !
          </span>
          {t(`caseload.flag.${flag}`)}
        </li>
      ))}
    </ul>
  );
}
