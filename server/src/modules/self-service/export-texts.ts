import type { Language } from "../access/roles";

// The words of the participant's data file and PDF, in plain language (selkokieli), per language.

export interface ExportTexts {
  title: string;
  madeOn: string;
  intro: string;
  included: string;
  notIncluded: string[];
  howToAsk: string;
  headings: {
    basic: string;
    funderData: string;
    consents: string;
    enrolments: string;
    assessments: string;
    plan: string;
    goals: string;
    steps: string;
    stages: string;
    messages: string;
    events: string;
    accessLog: string;
    notIncluded: string;
  };
  labels: {
    name: string;
    birthDate: string;
    identityCode: string;
    phone: string;
    email: string;
    address: string;
    municipality: string;
    village: string;
    languages: string;
    preferredLanguage: string;
    keeper: string;
    registeredAt: string;
    project: string;
    coach: string;
    entryDate: string;
    exitDate: string;
    outcome: string;
    followUp: string;
    sharedWith: string;
    scopes: string;
    method: string;
    givenOn: string;
    withdrawnOn: string;
    inForce: string;
    summary: string;
    agreedOn: string;
    nextReviewOn: string;
    targetDate: string;
    status: string;
    review: string;
    provider: string;
    dates: string;
    timing: string;
    daysAndHours: string;
    reason: string;
    situation: string;
    strengths: string;
    wishes: string;
    author: string;
    when: string;
    who: string;
    what: string;
    you: string;
    currentStage: string;
    nothing: string;
    yes: string;
    no: string;
    pageOf: string;
  };
  /** Names of the funder's data fields (entry, exit, six months). */
  funderFields: Record<string, string>;
  /** Names of the funder's coded values. */
  funderValues: Record<string, string>;
}

