import { type ReactNode, useState } from "react";
import { useTranslation } from "react-i18next";
import { useParams } from "react-router";
import {
  Button,
  Dropdown,
  DropdownItem,
  Heading,
  InlineAlert,
  Paragraph,
  Textarea,
  TextInput,
} from "suomifi-ui-components";
import { inputDateToIso, isoToInputDate, todayIso } from "../../../app/dates";
import { formatDate, formatDateTime } from "../../../app/format";
import { useSession } from "../../../app/session";
import { AppLink } from "../../../ui/AppLink";
import { DateField } from "../../../ui/DateField";
import { DescriptionList } from "../../../ui/Details";
import { Loading } from "../../../ui/Loading";
import { SuccessNotice } from "../../../ui/Notice";
import { PageTitle } from "../../../ui/PageTitle";
import { ProblemAlert } from "../../../ui/ProblemAlert";
import {
  type Job,
  type JobCan,
  JobStatusTag,
  minutesToInput,
  parseEuros,
  parseHours,
  useJobLabels,
} from "../shared";
import { FormActions } from "../shared/FormActions";
import { commands, downloads, useApplicants, useJob, useJobCommand, useWorkers } from "./api";
import { parseBasisPoints, parseDueDays } from "./jobForm";
import { posterOrganisationsOf } from "./roles";
import type { Applicant, Worker, WorkerPay } from "./types";
import "./jobs-admin.css";

function JobDetails({ job }: { job: Job }) {
  const { t } = useTranslation();
  const labels = useJobLabels();
  const window =
    job.startsOn === job.endsOn
      ? formatDate(job.startsOn, labels.language)
      : `${formatDate(job.startsOn, labels.language)} – ${formatDate(job.endsOn, labels.language)}`;
  const items = [
    { label: t("jobsAdmin.detail.status"), value: <JobStatusTag status={job.status} /> },
    { label: t("jobsAdmin.detail.organisation"), value: job.organisationName },
    { label: t("jobsAdmin.detail.category"), value: labels.category(job.category) },
    {
      label: t("jobsAdmin.detail.place"),
      value: [job.address, job.village, job.municipality].filter(Boolean).join(", "),
    },
    { label: t("jobsAdmin.detail.window"), value: window },
    { label: t("jobsAdmin.detail.hours"), value: labels.minutes(job.estimatedMinutes) },
    { label: t("jobsAdmin.detail.pay"), value: labels.pay(job) },
    { label: t("jobsAdmin.detail.estimatedGross"), value: labels.euros(job.estimatedGrossCents) },
    {
      label: t("jobsAdmin.detail.places"),
      value: t("jobsAdmin.placesLeft", { left: job.placesLeft, places: job.places }),
    },
    {
      label: t("jobsAdmin.detail.requirements"),
      value:
        job.requirements.length === 0
          ? t("jobsAdmin.detail.nothingNeeded")
          : job.requirements.map(labels.requirement).join(", "),
    },
    { label: t("jobsAdmin.detail.employer"), value: labels.employer(job.employer) },
    { label: t("jobsAdmin.detail.posterKind"), value: labels.posterKind(job.posterKind) },
  ];
  if (job.description)
    items.splice(2, 0, { label: t("jobsAdmin.detail.description"), value: job.description });
  if (job.safetyNotes) items.push({ label: t("jobsAdmin.detail.safetyNotes"), value: job.safetyNotes });
  if (job.cancelReason) items.push({ label: t("jobsAdmin.detail.cancelReason"), value: job.cancelReason });
  return <DescriptionList items={items} />;
}

