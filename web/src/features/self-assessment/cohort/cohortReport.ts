import type {
  CohortDimension,
  CohortQuery,
  CohortReport,
} from "../../../../../server/src/modules/self-assessment/cohort-api";
import type {
  AgeBand,
  SuppressionReason,
} from "../../../../../server/src/modules/self-assessment/cohort-stats";
import { inputDateToIso, isoToInputDate } from "../../../app/dates";
import { localeFor } from "../../../app/language";
import type { Language } from "../../../app/types";
import { isOneOf, STAGES } from "../../pathway/record/forms";

// The cohort report page's logic (distance travelled), free of React so that it is tested without a
// browser: the filters between the address, the form and the API; download links; footnotes for
// withheld figures; the plain sentence per dimension; number formats.

/** The server's age bands (cohort-stats.ts); `satisfies` keeps the lists in step. */
export const AGE_BANDS = ["16_24", "25_29", "30_54", "55_plus"] as const satisfies readonly AgeBand[];
/** Fails to compile when the server gains a band this list lacks. */
export const AGE_BANDS_COMPLETE: [Exclude<AgeBand, (typeof AGE_BANDS)[number]>] extends [never]
  ? true
  : never = true;

export const DIRECTIONS = ["improved", "same", "declined"] as const;
export type Direction = (typeof DIRECTIONS)[number];

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ISO = /^\d{4}-\d{2}-\d{2}$/;
/** A group's key (server cohort-groups.ts). */
const GROUP_KEY = /^[0-9a-f]{32}$/;

/** The report's query from the page address, keeping only well-formed values. */
export function queryFromParams(params: URLSearchParams): CohortQuery {
  const query: CohortQuery = {};
  const instrumentId = params.get("instrumentId");
  if (instrumentId && UUID.test(instrumentId)) query.instrumentId = instrumentId;
  const projectId = params.get("projectId");
  if (projectId && UUID.test(projectId)) query.projectId = projectId;
  const group = params.get("group");
  if (group && GROUP_KEY.test(group)) query.group = group;
  const ageBand = params.get("ageBand");
  if (isOneOf(AGE_BANDS, ageBand)) query.ageBand = ageBand;
  const stage = params.get("stage");
  if (isOneOf(STAGES, stage)) query.stage = stage;
  for (const key of ["from", "to"] as const) {
    const value = params.get(key);
    if (value && ISO.test(value) && inputDateToIso(value) === value) query[key] = value;
  }
  return query;
}

/** The query as address parameters (or API query values), empty filters left out. */
export function paramsOf(query: CohortQuery): Record<string, string> {
  const out: Record<string, string> = {};
  for (const key of ["instrumentId", "projectId", "group", "ageBand", "stage", "from", "to"] as const) {
    const value = query[key];
    if (value) out[key] = value;
  }
  return out;
}

/** The filter form as the browser holds it: ids, "" for "all", dates as typed (d.M.yyyy). */
export interface CohortForm {
  instrumentId: string;
  projectId: string;
  /** A group's key, "" for all groups. */
  group: string;
  ageBand: string;
  stage: string;
  from: string;
  to: string;
}

export function formOf(query: CohortQuery, instrumentId: string): CohortForm {
  return {
    instrumentId: query.instrumentId ?? instrumentId,
    projectId: query.projectId ?? "",
    group: query.group ?? "",
    ageBand: query.ageBand ?? "",
    stage: query.stage ?? "",
    from: isoToInputDate(query.from),
    to: isoToInputDate(query.to),
  };
}

export type CohortFormError = "dateInvalid" | "periodReversed";

