import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import {
  Checkbox,
  CheckboxGroup,
  Dropdown,
  DropdownItem,
  Paragraph,
  RadioButton,
  RadioButtonGroup,
  Textarea,
  TextInput,
} from "suomifi-ui-components";
import { DateField } from "../../../ui/DateField";
import { EMPLOYERS, JOB_CATEGORIES, JOB_REQUIREMENTS, PAY_TYPES } from "./constants";
import { estimateOf, type JobFieldValues, type JobTermValues } from "./jobFields";
import { useJobLabels } from "./labels";
import type { Employer, JobCategory } from "./types";

const isOneOf = <T extends string>(list: readonly T[], value: string): value is T =>
  (list as readonly string[]).includes(value);

/** A form's values bound to its fields: the field ids, the values, how to change one, its error. */
export interface FieldBinding<V> {
  id: (name: keyof V & string) => string;
  values: V;
  set: <K extends keyof V>(key: K, value: V[K]) => void;
  errorOf: (key: keyof V) => string | undefined;
}

type TextKey<V> = { [K in keyof V]: V[K] extends string ? K : never }[keyof V] & string;

const statusOf = (error: string | undefined) => (error ? "error" : "default");

/** A one-line text field bound to a form value; its error shows below it. */
export function TextField<V>({
  f,
  name,
  id,
  label,
  hint,
  optional,
  maxLength,
  inputMode,
  type,
  autoComplete,
  fullWidth = true,
}: {
  f: FieldBinding<V>;
  name: TextKey<V>;
  id?: string;
  label: string;
  hint?: string;
  optional?: boolean;
  maxLength?: number;
  inputMode?: "decimal" | "numeric";
  type?: "email" | "tel";
  autoComplete?: string;
  fullWidth?: boolean;
}) {
  const { t } = useTranslation();
  const error = f.errorOf(name);
  return (
    <TextInput
      id={id ?? f.id(name)}
      labelText={label}
      hintText={hint}
      optionalText={optional ? t("common.optional") : undefined}
      type={type}
      autoComplete={autoComplete}
      inputMode={inputMode}
      value={f.values[name] as string}
      maxLength={maxLength}
      onChange={(v) => f.set(name, String(v ?? "") as V[typeof name])}
      status={statusOf(error)}
      statusText={error}
      fullWidth={fullWidth}
    />
  );
}

/** A text area bound to a form value. */
export function AreaField<V>({
  f,
  name,
  label,
  hint,
  optional,
  maxLength,
}: {
  f: FieldBinding<V>;
  name: TextKey<V>;
  label: string;
  hint?: string;
  optional?: boolean;
  maxLength: number;
}) {
  const { t } = useTranslation();
  const error = f.errorOf(name);
  return (
    <Textarea
      id={f.id(name)}
      labelText={label}
      hintText={hint}
      optionalText={optional ? t("common.optional") : undefined}
      value={f.values[name] as string}
      maxLength={maxLength}
      onChange={(e) => f.set(name, e.target.value as V[typeof name])}
      status={statusOf(error)}
      statusText={error}
      fullWidth
    />
  );
}

/** A choice from a list, bound to a form value that is null until chosen. */
export function ChoiceField<V, T extends string>({
  f,
  name,
  label,
  options,
  labelOf,
}: {
  f: FieldBinding<V>;
  name: keyof V & string;
  label: string;
  options: readonly T[];
  labelOf: (option: T) => string;
}) {
  const { t } = useTranslation();
  const error = f.errorOf(name);
  return (
    <Dropdown
      id={f.id(name)}
      labelText={label}
      visualPlaceholder={t("common.choose")}
      value={(f.values[name] as T | null) ?? ""}
      onChange={(v) => f.set(name, (isOneOf(options, v) ? v : null) as V[typeof name])}
      status={statusOf(error)}
      statusText={error}
      fullWidth
    >
      {options.map((o) => (
        <DropdownItem key={o} value={o}>
          {labelOf(o)}
        </DropdownItem>
      ))}
    </Dropdown>
  );
}