function OrdererDetails({ orderer }: { orderer: NonNullable<Job["orderer"]> }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="orderer-heading" className="section">
      <Heading variant="h2" id="orderer-heading" mb="s">
        {t("jobsAdmin.orderer.title")}
      </Heading>
      <DescriptionList
        items={[
          { label: t("jobsAdmin.orderer.name"), value: orderer.name },
          { label: t("jobsAdmin.orderer.email"), value: orderer.email },
          { label: t("jobsAdmin.orderer.phone"), value: orderer.phone ?? "–" },
          {
            label: t("jobsAdmin.orderer.confirmed"),
            value: orderer.confirmed ? t("jobsAdmin.yes") : t("jobsAdmin.orderer.notConfirmed"),
          },
        ]}
      />
    </section>
  );
}

/** Publish, mark done, cancel with a reason; edit is a link. */
function JobActions({ job, can, onDone }: { job: Job; can: JobCan; onDone: (message: string) => void }) {
  const { t } = useTranslation();
  const command = useJobCommand();
  const [cancelling, setCancelling] = useState(false);
  const [reason, setReason] = useState("");
  const [submitted, setSubmitted] = useState(false);
  const reasonError = submitted && reason.trim() === "" ? t("jobsAdmin.form.errors.required") : undefined;
  if (!can.edit && !can.publish && !can.cancel && !can.markDone) return null;
  const run = (path: string, body: unknown, message: string) =>
    command.mutate({ path, body }, { onSuccess: () => onDone(message) });
  return (
    <section aria-labelledby="actions-heading" className="section">
      <Heading variant="h2" id="actions-heading" mb="s">
        {t("jobsAdmin.actions.title")}
      </Heading>
      <div className="button-row">
        {can.edit && <AppLink to={`/jobs/${job.id}/edit`}>{t("jobsAdmin.actions.edit")}</AppLink>}
        {can.publish && (
          <Button
            disabled={command.isPending}
            onClick={() =>
              run(commands.publish(job.id), { version: job.version }, t("jobsAdmin.actions.published"))
            }
          >
            {t("jobsAdmin.actions.publish")}
          </Button>
        )}
        {can.markDone && (
          <Button
            disabled={command.isPending}
            onClick={() =>
              run(commands.done(job.id), { version: job.version }, t("jobsAdmin.actions.markedDone"))
            }
          >
            {t("jobsAdmin.actions.markDone")}
          </Button>
        )}
        {can.cancel && !cancelling && (
          <Button variant="secondary" onClick={() => setCancelling(true)}>
            {t("jobsAdmin.actions.cancelJob")}
          </Button>
        )}
      </div>
      {cancelling && (
        <form
          className="form section-small"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            setSubmitted(true);
            if (reason.trim() === "") return;
            run(
              commands.cancel(job.id),
              { reason: reason.trim(), version: job.version },
              t("jobsAdmin.actions.cancelled"),
            );
          }}
        >
          <Textarea
            id="cancel-reason"
            labelText={t("jobsAdmin.actions.cancelReason")}
            hintText={t("jobsAdmin.actions.cancelReasonHint")}
            value={reason}
            maxLength={500}
            onChange={(e) => setReason(e.target.value)}
            status={reasonError ? "error" : "default"}
            statusText={reasonError}
            fullWidth
          />
          <div className="form__actions">
            <Button type="submit" disabled={command.isPending}>
              {t("jobsAdmin.actions.confirmCancel")}
            </Button>
            <Button type="button" variant="secondary" onClick={() => setCancelling(false)}>
              {t("jobsAdmin.actions.keepJob")}
            </Button>
          </div>
        </form>
      )}
      <ProblemAlert error={command.error} />
    </section>
  );
}

