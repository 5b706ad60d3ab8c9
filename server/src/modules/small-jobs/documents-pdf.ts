import { todayIso } from "../../lib/dates";
import type { Language } from "../access/roles";
import { type DocDefinition, formatDay, type PdfNode, pdfmake } from "../self-service/pdf";
import { DOCUMENT_TEXTS, euros, fillText, percentOf } from "./documents-texts";
import { basisPointsOf } from "./money";
import type { InvoiceLine } from "./schema";

// The small-jobs documents as PDF (pdfmake, set up in self-service/pdf.ts: local fonts, no network).

/** What a pay statement shows (palkkalaskelma). */
export interface PayStatementData {
  employerName: string;
  workerName: string;
  jobTitle: string;
  village: string;
  workedFrom: string | null;
  workedTo: string | null;
  minutes: number | null;
  payType: "hourly" | "lump_sum";
  payCents: number;
  grossCents: number;
  withholdingBasisPoints: number;
  withholdingCents: number;
  paidOn: string;
  paymentReference: string | null;
}

/** What an invoice shows. */
export interface InvoiceData {
  number: number;
  reference: string;
  issuedOn: string;
  dueOn: string;
  sellerName: string;
  sellerBusinessId: string | null;
  buyerName: string;
  buyerAddress: string | null;
  jobTitle: string;
  lines: InvoiceLine[];
  labourCents: number;
  totalCents: number;
}

/** Minutes as hours to two decimals, by integers: 270 → "4,50 h". */
export function hoursText(minutes: number, lang: Language): string {
  const hundredths = Math.floor((minutes * 100 * 2 + 60) / 120);
  const whole = Math.floor(hundredths / 100);
  const frac = String(hundredths % 100).padStart(2, "0");
  return `${whole}${lang === "en" ? "." : ","}${frac} h`;
}

function facts(rows: [string, string | null][]): PdfNode {
  return {
    table: {
      widths: [170, "*"],
      body: rows
        .filter((r): r is [string, string] => r[1] !== null && r[1] !== "")
        .map(([label, value]): PdfNode[] => [{ text: label, bold: true }, value]),
      dontBreakRows: true,
    },
    layout: "noBorders",
    margin: [0, 0, 0, 10],
  };
}

function document(title: string, lang: Language, content: PdfNode[]): DocDefinition {
  const t = DOCUMENT_TEXTS[lang];
  return {
    info: { title, creator: "Polku" },
    language: lang,
    displayTitle: true,
    pageSize: "A4",
    pageMargins: [50, 50, 50, 60],
    content: [
      { text: title, style: "h1" },
      ...content,
      {
        text: fillText(t.madeBy, { date: formatDay(todayIso(), lang) }),
        style: "muted",
        margin: [0, 16, 0, 0],
      },
    ],
    styles: {
      h1: { fontSize: 20, bold: true, margin: [0, 0, 0, 14] },
      muted: { color: "#555555", fontSize: 9 },
    },
    defaultStyle: { font: "Roboto", fontSize: 10.5, lineHeight: 1.25 },
    footer: (page, pages) => ({
      text: fillText(t.page, { page, pages }),
      alignment: "center",
      style: "muted",
    }),
  };
}

/** A pay statement in the reader's language. */
export async function renderPayStatement(d: PayStatementData, lang: Language): Promise<Buffer> {
  const t = DOCUMENT_TEXTS[lang];
  const money = (c: number) => euros(c, lang);
  const days =
    d.workedFrom && d.workedTo
      ? d.workedFrom === d.workedTo
        ? formatDay(d.workedFrom, lang)
        : `${formatDay(d.workedFrom, lang)} – ${formatDay(d.workedTo, lang)}`
      : null;
  const rate =
    d.payType === "hourly"
      ? fillText(t.perHour, { amount: money(d.payCents) })
      : fillText(t.lumpSum, { amount: money(d.payCents) });
  const doc = document(t.payStatement, lang, [
    facts([
      [t.employer, d.employerName],
      [t.employee, d.workerName],
      [t.job, d.jobTitle],
      [t.place, d.village],
      [t.workDays, days],
      [t.hours, d.minutes === null ? null : hoursText(d.minutes, lang)],
      [t.rate, rate],
    ]),
    facts([
      [t.gross, money(d.grossCents)],
      [
        fillText(t.withholding, { percent: percentOf(d.withholdingBasisPoints, lang) }),
        `− ${money(d.withholdingCents)}`,
      ],
      [t.net, money(d.grossCents - d.withholdingCents)],
      [t.paidOn, formatDay(d.paidOn, lang)],
      [t.paymentReference, d.paymentReference],
    ]),
    { text: t.payStatementNote, style: "muted" },
  ]);
  return pdfmake().createPdf(doc).getBuffer();
}

/** An invoice in the reader's language; labour on its own line, with the household-credit note. */
export async function renderInvoice(d: InvoiceData, lang: Language): Promise<Buffer> {
  const t = DOCUMENT_TEXTS[lang];
  const money = (c: number) => euros(c, lang);
  const header: PdfNode[] = [t.description, t.amount, t.vat, t.total].map((text) => ({ text, bold: true }));
  const rows = d.lines.map((line): PdfNode[] => {
    const vat = basisPointsOf(line.amountCents, line.vatBasisPoints);
    return [
      line.description,
      { text: money(line.amountCents), alignment: "right" },
      { text: `${percentOf(line.vatBasisPoints, lang)} % · ${money(vat)}`, alignment: "right" },
      { text: money(line.amountCents + vat), alignment: "right" },
    ];
  });
  const doc = document(`${t.invoice} ${d.number}`, lang, [
    facts([
      [t.from, [d.sellerName, d.sellerBusinessId].filter(Boolean).join(", ")],
      [t.billedTo, [d.buyerName, d.buyerAddress].filter(Boolean).join(", ")],
      [t.job, d.jobTitle],
      [t.invoiceNumber, String(d.number)],
      [t.issuedOn, formatDay(d.issuedOn, lang)],
      [t.dueOn, formatDay(d.dueOn, lang)],
      [t.reference, d.reference],
    ]),
    {
      table: {
        headerRows: 1,
        widths: ["*", 80, 100, 80],
        body: [
          header,
          ...rows,
          [
            { text: t.total, bold: true },
            "",
            "",
            { text: money(d.totalCents), bold: true, alignment: "right" },
          ],
        ],
      },
      layout: "lightHorizontalLines",
      margin: [0, 0, 0, 10],
    },
    { text: fillText(t.labourNote, { amount: money(d.labourCents) }), style: "muted" },
  ]);
  return pdfmake().createPdf(doc).getBuffer();
}
