import { type SQL, sql } from "drizzle-orm";
import { rowsOf, type Tx } from "../../db/client";
import type { CohortGroupOption } from "./cohort-api";
import { SUPPRESSION_THRESHOLD } from "./cohort-stats";

// Groups (ryhmät) for the cohort report's group filter. Until group programmes (capability 4) have
// tables of their own, a group is known only by the pathway's group steps (steps.kind = 'group'): a
// group is the provider and the title, written in any case and spacing. Decision 020, "Group filter".

/** Lower case, spacing collapsed and trimmed; å, ä, ö, ü, é lowered by hand (PGlite runs in the C locale). */
const normalised = (text: SQL) =>
  sql`translate(lower(btrim(regexp_replace(${text}, '\\s+', ' ', 'g'))), 'ÅÄÖÜÉ', 'åäöüé')`;

/**
 * The key of the group a group step (alias `s`) belongs to: md5 of the provider (the organisation's id,
 * else its name normalised, else "-") and the title normalised. Opaque, stable and safe in an address.
 */
export const GROUP_KEY = sql`md5(coalesce('o:' || s.provider_organisation_id::text,
  'n:' || nullif(${normalised(sql`s.provider_name`)}, ''), '-') || chr(10) || ${normalised(sql`s.title`)})`;

/** Group steps that name a group (a title that is not only spaces), alias `s`. */
export const GROUP_STEP = sql`s.kind = 'group' AND ${normalised(sql`s.title`)} <> ''`;

/**
 * The people in a group during a period: a group step of the group that overlaps the period (inclusive;
 * an open-ended step runs on), any time when the period is open.
 */
export function groupMembers(
  region: SQL,
  groupKey: string,
  period: { from: string | null; to: string | null },
): SQL {
  return sql`SELECT s.participant_id FROM steps s
    WHERE s.region_id = ${region} AND ${GROUP_STEP} AND ${GROUP_KEY} = ${groupKey}
      ${period.to ? sql`AND s.starts_on <= ${period.to}::date` : sql``}
      ${period.from ? sql`AND (s.ends_on IS NULL OR s.ends_on >= ${period.from}::date)` : sql``}`;
}

interface GroupRow {
  key: string;
  name: string;
  provider: string | null;
  members: number;
}

/**
 * The region's groups for the filter: the title in its most used spelling (then the latest), the
 * provider's name, and how many people have ever had a step in it, withheld under the threshold. No one
 * in them is named.
 */
export async function cohortGroups(tx: Tx): Promise<CohortGroupOption[]> {
  const rows = rowsOf<{ row: GroupRow }>(
    await tx.execute(sql`
      WITH gs AS (
        SELECT ${GROUP_KEY} AS key, btrim(regexp_replace(s.title, '\s+', ' ', 'g')) AS title,
          btrim(regexp_replace(s.provider_name, '\s+', ' ', 'g')) AS provider_name,
          s.provider_organisation_id, s.participant_id, s.starts_on
        FROM steps s WHERE ${GROUP_STEP}
      ), spellings AS (
        SELECT DISTINCT ON (key) key, title FROM gs
        GROUP BY key, title ORDER BY key, count(*) DESC, max(starts_on) DESC, title
      ), providers AS (
        SELECT DISTINCT ON (key) key, provider_name FROM gs
        WHERE provider_organisation_id IS NULL AND provider_name <> ''
        GROUP BY key, provider_name ORDER BY key, count(*) DESC, max(starts_on) DESC, provider_name
      ), g AS (
        SELECT key, min(provider_organisation_id::text)::uuid AS organisation_id,
          count(DISTINCT participant_id)::int AS members
        FROM gs GROUP BY key
      )
      SELECT json_build_object('key', g.key, 'name', sp.title, 'provider', coalesce(o.name, p.provider_name),
        'members', g.members) AS row
      FROM g JOIN spellings sp USING (key)
      LEFT JOIN providers p USING (key)
      LEFT JOIN organisations o ON o.id = g.organisation_id`),
  );
  const collator = new Intl.Collator("fi", { sensitivity: "base" });
  return rows
    .map(({ row }) => ({
      key: row.key,
      name: row.name,
      provider: row.provider,
      members: row.members >= SUPPRESSION_THRESHOLD ? row.members : null,
    }))
    .sort(
      (a, b) =>
        collator.compare(a.name, b.name) ||
        collator.compare(a.provider ?? "", b.provider ?? "") ||
        (a.key < b.key ? -1 : 1),
    );
}