function ApplicantItem({ job, can, applicant }: { job: Job; can: JobCan; applicant: Applicant }) {
  const { t } = useTranslation();
  const labels = useJobLabels();
  const command = useJobCommand();
  const open = applicant.status === "applied" || applicant.status === "proposed";
  const full = job.placesLeft <= 0;
  return (
    <li className="person-card">
      <div className="job-card__head">
        <Heading variant="h3" className="person-card__name">
          {applicant.firstName}
        </Heading>
        <span className="person-card__status">{labels.applicationStatus(applicant.status)}</span>
      </div>
      {applicant.proposedByCoach && <p className="muted">{t("jobsAdmin.applicants.proposedByCoach")}</p>}
      {job.requirements.length > 0 && (
        <ul
          className="has-list"
          aria-label={t("jobsAdmin.applicants.hasLabel", { name: applicant.firstName })}
        >
          {job.requirements.map((r) => (
            <li key={r}>
              {applicant.has[r]
                ? t("jobsAdmin.applicants.has", { thing: labels.requirement(r) })
                : t("jobsAdmin.applicants.hasNot", { thing: labels.requirement(r) })}
            </li>
          ))}
        </ul>
      )}
      {applicant.message && <p className="person-card__message">{`“${applicant.message}”`}</p>}
      {applicant.appliedAt && (
        <p className="muted">
          {t("jobsAdmin.applicants.appliedAt", {
            when: formatDateTime(applicant.appliedAt, labels.language),
          })}
        </p>
      )}
      {open && can.pick && (
        <div className="button-row">
          {!full && (
            <Button
              disabled={command.isPending}
              aria-label={t("jobsAdmin.applicants.pickNamed", { name: applicant.firstName })}
              onClick={() => command.mutate({ path: commands.accept(job.id, applicant.applicationId) })}
            >
              {t("jobsAdmin.applicants.pick")}
            </Button>
          )}
          <Button
            variant="secondary"
            disabled={command.isPending}
            aria-label={t("jobsAdmin.applicants.declineNamed", { name: applicant.firstName })}
            onClick={() => command.mutate({ path: commands.decline(job.id, applicant.applicationId) })}
          >
            {t("jobsAdmin.applicants.decline")}
          </Button>
        </div>
      )}
      <ProblemAlert error={command.error} />
    </li>
  );
}

/** A section listing the job's people (applicants or workers) once they load, or saying there are none. */
function PeopleSection({
  id,
  title,
  query,
  none,
  lead,
  children,
}: {
  id: string;
  title: string;
  query: { isPending: boolean; isSuccess: boolean; error: unknown; data?: { data: unknown[] } };
  none: string;
  lead?: ReactNode;
  children: ReactNode[];
}) {
  const count = query.data?.data.length ?? 0;
  return (
    <section aria-labelledby={id} className="section">
      <Heading variant="h2" id={id} mb="s">
        {title}
      </Heading>
      {lead}
      {query.isPending && <Loading />}
      <ProblemAlert error={query.error} />
      {query.isSuccess && count === 0 && <Paragraph>{none}</Paragraph>}
      {count > 0 && <ul className="person-list">{children}</ul>}
    </section>
  );
}

function Applicants({ job, can }: { job: Job; can: JobCan }) {
  const { t } = useTranslation();
  const applicants = useApplicants(job.id, true);
  const list = applicants.data?.data ?? [];
  const full = job.placesLeft <= 0 && job.status !== "draft" && job.status !== "cancelled";
  return (
    <PeopleSection
      id="applicants-heading"
      title={t("jobsAdmin.applicants.title")}
      query={applicants}
      none={t("jobsAdmin.applicants.none")}
      lead={
        <>
          <Paragraph mb="s" className="muted">
            {t("jobsAdmin.applicants.privacy")}
          </Paragraph>
          {full && (
            <InlineAlert status="neutral" mb="m">
              {t("jobsAdmin.applicants.filled", { places: job.places })}
            </InlineAlert>
          )}
        </>
      }
    >
      {list.map((a) => (
        <ApplicantItem key={a.applicationId} job={job} can={can} applicant={a} />
      ))}
    </PeopleSection>
  );
}

