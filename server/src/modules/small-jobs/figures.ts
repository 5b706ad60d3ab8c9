import { stringify } from "csv-stringify/sync";
import { type SQL, sql } from "drizzle-orm";
import ExcelJS from "exceljs";
import { rowsOf, type Tx } from "../../db/client";
import { fieldProblem } from "../../http/problem";
import { addMonthsIso, todayIso } from "../../lib/dates";
import type { Language } from "../access/roles";
import type { Figures, FiguresQuery, FiguresRow } from "./api-match";
import { monthOf } from "./matching";

/**
 * The brokering figures (issue 5 point 7): per month × responsible organisation × village, jobs
 * posted (published in the month), filled, done, hours both sides confirmed (by the month the work
 * ended), euros paid to participants (gross, by the day paid) and distinct participants paid; and the
 * period's totals, where a participant paid in two months counts once. Counts and sums only: no person
 * is named. Two statements over the region's jobs and workers (row-level security keeps it to the region).
 */

const HELSINKI_DAY = (column: string) => `(${column} AT TIME ZONE 'Europe/Helsinki')::date`;

/** The period of a query: whole months, the last 12 by default. */
export function figuresPeriod(
  q: Pick<FiguresQuery, "from" | "to">,
  today = todayIso(),
): { from: string; to: string } {
  const to = monthOf(q.to ?? today).end;
  const from = monthOf(q.from ?? addMonthsIso(`${today.slice(0, 7)}-01`, -11)).start;
  if (from > to) throw fieldProblem(400, "smallJobs.figuresPeriod", "/to");
  return { from, to };
}

export async function brokeringFigures(tx: Tx, q: FiguresQuery): Promise<Figures> {
  const { from, to } = figuresPeriod(q);
  const jobFilter: SQL[] = [];
  if (q.organisationId) jobFilter.push(sql`j.organisation_id = ${q.organisationId}::uuid`);
  if (q.village) jobFilter.push(sql`j.village = ${q.village}`);
  const and = jobFilter.length > 0 ? sql` AND ${sql.join(jobFilter, sql` AND `)}` : sql``;
  const within = (day: string) => sql`${sql.raw(day)} BETWEEN ${from}::date AND ${to}::date`;
  const stamp = (column: "published_at" | "filled_at" | "done_at", kind: string) => {
    const day = HELSINKI_DAY(`j.${column}`);
    return sql`SELECT date_trunc('month', ${sql.raw(day)})::date AS month, j.organisation_id, j.village,
        ${sql.raw(kind === "posted" ? "1" : "0")} AS posted, ${sql.raw(kind === "filled" ? "1" : "0")} AS filled,
        ${sql.raw(kind === "done" ? "1" : "0")} AS done, 0 AS minutes, 0 AS paid, NULL::uuid AS earner
      FROM jobs j WHERE j.${sql.raw(column)} IS NOT NULL AND ${within(day)}${and}`;
  };
  const rows = rowsOf<{ row: FiguresRow }>(
    await tx.execute(sql`
      WITH ev AS (
        ${stamp("published_at", "posted")}
        UNION ALL ${stamp("filled_at", "filled")}
        UNION ALL ${stamp("done_at", "done")}
        UNION ALL
        SELECT date_trunc('month', coalesce(w.worked_to, j.ends_on))::date, j.organisation_id, j.village, 0, 0, 0,
          coalesce(w.orderer_minutes, w.worker_minutes), 0, NULL::uuid
        FROM job_workers w JOIN jobs j ON j.region_id = w.region_id AND j.id = w.job_id
        WHERE w.worker_confirmed_at IS NOT NULL AND w.orderer_confirmed_at IS NOT NULL
          AND ${within("coalesce(w.worked_to, j.ends_on)")}${and}
        UNION ALL
        SELECT date_trunc('month', w.paid_on)::date, j.organisation_id, j.village, 0, 0, 0, 0, w.gross_cents, w.participant_id
        FROM job_workers w JOIN jobs j ON j.region_id = w.region_id AND j.id = w.job_id
        WHERE w.paid_on IS NOT NULL AND ${within("w.paid_on")}${and}
      )
      SELECT json_build_object('month', to_char(ev.month, 'YYYY-MM'), 'organisationId', ev.organisation_id,
        'organisationName', o.name, 'village', ev.village, 'posted', sum(ev.posted), 'filled', sum(ev.filled),
        'done', sum(ev.done), 'minutes', sum(ev.minutes), 'paidCents', sum(ev.paid),
        'earners', count(DISTINCT ev.earner)) AS row
      FROM ev JOIN organisations o ON o.id = ev.organisation_id
      GROUP BY ev.month, ev.organisation_id, o.name, ev.village
      ORDER BY ev.month, o.name, ev.village`),
  ).map((r) => r.row);
  const [earners] = rowsOf<{ n: number }>(
    await tx.execute(sql`
      SELECT count(DISTINCT w.participant_id)::int AS n
      FROM job_workers w JOIN jobs j ON j.region_id = w.region_id AND j.id = w.job_id
      WHERE w.paid_on IS NOT NULL AND ${within("w.paid_on")}${and}`),
  );
  const sum = (key: "posted" | "filled" | "done" | "minutes" | "paidCents") =>
    rows.reduce((s, r) => s + Number(r[key]), 0);
  return {
    from,
    to,
    rows: rows.map((r) => ({
      ...r,
      posted: Number(r.posted),
      filled: Number(r.filled),
      done: Number(r.done),
      minutes: Number(r.minutes),
      paidCents: Number(r.paidCents),
      earners: Number(r.earners),
    })),
    totals: {
      posted: sum("posted"),
      filled: sum("filled"),
      done: sum("done"),
      minutes: sum("minutes"),
      paidCents: sum("paidCents"),
      earners: Number(earners?.n ?? 0),
    },
  };
}

