import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import {
  Button,
  Checkbox,
  Dropdown,
  DropdownItem,
  Heading,
  Paragraph,
  RadioButton,
  RadioButtonGroup,
} from "suomifi-ui-components";
import { fieldErrors } from "../../app/api";
import { todayIso } from "../../app/dates";
import { useLanguage } from "../../app/useLanguage";
import { AppLink } from "../../ui/AppLink";
import { Loading } from "../../ui/Loading";
import { ProblemAlert } from "../../ui/ProblemAlert";
import {
  type FieldBinding,
  type JobFieldPart,
  JobFieldset,
  type JobFieldTexts,
  TextField,
} from "../small-jobs/shared/JobFieldset";
import { fieldErrorsOf } from "../small-jobs/shared/jobFields";
import { useBrokers, useRegions } from "./api";
import { checkOrder, formKeyOf, type OrderFormError, type OrderFormValues } from "./orderForm";
import "./orders.css";

/** Each part of the job's fields in a section of its own, with a heading (its id names the section). */
function OrderSection({ part, children }: { part: JobFieldPart; children: React.ReactNode }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby={`order-${part}`} className="order__section">
      <Heading variant="h2" id={`order-${part}`} mb="s">
        {t(`orders.section.${part}`)}
      </Heading>
      {children}
    </section>
  );
}

/** The job's fields in the household's plain words. */
function useOrderTexts(): JobFieldTexts {
  const { t } = useTranslation();
  return {
    title: t("orders.field.title"),
    titleHint: t("orders.field.titleHint"),
    category: t("orders.field.category"),
    description: t("orders.field.description"),
    village: t("orders.field.village"),
    address: t("orders.field.address"),
    addressHint: t("orders.field.addressHint"),
    startsOn: t("orders.field.startsOn"),
    endsOn: t("orders.field.endsOn"),
    dateHint: t("orders.field.dateHint"),
    endsOnHint: t("orders.field.endsOnHint"),
    hours: t("orders.field.hours"),
    hoursHint: t("orders.field.hoursHint"),
    payType: t("orders.field.payType"),
    payHourly: t("orders.field.payHourly"),
    payLumpSum: t("orders.field.payLumpSum"),
    payHint: t("orders.field.payHint"),
    estimate: (amount) => t("orders.estimate", { amount }),
    places: t("orders.field.places"),
    requirements: t("orders.field.requirements"),
    requirementsHint: t("orders.field.requirementsHint"),
    safetyNotes: t("orders.field.safetyNotes"),
    safetyNotesHint: t("orders.field.safetyNotesHint"),
    employer: t("orders.field.employer"),
    employerHint: t("orders.field.employerHint"),
    employerChoice: (e) => t(`orders.employerChoice.${e}`),
    employerExplained: (e) => t(`orders.employerExplained.${e}`),
  };
}

/**
 * The order's fields in plain words, phone first: who brokers, what, where, when, pay, needs, who employs,
 * contact details. Local checks first; the server's messages land at the same fields.
 */
