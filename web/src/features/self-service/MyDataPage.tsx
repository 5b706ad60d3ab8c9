import { useMutation } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { Button, Heading, Paragraph } from "suomifi-ui-components";
import { useLanguage } from "../../app/useLanguage";
import { AppLink } from "../../ui/AppLink";
import { SuccessNotice } from "../../ui/Notice";
import { PageTitle } from "../../ui/PageTitle";
import { NotOpened } from "./MyPathwayPage";
import { downloadExport, type ExportFormat } from "./selfService";
import "./self-service.css";

const INCLUDED = [
  "basic",
  "consents",
  "projects",
  "assessment",
  "plan",
  "stages",
  "messages",
  "accessLog",
] as const;
const NOT_INCLUDED = ["workingNotes", "stageNotes", "changeLog"] as const;

/** Download your own data: a readable PDF and a machine-readable JSON file, and what is (not) in them. */
export function MyDataPage() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const download = useMutation({
    mutationFn: (format: ExportFormat) => downloadExport(format, language),
  });

  const option = (format: ExportFormat) => (
    <li className="me-card">
      <h3>{t(`selfService.data.${format}Heading`)}</h3>
      <p>{t(`selfService.data.${format}Text`)}</p>
      <Button
        onClick={() => download.mutate(format)}
        disabled={download.isPending}
        aria-describedby="me-data-safety"
      >
        {download.isPending && download.variables === format
          ? t("selfService.data.downloading")
          : t(`selfService.data.${format}Button`)}
      </Button>
    </li>
  );

  return (
    <div className="me-page">
      <PageTitle>{t("selfService.data.title")}</PageTitle>
      <Paragraph className="me-text" mb="m">
        {t("selfService.data.intro")}
      </Paragraph>

      <section aria-labelledby="me-data-download" className="section">
        <Heading variant="h2" id="me-data-download" mb="m">
          {t("selfService.data.downloadHeading")}
        </Heading>
        <div aria-live="polite">
          {download.isSuccess && (
            <SuccessNotice>{t("selfService.data.downloaded", { file: download.data })}</SuccessNotice>
          )}
        </div>
        {download.error && <NotOpened error={download.error} />}
        <ul className="me-downloads">
          {option("pdf")}
          {option("json")}
        </ul>
        <Paragraph className="me-text" id="me-data-safety" mt="m">
          {t("selfService.data.safety")}
        </Paragraph>
      </section>

      <section aria-labelledby="me-data-included" className="section">
        <Heading variant="h2" id="me-data-included" mb="m">
          {t("selfService.data.includedHeading")}
        </Heading>
        <ul className="me-bullets">
          {INCLUDED.map((key) => (
            <li key={key}>{t(`selfService.data.included.${key}`)}</li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="me-data-not-included" className="section">
        <Heading variant="h2" id="me-data-not-included" mb="m">
          {t("selfService.data.notIncludedHeading")}
        </Heading>
        <ul className="me-bullets">
          {NOT_INCLUDED.map((key) => (
            <li key={key}>{t(`selfService.data.notIncluded.${key}`)}</li>
          ))}
        </ul>
        <Paragraph className="me-text" mb="m">
          {t("selfService.data.howToAsk")}
        </Paragraph>
        <Paragraph className="me-text">
          {t("selfService.data.logged")}{" "}
          <AppLink to="/me/access-log">{t("selfService.pathway.linkAccessLog")}</AppLink>
        </Paragraph>
      </section>
    </div>
  );
}
