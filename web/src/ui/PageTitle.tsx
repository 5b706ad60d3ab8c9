import { useEffect } from "react";
import { useTranslation } from "react-i18next";
import { Heading } from "suomifi-ui-components";

/** The page's single h1; also names the browser tab. Focusable so navigation can move focus here. */
export function PageTitle({ children }: { children: string }) {
  const { t } = useTranslation();
  const product = t("app.productName");
  useEffect(() => {
    document.title = children === product ? product : `${children} – ${product}`;
  }, [children, product]);
  return (
    <Heading variant="h1" tabIndex={-1} className="page-title" mb="m">
      {children}
    </Heading>
  );
}
