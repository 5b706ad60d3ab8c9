import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { ErrorSummary } from "suomifi-ui-components";
import { fieldErrors } from "../../app/api";
import { todayIso } from "../../app/dates";
import {
  FIELD_ORDER,
  type FieldKey,
  focusTargetOf,
  type ParticipantValues,
  validateParticipant,
} from "./form";
import { useFocusRequest } from "./useFocusRequest";

/**
 * The state of a participant form: the values as typed, which fields the person has left (their own
 * errors show then), whether a save was tried (then every error shows), and the server's field errors.
 */
export function useParticipantForm(initial: ParticipantValues, serverError: unknown) {
  const { t } = useTranslation();
  const [values, setValues] = useState(initial);
  const [touched, setTouched] = useState<ReadonlySet<FieldKey>>(new Set());
  const [submitted, setSubmitted] = useState(false);
  const [summaryHeading, focusSummary] = useFocusRequest<HTMLHeadingElement>();
  const clientErrors = useMemo(() => validateParticipant(values, todayIso()), [values]);
  const server = fieldErrors(serverError);

  /** The message to show beside a field, if any. */
  function errorOf(key: FieldKey): string | undefined {
    const code = clientErrors[key];
    if (code && (submitted || touched.has(key))) return t(`participants.errors.${code}`);
    return server[key];
  }

  const summary = FIELD_ORDER.flatMap((key) => {
    const message = submitted ? errorOf(key) : undefined;
    return message ? [{ key, message }] : [];
  });

  return {
    values,
    update: (change: Partial<ParticipantValues>) => setValues((v) => ({ ...v, ...change })),
    updateEntry: (change: Partial<ParticipantValues["entry"]>) =>
      setValues((v) => ({ ...v, entry: { ...v.entry, ...change } })),
    reset: (next: ParticipantValues) => {
      setValues(next);
      setTouched(new Set());
      setSubmitted(false);
    },
    touch: (key: FieldKey) => setTouched((s) => new Set(s).add(key)),
    errorOf,
    summary,
    summaryHeading,
    /** Marks a save attempt; true when the form may be sent. Otherwise focus goes to the error summary. */
    trySubmit(): boolean {
      setSubmitted(true);
      const ok = Object.keys(clientErrors).length === 0;
      if (!ok) focusSummary();
      return ok;
    },
    /** After the server refused fields, show them in the summary and move focus there. */
    focusSummary,
  };
}

export type ParticipantForm = ReturnType<typeof useParticipantForm>;

/** Lists the form's errors with links to the fields; its heading takes focus after a failed save. */
export function FormErrorSummary({ form }: { form: ParticipantForm }) {
  const { t } = useTranslation();
  // The heading must exist for the focus to land, so the summary is rendered (hidden) when empty.
  return (
    <div hidden={form.summary.length === 0}>
      <ErrorSummary
        headingRef={form.summaryHeading}
        headingText={t("participants.form.errorSummary", { count: form.summary.length })}
        headingVariant="h2"
        items={form.summary.map(({ key, message }) => ({
          text: `${t(`participants.fields.${key}`)}: ${message}`,
          inputId: focusTargetOf(key),
        }))}
        mb="m"
      />
    </div>
  );
}
