import { useTranslation } from "react-i18next";
import { InlineAlert } from "suomifi-ui-components";
import { ApiError } from "../app/api";

/** The text a person should read for a failed request: the server's localised detail when there is one. */
export function useProblemText(): (error: unknown) => string {
  const { t } = useTranslation();
  return (error) => {
    if (error instanceof ApiError) {
      if (error.isNetworkError) return t("errors.network");
      return error.detail ?? error.title;
    }
    return t("errors.unexpected");
  };
}

/** Shows why a request failed, announced to screen readers. Renders nothing without an error. */
export function ProblemAlert({ error, children }: { error: unknown; children?: React.ReactNode }) {
  const text = useProblemText();
  if (!error) return null;
  return (
    <InlineAlert status="error" role="alert" mb="m">
      {text(error)}
      {children}
    </InlineAlert>
  );
}
