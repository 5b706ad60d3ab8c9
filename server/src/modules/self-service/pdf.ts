import { createRequire } from "node:module";
import path from "node:path";
import { TZDate } from "@date-fns/tz";
import { format, parseISO } from "date-fns";
import { TIME_ZONE } from "../../lib/dates";
import type { Language } from "../access/roles";
import { SELF_ASSESSMENT_EXPORT_TEXTS } from "../self-assessment/export";
import type { MyExport } from "./api";
import { EXPORT_TEXTS, type ExportTexts, fill } from "./export-texts";
import {
  BARRIER_AREA_LABELS,
  BARRIER_LEVEL_LABELS,
  CONSENT_METHOD_LABELS,
  CONSENT_PURPOSE_LABELS,
  CONTACT_KIND_LABELS,
  EVENT_KIND_LABELS,
  GOAL_STATUS_LABELS,
  OUTCOME_LABELS,
  SCOPE_LABELS,
  STAGE_EXPLANATIONS,
  STAGE_LABELS,
  STEP_KIND_LABELS,
  STEP_STATUS_LABELS,
} from "./labels";

// The participant's data as a readable PDF, made on the server with pdfmake 0.3 (its Node API, with
// the Roboto fonts it ships: they cover Finnish, Swedish and Sámi letters). No network: remote
// resources are refused and only the font folder may be read.

type Margin = [number, number, number, number];
interface TextNode {
  text: string | (string | TextNode)[];
  style?: string | string[];
  bold?: boolean;
  color?: string;
  margin?: Margin;
  alignment?: "left" | "center" | "right";
}
interface StackNode {
  stack: PdfNode[];
  margin?: Margin;
}
interface ListNode {
  ul: PdfNode[];
  margin?: Margin;
}
interface TableNode {
  table: { headerRows?: number; widths: (number | string)[]; body: PdfNode[][]; dontBreakRows?: boolean };
  layout?: string;
  margin?: Margin;
}
export type PdfNode = string | TextNode | StackNode | ListNode | TableNode;

export interface DocDefinition {
  info: { title: string; subject?: string; creator?: string };
  language: string;
  displayTitle: boolean;
  compress?: boolean;
  pageSize: "A4";
  pageMargins: Margin;
  content: PdfNode[];
  styles: Record<string, { fontSize?: number; bold?: boolean; margin?: Margin; color?: string }>;
  defaultStyle: { font: string; fontSize: number; lineHeight: number };
  footer: (page: number, pages: number) => PdfNode;
}

/** The part of pdfmake's Node API that Polku uses (the package has no type declarations). */
interface PdfMake {
  setFonts(fonts: Record<string, Record<"normal" | "bold" | "italics" | "bolditalics", string>>): void;
  setUrlAccessPolicy(allow: (url: string) => boolean): void;
  setLocalAccessPolicy(allow: (file: string) => boolean): void;
  createPdf(doc: DocDefinition): { getBuffer(): Promise<Buffer> };
}

let loaded: PdfMake | null = null;

/** pdfmake, loaded on first use (it is only needed for this download) and fenced off from the network. */
export function pdfmake(): PdfMake {
  if (loaded) return loaded;
  const require = createRequire(import.meta.url);
  const instance = require("pdfmake") as PdfMake;
  const fonts = require("pdfmake/fonts/Roboto.js") as { Roboto: Record<string, string> };
  const fontDir = path.dirname(require.resolve("pdfmake/fonts/Roboto.js"));
  const roboto = fonts.Roboto;
  instance.setFonts({
    Roboto: {
      normal: roboto.normal ?? "",
      bold: roboto.bold ?? "",
      italics: roboto.italics ?? "",
      bolditalics: roboto.bolditalics ?? "",
    },
  });
  instance.setUrlAccessPolicy(() => false);
  instance.setLocalAccessPolicy((file) => path.resolve(file).startsWith(fontDir + path.sep));
  loaded = instance;
  return instance;
}

