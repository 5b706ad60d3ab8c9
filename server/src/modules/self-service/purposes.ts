import type { Language } from "../access/roles";

// Access-log purposes in plain words (selkokieli), for the participant's view of who read their data.

/**
 * Access-log purposes in plain words. The keys are the purposes the reading routes record; a purpose
 * not listed here is matched by a word in it, and at worst shown as a general "handled your data".
 */
const PURPOSES: Record<string, Record<Language, string>> = {
  "own data": {
    fi: "Katsoit omia tietojasi",
    sv: "Du tittade på dina egna uppgifter",
    en: "You looked at your own data",
  },
  "own data export": {
    fi: "Latasit omat tietosi tiedostona",
    sv: "Du laddade ner dina uppgifter som fil",
    en: "You downloaded your data as a file",
  },
  "own access log": {
    fi: "Katsoit, kuka on katsonut tietojasi",
    sv: "Du tittade på vem som har tittat på dina uppgifter",
    en: "You looked at who has looked at your data",
  },
  "participant record": {
    fi: "Katsoi perustietojasi",
    sv: "Tittade på dina grunduppgifter",
    en: "Looked at your basic data",
  },
  "participant search": {
    fi: "Haki henkilöä, ja sinä olit tuloksissa",
    sv: "Sökte en person, och du fanns bland resultaten",
    en: "Searched for a person, and you were in the results",
  },
  "duplicate check": {
    fi: "Tarkisti, onko sinut jo kirjattu",
    sv: "Kontrollerade om du redan fanns i Polku",
    en: "Checked if you were already in Polku",
  },
  registration: {
    fi: "Kirjasi tietosi Polkuun",
    sv: "Förde in dina uppgifter i Polku",
    en: "Entered your data in Polku",
  },
  "participant update": {
    fi: "Muutti perustietojasi",
    sv: "Ändrade dina grunduppgifter",
    en: "Changed your basic data",
  },
  consents: {
    fi: "Katsoi suostumuksiasi",
    sv: "Tittade på dina samtycken",
    en: "Looked at your consents",
  },
  "consent recorded": {
    fi: "Kirjasi suostumuksesi",
    sv: "Förde in ditt samtycke",
    en: "Recorded your consent",
  },
  "consent withdrawn": {
    fi: "Kirjasi, että perut suostumuksen",
    sv: "Förde in att du tog tillbaka ett samtycke",
    en: "Recorded that you took back a consent",
  },
  assessments: {
    fi: "Katsoi alkukartoitustasi",
    sv: "Tittade på din kartläggning",
    en: "Looked at your initial assessment",
  },
  "assessment recorded": {
    fi: "Kirjasi alkukartoituksen",
    sv: "Förde in en kartläggning",
    en: "Wrote down an initial assessment",
  },
  "assessment changed": {
    fi: "Muutti alkukartoitusta",
    sv: "Ändrade kartläggningen",
    en: "Changed the initial assessment",
  },
  plan: {
    fi: "Katsoi suunnitelmaasi",
    sv: "Tittade på din plan",
    en: "Looked at your plan",
  },
  "plan saved": {
    fi: "Tallensi suunnitelmasi",
    sv: "Sparade din plan",
    en: "Saved your plan",
  },
  "goal reviewed": {
    fi: "Arvioi tavoitettasi",
    sv: "Gick igenom ett av dina mål",
    en: "Reviewed one of your goals",
  },
  stages: {
    fi: "Katsoi vaihettasi",
    sv: "Tittade på ditt skede",
    en: "Looked at your stage",
  },
  "stage changed": {
    fi: "Muutti vaihettasi",
    sv: "Ändrade ditt skede",
    en: "Changed your stage",
  },
  "contacts and notes": {
    fi: "Katsoi tapaamisia ja muistiinpanoja",
    sv: "Tittade på möten och anteckningar",
    en: "Looked at meetings and notes",
  },
  "contact recorded": {
    fi: "Kirjasi tapaamisen tai viestin",
    sv: "Förde in ett möte eller en anteckning",
    en: "Wrote down a meeting or a note",
  },
  timeline: {
    fi: "Katsoi, mitä polullasi on tapahtunut",
    sv: "Tittade på vad som har hänt på din väg",
    en: "Looked at what has happened on your pathway",
  },
  steps: {
    fi: "Katsoi askeleitasi",
    sv: "Tittade på dina steg",
    en: "Looked at your steps",
  },
  "step added": {
    fi: "Lisäsi askeleen",
    sv: "Lade till ett steg",
    en: "Added a step",
  },
  "step check": {
    fi: "Tarkisti, että askel sopii lain rajoihin",
    sv: "Kontrollerade att ett steg håller sig inom lagens gränser",
    en: "Checked a step against the limits in law",
  },
  "step changed": {
    fi: "Muutti askelta",
    sv: "Ändrade ett steg",
    en: "Changed a step",
  },
  enrolments: {
    fi: "Katsoi hanketietojasi",
    sv: "Tittade på dina projektuppgifter",
    en: "Looked at your project data",
  },
  enrolment: {
    fi: "Kirjasi sinut hankkeeseen",
    sv: "Skrev in dig i ett projekt",
    en: "Enrolled you in a project",
  },
  "coach changed": {
    fi: "Vaihtoi valmentajasi",
    sv: "Bytte din coach",
    en: "Changed your coach",
  },
  exit: {
    fi: "Kirjasi, että hanke päättyi sinun osaltasi",
    sv: "Förde in att projektet slutade för din del",
    en: "Recorded that the project ended for you",
  },
  "follow-up": {
    fi: "Kirjasi seurannan puolen vuoden päästä",
    sv: "Förde in uppföljningen efter ett halvår",
    en: "Recorded the follow-up after six months",
  },
  caseload: {
    fi: "Näki nimesi asiakaslistallaan",
    sv: "Såg ditt namn på sin klientlista",
    en: "Saw your name on their client list",
  },
  "funder reporting": {
    fi: "Katsoi tietoja rahoittajan tilastoa varten",
    sv: "Tittade på uppgifter för finansiärens statistik",
    en: "Looked at data for the funder's statistics",
  },
  "participant account opened": {
    fi: "Avasi sinulle tunnukset Polkuun",
    sv: "Öppnade ett konto i Polku åt dig",
    en: "Opened your Polku account",
  },
};