const fi: ExportTexts = {
  title: "Omat tietoni Polussa",
  madeOn: "Tiedosto on tehty {{date}}.",
  intro:
    "Tässä ovat tiedot, jotka Polussa on sinusta. Tiedot ovat sinun. Jos jokin tieto on väärin, kerro valmentajallesi. Hän korjaa sen.",
  included:
    "Tiedostossa ovat perustietosi, henkilötunnuksesi, suostumuksesi, hankkeet, alkukartoitukset, suunnitelma ja tavoitteet, askeleet, vaiheet, sinulle jaetut viestit, polkusi tapahtumat ja tieto siitä, kuka on katsonut tietojasi ja milloin.",
  notIncluded: [
    "Työntekijöiden omat muistiinpanot, joita ei ole jaettu sinulle. Ne ovat organisaation työmuistiinpanoja.",
    "Työntekijöiden muistiinpanot siitä, miksi vaiheesi vaihtui.",
    "Tekninen muutosloki: kuka muutti mitäkin tietoa ja milloin.",
  ],
  howToAsk:
    "Sinulla on oikeus saada myös nämä tiedot (EU:n tietosuoja-asetus, artikla 15, ja laki asiakastietojen käsittelystä sosiaali- ja terveydenhuollossa 703/2023). Pyydä niitä organisaatiolta, joka pitää tietojasi: {{organisation}}.",
  headings: {
    basic: "Perustiedot",
    funderData: "Tiedot rahoittajan tilastoa varten",
    consents: "Suostumukset",
    enrolments: "Hankkeet",
    assessments: "Alkukartoitus",
    plan: "Suunnitelma",
    goals: "Tavoitteet",
    steps: "Askeleet",
    stages: "Vaiheet",
    messages: "Viestit valmentajalta",
    events: "Mitä on tapahtunut",
    accessLog: "Kuka on katsonut tietojasi",
    notIncluded: "Mitä tässä ei ole",
  },
  labels: {
    name: "Nimi",
    birthDate: "Syntymäaika",
    identityCode: "Henkilötunnus",
    phone: "Puhelin",
    email: "Sähköposti",
    address: "Osoite",
    municipality: "Kunta",
    village: "Kylä tai kaupunginosa",
    languages: "Kielet",
    preferredLanguage: "Asiointikieli",
    keeper: "Tietojasi pitää",
    registeredAt: "Kirjattu Polkuun",
    project: "Hanke",
    coach: "Valmentaja",
    entryDate: "Aloitit",
    exitDate: "Lopetit",
    outcome: "Mihin jatkoit",
    followUp: "Seuranta",
    sharedWith: "Kenelle",
    scopes: "Mitä tietoja",
    method: "Miten annettu",
    givenOn: "Annettu",
    withdrawnOn: "Peruttu",
    inForce: "Voimassa",
    summary: "Yhteenveto",
    agreedOn: "Sovittu",
    nextReviewOn: "Seuraava tarkistus",
    targetDate: "Tavoitepäivä",
    status: "Tilanne",
    review: "Arvio",
    provider: "Missä",
    dates: "Milloin",
    timing: "Aikataulu",
    daysAndHours: "{{days}} päivää viikossa, {{hours}} tuntia päivässä",
    reason: "Syy",
    situation: "Tilanne",
    strengths: "Vahvuudet",
    wishes: "Toiveet",
    author: "Kirjoittaja",
    when: "Milloin",
    who: "Kuka",
    what: "Mitä",
    you: "Sinä",
    currentStage: "Olet nyt tässä vaiheessa",
    nothing: "Ei tietoja.",
    yes: "Kyllä",
    no: "Ei",
    pageOf: "Sivu {{page}} / {{pages}}",
  },
  funderFields: {
    gender: "Sukupuoli",
    labourMarketStatus: "Tilanne työelämässä",
    unemploymentMonths: "Työttömänä kuukausia",
    educationIsced: "Koulutustaso (ISCED)",
    foreignBackground: "Ulkomaalaistausta",
    thirdCountryNational: "EU:n ulkopuolisen maan kansalainen",
    minority: "Kuuluu vähemmistöön",
    disability: "Vamma tai pitkäaikainen sairaus",
    household: "Kotitalous",
    homeless: "Ei omaa asuntoa",
    rural: "Asuu maaseudulla",
    otherDisadvantage: "Muu heikompi asema",
    situation: "Tilanne lopussa",
    inEducationOrTraining: "Koulutuksessa",
    gainedQualification: "Sai tutkinnon",
    jobSearching: "Hakee työtä",
    employed: "Töissä",
    selfEmployed: "Yrittäjä",
    improvedSituation: "Tilanne parani",
  },
  funderValues: {
    female: "Nainen",
    male: "Mies",
    non_binary: "Muunsukupuolinen",
    unemployed: "Työtön",
    inactive_in_education: "Opiskelee",
    inactive_not_in_education: "Ei töissä eikä opiskele",
    employed: "Töissä",
    self_employed: "Yrittäjä",
    job_searching: "Hakee työtä",
    in_education: "Opiskelee",
    inactive: "Ei töissä eikä hae työtä",
    yes: "Kyllä",
    no: "Ei",
    declined: "Ei halunnut kertoa",
    jobless_with_children: "Kukaan ei ole töissä, lapsia",
    jobless_without_children: "Kukaan ei ole töissä, ei lapsia",
    single_adult_with_children: "Yksi aikuinen ja lapsia",
    other: "Muu",
  },
};

