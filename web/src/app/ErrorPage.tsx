import { useTranslation } from "react-i18next";
import { isRouteErrorResponse, useRouteError } from "react-router";
import { Paragraph } from "suomifi-ui-components";
import { PageTitle } from "../ui/PageTitle";
import { NotFoundPage } from "./NotFoundPage";

function ErrorContent() {
  const { t } = useTranslation();
  return (
    <>
      <PageTitle>{t("errorPage.title")}</PageTitle>
      <Paragraph mb="m">{t("errorPage.body")}</Paragraph>
      <Paragraph>
        {/* A full reload, so that whatever state broke the page is gone. */}
        <a href="/" className="plain-link">
          {t("common.backHome")}
        </a>
      </Paragraph>
    </>
  );
}

/**
 * Shown when a page throws while rendering. `standalone` is used when the layout itself failed,
 * so the page still has its landmarks.
 */
export function ErrorPage({ standalone = false }: { standalone?: boolean }) {
  const { t } = useTranslation();
  const error = useRouteError();
  const content = isRouteErrorResponse(error) && error.status === 404 ? <NotFoundPage /> : <ErrorContent />;
  if (!standalone) return content;
  return (
    <div className="app">
      <header className="app-header">
        <div className="app-header__bar">
          <span className="app-header__brand">{t("app.productName")}</span>
        </div>
      </header>
      <main id="main" tabIndex={-1} className="app-main">
        {content}
      </main>
    </div>
  );
}