/** The job's category. */
export function CategoryField<V extends { category: JobCategory | null }>({
  f,
  label,
}: {
  f: FieldBinding<V>;
  label: string;
}) {
  const labels = useJobLabels();
  return (
    <ChoiceField f={f} name="category" label={label} options={JOB_CATEGORIES} labelOf={labels.category} />
  );
}

/** Which of the caller's organisations posts: asked only when there is more than one. */
export function OrganisationField({
  id,
  organisations,
  value,
  onChange,
}: {
  id: string;
  organisations: { id: string; name: string }[] | undefined;
  value: string;
  onChange: (id: string) => void;
}) {
  const { t } = useTranslation();
  if (!organisations || organisations.length <= 1) return null;
  return (
    <Dropdown
      id={id}
      labelText={t("jobsAdmin.form.organisation")}
      value={value}
      onChange={onChange}
      fullWidth
    >
      {organisations.map((o) => (
        <DropdownItem key={o.id} value={o.id}>
          {o.name}
        </DropdownItem>
      ))}
    </Dropdown>
  );
}

/** The wording of the job's fields: the household's plain words or the association's. */
export interface JobFieldTexts {
  title: string;
  titleHint?: string;
  category: string;
  description: string;
  village: string;
  /** The municipality is asked only when it has a label. */
  municipality?: string;
  address: string;
  addressHint: string;
  startsOn: string;
  endsOn: string;
  dateHint: string;
  endsOnHint: string;
  hours: string;
  hoursHint: string;
  payType: string;
  payHourly: string;
  payLumpSum: string;
  payHint: string;
  estimate: (amount: string) => string;
  places: string;
  requirements: string;
  requirementsHint: string;
  safetyNotes: string;
  safetyNotesHint: string;
  employer: string;
  employerHint: string;
  employerChoice: (employer: Employer) => string;
  employerExplained?: (employer: Employer) => string;
}

/** The job's window and hours. */
export function JobWhenFields<V extends JobTermValues>({
  f,
  texts,
}: {
  f: FieldBinding<V>;
  texts: Pick<JobFieldTexts, "startsOn" | "endsOn" | "dateHint" | "endsOnHint" | "hours" | "hoursHint">;
}) {
  const terms = f as unknown as FieldBinding<JobTermValues>;
  return (
    <>
      <DateField
        id={terms.id("startsOn")}
        label={texts.startsOn}
        hint={texts.dateHint}
        value={terms.values.startsOn}
        onChange={(v) => terms.set("startsOn", v)}
        error={terms.errorOf("startsOn")}
      />
      <DateField
        id={terms.id("endsOn")}
        label={texts.endsOn}
        hint={texts.endsOnHint}
        value={terms.values.endsOn}
        onChange={(v) => terms.set("endsOn", v)}
        error={terms.errorOf("endsOn")}
      />
      <TextField
        f={terms}
        name="hours"
        label={texts.hours}
        hint={texts.hoursHint}
        inputMode="decimal"
        fullWidth={false}
      />
    </>
  );
}

/** The pay (by the hour or in one sum), the estimate for one worker when asked, and the places. */
export function JobPayFields<V extends JobTermValues>({
  f,
  texts,
  withEstimate = false,
}: {
  f: FieldBinding<V>;
  texts: Pick<JobFieldTexts, "payType" | "payHourly" | "payLumpSum" | "payHint" | "estimate" | "places">;
  withEstimate?: boolean;
}) {
  const labels = useJobLabels();
  const terms = f as unknown as FieldBinding<JobTermValues>;
  const { values } = terms;
  const estimate = withEstimate ? estimateOf(values) : null;
  return (
    <>
      <RadioButtonGroup
        id={terms.id("payType")}
        name={terms.id("payType")}
        labelText={texts.payType}
        value={values.payType}
        onChange={(v) => isOneOf(PAY_TYPES, v) && terms.set("payType", v)}
      >
        {PAY_TYPES.map((p) => (
          <RadioButton key={p} value={p}>
            {labels.payType(p)}
          </RadioButton>
        ))}
      </RadioButtonGroup>
      <TextField
        f={terms}
        name="pay"
        label={values.payType === "hourly" ? texts.payHourly : texts.payLumpSum}
        hint={texts.payHint}
        inputMode="decimal"
        fullWidth={false}
      />
      {estimate !== null && (
        <Paragraph className="muted" aria-live="polite">
          {texts.estimate(labels.euros(estimate))}
        </Paragraph>
      )}
      <TextField f={terms} name="places" label={texts.places} inputMode="numeric" fullWidth={false} />
    </>
  );
}