function HoursForm({
  job,
  worker,
  onClose,
  onSaved,
}: {
  job: Job;
  worker: Worker;
  onClose: () => void;
  onSaved: (pay: WorkerPay) => void;
}) {
  const { t } = useTranslation();
  const command = useJobCommand();
  const start = worker.workerMinutes ?? job.estimatedMinutes;
  const [hours, setHours] = useState(minutesToInput(start));
  const [from, setFrom] = useState(isoToInputDate([job.startsOn, todayIso()].sort()[0]));
  const [to, setTo] = useState(isoToInputDate([job.endsOn, todayIso()].sort()[0]));
  const [submitted, setSubmitted] = useState(false);
  const minutes = parseHours(hours);
  const fromIso = inputDateToIso(from);
  const toIso = inputDateToIso(to);
  const err = (bad: boolean, key: "hours" | "date") =>
    submitted && bad ? t(`jobsAdmin.form.errors.${key}`) : undefined;
  const id = `hours-${worker.workerId}`;
  return (
    <form
      className="form section-small"
      noValidate
      aria-label={t("jobsAdmin.workers.confirmHoursNamed", { name: worker.firstName })}
      onSubmit={(event) => {
        event.preventDefault();
        setSubmitted(true);
        if (minutes === null || minutes < 1 || !fromIso || !toIso) return;
        command.mutate(
          {
            path: commands.hours(worker.workerId),
            body: {
              minutes,
              workedFrom: fromIso,
              workedTo: toIso,
              ...(worker.version ? { version: worker.version } : {}),
            },
          },
          {
            onSuccess: (answer) => {
              const pay = (answer as { data?: WorkerPay } | undefined)?.data;
              if (pay) onSaved(pay);
              onClose();
            },
          },
        );
      }}
    >
      <TextInput
        id={`${id}-hours`}
        labelText={t("jobsAdmin.workers.hours")}
        hintText={t("jobsAdmin.form.hoursHint")}
        inputMode="decimal"
        value={hours}
        onChange={(v) => setHours(String(v ?? ""))}
        status={err(minutes === null || minutes < 1, "hours") ? "error" : "default"}
        statusText={err(minutes === null || minutes < 1, "hours")}
      />
      <DateField
        id={`${id}-from`}
        label={t("jobsAdmin.workers.workedFrom")}
        hint={t("jobsAdmin.form.dateHint")}
        value={from}
        onChange={setFrom}
        error={err(!fromIso, "date")}
      />
      <DateField
        id={`${id}-to`}
        label={t("jobsAdmin.workers.workedTo")}
        hint={t("jobsAdmin.form.dateHint")}
        value={to}
        onChange={setTo}
        error={err(!toIso, "date")}
      />
      <FormActions
        error={command.error}
        pending={command.isPending}
        submitLabel={t("jobsAdmin.workers.saveHours")}
        onCancel={onClose}
      />
    </form>
  );
}

function PaymentForm({ worker, onClose }: { worker: Worker; onClose: () => void }) {
  const { t } = useTranslation();
  const command = useJobCommand();
  const [paidOn, setPaidOn] = useState(isoToInputDate(todayIso()));
  const [percent, setPercent] = useState("");
  const [submitted, setSubmitted] = useState(false);
  const paidIso = inputDateToIso(paidOn);
  const basisPoints = parseBasisPoints(percent);
  const id = `payment-${worker.workerId}`;
  const percentError = submitted && basisPoints === null ? t("jobsAdmin.form.errors.percent") : undefined;
  const dateError = submitted && !paidIso ? t("jobsAdmin.form.errors.date") : undefined;
  return (
    <form
      className="form section-small"
      noValidate
      aria-label={t("jobsAdmin.workers.recordPaymentNamed", { name: worker.firstName })}
      onSubmit={(event) => {
        event.preventDefault();
        setSubmitted(true);
        if (!paidIso || basisPoints === null) return;
        command.mutate(
          {
            path: commands.payment(worker.workerId),
            body: { paidOn: paidIso, withholdingBasisPoints: basisPoints, version: worker.version ?? 1 },
          },
          { onSuccess: onClose },
        );
      }}
    >
      <DateField
        id={`${id}-paidOn`}
        label={t("jobsAdmin.workers.paidOn")}
        hint={t("jobsAdmin.form.dateHint")}
        value={paidOn}
        onChange={setPaidOn}
        error={dateError}
      />
      <TextInput
        id={`${id}-withholding`}
        labelText={t("jobsAdmin.workers.withholding")}
        hintText={t("jobsAdmin.workers.withholdingHint")}
        inputMode="decimal"
        value={percent}
        onChange={(v) => setPercent(String(v ?? ""))}
        status={percentError ? "error" : "default"}
        statusText={percentError}
      />
      <FormActions
        error={command.error}
        pending={command.isPending}
        submitLabel={t("jobsAdmin.workers.savePayment")}
        onCancel={onClose}
      />
    </form>
  );
}