/** Words that say what a purpose is about, for purposes not listed above (first match wins). */
const PURPOSE_WORDS: [RegExp, Record<Language, string>][] = [
  [
    /assessment/,
    { fi: "Katsoi arviointiasi", sv: "Tittade på din bedömning", en: "Looked at your assessment" },
  ],
  [/goal|plan/, { fi: "Katsoi suunnitelmaasi", sv: "Tittade på din plan", en: "Looked at your plan" }],
  [/step/, { fi: "Katsoi askeleitasi", sv: "Tittade på dina steg", en: "Looked at your steps" }],
  [/stage/, { fi: "Katsoi vaihettasi", sv: "Tittade på ditt skede", en: "Looked at your stage" }],
  [
    /contact|note|meeting/,
    {
      fi: "Katsoi tapaamisia ja muistiinpanoja",
      sv: "Tittade på möten och anteckningar",
      en: "Looked at meetings and notes",
    },
  ],
  [
    /timeline|history|event/,
    { fi: "Katsoi polkusi vaiheita", sv: "Tittade på din historik", en: "Looked at your history" },
  ],
  [
    /enrol|exit|follow/,
    {
      fi: "Katsoi hanketietojasi",
      sv: "Tittade på dina projektuppgifter",
      en: "Looked at your project data",
    },
  ],
  [
    /funder|report/,
    {
      fi: "Katsoi tietoja rahoittajan tilastoa varten",
      sv: "Tittade på uppgifter för finansiärens statistik",
      en: "Looked at data for the funder's statistics",
    },
  ],
  [
    /caseload|list/,
    {
      fi: "Näki nimesi asiakaslistalla",
      sv: "Såg ditt namn på en klientlista",
      en: "Saw your name on a client list",
    },
  ],
  [
    /consent/,
    { fi: "Katsoi suostumuksiasi", sv: "Tittade på dina samtycken", en: "Looked at your consents" },
  ],
];

const ANY_PURPOSE: Record<Language, string> = {
  fi: "Käsitteli tietojasi",
  sv: "Behandlade dina uppgifter",
  en: "Handled your data",
};

/** The purpose of a read, in plain words. */
export function purposeText(lang: Language, purpose: string): string {
  const exact = PURPOSES[purpose];
  if (exact) return exact[lang];
  const lower = purpose.toLowerCase();
  const byWord = PURPOSE_WORDS.find(([pattern]) => pattern.test(lower));
  return (byWord?.[1] ?? ANY_PURPOSE)[lang];
}