// --- Files: CSV for Excel in Finland (BOM, CRLF, ";" and the decimal comma in fi/sv) and XLSX ---

const TEXTS = {
  fi: {
    title: "Pienten töiden välitys",
    sheet: "Välitys",
    period: "Ajanjakso",
    total: "Yhteensä",
    columns: [
      "Kuukausi",
      "Yhdistys tai järjestäjä",
      "Kylä",
      "Ilmoitettu",
      "Täytetty",
      "Tehty",
      "Tunnit",
      "Maksettu osallistujille (€, brutto)",
      "Ansainneita osallistujia",
    ],
    note: "Ansainneet yhteensä: kukin osallistuja kerran koko ajanjaksolta.",
  },
  sv: {
    title: "Förmedling av småjobb",
    sheet: "Förmedling",
    period: "Period",
    total: "Totalt",
    columns: [
      "Månad",
      "Förening eller arrangör",
      "By",
      "Utannonserade",
      "Tillsatta",
      "Utförda",
      "Timmar",
      "Betalt till deltagare (€, brutto)",
      "Deltagare som tjänat",
    ],
    note: "Deltagare som tjänat totalt: varje deltagare en gång för hela perioden.",
  },
  en: {
    title: "Small jobs brokered",
    sheet: "Brokering",
    period: "Period",
    total: "Total",
    columns: [
      "Month",
      "Association or organiser",
      "Village",
      "Posted",
      "Filled",
      "Done",
      "Hours",
      "Paid to participants (€, gross)",
      "Participants who earned",
    ],
    note: "Participants who earned, total: each participant once over the whole period.",
  },
} as const satisfies Record<Language, unknown>;

const dateText = (iso: string, lang: Language) =>
  lang === "en" ? iso : `${Number(iso.slice(8, 10))}.${Number(iso.slice(5, 7))}.${iso.slice(0, 4)}`;

/** Minutes as hours and cents as euros, to two decimals, from integers (no float rounding of money). */
const twoDecimals = (hundredths: number, comma: boolean) => {
  const sign = hundredths < 0 ? "-" : "";
  const abs = Math.abs(hundredths);
  return `${sign}${Math.floor(abs / 100)}${comma ? "," : "."}${String(abs % 100).padStart(2, "0")}`;
};
const hoursHundredths = (minutes: number) => Math.floor((minutes * 100 + 30) / 60);

function lines(f: Figures) {
  return [
    ...f.rows.map((r) => ({ ...r, label: r.month })),
    { ...f.totals, label: null as string | null, organisationName: "", village: "" },
  ];
}

export function figuresCsv(f: Figures, lang: Language): Buffer {
  const t = TEXTS[lang];
  const comma = lang !== "en";
  const records: string[][] = [
    [t.title],
    [t.period, `${dateText(f.from, lang)} – ${dateText(f.to, lang)}`],
    [],
    [...t.columns],
  ];
  for (const r of lines(f)) {
    records.push([
      r.label ?? t.total,
      r.organisationName,
      r.village,
      String(r.posted),
      String(r.filled),
      String(r.done),
      twoDecimals(hoursHundredths(r.minutes), comma),
      twoDecimals(r.paidCents, comma),
      String(r.earners),
    ]);
  }
  records.push([], [t.note]);
  return Buffer.from(
    stringify(records, { delimiter: comma ? ";" : ",", bom: true, record_delimiter: "windows" }),
    "utf8",
  );
}

export async function figuresXlsx(f: Figures, lang: Language): Promise<Buffer> {
  const t = TEXTS[lang];
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Polku";
  const sheet = workbook.addWorksheet(t.sheet);
  sheet.columns = [10, 36, 18, 12, 12, 12, 12, 22, 16].map((width) => ({ width }));
  sheet.addRow([t.title]).font = { bold: true, size: 14 };
  sheet.addRow([t.period, `${dateText(f.from, lang)} – ${dateText(f.to, lang)}`]);
  sheet.addRow([]);
  const header = sheet.addRow([...t.columns]);
  header.font = { bold: true };
  header.alignment = { wrapText: true, vertical: "top" };
  sheet.views = [{ state: "frozen", ySplit: header.number }];
  for (const r of lines(f)) {
    // Hours and euros as numbers (two decimals of integers: exact in a double at these sizes).
    const row = sheet.addRow([
      r.label ?? t.total,
      r.organisationName,
      r.village,
      r.posted,
      r.filled,
      r.done,
      hoursHundredths(r.minutes) / 100,
      r.paidCents / 100,
      r.earners,
    ]);
    row.getCell(7).numFmt = "0.00";
    row.getCell(8).numFmt = "#,##0.00";
    if (r.label === null) row.font = { bold: true };
  }
  sheet.addRow([]);
  sheet.addRow([t.note]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export const figuresFileName = (f: Figures, ext: "csv" | "xlsx") =>
  `polku-small-jobs-${f.from.slice(0, 7)}-${f.to.slice(0, 7)}.${ext}`;