function WorkerItem({ job, can, worker: listed }: { job: Job; can: JobCan; worker: Worker }) {
  const { t } = useTranslation();
  const labels = useJobLabels();
  const [open, setOpen] = useState<"hours" | "payment" | null>(null);
  // The last write's answer, until the list has caught up with it (same or newer version).
  const [saved, setSaved] = useState<WorkerPay | null>(null);
  const worker: Worker =
    saved && listed.version < saved.version
      ? {
          ...listed,
          ...saved,
          workerId: listed.workerId,
          paidOn: listed.paidOn ?? saved.paidOn,
          hoursAgree: saved.hoursAgree ?? listed.hoursAgree,
        }
      : listed;
  const hoursText = (minutes: number | null) =>
    minutes === null ? t("jobsAdmin.workers.notYet") : labels.minutes(minutes);
  const items = [
    { label: t("jobsAdmin.workers.workerHours"), value: hoursText(worker.workerMinutes) },
    { label: t("jobsAdmin.workers.ordererHours"), value: hoursText(worker.ordererMinutes) },
    {
      label: t("jobsAdmin.workers.gross"),
      value: worker.grossCents === null ? "–" : labels.euros(worker.grossCents),
    },
  ];
  if (worker.withholdingCents !== undefined && worker.withholdingCents !== null) {
    items.push({ label: t("jobsAdmin.workers.withheld"), value: labels.euros(worker.withholdingCents) });
  }
  items.push({
    label: t("jobsAdmin.workers.paid"),
    value: worker.paidOn ? formatDate(worker.paidOn, labels.language) : t("jobsAdmin.workers.notYet"),
  });
  const mayConfirm = can.confirmHours && worker.paidOn === null;
  const mayPay =
    can.recordPayment &&
    worker.paidOn === null &&
    (worker.ordererMinutes !== null || worker.workerMinutes !== null);
  return (
    <li className="person-card">
      <Heading variant="h3" className="person-card__name">
        {worker.firstName}
      </Heading>
      <DescriptionList items={items} />
      {worker.hoursAgree === false && (
        <InlineAlert status="warning" mb="s">
          {t("jobsAdmin.workers.hoursDiffer")}
        </InlineAlert>
      )}
      <div className="button-row">
        {mayConfirm && open === null && (
          <Button
            variant="secondary"
            aria-label={t("jobsAdmin.workers.confirmHoursNamed", { name: worker.firstName })}
            onClick={() => setOpen("hours")}
          >
            {t("jobsAdmin.workers.confirmHours")}
          </Button>
        )}
        {mayPay && open === null && (
          <Button
            variant="secondary"
            aria-label={t("jobsAdmin.workers.recordPaymentNamed", { name: worker.firstName })}
            onClick={() => setOpen("payment")}
          >
            {t("jobsAdmin.workers.recordPayment")}
          </Button>
        )}
        {worker.paidOn && (
          <a className="plain-link download-link" href={downloads.payStatement(worker.workerId)} download>
            {t("jobsAdmin.workers.payStatement", { name: worker.firstName })}
          </a>
        )}
      </div>
      {open === "hours" && (
        <HoursForm job={job} worker={worker} onClose={() => setOpen(null)} onSaved={setSaved} />
      )}
      {open === "payment" && <PaymentForm worker={worker} onClose={() => setOpen(null)} />}
    </li>
  );
}

