import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Button, Heading, Paragraph, Textarea, TextInput } from "suomifi-ui-components";
import { fieldErrors } from "../../app/api";
import { isoToInputDate, todayIso } from "../../app/dates";
import { useLanguage } from "../../app/useLanguage";
import { DateField } from "../../ui/DateField";
import { DescriptionList } from "../../ui/Details";
import { SuccessNotice } from "../../ui/Notice";
import { ProblemAlert } from "../../ui/ProblemAlert";
import { downloadFile } from "../small-jobs/seeker/download";
import { checkHours, type HoursValues } from "../small-jobs/seeker/hoursForm";
import { JobStatusTag, useJobLabels } from "../small-jobs/shared";
import {
  invoiceUrl,
  type MyOrder,
  type MyOrderCan,
  type OrderWorker,
  useCancelOrder,
  useConfirmHours,
  useConfirmPending,
} from "./api";

const day = (iso: string) => isoToInputDate(iso);

/** The order's steps in plain words: what has happened, what happens now, what comes later. */
export function OrderSteps({ order }: { order: MyOrder }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="order-steps" className="order__section">
      <Heading variant="h2" id="order-steps" mb="s">
        {t("orders.steps.title")}
      </Heading>
      {order.status === "cancelled" && (
        <Paragraph mb="s">{t("orders.steps.cancelled", { reason: order.cancelReason ?? "" })}</Paragraph>
      )}
      <ol className="order-steps">
        {order.steps.map((s) => (
          <li key={s.step} className={`order-steps__step order-steps__step--${s.state}`}>
            <span className="order-steps__state">{t(`orders.steps.state.${s.state}`)}</span>{" "}
            <span>{t(`orders.steps.${s.step}.${s.state === "done" ? "done" : "todo"}`)}</span>
          </li>
        ))}
      </ol>
    </section>
  );
}

/** What was ordered. */
export function OrderFacts({ order }: { order: MyOrder }) {
  const { t } = useTranslation();
  const labels = useJobLabels();
  return (
    <DescriptionList
      items={[
        { label: t("orders.status"), value: <JobStatusTag status={order.status} /> },
        { label: t("orders.broker"), value: order.brokerName },
        { label: t("orders.field.category"), value: labels.category(order.category) },
        ...(order.description ? [{ label: t("orders.field.description"), value: order.description }] : []),
        { label: t("orders.review.where"), value: [order.village, order.address].filter(Boolean).join(", ") },
        { label: t("orders.review.when"), value: `${day(order.startsOn)} – ${day(order.endsOn)}` },
        { label: t("orders.field.hours"), value: labels.minutes(order.estimatedMinutes) },
        { label: t("orders.review.pay"), value: labels.pay(order) },
        { label: t("orders.review.estimate"), value: labels.euros(order.estimatedGrossCents) },
        { label: t("orders.field.places"), value: String(order.places) },
        { label: t("orders.field.employer"), value: t(`orders.employerChoice.${order.employer}`) },
      ]}
    />
  );
}

function HoursForm({
  jobId,
  worker,
  onSaved,
}: {
  jobId: string;
  worker: OrderWorker;
  onSaved: (firstName: string) => void;
}) {
  const { t } = useTranslation();
  const confirm = useConfirmHours(jobId);
  const [values, setValues] = useState<HoursValues>({
    hours: worker.workerMinutes ? String(worker.workerMinutes / 60).replace(".", ",") : "",
    workedFrom: worker.workedFrom ? day(worker.workedFrom) : "",
    workedTo: worker.workedTo ? day(worker.workedTo) : "",
  });
  const [checked, setChecked] = useState(false);
  const { errors, body } = checkHours(values, todayIso());
  const server = fieldErrors(confirm.error);
  const errorOf = (key: keyof HoursValues, serverKey: string) => {
    const local = checked ? errors[key] : undefined;
    return local ? t(`orders.hours.errors.${local}`) : server[serverKey];
  };
  const id = (name: string) => `order-hours-${worker.id}-${name}`;
  if (confirm.isSuccess)
    return <SuccessNotice>{t("orders.hours.saved", { name: worker.firstName })}</SuccessNotice>;
  return (
    <form
      className="form order__hours"
      noValidate
      aria-label={t("orders.hours.formLabel", { name: worker.firstName })}
      onSubmit={(event) => {
        event.preventDefault();
        setChecked(true);
        if (body)
          confirm.mutate({ workerId: worker.id, body }, { onSuccess: () => onSaved(worker.firstName) });
      }}
    >
      <TextInput
        id={id("hours")}
        labelText={t("orders.hours.hours", { name: worker.firstName })}
        hintText={t("orders.field.hoursHint")}
        inputMode="decimal"
        value={values.hours}
        onChange={(v) => setValues((old) => ({ ...old, hours: String(v ?? "") }))}
        status={errorOf("hours", "minutes") ? "error" : "default"}
        statusText={errorOf("hours", "minutes")}
      />
      <DateField
        id={id("from")}
        label={t("orders.hours.from")}
        hint={t("orders.field.dateHint")}
        value={values.workedFrom}
        onChange={(v) => setValues((old) => ({ ...old, workedFrom: v }))}
        error={errorOf("workedFrom", "workedFrom")}
      />
      <DateField
        id={id("to")}
        label={t("orders.hours.to")}
        hint={t("orders.field.dateHint")}
        value={values.workedTo}
        onChange={(v) => setValues((old) => ({ ...old, workedTo: v }))}
        error={errorOf("workedTo", "workedTo")}
      />
      <ProblemAlert error={confirm.error} />
      <div className="form__actions">
        <Button type="submit" disabled={confirm.isPending}>
          {t("orders.hours.submit")}
        </Button>
      </div>
    </form>
  );
}

