import type { Language } from "../access/roles";

// The words of the small-jobs documents (pay statement, invoice, payroll export) in each language.

export interface DocumentTexts {
  payStatement: string;
  employer: string;
  employee: string;
  birthDate: string;
  job: string;
  place: string;
  workDays: string;
  hours: string;
  rate: string;
  perHour: string;
  lumpSum: string;
  gross: string;
  withholding: string;
  net: string;
  paidOn: string;
  paymentReference: string;
  payStatementNote: string;
  invoice: string;
  invoiceNumber: string;
  reference: string;
  issuedOn: string;
  dueOn: string;
  billedTo: string;
  from: string;
  description: string;
  amount: string;
  vat: string;
  total: string;
  labourLine: string;
  lineKinds: Record<"materials" | "travel" | "fee", string>;
  labourNote: string;
  madeBy: string;
  page: string;
  payrollColumns: string[];
}

export const DOCUMENT_TEXTS: Record<Language, DocumentTexts> = {
  fi: {
    payStatement: "Palkkalaskelma",
    employer: "Työnantaja",
    employee: "Työntekijä",
    birthDate: "Syntymäaika",
    job: "Työ",
    place: "Paikka",
    workDays: "Työpäivät",
    hours: "Tunnit",
    rate: "Palkka",
    perHour: "{{amount}} / tunti",
    lumpSum: "{{amount}} kertakorvaus",
    gross: "Bruttopalkka",
    withholding: "Ennakonpidätys ({{percent}} %)",
    net: "Maksettu (netto)",
    paidOn: "Maksupäivä",
    paymentReference: "Maksun viite",
    payStatementNote:
      "Palkka lasketaan etuuden sovittelussa sille jaksolle, jona se on maksettu. Ilmoita palkka työttömyyskassalle tai Kelalle.",
    invoice: "Lasku",
    invoiceNumber: "Laskun numero",
    reference: "Viitenumero",
    issuedOn: "Laskun päivä",
    dueOn: "Eräpäivä",
    billedTo: "Laskutetaan",
    from: "Laskuttaja",
    description: "Selite",
    amount: "Määrä",
    vat: "ALV",
    total: "Yhteensä",
    labourLine: "Työn osuus: {{title}}",
    lineKinds: { materials: "Tarvikkeet", travel: "Matkakulut", fee: "Palvelumaksu" },
    labourNote:
      "Työn osuus {{amount}} on eritelty omaksi rivikseen kotitalousvähennystä varten (kotitalousvähennys koskee vain työn osuutta).",
    madeBy: "Tehty Polussa {{date}}",
    page: "Sivu {{page}} / {{pages}}",
    payrollColumns: [
      "Työntekijä",
      "Syntymäaika",
      "Työ",
      "Ensimmäinen työpäivä",
      "Viimeinen työpäivä",
      "Tunnit",
      "Brutto (€)",
      "Ennakonpidätys (€)",
      "Netto (€)",
      "Maksupäivä",
      "Maksun viite",
    ],
  },
  sv: {
    payStatement: "Lönespecifikation",
    employer: "Arbetsgivare",
    employee: "Arbetstagare",
    birthDate: "Födelsedatum",
    job: "Arbete",
    place: "Plats",
    workDays: "Arbetsdagar",
    hours: "Timmar",
    rate: "Lön",
    perHour: "{{amount}} / timme",
    lumpSum: "{{amount}} engångsersättning",
    gross: "Bruttolön",
    withholding: "Förskottsinnehållning ({{percent}} %)",
    net: "Utbetalt (netto)",
    paidOn: "Betalningsdag",
    paymentReference: "Betalningens referens",
    payStatementNote:
      "Vid jämkning av förmånen räknas lönen till den period då den betalades. Anmäl lönen till arbetslöshetskassan eller FPA.",
    invoice: "Faktura",
    invoiceNumber: "Fakturanummer",
    reference: "Referensnummer",
    issuedOn: "Fakturadatum",
    dueOn: "Förfallodag",
    billedTo: "Faktureras",
    from: "Fakturerare",
    description: "Beskrivning",
    amount: "Belopp",
    vat: "Moms",
    total: "Totalt",
    labourLine: "Arbetets andel: {{title}}",
    lineKinds: { materials: "Material", travel: "Resekostnader", fee: "Serviceavgift" },
    labourNote:
      "Arbetets andel {{amount}} anges på en egen rad för hushållsavdraget (hushållsavdraget gäller endast arbetets andel).",
    madeBy: "Gjord i Polku {{date}}",
    page: "Sida {{page}} / {{pages}}",
    payrollColumns: [
      "Arbetstagare",
      "Födelsedatum",
      "Arbete",
      "Första arbetsdag",
      "Sista arbetsdag",
      "Timmar",
      "Brutto (€)",
      "Förskottsinnehållning (€)",
      "Netto (€)",
      "Betalningsdag",
      "Betalningens referens",
    ],
  },
  en: {
    payStatement: "Pay statement",
    employer: "Employer",
    employee: "Employee",
    birthDate: "Date of birth",
    job: "Job",
    place: "Place",
    workDays: "Working days",
    hours: "Hours",
    rate: "Pay",
    perHour: "{{amount}} per hour",
    lumpSum: "{{amount}} lump sum",
    gross: "Gross pay",
    withholding: "Tax withheld ({{percent}} %)",
    net: "Paid (net)",
    paidOn: "Paid on",
    paymentReference: "Payment reference",
    payStatementNote:
      "In the adjustment of a benefit, pay counts in the period in which it was paid. Report the pay to your unemployment fund or Kela.",
    invoice: "Invoice",
    invoiceNumber: "Invoice number",
    reference: "Reference number",
    issuedOn: "Invoice date",
    dueOn: "Due date",
    billedTo: "Bill to",
    from: "From",
    description: "Description",
    amount: "Amount",
    vat: "VAT",
    total: "Total",
    labourLine: "Labour: {{title}}",
    lineKinds: { materials: "Materials", travel: "Travel", fee: "Service fee" },
    labourNote:
      "The labour share {{amount}} is on a line of its own for the household tax credit (kotitalousvähennys), which covers labour only.",
    madeBy: "Made in Polku on {{date}}",
    page: "Page {{page}} of {{pages}}",
    payrollColumns: [
      "Employee",
      "Date of birth",
      "Job",
      "First working day",
      "Last working day",
      "Hours",
      "Gross (€)",
      "Tax withheld (€)",
      "Net (€)",
      "Paid on",
      "Payment reference",
    ],
  },
};

