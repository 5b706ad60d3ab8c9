import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Button, Paragraph } from "suomifi-ui-components";
import { todayIso } from "../../app/dates";
import { useLanguage } from "../../app/useLanguage";
import { AppLink } from "../../ui/AppLink";
import { DescriptionList } from "../../ui/Details";
import { PageTitle } from "../../ui/PageTitle";
import { ProblemAlert } from "../../ui/ProblemAlert";
import { useJobLabels } from "../small-jobs/shared";
import { type OrderCreate, useBrokers, usePlaceOrder } from "./api";
import { OrderForm } from "./OrderFields";
import { checkOrder, estimatedGross, initialOrder, type OrderFormValues } from "./orderForm";
import "./orders.css";

/** /order: a household orders a small job without an account (form → summary → "check your e-mail"). */
export function OrderPage() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const [values, setValues] = useState(() => initialOrder(todayIso(), language));
  const [stage, setStage] = useState<"form" | "review" | "sent">("form");
  const [sentTo, setSentTo] = useState("");
  const place = usePlaceOrder();

  const title =
    stage === "sent"
      ? t("orders.sent.title")
      : stage === "review"
        ? t("orders.review.title")
        : t("orders.title");

  if (stage === "sent") {
    return (
      <div className="narrow order">
        <PageTitle>{title}</PageTitle>
        <Paragraph mb="m">{t("orders.sent.body", { email: sentTo })}</Paragraph>
        <Paragraph mb="m">{t("orders.sent.nextSteps")}</Paragraph>
        <Paragraph>
          <AppLink to="/order/mine">{t("orders.mine.link")}</AppLink>
        </Paragraph>
      </div>
    );
  }

  return (
    <div className="narrow order">
      <PageTitle>{title}</PageTitle>
      {stage === "form" ? (
        <OrderForm
          values={values}
          setValues={setValues}
          serverError={place.error}
          onReview={() => {
            setStage("review");
            window.scrollTo(0, 0);
          }}
        />
      ) : (
        <Review
          values={values}
          submitting={place.isPending}
          error={place.error}
          onEdit={() => setStage("form")}
          onSend={(body) =>
            place.mutate(body, {
              onSuccess: () => {
                setSentTo(body.orderer.email);
                setStage("sent");
              },
              onError: () => setStage("form"),
            })
          }
        />
      )}
    </div>
  );
}

function Review({
  values,
  submitting,
  error,
  onEdit,
  onSend,
}: {
  values: OrderFormValues;
  submitting: boolean;
  error: unknown;
  onEdit: () => void;
  onSend: (body: OrderCreate) => void;
}) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const labels = useJobLabels();
  const brokers = useBrokers(values.regionCode || null);
  const { body } = checkOrder(values, todayIso(), language);
  if (!body) return null;
  const job = body.job;
  const broker = brokers.data?.data.find((b) => b.id === body.organisationId)?.name ?? "";
  return (
    <>
      <Paragraph mb="m">{t("orders.review.intro")}</Paragraph>
      <DescriptionList
        items={[
          { label: t("orders.broker"), value: broker },
          { label: t("orders.field.title"), value: job.title },
          { label: t("orders.field.category"), value: labels.category(job.category) },
          ...(job.description ? [{ label: t("orders.field.description"), value: job.description }] : []),
          { label: t("orders.review.where"), value: `${job.village}, ${body.orderer.address}` },
          { label: t("orders.review.when"), value: `${values.startsOn} – ${values.endsOn}` },
          { label: t("orders.field.hours"), value: labels.minutes(job.estimatedMinutes) },
          { label: t("orders.review.pay"), value: labels.pay(job) },
          {
            label: t("orders.review.estimate"),
            value: labels.euros(estimatedGross(job.payType, job.payCents, job.estimatedMinutes)),
          },
          { label: t("orders.field.places"), value: String(job.places) },
          ...(job.requirements.length > 0
            ? [
                {
                  label: t("orders.field.requirements"),
                  value: job.requirements.map(labels.requirement).join(", "),
                },
              ]
            : []),
          ...(job.safetyNotes ? [{ label: t("orders.field.safetyNotes"), value: job.safetyNotes }] : []),
          { label: t("orders.field.employer"), value: t(`orders.employerChoice.${job.employer}`) },
          {
            label: t("orders.review.contact"),
            value: [body.orderer.name, body.orderer.email, body.orderer.phone].filter(Boolean).join(", "),
          },
          ...(body.orderer.billingAddress
            ? [{ label: t("orders.field.billingAddress"), value: body.orderer.billingAddress }]
            : []),
        ]}
      />
      <Paragraph mb="m">{t("orders.review.afterSend")}</Paragraph>
      <ProblemAlert error={error} />
      <div className="form__actions">
        <Button onClick={() => onSend(body)} disabled={submitting}>
          {t("orders.send")}
        </Button>
        <Button variant="secondary" onClick={onEdit}>
          {t("orders.edit")}
        </Button>
      </div>
    </>
  );
}
