import { asc, eq } from "drizzle-orm";
import type { Tx } from "../../db/client";
import { notFound, Problem } from "../../http/problem";
import { todayIso } from "../../lib/dates";
import type { Language } from "../access/roles";
import { participants } from "../participants/schema";
import { enrolments } from "../pathway/schema";
import { type ProgrammePeriod, projects } from "../projects/schema";
import type { EnrolmentFunderStatus, FunderPeriods, PeriodField } from "./api";
import { deriveFacts, evaluate, type Facts, parseCriteria } from "./indicators";
import {
  type FunderCompleteness,
  type FunderEntryData,
  type FunderExitData,
  type FunderFollowUpData,
  type IndicatorPhase,
  indicatorDefinitions,
  programmePeriodFields,
} from "./schema";

/** The period assumed for a participant who has no enrolment (no project) yet. */
export const DEFAULT_PERIOD: ProgrammePeriod = "2021-2027";

type Scalar = string | number | boolean;
export interface FieldDefinition extends PeriodField {
  programmePeriod: string;
  phase: IndicatorPhase;
}

interface IndicatorDefinition {
  programmePeriod: string;
  phase: IndicatorPhase;
  code: string;
  names: Record<Language, string>;
  criteria: ReturnType<typeof parseCriteria>;
  verified: boolean;
  byGender: boolean;
}

const isScalarList = (v: unknown): v is Scalar[] =>
  Array.isArray(v) && v.every((x) => ["string", "number", "boolean"].includes(typeof x));

/** The funder's definitions, both periods and all phases (reference data of migration 0005). */
export async function loadDefinitions(tx: Tx) {
  const [fieldRows, indicatorRows] = [
    await tx.select().from(programmePeriodFields).orderBy(asc(programmePeriodFields.position)),
    await tx.select().from(indicatorDefinitions).orderBy(asc(indicatorDefinitions.position)),
  ];
  const fields: FieldDefinition[] = fieldRows.map((r) => ({
    programmePeriod: r.programmePeriod,
    phase: r.phase as IndicatorPhase,
    field: r.field,
    allowedValues: isScalarList(r.allowedValues) ? r.allowedValues : null,
    required: r.required,
    requiredWhen:
      r.requiredWhen && typeof r.requiredWhen === "object"
        ? Object.fromEntries(
            Object.entries(r.requiredWhen as Record<string, unknown>).map(([k, v]) => [
              k,
              isScalarList(v) ? v : [],
            ]),
          )
        : null,
  }));
  const indicators: IndicatorDefinition[] = indicatorRows.map((r) => ({
    programmePeriod: r.programmePeriod,
    phase: r.phase as IndicatorPhase,
    code: r.code,
    names: { fi: r.nameFi, sv: r.nameSv, en: r.nameEn },
    criteria: parseCriteria(r.criteria),
    verified: r.verified,
    byGender: r.byGender,
  }));
  return { fields, indicators };
}

const isBlank = (v: unknown) => v === undefined || v === null || v === "";

/**
 * What one phase lacks: fields the period requires (or requires because of another answer) that have no
 * value, and values the period does not accept. A field is never both: missing means no value.
 */
export function phaseCompleteness(
  fields: Pick<FieldDefinition, "field" | "allowedValues" | "required" | "requiredWhen">[],
  data: Record<string, unknown>,
): { missing: string[]; invalid: { field: string; value: unknown }[] } {
  const missing: string[] = [];
  const invalid: { field: string; value: unknown }[] = [];
  for (const f of fields) {
    const value = data[f.field];
    if (isBlank(value)) {
      const applies =
        f.requiredWhen === null ||
        Object.entries(f.requiredWhen).every(([k, values]) => values.includes(data[k] as Scalar));
      if (f.required && applies) missing.push(f.field);
    } else if (f.allowedValues !== null && !f.allowedValues.includes(value as Scalar)) {
      invalid.push({ field: f.field, value });
    }
  }
  return { missing, invalid };
}

/** Due once the follow-up date has come, or recorded. */
const followUpOpen = (e: { followUpDue: string | null; followUpOn: string | null }, today: string) =>
  e.followUpOn !== null || (e.followUpDue !== null && e.followUpDue <= today);

/**
 * What is missing for the funder report, per enrolment and phase, with invalid values and the indicators
 * the person counts for (names in `lang`). The entry data of an enrolment is its snapshot from the entry
 * date; answers the snapshot lacks are taken from the participant's current entry data (a coach who
 * completes them later answers as at entry). Without an enrolment, entry is checked against 2021–2027.
 */
