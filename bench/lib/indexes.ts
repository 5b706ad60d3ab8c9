// Index handling for a bulk load: drop the indexes of the tables to be loaded, build them after, and
// check the foreign keys that were not enforced while loading.
import type pg from "pg";

export interface DroppedIndex {
  table: string;
  name: string;
  /** The statement that builds it again. */
  create: string;
}

/**
 * Drops every index of the tables (primary keys and unique constraints included) that no foreign key
 * depends on; returns how to build them again. Indexes that foreign keys reference stay.
 */
export async function dropIndexes(client: pg.ClientBase, tables: readonly string[]): Promise<DroppedIndex[]> {
  const { rows } = await client.query<{
    table: string;
    index: string;
    indexdef: string;
    conname: string | null;
    condef: string | null;
  }>(
    `SELECT t.relname AS table, ic.relname AS index, pg_get_indexdef(i.indexrelid) AS indexdef,
            c.conname, pg_get_constraintdef(c.oid) AS condef
       FROM pg_index i
       JOIN pg_class t ON t.oid = i.indrelid
       JOIN pg_class ic ON ic.oid = i.indexrelid
       LEFT JOIN pg_constraint c ON c.conindid = i.indexrelid AND c.conrelid = i.indrelid AND c.contype IN ('p', 'u')
      WHERE t.relname = ANY($1) AND t.relnamespace = 'public'::regnamespace
        AND NOT EXISTS (SELECT 1 FROM pg_constraint f WHERE f.contype = 'f' AND f.conindid = i.indexrelid)
      ORDER BY t.relname, ic.relname`,
    [tables],
  );
  const dropped: DroppedIndex[] = [];
  for (const r of rows) {
    if (r.conname && r.condef) {
      await client.query(`ALTER TABLE ${r.table} DROP CONSTRAINT ${r.conname}`);
      dropped.push({
        table: r.table,
        name: r.conname,
        create: `ALTER TABLE ${r.table} ADD CONSTRAINT ${r.conname} ${r.condef}`,
      });
    } else {
      await client.query(`DROP INDEX ${r.index}`);
      dropped.push({ table: r.table, name: r.index, create: r.indexdef });
    }
  }
  return dropped;
}

/** Builds the indexes again on several connections at once; returns the seconds spent per table. */
export async function buildIndexes(
  clients: readonly pg.ClientBase[],
  indexes: readonly DroppedIndex[],
  sizeOf: (table: string) => number,
): Promise<Map<string, number>> {
  // Largest tables first, so that the connections finish together.
  const queue = [...indexes].sort((a, b) => sizeOf(b.table) - sizeOf(a.table));
  const perTable = new Map<string, number>();
  await Promise.all(
    clients.map(async (client) => {
      for (let next = queue.shift(); next; next = queue.shift()) {
        const t0 = performance.now();
        await client.query(next.create);
        perTable.set(next.table, (perTable.get(next.table) ?? 0) + (performance.now() - t0) / 1000);
      }
    }),
  );
  return perTable;
}

/**
 * Checks every foreign key of the tables by an anti-join (they were not enforced during the load);
 * throws naming the first that does not hold.
 */
export async function checkForeignKeys(client: pg.ClientBase, tables: readonly string[]): Promise<number> {
  const { rows } = await client.query<{
    name: string;
    table: string;
    ref: string;
    cols: string[];
    refcols: string[];
  }>(
    `SELECT c.conname AS name, t.relname AS table, rt.relname AS ref,
            array(SELECT a.attname FROM unnest(c.conkey) WITH ORDINALITY k(n, o)
                  JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.n ORDER BY k.o)::text[] AS cols,
            array(SELECT a.attname FROM unnest(c.confkey) WITH ORDINALITY k(n, o)
                  JOIN pg_attribute a ON a.attrelid = c.confrelid AND a.attnum = k.n ORDER BY k.o)::text[] AS refcols
       FROM pg_constraint c
       JOIN pg_class t ON t.oid = c.conrelid
       JOIN pg_class rt ON rt.oid = c.confrelid
      WHERE c.contype = 'f' AND t.relname = ANY($1) AND t.relnamespace = 'public'::regnamespace`,
    [tables],
  );
  for (const fk of rows) {
    const notNull = fk.cols.map((c) => `x.${c} IS NOT NULL`).join(" AND ");
    const join = fk.cols.map((c, i) => `r.${fk.refcols[i]} = x.${c}`).join(" AND ");
    const { rows: bad } = await client.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM ${fk.table} x WHERE ${notNull} AND NOT EXISTS (SELECT 1 FROM ${fk.ref} r WHERE ${join})`,
    );
    const n = bad[0]?.n ?? 0;
    if (n > 0) throw new Error(`foreign key ${fk.name} on ${fk.table} is broken for ${n} rows`);
  }
  return rows.length;
}
