import { useTranslation } from "react-i18next";

/** "Recorded by Aino Coach, Kuusijärvi" in muted text; nothing when neither is known. */
export function ByLine({ name, organisation }: { name: string | null; organisation?: string | null }) {
  const { t } = useTranslation();
  if (!name && !organisation) return null;
  const who = [name, organisation].filter(Boolean).join(", ");
  return <p className="record-byline muted">{t("record.recordedBy", { who })}</p>;
}