function Workers({ job, can }: { job: Job; can: JobCan }) {
  const { t } = useTranslation();
  const workers = useWorkers(job.id, true);
  const list = workers.data?.data ?? [];
  return (
    <PeopleSection
      id="workers-heading"
      title={t("jobsAdmin.workers.title")}
      query={workers}
      none={t("jobsAdmin.workers.none")}
    >
      {list.map((w) => (
        <WorkerItem key={w.workerId} job={job} can={can} worker={w} />
      ))}
    </PeopleSection>
  );
}

const LINE_KINDS = ["materials", "travel", "fee"] as const;
type LineKind = (typeof LINE_KINDS)[number];
interface LineValues {
  kind: LineKind;
  description: string;
  amount: string;
  vat: string;
}

function InvoiceSection({ job, can }: { job: Job; can: JobCan }) {
  const { t } = useTranslation();
  const command = useJobCommand();
  const [dueDays, setDueDays] = useState("14");
  const [lines, setLines] = useState<LineValues[]>([]);
  const [submitted, setSubmitted] = useState(false);
  const [created, setCreated] = useState(false);
  const days = parseDueDays(dueDays);
  const parsed = lines.map((l) => ({
    kind: l.kind,
    description: l.description.trim(),
    amountCents: parseEuros(l.amount),
    vatBasisPoints: parseBasisPoints(l.vat),
  }));
  const linesOk = parsed.every(
    (l) => l.description !== "" && l.amountCents !== null && l.amountCents > 0 && l.vatBasisPoints !== null,
  );
  const exists = created || job.invoice !== null;
  if (!can.invoice && !exists) return null;
  const setLine = (index: number, patch: Partial<LineValues>) =>
    setLines((all) => all.map((l, i) => (i === index ? { ...l, ...patch } : l)));
  return (
    <section aria-labelledby="invoice-heading" className="section">
      <Heading variant="h2" id="invoice-heading" mb="s">
        {t("jobsAdmin.invoice.title")}
      </Heading>
      {exists && (
        <Paragraph mb="m">
          <a className="plain-link download-link" href={downloads.invoice(job.id)} download>
            {t("jobsAdmin.invoice.download")}
          </a>
        </Paragraph>
      )}
      {can.invoice && !created && (
        <form
          className="form"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            setSubmitted(true);
            if (days === null || !linesOk) return;
            command.mutate(
              {
                path: commands.invoice(job.id),
                body: {
                  dueDays: days,
                  extraLines: parsed.map((l) => ({
                    kind: l.kind,
                    description: l.description,
                    amountCents: l.amountCents ?? 0,
                    vatBasisPoints: l.vatBasisPoints ?? 0,
                  })),
                },
              },
              { onSuccess: () => setCreated(true) },
            );
          }}
        >
          <Paragraph>{t("jobsAdmin.invoice.intro")}</Paragraph>
          <TextInput
            id="invoice-due"
            labelText={t("jobsAdmin.invoice.dueDays")}
            hintText={t("jobsAdmin.invoice.dueDaysHint")}
            inputMode="numeric"
            value={dueDays}
            onChange={(v) => setDueDays(String(v ?? ""))}
            status={submitted && days === null ? "error" : "default"}
            statusText={submitted && days === null ? t("jobsAdmin.form.errors.dueDays") : undefined}
          />
          {lines.map((line, index) => {
            const p = parsed[index];
            const key = `line-${index}`;
            return (
              <fieldset key={key} className="fieldset invoice-line">
                <legend>{t("jobsAdmin.invoice.line", { number: index + 1 })}</legend>
                <Dropdown
                  id={`${key}-kind`}
                  labelText={t("jobsAdmin.invoice.kind")}
                  value={line.kind}
                  onChange={(v) =>
                    setLine(index, {
                      kind: (LINE_KINDS as readonly string[]).includes(v) ? (v as LineKind) : "materials",
                    })
                  }
                >
                  {LINE_KINDS.map((k) => (
                    <DropdownItem key={k} value={k}>
                      {t(`jobsAdmin.invoice.kinds.${k}`)}
                    </DropdownItem>
                  ))}
                </Dropdown>
                <TextInput
                  id={`${key}-description`}
                  labelText={t("jobsAdmin.invoice.description")}
                  value={line.description}
                  maxLength={200}
                  onChange={(v) => setLine(index, { description: String(v ?? "") })}
                  status={submitted && p?.description === "" ? "error" : "default"}
                  statusText={
                    submitted && p?.description === "" ? t("jobsAdmin.form.errors.required") : undefined
                  }
                  fullWidth
                />
                <TextInput
                  id={`${key}-amount`}
                  labelText={t("jobsAdmin.invoice.amount")}
                  hintText={t("jobsAdmin.form.payHint")}
                  inputMode="decimal"
                  value={line.amount}
                  onChange={(v) => setLine(index, { amount: String(v ?? "") })}
                  status={submitted && !p?.amountCents ? "error" : "default"}
                  statusText={submitted && !p?.amountCents ? t("jobsAdmin.form.errors.amount") : undefined}
                />
                <TextInput
                  id={`${key}-vat`}
                  labelText={t("jobsAdmin.invoice.vat")}
                  inputMode="decimal"
                  value={line.vat}
                  onChange={(v) => setLine(index, { vat: String(v ?? "") })}
                  status={submitted && p?.vatBasisPoints === null ? "error" : "default"}
                  statusText={
                    submitted && p?.vatBasisPoints === null ? t("jobsAdmin.form.errors.percent") : undefined
                  }
                />
                <Button
                  variant="secondary"
                  onClick={() => setLines((all) => all.filter((_, i) => i !== index))}
                >
                  {t("jobsAdmin.invoice.removeLine", { number: index + 1 })}
                </Button>
              </fieldset>
            );
          })}
          <div className="form__actions">
            <Button
              type="button"
              variant="secondary"
              disabled={lines.length >= 20}
              onClick={() =>
                setLines((all) => [...all, { kind: "materials", description: "", amount: "", vat: "25,5" }])
              }
            >
              {t("jobsAdmin.invoice.addLine")}
            </Button>
            <Button type="submit" disabled={command.isPending}>
              {t("jobsAdmin.invoice.create")}
            </Button>
          </div>
          <ProblemAlert error={command.error} />
        </form>
      )}
    </section>
  );
}