const sv: ExportTexts = {
  title: "Mina uppgifter i Polku",
  madeOn: "Filen gjordes {{date}}.",
  intro:
    "Här är de uppgifter som Polku har om dig. Uppgifterna är dina. Om något är fel, säg det till din coach. Hen rättar det.",
  included:
    "I filen finns dina grunduppgifter, din personbeteckning, dina samtycken, projekt, kartläggningar, plan och mål, steg, skeden, meddelanden som delats med dig, händelser på din väg och uppgifter om vem som har tittat på dina uppgifter och när.",
  notIncluded: [
    "Personalens egna anteckningar som inte har delats med dig. De är organisationens arbetsanteckningar.",
    "Personalens anteckningar om varför ditt skede ändrades.",
    "Den tekniska ändringsloggen: vem som ändrade vilken uppgift och när.",
  ],
  howToAsk:
    "Du har rätt att få också de här uppgifterna (EU:s dataskyddsförordning, artikel 15, och lagen om behandling av klientuppgifter inom social- och hälsovården 703/2023). Be om dem av organisationen som har dina uppgifter: {{organisation}}.",
  headings: {
    basic: "Grunduppgifter",
    funderData: "Uppgifter för finansiärens statistik",
    consents: "Samtycken",
    enrolments: "Projekt",
    assessments: "Kartläggning",
    plan: "Plan",
    goals: "Mål",
    steps: "Steg",
    stages: "Skeden",
    messages: "Meddelanden från din coach",
    events: "Vad har hänt",
    accessLog: "Vem har tittat på dina uppgifter",
    notIncluded: "Vad som inte finns här",
  },
  labels: {
    name: "Namn",
    birthDate: "Födelsedatum",
    identityCode: "Personbeteckning",
    phone: "Telefon",
    email: "E-post",
    address: "Adress",
    municipality: "Kommun",
    village: "By eller stadsdel",
    languages: "Språk",
    preferredLanguage: "Språk vi talar med dig",
    keeper: "Dina uppgifter finns hos",
    registeredAt: "Införd i Polku",
    project: "Projekt",
    coach: "Coach",
    entryDate: "Du började",
    exitDate: "Du slutade",
    outcome: "Vart du gick vidare",
    followUp: "Uppföljning",
    sharedWith: "Till vem",
    scopes: "Vilka uppgifter",
    method: "Hur det gavs",
    givenOn: "Givet",
    withdrawnOn: "Återtaget",
    inForce: "Gäller",
    summary: "Sammanfattning",
    agreedOn: "Överenskommen",
    nextReviewOn: "Nästa genomgång",
    targetDate: "Måldatum",
    status: "Läge",
    review: "Bedömning",
    provider: "Var",
    dates: "När",
    timing: "Tider",
    daysAndHours: "{{days}} dagar i veckan, {{hours}} timmar om dagen",
    reason: "Orsak",
    situation: "Situation",
    strengths: "Styrkor",
    wishes: "Önskemål",
    author: "Skrivet av",
    when: "När",
    who: "Vem",
    what: "Vad",
    you: "Du",
    currentStage: "Du är nu i det här skedet",
    nothing: "Inga uppgifter.",
    yes: "Ja",
    no: "Nej",
    pageOf: "Sida {{page}} / {{pages}}",
  },
  funderFields: {
    gender: "Kön",
    labourMarketStatus: "Situation i arbetslivet",
    unemploymentMonths: "Arbetslös i månader",
    educationIsced: "Utbildningsnivå (ISCED)",
    foreignBackground: "Utländsk bakgrund",
    thirdCountryNational: "Medborgare i ett land utanför EU",
    minority: "Hör till en minoritet",
    disability: "Funktionsnedsättning eller långvarig sjukdom",
    household: "Hushåll",
    homeless: "Saknar egen bostad",
    rural: "Bor på landsbygden",
    otherDisadvantage: "Annan svagare ställning",
    situation: "Situation i slutet",
    inEducationOrTraining: "I utbildning",
    gainedQualification: "Fick en examen",
    jobSearching: "Söker arbete",
    employed: "I arbete",
    selfEmployed: "Företagare",
    improvedSituation: "Situationen blev bättre",
  },
  funderValues: {
    female: "Kvinna",
    male: "Man",
    non_binary: "Icke-binär",
    unemployed: "Arbetslös",
    inactive_in_education: "Studerar",
    inactive_not_in_education: "Varken arbetar eller studerar",
    employed: "I arbete",
    self_employed: "Företagare",
    job_searching: "Söker arbete",
    in_education: "Studerar",
    inactive: "Varken arbetar eller söker arbete",
    yes: "Ja",
    no: "Nej",
    declined: "Ville inte säga",
    jobless_with_children: "Ingen arbetar, barn finns",
    jobless_without_children: "Ingen arbetar, inga barn",
    single_adult_with_children: "En vuxen med barn",
    other: "Annat",
  },
};