const LOCALE_TAG: Record<Language, string> = { fi: "fi-FI", sv: "sv-FI", en: "en-GB" };

/** A calendar date as people in Finland write it (1.2.2026); in English "1 Feb 2026". */
export function formatDay(date: string | null, lang: Language): string {
  if (!date) return "–";
  return format(parseISO(date), lang === "en" ? "d MMM yyyy" : "d.M.yyyy");
}

/** An instant in Finnish time: "1.2.2026 klo 14.05", "1.2.2026 kl. 14.05", "1 Feb 2026 14:05". */
export function formatMoment(instant: string, lang: Language): string {
  const local = new TZDate(new Date(instant).getTime(), TIME_ZONE);
  switch (lang) {
    case "fi":
      return format(local, "d.M.yyyy 'klo' H.mm");
    case "sv":
      return format(local, "d.M.yyyy 'kl.' H.mm");
    case "en":
      return format(local, "d MMM yyyy HH:mm");
  }
}

/** Language codes (fi, se, so…) as names in the reader's language. */
function languageNames(codes: string[], lang: Language): string {
  const names = new Intl.DisplayNames([LOCALE_TAG[lang]], { type: "language" });
  return codes
    .map((code) => {
      try {
        return names.of(code) ?? code;
      } catch {
        return code;
      }
    })
    .join(", ");
}

const h2 = (text: string): TextNode => ({ text, style: "h2" });
const h3 = (text: string): TextNode => ({ text, style: "h3" });
const para = (text: string): TextNode => ({ text, margin: [0, 0, 0, 6] });
const muted = (text: string): TextNode => ({ text, style: "muted" });

/** Label–value rows as a borderless two-column table; empty values are left out. */
function facts(rows: [string, string | null | undefined][]): PdfNode {
  const body = rows
    .filter((r): r is [string, string] => typeof r[1] === "string" && r[1].trim() !== "")
    .map(([label, value]): PdfNode[] => [{ text: label, bold: true }, value]);
  if (body.length === 0) return "";
  return {
    table: { widths: [150, "*"], body, dontBreakRows: true },
    layout: "noBorders",
    margin: [0, 0, 0, 8],
  };
}

function funderFacts(data: Record<string, unknown> | null, t: ExportTexts): PdfNode {
  if (!data) return "";
  return facts(
    Object.entries(data).map(([field, value]) => [
      t.funderFields[field] ?? field,
      typeof value === "boolean"
        ? value
          ? t.labels.yes
          : t.labels.no
        : typeof value === "string"
          ? (t.funderValues[value] ?? value)
          : String(value),
    ]),
  );
}

function section(heading: string, items: PdfNode[], t: ExportTexts): PdfNode[] {
  return [h2(heading), ...(items.length > 0 ? items : [muted(t.labels.nothing)])];
}

