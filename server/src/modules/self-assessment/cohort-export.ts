import { stringify } from "csv-stringify/sync";
import ExcelJS from "exceljs";
import { todayIso } from "../../lib/dates";
import type { Language } from "../access/roles";
import type { CohortDimension, CohortReport } from "./cohort-api";
import { DIRECTIONS } from "./cohort-stats";
import { COHORT_TEXTS, type CohortTexts, withThreshold } from "./cohort-texts";

// The cohort report as files, in the reader's language, with the filters and the reasons for every
// withheld figure written in. CSV for Excel in Finland: UTF-8 with a byte order mark (so Excel reads
// å, ä, ö), CRLF, and in Finnish and Swedish the list separator ";" and the decimal comma that Excel
// expects under those regional settings; in English "," and the decimal point. XLSX carries the numbers
// as numbers, in full precision, formatted for reading.

const dateText = (iso: string, lang: Language) =>
  lang === "en" ? iso : `${Number(iso.slice(8, 10))}.${Number(iso.slice(5, 7))}.${iso.slice(0, 4)}`;

function periodText(report: CohortReport, lang: Language, texts: CohortTexts): string {
  const { from, to } = report.filters;
  if (!from && !to) return texts.wholePeriod;
  return `${from ? dateText(from, lang) : ""} – ${to ? dateText(to, lang) : ""}`.trim();
}

/** A group as "name (provider)". */
export const groupText = (group: { name: string; provider: string | null }) =>
  group.provider ? `${group.name} (${group.provider})` : group.name;

/** The filters and the cohort's counts as label–value lines. */
function summaryLines(report: CohortReport, lang: Language): [string, string | number | null][] {
  const texts: CohortTexts = COHORT_TEXTS[lang];
  const f = report.filters;
  const reason = (s: CohortReport["participantsSuppressed"]) =>
    s ? withThreshold(texts.reasons[s.reason], report.threshold) : null;
  return [
    [texts.instrument, f.instrument.name[lang]],
    [texts.project, f.project?.name ?? texts.allProjects],
    [texts.group, f.group ? groupText(f.group) : texts.allGroups],
    [texts.ageBand, f.ageBand ? texts.ageBands[f.ageBand] : texts.allAges],
    [texts.stage, f.stage ? texts.stages[f.stage] : texts.allStages],
    [texts.period, periodText(report, lang, texts)],
    [texts.madeOn, dateText(todayIso(), lang)],
    [texts.participants, report.participants ?? reason(report.participantsSuppressed)],
    [texts.withTwoAnswers, report.withTwoAnswers ?? reason(report.withTwoAnswersSuppressed)],
  ];
}

/** Why figures of a row are withheld: the row's reason, or each withheld cell's (once each). */
function rowNote(d: CohortDimension, threshold: number, texts: CohortTexts): string {
  const reasons = d.suppressed
    ? [d.suppressed.reason]
    : [...new Set(DIRECTIONS.flatMap((dir) => (d.cells[dir] ? [d.cells[dir].reason] : [])))];
  const parts = reasons.map((r) => withThreshold(texts.reasons[r], threshold));
  if (!d.current) parts.unshift(texts.formerDimension);
  return parts.join(" ");
}

const COLUMN_KEYS = [
  "dimension",
  "key",
  "n",
  "mean",
  "median",
  "improved",
  "improvedShare",
  "same",
  "sameShare",
  "declined",
  "declinedShare",
  "note",
] as const;

/** One row of the table: numbers as they are (null = withheld), shares 0–1. */
function tableRow(d: CohortDimension, lang: Language, threshold: number, texts: CohortTexts) {
  return [
    d.texts[lang].question,
    d.key,
    d.n,
    d.meanChange,
    d.medianChange,
    d.improved,
    d.improvedShare,
    d.same,
    d.sameShare,
    d.declined,
    d.declinedShare,
    rowNote(d, threshold, texts),
  ] as const;
}

/** The report as CSV (a Buffer starting with the UTF-8 byte order mark). */
export function cohortCsv(report: CohortReport, lang: Language): Buffer {
  const texts: CohortTexts = COHORT_TEXTS[lang];
  const comma = lang !== "en";
  const number = (value: number | null, decimals: number) => {
    if (value === null) return "";
    const fixed = value.toFixed(decimals);
    return comma ? fixed.replace(".", ",") : fixed;
  };
  const percent = (share: number | null) => (share === null ? "" : number(share * 100, 1));
  const count = (value: number | null) => (value === null ? "" : String(value));
  const records: string[][] = [[texts.title]];
  for (const [label, value] of summaryLines(report, lang))
    records.push([label, value === null ? "" : String(value)]);
  records.push([]);
  records.push(COLUMN_KEYS.map((k) => texts.columns[k]));
  for (const d of report.dimensions) {
    const [
      name,
      key,
      n,
      mean,
      median,
      improved,
      improvedShare,
      same,
      sameShare,
      declined,
      declinedShare,
      note,
    ] = tableRow(d, lang, report.threshold, texts);
    records.push([
      name,
      key,
      count(n),
      number(mean, 2),
      number(median, 1),
      count(improved),
      percent(improvedShare),
      count(same),
      percent(sameShare),
      count(declined),
      percent(declinedShare),
      note,
    ]);
  }
  records.push([]);
  records.push([texts.notesHeading]);
  for (const note of texts.notes) records.push([withThreshold(note, report.threshold)]);
  const text = stringify(records, { delimiter: comma ? ";" : ",", bom: true, record_delimiter: "windows" });
  return Buffer.from(text, "utf8");
}

/** The report as an XLSX workbook of one sheet. */
export async function cohortXlsx(report: CohortReport, lang: Language): Promise<Buffer> {
  const texts: CohortTexts = COHORT_TEXTS[lang];
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Polku";
  const sheet = workbook.addWorksheet(texts.sheet);
  sheet.columns = [
    { width: 48 },
    { width: 20 },
    { width: 16 },
    { width: 14 },
    { width: 14 },
    { width: 12 },
    { width: 12 },
    { width: 12 },
    { width: 12 },
    { width: 12 },
    { width: 12 },
    { width: 60 },
  ];
  sheet.addRow([texts.title]).font = { bold: true, size: 14 };
  for (const [label, value] of summaryLines(report, lang)) {
    const row = sheet.addRow([label, value]);
    row.getCell(1).font = { bold: true };
  }
  sheet.addRow([]);
  const header = sheet.addRow(COLUMN_KEYS.map((k) => texts.columns[k]));
  header.font = { bold: true };
  header.alignment = { wrapText: true, vertical: "top" };
  sheet.views = [{ state: "frozen", ySplit: header.number }];
  for (const d of report.dimensions) {
    const row = sheet.addRow([...tableRow(d, lang, report.threshold, texts)]);
    row.getCell(4).numFmt = "0.00";
    row.getCell(5).numFmt = "0.0";
    for (const c of [7, 9, 11]) row.getCell(c).numFmt = "0.0 %";
    row.getCell(1).alignment = { wrapText: true, vertical: "top" };
    row.getCell(12).alignment = { wrapText: true, vertical: "top" };
  }
  sheet.addRow([]);
  sheet.addRow([texts.notesHeading]).font = { bold: true };
  for (const note of texts.notes) sheet.addRow([withThreshold(note, report.threshold)]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** The file name of a download: polku-distance-travelled-<instrument>-<day>.<ext>. */
export const cohortFileName = (report: CohortReport, ext: "csv" | "xlsx") =>
  `polku-distance-travelled-${report.filters.instrument.key.replace(/[^a-z0-9-]/gi, "")}-${todayIso()}.${ext}`;
