import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { Button, Dropdown, DropdownItem, Heading, Paragraph, TextInput } from "suomifi-ui-components";
import { fieldErrors } from "../../app/api";
import { useLanguage } from "../../app/useLanguage";
import { SuccessNotice } from "../../ui/Notice";
import { ProblemAlert } from "../../ui/ProblemAlert";
import { useRegions, useRequestLink } from "./api";

const EMAIL = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;

/**
 * "Send me a link to my orders": the region (when there are several) and the e-mail address. The answer
 * is the same whether or not the address has orders, and the page says so.
 */
export function LinkRequestForm({ headingLevel = "h2" }: { headingLevel?: "h2" | "h3" }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const regions = useRegions();
  const regionList = regions.data?.data ?? [];
  const [regionCode, setRegionCode] = useState("");
  const [email, setEmail] = useState("");
  const [checked, setChecked] = useState(false);
  const request = useRequestLink();
  const onlyRegion = regionList.length === 1 ? regionList[0]?.code : undefined;
  useEffect(() => {
    if (onlyRegion && !regionCode) setRegionCode(onlyRegion);
  }, [onlyRegion, regionCode]);

  const emailError = checked
    ? email.trim() === ""
      ? t("orders.errors.required")
      : !EMAIL.test(email.trim())
        ? t("orders.errors.email")
        : undefined
    : fieldErrors(request.error).email;
  const regionError = checked && regionCode === "" ? t("orders.errors.required") : undefined;

  return (
    <section aria-labelledby="order-link-title" className="order__section">
      <Heading variant={headingLevel} id="order-link-title" mb="s">
        {t("orders.link.title")}
      </Heading>
      {request.isSuccess ? (
        <SuccessNotice>{t("orders.link.sent")}</SuccessNotice>
      ) : (
        <form
          className="form"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            setChecked(true);
            if (regionCode && EMAIL.test(email.trim())) {
              request.mutate({ regionCode, email: email.trim(), language });
            }
          }}
        >
          <Paragraph>{t("orders.link.intro")}</Paragraph>
          {regionList.length > 1 && (
            <Dropdown
              id="order-link-region"
              labelText={t("orders.region")}
              visualPlaceholder={t("common.choose")}
              value={regionCode}
              onChange={setRegionCode}
              status={regionError ? "error" : "default"}
              statusText={regionError}
              fullWidth
            >
              {regionList.map((r) => (
                <DropdownItem key={r.code} value={r.code}>
                  {r.name}
                </DropdownItem>
              ))}
            </Dropdown>
          )}
          <TextInput
            id="order-link-email"
            labelText={t("orders.field.email")}
            type="email"
            autoComplete="email"
            value={email}
            onChange={(v) => setEmail(String(v ?? ""))}
            status={emailError ? "error" : "default"}
            statusText={emailError}
            fullWidth
          />
          <ProblemAlert error={request.error} />
          <div className="form__actions">
            <Button type="submit" disabled={request.isPending}>
              {t("orders.link.submit")}
            </Button>
          </div>
        </form>
      )}
    </section>
  );
}
