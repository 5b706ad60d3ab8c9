import { sql } from "drizzle-orm";
import { check, date, index, numeric, pgTable, text, unique } from "drizzle-orm/pg-core";
import { oneOf } from "../../db/checks";
import { createdAt, id, regionId, updatedAt, version } from "../../db/columns";
import { STEP_KINDS } from "../pathway/schema";
import { regions } from "../regions/schema";

/** The kinds of statutory limit Polku can check a pathway step against. */
export const LIMIT_RULES = [
  "min_days_per_week",
  "max_days_per_week",
  "min_hours_per_day",
  "max_hours_per_day",
  /** shortest period in months */
  "min_months",
  /** longest single period in months */
  "max_months",
  /** months in total with the same host or provider */
  "max_months_same_host",
  /** months in total of this kind */
  "max_months_total",
  /** not arranged by a company (kuntouttava työtoiminta) */
  "no_company_provider",
  /** months before the same employer may have the same person again */
  "same_provider_gap_months",
] as const;
export type LimitRule = (typeof LIMIT_RULES)[number];

/**
 * Statutory limits of pathway measures as data with validity dates (domain.md): a step is checked
 * against the rows in force on its start date. Administrators edit them when the law changes.
 */
export const statutoryLimits = pgTable(
  "statutory_limits",
  {
    id: id(),
    regionId: regionId().references(() => regions.id),
    stepKind: text("step_kind", { enum: STEP_KINDS }).notNull(),
    rule: text("rule", { enum: LIMIT_RULES }).notNull(),
    value: numeric("value", { precision: 6, scale: 1 }),
    validFrom: date("valid_from", { mode: "string" }).notNull(),
    validTo: date("valid_to", { mode: "string" }),
    /**
     * The law or rule, as shown in the warning, in each language of the UI (e.g. "Laki kuntouttavasta
     * työtoiminnasta 189/2001" / "Lag om arbetsverksamhet i rehabiliteringssyfte 189/2001" /
     * "Act 189/2001 on rehabilitative work activity").
     */
    legalReferenceFi: text("legal_reference_fi").notNull(),
    legalReferenceSv: text("legal_reference_sv").notNull(),
    legalReferenceEn: text("legal_reference_en").notNull(),
    version: version(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    unique("statutory_limits_region_id_id_key").on(t.regionId, t.id),
    index("statutory_limits_kind_idx").on(t.regionId, t.stepKind),
    check("statutory_limits_kind_check", oneOf(t.stepKind, STEP_KINDS)),
    check("statutory_limits_rule_check", oneOf(t.rule, LIMIT_RULES)),
    check("statutory_limits_dates_check", sql`${t.validTo} is null or ${t.validTo} >= ${t.validFrom}`),
    check(
      "statutory_limits_value_check",
      sql`(${t.rule} = 'no_company_provider') = (${t.value} is null) and (${t.value} is null or ${t.value} > 0)`,
    ),
  ],
);
