import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import {
  Button,
  Checkbox,
  CheckboxGroup,
  Dropdown,
  DropdownItem,
  Heading,
  Paragraph,
  RadioButton,
  RadioButtonGroup,
  Textarea,
  TextInput,
} from "suomifi-ui-components";
import { fieldErrors } from "../../app/api";
import { todayIso } from "../../app/dates";
import { useLanguage } from "../../app/useLanguage";
import { AppLink } from "../../ui/AppLink";
import { DateField } from "../../ui/DateField";
import { Loading } from "../../ui/Loading";
import { ProblemAlert } from "../../ui/ProblemAlert";
import {
  EMPLOYERS,
  JOB_CATEGORIES,
  JOB_REQUIREMENTS,
  PAY_TYPES,
  parseEuros,
  parseHours,
  useJobLabels,
} from "../small-jobs/shared";
import { useBrokers, useRegions } from "./api";
import { checkOrder, estimatedGross, formKeyOf, type OrderFormValues } from "./orderForm";
import "./orders.css";

const isOneOf = <T extends string>(list: readonly T[], value: string): value is T =>
  (list as readonly string[]).includes(value);

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
  const labels = useJobLabels();
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
  const server: Partial<Record<keyof OrderFormValues, string>> = {};
  for (const [key, message] of Object.entries(fieldErrors(serverError))) {
    const field = formKeyOf(key);
    if (field && server[field] === undefined) server[field] = message;
  }
  const errorOf = (key: keyof OrderFormValues) => {
    const local = submitted ? errors[key] : undefined;
    return local ? t(`orders.errors.${local}`) : server[key];
  };
  const status = (key: keyof OrderFormValues) => (errorOf(key) ? "error" : "default");

  const minutes = parseHours(values.hours);
  const pay = parseEuros(values.pay);
  const estimate =
    minutes !== null && pay !== null && minutes >= 15 ? estimatedGross(values.payType, pay, minutes) : null;
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

      <section aria-labelledby="order-what" className="order__section">
        <Heading variant="h2" id="order-what" mb="s">
          {t("orders.section.what")}
        </Heading>
        <TextInput
          id="order-title"
          labelText={t("orders.field.title")}
          hintText={t("orders.field.titleHint")}
          value={values.title}
          maxLength={200}
          onChange={(v) => set("title", String(v ?? ""))}
          status={status("title")}
          statusText={errorOf("title")}
          fullWidth
        />
        <Dropdown
          id="order-category"
          labelText={t("orders.field.category")}
          visualPlaceholder={t("common.choose")}
          value={values.category ?? ""}
          onChange={(v) => set("category", isOneOf(JOB_CATEGORIES, v) ? v : null)}
          status={status("category")}
          statusText={errorOf("category")}
          fullWidth
        >
          {JOB_CATEGORIES.map((c) => (
            <DropdownItem key={c} value={c}>
              {labels.category(c)}
            </DropdownItem>
          ))}
        </Dropdown>
        <Textarea
          id="order-description"
          labelText={t("orders.field.description")}
          optionalText={t("common.optional")}
          value={values.description}
          maxLength={4000}
          onChange={(e) => set("description", e.target.value)}
          status={status("description")}
          statusText={errorOf("description")}
          fullWidth
        />
      </section>

      <section aria-labelledby="order-where" className="order__section">
        <Heading variant="h2" id="order-where" mb="s">
          {t("orders.section.where")}
        </Heading>
        <TextInput
          id="order-village"
          labelText={t("orders.field.village")}
          value={values.village}
          maxLength={100}
          onChange={(v) => set("village", String(v ?? ""))}
          status={status("village")}
          statusText={errorOf("village")}
          fullWidth
        />
        <TextInput
          id="order-address"
          labelText={t("orders.field.address")}
          hintText={t("orders.field.addressHint")}
          autoComplete="street-address"
          value={values.address}
          maxLength={300}
          onChange={(v) => set("address", String(v ?? ""))}
          status={status("address")}
          statusText={errorOf("address")}
          fullWidth
        />
      </section>

      <section aria-labelledby="order-when" className="order__section">
        <Heading variant="h2" id="order-when" mb="s">
          {t("orders.section.when")}
        </Heading>
        <DateField
          id="order-startsOn"
          label={t("orders.field.startsOn")}
          hint={t("orders.field.dateHint")}
          value={values.startsOn}
          onChange={(v) => set("startsOn", v)}
          error={errorOf("startsOn")}
        />
        <DateField
          id="order-endsOn"
          label={t("orders.field.endsOn")}
          hint={t("orders.field.endsOnHint")}
          value={values.endsOn}
          onChange={(v) => set("endsOn", v)}
          error={errorOf("endsOn")}
        />
        <TextInput
          id="order-hours"
          labelText={t("orders.field.hours")}
          hintText={t("orders.field.hoursHint")}
          inputMode="decimal"
          value={values.hours}
          onChange={(v) => set("hours", String(v ?? ""))}
          status={status("hours")}
          statusText={errorOf("hours")}
        />
      </section>

      <section aria-labelledby="order-pay" className="order__section">
        <Heading variant="h2" id="order-pay" mb="s">
          {t("orders.section.pay")}
        </Heading>
        <RadioButtonGroup
          id="order-payType"
          name="order-payType"
          labelText={t("orders.field.payType")}
          value={values.payType}
          onChange={(v) => isOneOf(PAY_TYPES, v) && set("payType", v)}
        >
          {PAY_TYPES.map((p) => (
            <RadioButton key={p} value={p}>
              {labels.payType(p)}
            </RadioButton>
          ))}
        </RadioButtonGroup>
        <TextInput
          id="order-pay-amount"
          labelText={values.payType === "hourly" ? t("orders.field.payHourly") : t("orders.field.payLumpSum")}
          hintText={t("orders.field.payHint")}
          inputMode="decimal"
          value={values.pay}
          onChange={(v) => set("pay", String(v ?? ""))}
          status={status("pay")}
          statusText={errorOf("pay")}
        />
        {estimate !== null && (
          <Paragraph className="muted" aria-live="polite">
            {t("orders.estimate", { amount: labels.euros(estimate) })}
          </Paragraph>
        )}
        <TextInput
          id="order-places"
          labelText={t("orders.field.places")}
          inputMode="numeric"
          value={values.places}
          onChange={(v) => set("places", String(v ?? ""))}
          status={status("places")}
          statusText={errorOf("places")}
        />
      </section>

      <section aria-labelledby="order-needs" className="order__section">
        <Heading variant="h2" id="order-needs" mb="s">
          {t("orders.section.needs")}
        </Heading>
        <CheckboxGroup
          id="order-requirements"
          labelText={t("orders.field.requirements")}
          groupHintText={t("orders.field.requirementsHint")}
        >
          {JOB_REQUIREMENTS.map((r) => (
            <Checkbox
              key={r}
              checked={values.requirements.includes(r)}
              onClick={({ checkboxState }) =>
                set(
                  "requirements",
                  checkboxState
                    ? [...values.requirements.filter((x) => x !== r), r]
                    : values.requirements.filter((x) => x !== r),
                )
              }
            >
              {labels.requirement(r)}
            </Checkbox>
          ))}
        </CheckboxGroup>
        <Textarea
          id="order-safetyNotes"
          labelText={t("orders.field.safetyNotes")}
          hintText={t("orders.field.safetyNotesHint")}
          optionalText={t("common.optional")}
          value={values.safetyNotes}
          maxLength={2000}
          onChange={(e) => set("safetyNotes", e.target.value)}
          fullWidth
        />
        <RadioButtonGroup
          id="order-employer"
          name="order-employer"
          labelText={t("orders.field.employer")}
          groupHintText={t("orders.field.employerHint")}
          value={values.employer}
          onChange={(v) => isOneOf(EMPLOYERS, v) && set("employer", v)}
        >
          {EMPLOYERS.map((e) => (
            <RadioButton key={e} value={e} hintText={t(`orders.employerExplained.${e}`)}>
              {t(`orders.employerChoice.${e}`)}
            </RadioButton>
          ))}
        </RadioButtonGroup>
      </section>

      <section aria-labelledby="order-contact" className="order__section">
        <Heading variant="h2" id="order-contact" mb="s">
          {t("orders.section.contact")}
        </Heading>
        <TextInput
          id="order-name"
          labelText={t("orders.field.name")}
          autoComplete="name"
          value={values.name}
          maxLength={200}
          onChange={(v) => set("name", String(v ?? ""))}
          status={status("name")}
          statusText={errorOf("name")}
          fullWidth
        />
        <TextInput
          id="order-email"
          labelText={t("orders.field.email")}
          hintText={t("orders.field.emailHint")}
          type="email"
          autoComplete="email"
          value={values.email}
          maxLength={254}
          onChange={(v) => set("email", String(v ?? ""))}
          status={status("email")}
          statusText={errorOf("email")}
          fullWidth
        />
        <TextInput
          id="order-phone"
          labelText={t("orders.field.phone")}
          optionalText={t("common.optional")}
          type="tel"
          autoComplete="tel"
          value={values.phone}
          maxLength={40}
          onChange={(v) => set("phone", String(v ?? ""))}
          status={status("phone")}
          statusText={errorOf("phone")}
          fullWidth
        />
        <Checkbox
          id="order-billingDifferent"
          checked={values.billingDifferent}
          onClick={({ checkboxState }) => set("billingDifferent", checkboxState)}
        >
          {t("orders.field.billingDifferent")}
        </Checkbox>
        {values.billingDifferent && (
          <TextInput
            id="order-billingAddress"
            labelText={t("orders.field.billingAddress")}
            value={values.billingAddress}
            maxLength={300}
            onChange={(v) => set("billingAddress", String(v ?? ""))}
            status={status("billingAddress")}
            statusText={errorOf("billingAddress")}
            fullWidth
          />
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