const en: ExportTexts = {
  title: "My data in Polku",
  madeOn: "This file was made on {{date}}.",
  intro:
    "Here is the data that Polku has about you. The data is yours. If something is wrong, tell your coach. They will correct it.",
  included:
    "The file has your basic data, your personal identity code, your consents, projects, initial assessments, plan and goals, steps, stages, messages shared with you, the events of your pathway, and who has looked at your data and when.",
  notIncluded: [
    "Staff's own notes that have not been shared with you. They are the organisation's working notes.",
    "Staff's notes on why your stage changed.",
    "The technical change log: who changed which data and when.",
  ],
  howToAsk:
    "You have the right to get this data too (EU General Data Protection Regulation, article 15, and the Finnish Act on the Processing of Client Data in Healthcare and Social Welfare 703/2023). Ask the organisation that keeps your data for it: {{organisation}}.",
  headings: {
    basic: "Basic data",
    funderData: "Data for the funder's statistics",
    consents: "Consents",
    enrolments: "Projects",
    assessments: "Initial assessment",
    plan: "Plan",
    goals: "Goals",
    steps: "Steps",
    stages: "Stages",
    messages: "Messages from your coach",
    events: "What has happened",
    accessLog: "Who has looked at your data",
    notIncluded: "What is not here",
  },
  labels: {
    name: "Name",
    birthDate: "Date of birth",
    identityCode: "Personal identity code",
    phone: "Phone",
    email: "E-mail",
    address: "Address",
    municipality: "Municipality",
    village: "Village or district",
    languages: "Languages",
    preferredLanguage: "Language we use with you",
    keeper: "Your data is kept by",
    registeredAt: "Entered in Polku",
    project: "Project",
    coach: "Coach",
    entryDate: "You started",
    exitDate: "You finished",
    outcome: "Where you went next",
    followUp: "Follow-up",
    sharedWith: "With whom",
    scopes: "Which data",
    method: "How it was given",
    givenOn: "Given",
    withdrawnOn: "Taken back",
    inForce: "In force",
    summary: "Summary",
    agreedOn: "Agreed",
    nextReviewOn: "Next check",
    targetDate: "Target date",
    status: "Status",
    review: "Review",
    provider: "Where",
    dates: "When",
    timing: "Times",
    daysAndHours: "{{days}} days a week, {{hours}} hours a day",
    reason: "Reason",
    situation: "Situation",
    strengths: "Strengths",
    wishes: "Wishes",
    author: "Written by",
    when: "When",
    who: "Who",
    what: "What",
    you: "You",
    currentStage: "You are now at this stage",
    nothing: "Nothing recorded.",
    yes: "Yes",
    no: "No",
    pageOf: "Page {{page}} of {{pages}}",
  },
  funderFields: {
    gender: "Gender",
    labourMarketStatus: "Situation in working life",
    unemploymentMonths: "Months unemployed",
    educationIsced: "Education level (ISCED)",
    foreignBackground: "Foreign background",
    thirdCountryNational: "Citizen of a country outside the EU",
    minority: "Belongs to a minority",
    disability: "Disability or long-term illness",
    household: "Household",
    homeless: "No home of your own",
    rural: "Lives in the countryside",
    otherDisadvantage: "Other disadvantage",
    situation: "Situation at the end",
    inEducationOrTraining: "In education",
    gainedQualification: "Got a qualification",
    jobSearching: "Looking for work",
    employed: "In work",
    selfEmployed: "Self-employed",
    improvedSituation: "Situation got better",
  },
  funderValues: {
    female: "Woman",
    male: "Man",
    non_binary: "Non-binary",
    unemployed: "Unemployed",
    inactive_in_education: "Studying",
    inactive_not_in_education: "Not working or studying",
    employed: "In work",
    self_employed: "Self-employed",
    job_searching: "Looking for work",
    in_education: "Studying",
    inactive: "Not working or looking for work",
    yes: "Yes",
    no: "No",
    declined: "Did not want to say",
    jobless_with_children: "Nobody works, with children",
    jobless_without_children: "Nobody works, no children",
    single_adult_with_children: "One adult with children",
    other: "Other",
  },
};

export const EXPORT_TEXTS: Record<Language, ExportTexts> = { fi, sv, en };

/** Fills {{name}} placeholders. */
export const fill = (template: string, params: Record<string, string | number>) =>
  template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(params[name] ?? `{{${name}}}`));
