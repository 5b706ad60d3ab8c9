// Bulk loading through PostgreSQL's COPY … FROM STDIN (text format), with pg-copy-streams.

import { once } from "node:events";
import { createReadStream, createWriteStream, type WriteStream } from "node:fs";
import type { Writable } from "node:stream";
import type pg from "pg";
import { from as copyFrom } from "pg-copy-streams";

/** The text-format NULL. */
export const NULL = "\\N";

const SPECIAL = /[\\\t\n\r]/;
/** A value as a COPY text field: backslash, tab and line breaks escaped; null as \N. */
export function field(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return NULL;
  if (typeof value !== "string") return String(value);
  if (!SPECIAL.test(value)) return value;
  return value.replace(/[\\\t\n\r]/g, (c) =>
    c === "\\" ? "\\\\" : c === "\t" ? "\\t" : c === "\n" ? "\\n" : "\\r",
  );
}

/** A jsonb value as a COPY field. */
export const jsonField = (value: unknown) => field(JSON.stringify(value));

/** A text[] literal as a COPY field (elements here are plain words: no quoting needed). */
export const arrayField = (values: readonly string[]) => field(`{${values.join(",")}}`);

const CHUNK = 256 * 1024;

/**
 * Starts a COPY into a table. With `freeze` (for tables no foreign key points at) the COPY runs in a
 * transaction that first truncates the empty table, so that PostgreSQL can write the rows frozen and
 * mark the pages all-visible: no VACUUM has to rewrite them after the load.
 */
async function startCopy(client: pg.ClientBase, table: string, columns: readonly string[], freeze: boolean) {
  if (freeze) {
    await client.query("BEGIN");
    await client.query(`TRUNCATE ${table}`);
  }
  return client.query(
    copyFrom(`COPY ${table} (${columns.join(", ")}) FROM STDIN${freeze ? " WITH (FREEZE)" : ""}`),
  );
}

/** Rows written into one open COPY on one connection; buffered, with back-pressure. */
export class CopySink {
  readonly table: string;
  rows = 0;
  private buffer = "";
  private readonly started = performance.now();
  private failed: Error | null = null;

  private constructor(
    private readonly client: pg.ClientBase,
    private readonly stream: Writable,
    table: string,
    private readonly freeze: boolean,
  ) {
    this.table = table;
    this.stream.on("error", (err: Error) => {
      this.failed = err;
    });
  }

  static async open(
    client: pg.ClientBase,
    table: string,
    columns: readonly string[],
    opts: { freeze?: boolean } = {},
  ): Promise<CopySink> {
    const freeze = opts.freeze ?? false;
    return new CopySink(client, await startCopy(client, table, columns, freeze), table, freeze);
  }

  /** Adds one row: its fields already formatted with `field`. */
  row(fields: string): void {
    this.buffer += `${fields}\n`;
    this.rows++;
  }

  /** Sends the buffer when it is large; waits when the connection is behind. */
  async flush(force = false): Promise<void> {
    if (this.failed) throw this.failed;
    if (this.buffer.length === 0 || (!force && this.buffer.length < CHUNK)) return;
    const ok = this.stream.write(this.buffer);
    this.buffer = "";
    if (!ok) await once(this.stream, "drain");
  }

  /** Ends the COPY and waits for the server to confirm it; returns the milliseconds since it opened. */
  async finish(): Promise<number> {
    await this.flush(true);
    const done = once(this.stream, "finish");
    this.stream.end();
    await done;
    if (this.failed) throw this.failed;
    if (this.freeze) await this.client.query("COMMIT");
    return performance.now() - this.started;
  }
}

/**
 * Rows spread over files by a bucket number (a month), to be loaded later in bucket order, so that the
 * table's physical order follows time as it would in a system that has run for years.
 */
export class BucketFiles {
  rows = 0;
  private readonly buffers: string[];
  private readonly files: WriteStream[];
  readonly paths: string[];

  constructor(dir: string, name: string, buckets: number) {
    this.paths = Array.from(
      { length: buckets },
      (_, i) => `${dir}/${name}-${String(i).padStart(3, "0")}.tsv`,
    );
    this.files = this.paths.map((p) => createWriteStream(p));
    this.buffers = this.paths.map(() => "");
  }

  row(bucket: number, fields: string): void {
    this.buffers[bucket] += `${fields}\n`;
    this.rows++;
  }

  async flush(force = false): Promise<void> {
    for (let i = 0; i < this.files.length; i++) {
      const buffer = this.buffers[i] ?? "";
      if (buffer.length === 0 || (!force && buffer.length < CHUNK / 4)) continue;
      const file = this.files[i];
      if (!file) continue;
      this.buffers[i] = "";
      if (!file.write(buffer)) await once(file, "drain");
    }
  }

  async close(): Promise<void> {
    await this.flush(true);
    await Promise.all(
      this.files.map((f) => {
        const closed = once(f, "close");
        f.end();
        return closed;
      }),
    );
  }

  /** COPYs the files, in bucket order, as one COPY (frozen: see startCopy); returns the milliseconds it took. */
  async load(client: pg.ClientBase, table: string, columns: readonly string[]): Promise<number> {
    const started = performance.now();
    const stream = await startCopy(client, table, columns, true);
    const failed = once(stream, "error").then(([err]) => {
      throw err;
    });
    failed.catch(() => undefined);
    for (const p of this.paths) {
      for await (const chunk of createReadStream(p, { highWaterMark: CHUNK })) {
        if (!stream.write(chunk)) await Promise.race([once(stream, "drain"), failed]);
      }
    }
    const done = once(stream, "finish");
    stream.end();
    await Promise.race([done, failed]);
    await client.query("COMMIT");
    return performance.now() - started;
  }
}
