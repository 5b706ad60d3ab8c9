import { differenceInYears, parseISO } from "date-fns";
import type { FunderEntryData, FunderExitData, FunderFollowUpData } from "./schema";

/**
 * The criteria language of indicator_definitions (migration 0005), evaluated over a participant's
 * facts. Who counts for an indicator is data per programme period, not code:
 *   {"all": [c, …]}  every one holds ({"all": []} holds always: "total participants")
 *   {"any": [c, …]}  at least one holds
 *   {"field": f, "in": [v, …]}   the fact equals one of the values
 *   {"field": f, "eq": v}        the fact equals the value
 *   {"field": f, "lt": n} / {"field": f, "gte": n}   numeric comparison
 * An unknown fact never counts.
 */
export type Criteria =
  | { all: Criteria[] }
  | { any: Criteria[] }
  | { field: string; in: readonly (string | number | boolean)[] }
  | { field: string; eq: string | number | boolean }
  | { field: string; lt: number }
  | { field: string; gte: number };

export type Fact = string | number | boolean | undefined;
export type Facts = Record<string, Fact>;

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);
const isScalar = (v: unknown): v is string | number | boolean =>
  typeof v === "string" || typeof v === "number" || typeof v === "boolean";

/** Reads criteria JSON from the database; throws on a shape the language does not have. */
export function parseCriteria(json: unknown): Criteria {
  if (!isRecord(json)) throw new Error("criteria must be an object");
  const keys = Object.keys(json).sort().join(",");
  if (keys === "all" || keys === "any") {
    const list = json[keys];
    if (!Array.isArray(list)) throw new Error(`${keys} must be a list`);
    const parsed = list.map(parseCriteria);
    return keys === "all" ? { all: parsed } : { any: parsed };
  }
  const field = json.field;
  if (typeof field !== "string") throw new Error(`criteria ${JSON.stringify(json)} has no field`);
  if (keys === "field,in" && Array.isArray(json.in) && json.in.every(isScalar)) return { field, in: json.in };
  if (keys === "eq,field" && isScalar(json.eq)) return { field, eq: json.eq };
  if (keys === "field,lt" && typeof json.lt === "number") return { field, lt: json.lt };
  if (keys === "field,gte" && typeof json.gte === "number") return { field, gte: json.gte };
  throw new Error(`unknown criteria ${JSON.stringify(json)}`);
}

/** Whether the facts meet the criteria. */
export function evaluate(c: Criteria, facts: Facts): boolean {
  if ("all" in c) return c.all.every((x) => evaluate(x, facts));
  if ("any" in c) return c.any.some((x) => evaluate(x, facts));
  const value = Object.hasOwn(facts, c.field) ? facts[c.field] : undefined;
  if (value === undefined) return false;
  if ("in" in c) return c.in.includes(value);
  if ("eq" in c) return value === c.eq;
  if (typeof value !== "number") return false;
  return "lt" in c ? value < c.lt : value >= c.gte;
}

/** Age in full years on a date. */
export const ageOn = (birthDate: string, date: string) =>
  differenceInYears(parseISO(date), parseISO(birthDate));

/**
 * The facts of one participant in one enrolment: the entry data as given, and what follows from it.
 * - age: full years on the entry date;
 * - longTermUnemployed: unemployed 12 months or more, or 6 or more under 25 (unknown without months);
 * - inactive: outside the labour force (in education or not);
 * - disadvantaged: a jobless household, a single adult with children, foreign background or a
 *   minority, a disability, homelessness, or another disadvantage.
 * At exit and six months after, the phase's own answers are added.
 */
export function deriveFacts(input: {
  birthDate: string;
  entryDate: string;
  entry: FunderEntryData;
  exit?: FunderExitData | null;
  followUp?: FunderFollowUpData | null;
}): Facts {
  const e = input.entry;
  const age = ageOn(input.birthDate, input.entryDate);
  const status = e.labourMarketStatus;
  const longTermUnemployed =
    status === undefined
      ? undefined
      : status !== "unemployed"
        ? false
        : e.unemploymentMonths === undefined
          ? undefined
          : e.unemploymentMonths >= (age < 25 ? 6 : 12);
  const disadvantaged =
    e.household === "jobless_with_children" ||
    e.household === "jobless_without_children" ||
    e.household === "single_adult_with_children" ||
    e.foreignBackground === "yes" ||
    e.minority === "yes" ||
    e.disability === "yes" ||
    e.homeless === true ||
    e.otherDisadvantage === "yes";
  return {
    ...e,
    ...(input.exit ?? {}),
    ...(input.followUp ?? {}),
    age,
    longTermUnemployed,
    inactive:
      status === undefined
        ? undefined
        : status === "inactive_in_education" || status === "inactive_not_in_education",
    disadvantaged,
  };
}