/** The workers: first names and hours, and the hours form for each one waiting for the orderer. */
export function OrderWorkers({ order }: { order: MyOrder }) {
  const { t } = useTranslation();
  const labels = useJobLabels();
  // Said above the list: the confirmed worker's form goes away as the order is read again.
  const [savedFor, setSavedFor] = useState<string | null>(null);
  return (
    <section aria-labelledby="order-workers" className="order__section">
      <Heading variant="h2" id="order-workers" mb="s">
        {t("orders.workers.title")}
      </Heading>
      {savedFor !== null && <SuccessNotice>{t("orders.hours.saved", { name: savedFor })}</SuccessNotice>}
      {order.workers.length === 0 ? (
        <Paragraph>{t("orders.workers.none")}</Paragraph>
      ) : (
        <ul className="order-workers">
          {order.workers.map((w) => (
            <li key={w.id} className="order-workers__worker">
              <Paragraph>
                <strong>{w.firstName}</strong>
                {w.ordererMinutes !== null
                  ? ` – ${t("orders.workers.confirmed", { hours: labels.minutes(w.ordererMinutes) })}`
                  : w.workerMinutes !== null
                    ? ` – ${t("orders.workers.workerSaid", { hours: labels.minutes(w.workerMinutes) })}`
                    : ""}
              </Paragraph>
              {w.awaitsOrderer && <HoursForm jobId={order.id} worker={w} onSaved={setSavedFor} />}
            </li>
          ))}
        </ul>
      )}
      {order.hoursAwaitOrderer && <Paragraph className="muted">{t("orders.hours.why")}</Paragraph>}
    </section>
  );
}

function InvoiceDownload({ order }: { order: MyOrder }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  return (
    <section aria-labelledby="order-invoice" className="order__section">
      <Heading variant="h2" id="order-invoice" mb="s">
        {t("orders.invoice.title")}
      </Heading>
      <Paragraph mb="s">{t("orders.invoice.intro")}</Paragraph>
      <ProblemAlert error={error} />
      <Button
        variant="secondary"
        disabled={busy}
        onClick={() => {
          setBusy(true);
          setError(null);
          downloadFile(invoiceUrl(order.id), "invoice.pdf", language)
            .catch(setError)
            .finally(() => setBusy(false));
        }}
      >
        {t("orders.invoice.download")}
      </Button>
    </section>
  );
}

function CancelOrder({ order }: { order: MyOrder }) {
  const { t } = useTranslation();
  const cancel = useCancelOrder(order.id);
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState("");
  const [checked, setChecked] = useState(false);
  const error =
    checked && reason.trim() === "" ? t("orders.errors.required") : fieldErrors(cancel.error).reason;
  if (!open) {
    return (
      <Button variant="secondary" onClick={() => setOpen(true)}>
        {t("orders.cancel.open")}
      </Button>
    );
  }
  return (
    <form
      className="form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        setChecked(true);
        if (reason.trim()) cancel.mutate({ reason: reason.trim() });
      }}
    >
      <Textarea
        id="order-cancel-reason"
        labelText={t("orders.cancel.reason")}
        hintText={t("orders.cancel.reasonHint")}
        value={reason}
        maxLength={1000}
        onChange={(e) => setReason(e.target.value)}
        status={error ? "error" : "default"}
        statusText={error}
        fullWidth
      />
      <ProblemAlert error={cancel.error} />
      <div className="form__actions">
        <Button type="submit" disabled={cancel.isPending}>
          {t("orders.cancel.submit")}
        </Button>
        <Button variant="secondary" onClick={() => setOpen(false)}>
          {t("orders.cancel.keep")}
        </Button>
      </div>
    </form>
  );
}

function ConfirmPending({ order }: { order: MyOrder }) {
  const { t } = useTranslation();
  const confirm = useConfirmPending(order.id);
  return (
    <section aria-labelledby="order-pending" className="order__section">
      <Heading variant="h2" id="order-pending" mb="s">
        {t("orders.pending.title")}
      </Heading>
      <Paragraph mb="s">{t("orders.pending.intro")}</Paragraph>
      <ProblemAlert error={confirm.error} />
      <Button onClick={() => confirm.mutate(undefined)} disabled={confirm.isPending}>
        {t("orders.pending.submit")}
      </Button>
    </section>
  );
}

/** One order as its orderer sees it, with what they may do (the server says which, in `can`). */
export function OrderView({ order, can }: { order: MyOrder; can: MyOrderCan }) {
  const { t } = useTranslation();
  return (
    <>
      {can.confirm && <ConfirmPending order={order} />}
      <OrderFacts order={order} />
      <OrderSteps order={order} />
      <OrderWorkers order={order} />
      {can.invoice && <InvoiceDownload order={order} />}
      {can.cancel && (
        <section aria-labelledby="order-cancel" className="order__section">
          <Heading variant="h2" id="order-cancel" mb="s">
            {t("orders.cancel.title")}
          </Heading>
          <CancelOrder order={order} />
        </section>
      )}
    </>
  );
}