/** /jobs/:id — a job as its poster (or a coach, read-only) sees it. */
export function JobPage() {
  const { t } = useTranslation();
  const { id = "" } = useParams();
  const { session } = useSession();
  const job = useJob(id);
  const [notice, setNotice] = useState<string | null>(null);
  const data = job.data?.data;
  const can = job.data?.can;
  const poster = data ? posterOrganisationsOf(session).some((o) => o.id === data.organisationId) : false;
  return (
    <>
      <PageTitle>{data ? data.title : t("jobsAdmin.jobTitle")}</PageTitle>
      <Paragraph mb="m">
        <AppLink to="/jobs">{t("jobsAdmin.backToJobs")}</AppLink>
      </Paragraph>
      {notice && <SuccessNotice>{notice}</SuccessNotice>}
      {job.isPending && <Loading />}
      <ProblemAlert error={job.error} />
      {data && can && (
        <>
          <JobDetails job={data} />
          {data.orderer && <OrdererDetails orderer={data.orderer} />}
          <JobActions job={data} can={can} onDone={setNotice} />
          {poster && data.status !== "draft" && <Applicants job={data} can={can} />}
          {poster && data.acceptedCount > 0 && <Workers job={data} can={can} />}
          {poster && <InvoiceSection job={data} can={can} />}
        </>
      )}
    </>
  );
}