/** The document definition: what the PDF says, in the participant's language. */
export function exportDocument(data: MyExport, lang: Language): DocDefinition {
  const t = EXPORT_TEXTS[lang];
  const l = t.labels;
  const day = (d: string | null) => formatDay(d, lang);
  const p = data.participant;

  const consents = data.consents.map(
    (c): PdfNode => ({
      stack: [
        h3(CONSENT_PURPOSE_LABELS[lang][c.purpose]),
        facts([
          [l.sharedWith, c.organisationName],
          [l.scopes, c.scopes.map((s) => SCOPE_LABELS[lang][s]).join(", ")],
          [l.givenOn, day(c.givenOn)],
          [l.method, CONSENT_METHOD_LABELS[lang][c.method]],
          [l.withdrawnOn, c.withdrawnOn ? day(c.withdrawnOn) : null],
          [l.inForce, c.inForce ? l.yes : l.no],
        ]),
      ],
    }),
  );

  const enrolments = data.enrolments.map(
    (e): PdfNode => ({
      stack: [
        h3(e.projectName),
        facts([
          [l.coach, e.coachName],
          [l.entryDate, day(e.entryDate)],
          [l.exitDate, e.exitDate ? day(e.exitDate) : null],
          [l.outcome, e.outcome ? OUTCOME_LABELS[lang][e.outcome] : null],
          [l.followUp, e.followUpOn ? day(e.followUpOn) : null],
        ]),
        funderFacts(e.exitData, t),
        funderFacts(e.followUpData, t),
      ],
    }),
  );

  const assessments = data.assessments.map(
    (a): PdfNode => ({
      stack: [
        h3(day(a.assessedOn)),
        facts([
          [l.situation, a.situation],
          [l.strengths, a.strengths],
          [l.wishes, a.wishes],
          ...a.barriers.map((b): [string, string] => [
            BARRIER_AREA_LABELS[lang][b.area],
            [BARRIER_LEVEL_LABELS[lang][b.level] ?? String(b.level), b.note].filter(Boolean).join(". "),
          ]),
          [l.author, [a.authorName, a.organisationName].filter(Boolean).join(", ")],
        ]),
      ],
    }),
  );

  const plan: PdfNode[] = data.plan
    ? [
        facts([
          [l.summary, data.plan.summary],
          [l.agreedOn, data.plan.agreedOn ? day(data.plan.agreedOn) : null],
          [l.nextReviewOn, data.plan.nextReviewOn ? day(data.plan.nextReviewOn) : null],
        ]),
        h3(t.headings.goals),
        ...data.plan.goals.map(
          (g): PdfNode => ({
            stack: [
              { text: g.title, bold: true },
              facts([
                ["", g.description],
                [l.status, GOAL_STATUS_LABELS[lang][g.status]],
                [l.targetDate, g.targetDate ? day(g.targetDate) : null],
                ...g.reviews.map((r): [string, string] => [
                  `${l.review} ${day(r.reviewedOn)}`,
                  [GOAL_STATUS_LABELS[lang][r.status], r.note].filter(Boolean).join(". "),
                ]),
              ]),
            ],
            margin: [0, 4, 0, 4],
          }),
        ),
      ]
    : [];

  const steps = data.steps.map(
    (s): PdfNode => ({
      stack: [
        h3([STEP_KIND_LABELS[lang][s.kind], s.title].filter(Boolean).join(": ")),
        facts([
          [l.provider, s.provider],
          [l.dates, `${day(s.startsOn)} – ${s.endsOn ? day(s.endsOn) : ""}`.trim()],
          [
            l.timing,
            s.daysPerWeek !== null || s.hoursPerDay !== null
              ? fill(l.daysAndHours, { days: s.daysPerWeek ?? "–", hours: s.hoursPerDay ?? "–" })
              : null,
          ],
          [l.status, STEP_STATUS_LABELS[lang][s.status]],
          [l.reason, s.interruptionReason],
        ]),
      ],
    }),
  );

  const current = data.stages[0];
  const stages: PdfNode[] = current
    ? [
        { text: [`${l.currentStage}: `, { text: STAGE_LABELS[lang][current.stage], bold: true }] },
        para(STAGE_EXPLANATIONS[lang][current.stage]),
        {
          ul: data.stages.map((s) => `${day(s.changedOn)}: ${STAGE_LABELS[lang][s.stage]}`),
          margin: [0, 0, 0, 8],
        },
      ]
    : [];

  const messages = data.messages.map(
    (m): PdfNode => ({
      stack: [
        h3(`${formatMoment(m.happenedAt, lang)} · ${CONTACT_KIND_LABELS[lang][m.kind]}`),
        muted(`${m.authorFirstName}, ${m.organisationName}`),
        para(m.note),
      ],
    }),
  );

  const table = (header: string[], widths: (number | string)[], rows: string[][]): PdfNode => ({
    table: {
      headerRows: 1,
      widths,
      body: [header.map((h) => ({ text: h, bold: true })), ...rows],
      dontBreakRows: true,
    },
    layout: "lightHorizontalLines",
    margin: [0, 0, 0, 8],
  });

  const sa = SELF_ASSESSMENT_EXPORT_TEXTS[lang];
  const selfAssessments = data.selfAssessments.map(
    (a): PdfNode => ({
      stack: [
        h3(`${day(a.answeredOn)} · ${a.instrumentName}`),
        muted([sa.modes[a.mode], a.externalTool].filter(Boolean).join(": ")),
        table(
          [sa.question, sa.score],
          ["*", 80],
          a.scores.map((s) => [s.question, s.score === null ? sa.skipped : String(s.score)]),
        ),
      ],
    }),
  );

  const events =
    data.events.length > 0
      ? [
          table(
            [l.when, l.what],
            [110, "*"],
            data.events.map((e) => [formatMoment(e.at, lang), EVENT_KIND_LABELS[lang][e.kind]]),
          ),
        ]
      : [];

  const reads =
    data.accessLog.length > 0
      ? [
          table(
            [l.when, l.who, l.what],
            [95, 150, "*"],
            data.accessLog.map((a) => [
              formatMoment(a.at, lang),
              a.you ? l.you : [a.readerName ?? "–", ...a.readerOrganisations].join(", "),
              a.purposeText,
            ]),
          ),
        ]
      : [];

  return {
    info: { title: t.title, subject: `${p.firstName} ${p.lastName}`, creator: "Polku" },
    language: LOCALE_TAG[lang],
    displayTitle: true,
    pageSize: "A4",
    pageMargins: [50, 50, 50, 60],
    content: [
      { text: t.title, style: "h1" },
      muted(fill(t.madeOn, { date: formatMoment(data.exportedAt, lang) })),
      para(t.intro),
      ...section(
        t.headings.basic,
        [
          facts([
            [l.name, `${p.firstName} ${p.lastName}`],
            [l.birthDate, day(p.birthDate)],
            [l.identityCode, p.identityCode],
            [l.phone, p.phone],
            [l.email, p.email],
            [l.address, [p.address, p.postalCode].filter(Boolean).join(", ")],
            [l.municipality, p.municipality],
            [l.village, p.village],
            [l.languages, languageNames(p.languages, lang)],
            [l.keeper, p.organisationName],
            [l.registeredAt, formatMoment(p.registeredAt, lang)],
          ]),
        ],
        t,
      ),
      ...(Object.keys(p.entryData).length > 0
        ? [h3(t.headings.funderData), funderFacts(p.entryData, t)]
        : []),
      ...section(t.headings.consents, consents, t),
      ...section(t.headings.enrolments, enrolments, t),
      ...section(t.headings.stages, stages, t),
      ...section(t.headings.plan, plan, t),
      ...section(t.headings.steps, steps, t),
      ...section(t.headings.messages, messages, t),
      ...section(t.headings.assessments, assessments, t),
      ...section(sa.heading, selfAssessments, t),
      ...section(t.headings.events, events, t),
      ...section(t.headings.accessLog, reads, t),
      h2(t.headings.notIncluded),
      { ul: data.about.notIncluded, margin: [0, 0, 0, 8] },
      para(data.about.howToAsk),
    ],
    styles: {
      h1: { fontSize: 20, bold: true, margin: [0, 0, 0, 6] },
      h2: { fontSize: 15, bold: true, margin: [0, 16, 0, 6], color: "#003479" },
      h3: { fontSize: 12, bold: true, margin: [0, 8, 0, 4] },
      muted: { color: "#5f686d", margin: [0, 0, 0, 6] },
    },
    defaultStyle: { font: "Roboto", fontSize: 11, lineHeight: 1.25 },
    footer: (page, pages) => ({
      text: fill(l.pageOf, { page, pages }),
      alignment: "center",
      style: "muted",
      margin: [0, 20, 0, 0],
    }),
  };
}

/** The export as a PDF file. */
export async function renderExportPdf(data: MyExport, lang: Language): Promise<Buffer> {
  return pdfmake().createPdf(exportDocument(data, lang)).getBuffer();
}
