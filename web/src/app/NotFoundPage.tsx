import { useTranslation } from "react-i18next";
import { Paragraph } from "suomifi-ui-components";
import { AppLink } from "../ui/AppLink";
import { PageTitle } from "../ui/PageTitle";

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageTitle>{t("notFound.title")}</PageTitle>
      <Paragraph mb="m">{t("notFound.body")}</Paragraph>
      <AppLink to="/">{t("common.backHome")}</AppLink>
    </>
  );
}