export function OrderForm({
  values,
  setValues,
  serverError,
  onReview,
}: {
  values: OrderFormValues;
  setValues: React.Dispatch<React.SetStateAction<OrderFormValues>>;
  serverError: unknown;
  onReview: () => void;
}) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const texts = useOrderTexts();
  const [submitted, setSubmitted] = useState(false);
  const regions = useRegions();
  const regionList = regions.data?.data ?? [];
  const brokers = useBrokers(values.regionCode || null);
  const brokerList = brokers.data?.data ?? [];
  const set = <K extends keyof OrderFormValues>(key: K, value: OrderFormValues[K]) =>
    setValues((v) => ({ ...v, [key]: value }));

  // One region or one association: chosen already, one question less.
  const onlyRegion = regionList.length === 1 ? regionList[0]?.code : undefined;
  useEffect(() => {
    if (onlyRegion && !values.regionCode) setValues((v) => ({ ...v, regionCode: onlyRegion }));
  }, [onlyRegion, values.regionCode, setValues]);
  const onlyBroker = brokerList.length === 1 ? brokerList[0]?.id : undefined;
  useEffect(() => {
    if (onlyBroker && !values.organisationId) setValues((v) => ({ ...v, organisationId: onlyBroker }));
  }, [onlyBroker, values.organisationId, setValues]);

  const { errors } = checkOrder(values, todayIso(), language);
  const f: FieldBinding<OrderFormValues> = {
    id: (name) => (name === "pay" ? "order-pay-amount" : `order-${name}`),
    values,
    set,
    errorOf: fieldErrorsOf(errors, submitted, fieldErrors(serverError), formKeyOf, (e) =>
      t(`orders.errors.${e as OrderFormError}`),
    ),
  };
  const { errorOf } = f;
  const status = (key: keyof OrderFormValues) => (errorOf(key) ? "error" : "default");
  const broker = brokerList.find((b) => b.id === values.organisationId);

  return (
    <form
      className="form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        setSubmitted(true);
        if (Object.keys(errors).length === 0) onReview();
      }}
    >
      <Paragraph mb="m">{t("orders.intro")}</Paragraph>
      <ProblemAlert error={regions.error ?? brokers.error} />

      <section aria-labelledby="order-who" className="order__section">
        <Heading variant="h2" id="order-who" mb="s">
          {t("orders.section.broker")}
        </Heading>
        {regions.isPending && <Loading />}
        {regionList.length > 1 && (
          <Dropdown
            id="order-region"
            labelText={t("orders.region")}
            visualPlaceholder={t("common.choose")}
            value={values.regionCode}
            onChange={(v) => setValues((old) => ({ ...old, regionCode: v, organisationId: "" }))}
            status={status("regionCode")}
            statusText={errorOf("regionCode")}
            fullWidth
          >
            {regionList.map((r) => (
              <DropdownItem key={r.code} value={r.code}>
                {r.name}
              </DropdownItem>
            ))}
          </Dropdown>
        )}
        {values.regionCode && brokers.isSuccess && brokerList.length === 0 && (
          <Paragraph>{t("orders.noBrokers")}</Paragraph>
        )}
        {brokerList.length === 1 && broker && (
          <Paragraph mb="s">{t("orders.brokerOnly", { name: broker.name })}</Paragraph>
        )}
        {brokerList.length > 1 && (
          <RadioButtonGroup
            id="order-broker"
            name="order-broker"
            labelText={t("orders.broker")}
            groupHintText={t("orders.brokerHint")}
            value={values.organisationId}
            onChange={(v) => set("organisationId", v)}
            groupStatus={status("organisationId")}
            groupStatusText={errorOf("organisationId")}
          >
            {brokerList.map((b) => (
              <RadioButton key={b.id} value={b.id}>
                {b.name}
              </RadioButton>
            ))}
          </RadioButtonGroup>
        )}
        {brokerList.length <= 1 && errorOf("organisationId") && (
          <Paragraph className="form-error-note">{errorOf("organisationId")}</Paragraph>
        )}
      </section>

      <JobFieldset f={f} texts={texts} Section={OrderSection} categoryFirst addressRequired />

      <section aria-labelledby="order-contact" className="order__section">
        <Heading variant="h2" id="order-contact" mb="s">
          {t("orders.section.contact")}
        </Heading>
        <TextField f={f} name="name" label={t("orders.field.name")} autoComplete="name" maxLength={200} />
        <TextField
          f={f}
          name="email"
          label={t("orders.field.email")}
          hint={t("orders.field.emailHint")}
          type="email"
          autoComplete="email"
          maxLength={254}
        />
        <TextField
          f={f}
          name="phone"
          label={t("orders.field.phone")}
          optional
          type="tel"
          autoComplete="tel"
          maxLength={40}
        />
        <Checkbox
          id="order-billingDifferent"
          checked={values.billingDifferent}
          onClick={({ checkboxState }) => set("billingDifferent", checkboxState)}
        >
          {t("orders.field.billingDifferent")}
        </Checkbox>
        {values.billingDifferent && (
          <TextField f={f} name="billingAddress" label={t("orders.field.billingAddress")} maxLength={300} />
        )}
        {/* A field for bots only: people never see it. */}
        <div className="order__trap">
          <label>
            Website
            <input
              type="text"
              name="website"
              tabIndex={-1}
              autoComplete="off"
              value={values.website}
              onChange={(e) => set("website", e.target.value)}
            />
          </label>
        </div>
      </section>

      {submitted && Object.keys(errors).length > 0 && (
        <Paragraph role="alert" className="form-error-note">
          {t("orders.fixErrors")}
        </Paragraph>
      )}
      <ProblemAlert error={serverError} />
      <div className="form__actions">
        <Button type="submit">{t("orders.toReview")}</Button>
      </div>
      <Paragraph className="muted">
        <AppLink to="/order/mine">{t("orders.mine.link")}</AppLink>
      </Paragraph>
    </form>
  );
}