export async function funderCompleteness(
  tx: Tx,
  participantId: string,
  lang: Language = "fi",
): Promise<EnrolmentFunderStatus[]> {
  const [person] = await tx
    .select({
      birthDate: participants.birthDate,
      hasIdentityCode: participants.identityCode,
      entryData: participants.entryData,
    })
    .from(participants)
    .where(eq(participants.id, participantId));
  if (!person) throw notFound();
  const rows = await tx
    .select({ e: enrolments, projectName: projects.name, programmePeriod: projects.programmePeriod })
    .from(enrolments)
    .innerJoin(projects, eq(projects.id, enrolments.projectId))
    .where(eq(enrolments.participantId, participantId))
    .orderBy(asc(enrolments.entryDate));
  const defs = await loadDefinitions(tx);
  const today = todayIso();
  const current = (person.entryData ?? {}) as FunderEntryData;

  const phase = (
    period: ProgrammePeriod,
    name: IndicatorPhase,
    data: Record<string, unknown>,
    facts: Facts,
  ): FunderCompleteness => ({
    programmePeriod: period,
    phase: name,
    ...phaseCompleteness(
      defs.fields.filter((f) => f.programmePeriod === period && f.phase === name),
      data,
    ),
    indicators: defs.indicators
      .filter((i) => i.programmePeriod === period && i.phase === name && evaluate(i.criteria, facts))
      .map((i) => ({ code: i.code, name: i.names[lang], verified: i.verified })),
  });
  // The identity code is asked as "given or not": its value never leaves the participants module.
  const entryFields = (entry: FunderEntryData) => ({
    ...entry,
    identityCode: person.hasIdentityCode ? true : undefined,
  });

  if (rows.length === 0) {
    const facts = deriveFacts({ birthDate: person.birthDate, entryDate: today, entry: current });
    return [
      {
        enrolmentId: null,
        projectId: null,
        projectName: null,
        programmePeriod: DEFAULT_PERIOD,
        assumedPeriod: true,
        entryDate: null,
        exitDate: null,
        phases: [phase(DEFAULT_PERIOD, "entry", entryFields(current), facts)],
      },
    ];
  }
  return rows.map(({ e, projectName, programmePeriod }) => {
    const entry: FunderEntryData = { ...current, ...(e.entryData ?? {}) };
    const exit: FunderExitData = e.exitData ?? {};
    const followUp: FunderFollowUpData = e.followUpData ?? {};
    const facts = deriveFacts({ birthDate: person.birthDate, entryDate: e.entryDate, entry, exit, followUp });
    const phases = [phase(programmePeriod, "entry", entryFields(entry), facts)];
    if (e.exitDate !== null) phases.push(phase(programmePeriod, "exit", exit, facts));
    if (e.exitDate !== null && followUpOpen(e, today)) {
      phases.push(phase(programmePeriod, "six_months", followUp, facts));
    }
    return {
      enrolmentId: e.id,
      projectId: e.projectId,
      projectName,
      programmePeriod,
      assumedPeriod: false,
      entryDate: e.entryDate,
      exitDate: e.exitDate,
      phases,
    };
  });
}

/** The definitions for forms: fields and indicators per period and phase, names in `lang`. */
export async function funderPeriods(tx: Tx, lang: Language): Promise<FunderPeriods["data"]> {
  const defs = await loadDefinitions(tx);
  const periods = [...new Set(defs.fields.map((f) => f.programmePeriod))].sort() as ProgrammePeriod[];
  return periods.map((programmePeriod) => ({
    programmePeriod,
    phases: (["entry", "exit", "six_months"] as const).map((phase) => ({
      phase,
      fields: defs.fields
        .filter((f) => f.programmePeriod === programmePeriod && f.phase === phase)
        .map(({ field, allowedValues, required, requiredWhen }) => ({
          field,
          allowedValues,
          required,
          requiredWhen,
        })),
      indicators: defs.indicators
        .filter((i) => i.programmePeriod === programmePeriod && i.phase === phase)
        .map((i) => ({ code: i.code, name: i.names[lang], verified: i.verified, byGender: i.byGender })),
    })),
  }));
}

const FIELD_MESSAGES = {
  gender: "funder.valueNotAccepted.gender",
  labourMarketStatus: "funder.valueNotAccepted.labourMarketStatus",
  educationIsced: "funder.valueNotAccepted.educationIsced",
  household: "funder.valueNotAccepted.household",
  situation: "funder.valueNotAccepted.situation",
} as const;

const PERIOD_NAMES: Record<ProgrammePeriod, string> = { "2014-2020": "2014–2020", "2021-2027": "2021–2027" };

async function validatePhase(
  tx: Tx,
  period: ProgrammePeriod,
  phase: IndicatorPhase,
  data: Record<string, unknown>,
  path: string,
) {
  const fields = (await loadDefinitions(tx)).fields.filter(
    (f) => f.programmePeriod === period && f.phase === phase,
  );
  const [bad] = phaseCompleteness(fields, data).invalid;
  if (!bad) return;
  const key = FIELD_MESSAGES[bad.field as keyof typeof FIELD_MESSAGES] ?? "funder.valueNotAccepted";
  const params = { period: PERIOD_NAMES[period], field: bad.field };
  throw new Problem(400, key, params, [{ path: `${path}/${bad.field}`, key, params }]);
}

/**
 * Refuses (400, naming the field as `${path}/<field>`) entry data the programme period does not accept,
 * e.g. non-binary gender in 2014–2020. Missing answers are not an error: completeness reports them.
 */
export const validateEntryData = (
  tx: Tx,
  period: ProgrammePeriod,
  data: FunderEntryData,
  path = "/entryData",
): Promise<void> => validatePhase(tx, period, "entry", data, path);

/** Like validateEntryData, for the exit data. */
export const validateExitData = (
  tx: Tx,
  period: ProgrammePeriod,
  data: FunderExitData,
  path = "/exitData",
): Promise<void> => validatePhase(tx, period, "exit", data, path);

/** Like validateEntryData, for the data six months after exit. */
export const validateFollowUpData = (
  tx: Tx,
  period: ProgrammePeriod,
  data: FunderFollowUpData,
  path = "/followUpData",
): Promise<void> => validatePhase(tx, period, "six_months", data, path);