/** Fills {{name}} placeholders. */
export const fillText = (text: string, params: Record<string, string | number>) =>
  text.replace(/\{\{(\w+)\}\}/g, (_, k: string) => String(params[k] ?? ""));

/** Cents as a plain decimal for a spreadsheet: "1234,56" (fi, sv) or "1234.56" (en). No floats. */
export function decimalCents(cents: number, lang: Language): string {
  const sign = cents < 0 ? "-" : "";
  const abs = Math.abs(cents);
  const whole = Math.floor(abs / 100);
  const frac = String(abs % 100).padStart(2, "0");
  return `${sign}${whole}${lang === "en" ? "." : ","}${frac}`;
}

/** Cents as people read money: "1 234,56 €" (fi, sv) or "€1,234.56" (en). */
export function euros(cents: number, lang: Language): string {
  const sign = cents < 0 ? "-" : "";
  const abs = Math.abs(cents);
  const whole = String(Math.floor(abs / 100));
  const frac = String(abs % 100).padStart(2, "0");
  const group = lang === "en" ? "," : "\u00a0";
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, group);
  return lang === "en" ? `${sign}€${grouped}.${frac}` : `${sign}${grouped},${frac}\u00a0€`;
}

/** Basis points as a per cent: 1 550 → "15,5" (fi, sv) or "15.5" (en). */
export function percentOf(basisPoints: number, lang: Language): string {
  const whole = Math.floor(basisPoints / 100);
  const frac = String(basisPoints % 100)
    .padStart(2, "0")
    .replace(/0+$/, "");
  return frac === "" ? String(whole) : `${whole}${lang === "en" ? "." : ","}${frac}`;
}