/** The parts of the job's fields, in order: each may be wrapped in a section of its own. */
export type JobFieldPart = "what" | "where" | "when" | "pay" | "needs";

const asIs = ({ children }: { part: JobFieldPart; children: ReactNode }) => children;

/**
 * The job's fields, shared by the household's order form and the association's job form: what, where,
 * when, pay and places, needs and who employs. `Section` wraps each part (the household's form gives each
 * a heading); `categoryFirst` asks the category before the description; the address is optional unless
 * `addressRequired` (the household's own address).
 */
export function JobFieldset<V extends JobFieldValues & { municipality?: string }>({
  f,
  texts,
  Section = asIs,
  categoryFirst = false,
  addressRequired = false,
}: {
  f: FieldBinding<V>;
  texts: JobFieldTexts;
  Section?: (props: { part: JobFieldPart; children: ReactNode }) => ReactNode;
  categoryFirst?: boolean;
  addressRequired?: boolean;
}) {
  const labels = useJobLabels();
  const { values } = f;
  // The binding seen as the job's own fields (V has them all).
  const job = f as unknown as FieldBinding<JobFieldValues>;
  const category = <CategoryField f={job} label={texts.category} />;
  const requirementsError = job.errorOf("requirements");
  return (
    <>
      <Section part="what">
        <TextField f={job} name="title" label={texts.title} hint={texts.titleHint} maxLength={200} />
        {categoryFirst && category}
        <AreaField f={job} name="description" label={texts.description} optional maxLength={4000} />
        {!categoryFirst && category}
      </Section>
      <Section part="where">
        <TextField f={job} name="village" label={texts.village} maxLength={100} />
        {texts.municipality !== undefined && (
          <TextField
            f={f as unknown as FieldBinding<{ municipality: string }>}
            name="municipality"
            label={texts.municipality}
            optional
            maxLength={100}
          />
        )}
        <TextField
          f={job}
          name="address"
          label={texts.address}
          hint={texts.addressHint}
          optional={!addressRequired}
          autoComplete={addressRequired ? "street-address" : undefined}
          maxLength={300}
        />
      </Section>
      <Section part="when">
        <JobWhenFields f={job} texts={texts} />
      </Section>
      <Section part="pay">
        <JobPayFields f={job} texts={texts} withEstimate />
      </Section>
      <Section part="needs">
        <CheckboxGroup
          id={job.id("requirements")}
          labelText={texts.requirements}
          groupHintText={texts.requirementsHint}
          groupStatus={statusOf(requirementsError)}
          groupStatusText={requirementsError}
        >
          {JOB_REQUIREMENTS.map((r) => (
            <Checkbox
              key={r}
              checked={values.requirements.includes(r)}
              onClick={({ checkboxState }) =>
                job.set(
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
        <AreaField
          f={job}
          name="safetyNotes"
          label={texts.safetyNotes}
          hint={texts.safetyNotesHint}
          optional
          maxLength={2000}
        />
        <RadioButtonGroup
          id={job.id("employer")}
          name={job.id("employer")}
          labelText={texts.employer}
          groupHintText={texts.employerHint}
          value={values.employer}
          onChange={(v) => isOneOf(EMPLOYERS, v) && job.set("employer", v)}
        >
          {EMPLOYERS.map((e) => (
            <RadioButton key={e} value={e} hintText={texts.employerExplained?.(e)}>
              {texts.employerChoice(e)}
            </RadioButton>
          ))}
        </RadioButtonGroup>
      </Section>
    </>
  );
}