/** The form as a query, or what is wrong with its dates. */
export function queryOfForm(
  form: CohortForm,
):
  | { query: CohortQuery; errors: null }
  | { query: null; errors: Partial<Record<"from" | "to", CohortFormError>> } {
  const errors: Partial<Record<"from" | "to", CohortFormError>> = {};
  const dates: Partial<Record<"from" | "to", string>> = {};
  for (const key of ["from", "to"] as const) {
    const text = form[key].trim();
    if (text === "") continue;
    const iso = inputDateToIso(text);
    if (iso === null) errors[key] = "dateInvalid";
    else dates[key] = iso;
  }
  if (dates.from && dates.to && dates.from > dates.to) errors.to = "periodReversed";
  if (errors.from || errors.to) return { query: null, errors };
  const query: CohortQuery = {};
  if (form.instrumentId) query.instrumentId = form.instrumentId;
  if (form.projectId) query.projectId = form.projectId;
  if (GROUP_KEY.test(form.group)) query.group = form.group;
  if (isOneOf(AGE_BANDS, form.ageBand)) query.ageBand = form.ageBand;
  if (isOneOf(STAGES, form.stage)) query.stage = form.stage;
  if (dates.from) query.from = dates.from;
  if (dates.to) query.to = dates.to;
  return { query, errors: null };
}

/** A group as "name (provider)", as the files write it (cohort-export.ts). */
export const groupName = (group: { name: string; provider: string | null }): string =>
  group.provider ? `${group.name} (${group.provider})` : group.name;

/** The address of a download of the report as shown (same filters), in the page's language. */
export function downloadUrl(format: "csv" | "xlsx", query: CohortQuery, language: Language): string {
  const params = new URLSearchParams({ ...paramsOf(query), lang: language });
  return `/api/self-assessment/cohort.${format}?${params.toString()}`;
}

/**
 * Footnote numbers for the reasons figures are withheld, in the order they first appear on the page:
 * the counts, then the table row by row.
 */
export function noteNumbers(report: CohortReport): Map<SuppressionReason, number> {
  const order: SuppressionReason[] = [];
  const add = (reason: SuppressionReason | undefined) => {
    if (reason && !order.includes(reason)) order.push(reason);
  };
  add(report.suppressed?.reason);
  add(report.participantsSuppressed?.reason);
  add(report.withTwoAnswersSuppressed?.reason);
  for (const d of report.dimensions) {
    add(d.suppressed?.reason);
    for (const dir of DIRECTIONS) add(d.cells[dir]?.reason);
  }
  return new Map(order.map((reason, i) => [reason, i + 1]));
}

/** Which of improved / same / declined a sentence can name. */
export type Split =
  | { kind: "all"; improved: number; same: number; declined: number }
  | { kind: "some"; parts: { direction: Direction; count: number }[] }
  | { kind: "none" };

/** What to say about one dimension in plain words (the page turns it into text in its language). */
export type Sentence =
  | { kind: "hidden"; reason: SuppressionReason }
  | {
      kind: "rose" | "fell" | "flat";
      n: number;
      /** The mean change without its sign (the words say the direction). */
      mean: number;
      median: number;
      split: Split;
    };

export function sentenceOf(d: CohortDimension): Sentence {
  if (d.suppressed || d.n === null || d.meanChange === null || d.medianChange === null) {
    return { kind: "hidden", reason: d.suppressed?.reason ?? "too_few_people" };
  }
  // A mean that rounds to 0.0 reads as "stayed the same".
  const rounded = Math.round(d.meanChange * 10) / 10;
  const kind = rounded > 0 ? "rose" : rounded < 0 ? "fell" : "flat";
  const parts = DIRECTIONS.flatMap((direction) => {
    const count = d[direction];
    return count === null ? [] : [{ direction, count }];
  });
  const split: Split =
    parts.length === 3
      ? { kind: "all", improved: d.improved ?? 0, same: d.same ?? 0, declined: d.declined ?? 0 }
      : parts.length === 0
        ? { kind: "none" }
        : { kind: "some", parts };
  return { kind, n: d.n, mean: Math.abs(d.meanChange), median: d.medianChange, split };
}

/** A change in points with one decimal and its sign ("+1,3", "−0,5", "0,0"). */
export function formatChange(value: number, language: Language, signed = true): string {
  return new Intl.NumberFormat(localeFor(language), {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
    signDisplay: signed ? "exceptZero" : "auto",
  }).format(value);
}

/** A share 0–1 as a whole percent ("58 %"). */
export function formatShare(value: number, language: Language): string {
  return new Intl.NumberFormat(localeFor(language), { style: "percent", maximumFractionDigits: 0 }).format(
    value,
  );
}
