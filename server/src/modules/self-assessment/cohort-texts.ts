import type { Language } from "../access/roles";
import type { Stage } from "../pathway/schema";
import type { AgeBand, SuppressionReason } from "./cohort-stats";

// The words of the cohort report's CSV and XLSX files, per language. The web page has its own copies in
// web/src/i18n (namespace cohort); `satisfies` makes the compiler ask for every value.

export interface CohortTexts {
  title: string;
  sheet: string;
  instrument: string;
  project: string;
  allProjects: string;
  group: string;
  allGroups: string;
  ageBand: string;
  allAges: string;
  stage: string;
  allStages: string;
  period: string;
  wholePeriod: string;
  madeOn: string;
  participants: string;
  withTwoAnswers: string;
  columns: {
    dimension: string;
    key: string;
    n: string;
    mean: string;
    median: string;
    improved: string;
    improvedShare: string;
    same: string;
    sameShare: string;
    declined: string;
    declinedShare: string;
    note: string;
  };
  notesHeading: string;
  notes: string[];
  /** Why a figure is withheld; {{threshold}} is filled in. */
  reasons: Record<SuppressionReason, string>;
  ageBands: Record<AgeBand, string>;
  stages: Record<Stage, string>;
  /** Said of a dimension the instrument's current version no longer asks. */
  formerDimension: string;
}

export const COHORT_TEXTS = {
  fi: {
    title: "Kuljettu matka – itsearvioinnin muutos",
    sheet: "Kuljettu matka",
    instrument: "Mittari",
    project: "Hanke",
    allProjects: "Kaikki hankkeet",
    group: "Ryhmä",
    allGroups: "Kaikki ryhmät",
    ageBand: "Ikäryhmä",
    allAges: "Kaikki ikäryhmät",
    stage: "Vaihe",
    allStages: "Kaikki vaiheet",
    period: "Vastausten aikaväli",
    wholePeriod: "Koko aika",
    madeOn: "Laadittu",
    participants: "Henkilöitä, joilla vähintään yksi vastaus",
    withTwoAnswers: "Henkilöitä, joilla vähintään kaksi vastausta",
    columns: {
      dimension: "Osa-alue",
      key: "Tunniste",
      n: "Vähintään kaksi vastausta osa-alueesta (henkilöä)",
      mean: "Muutos, keskiarvo (pistettä)",
      median: "Muutos, mediaani (pistettä)",
      improved: "Nousi (henkilöä)",
      improvedShare: "Nousi (%)",
      same: "Pysyi samana (henkilöä)",
      sameShare: "Pysyi samana (%)",
      declined: "Laski (henkilöä)",
      declinedShare: "Laski (%)",
      note: "Huomautus",
    },
    notesHeading: "Näin luvut on laskettu",
    notes: [
      "Muutos = henkilön viimeisin pistemäärä miinus ensimmäinen pistemäärä valitulla aikavälillä (asteikko 0–10). Mukana ovat henkilöt, joilla on osa-alueesta vähintään kaksi vastausta aikavälillä. Ohitettuja kysymyksiä ei lasketa.",
      "Ikäryhmä määräytyy henkilön iästä hänen viimeisimmän vastauksensa päivänä. Vaihe on henkilön nykyinen vaihe. Hanke: henkilöt, jotka ovat tai ovat olleet mukana hankkeessa. Ryhmä: henkilöt, joiden polulla on ryhmän askel valitulla aikavälillä.",
      "Tietosuojan vuoksi lukua ei näytetä, jos se koskee alle {{threshold}} henkilöä tai jos sen avulla voisi laskea alle {{threshold}} hengen ryhmän luvut. Tyhjä solu tarkoittaa piilotettua lukua; syy on Huomautus-sarakkeessa.",
    ],
    reasons: {
      cohort_too_small: "Ei näytetä: alle {{threshold}} henkilöä on vastannut valitulla rajauksella.",
      too_few_people: "Ei näytetä: alle {{threshold}} henkilöllä on kaksi vastausta.",
      would_reveal_small_group:
        "Ei näytetä: luku paljastaisi yhdessä muiden rajausten (esim. toisen ikäryhmän tai vaiheen tai koko alueen) lukujen kanssa alle {{threshold}} hengen ryhmän.",
      small_cell: "Ei näytetä: ryhmässä on alle {{threshold}} henkilöä.",
      complementary: "Ei näytetä, jotta piilotettua lukua ei voi laskea muista luvuista.",
    },
    ageBands: {
      "16_24": "16–24-vuotiaat",
      "25_29": "25–29-vuotiaat",
      "30_54": "30–54-vuotiaat",
      "55_plus": "55 vuotta täyttäneet",
    },
    stages: {
      reached: "Tavoitettu",
      life_management: "Elämänhallinta ja hyvinvointi",
      resources_and_goals: "Voimavarat ja tavoitteet",
      guided_onward: "Ohjattu eteenpäin",
      network: "Verkosto tukena",
    },
    formerDimension: "(ei enää mittarin nykyisessä versiossa)",
  },
  sv: {
    title: "Tillryggalagd väg – förändring i självskattningen",
    sheet: "Tillryggalagd väg",
    instrument: "Mätare",
    project: "Projekt",
    allProjects: "Alla projekt",
    group: "Grupp",
    allGroups: "Alla grupper",
    ageBand: "Åldersgrupp",
    allAges: "Alla åldersgrupper",
    stage: "Skede",
    allStages: "Alla skeden",
    period: "Svarens tidsperiod",
    wholePeriod: "Hela tiden",
    madeOn: "Upprättad",
    participants: "Personer med minst ett svar",
    withTwoAnswers: "Personer med minst två svar",
    columns: {
      dimension: "Område",
      key: "Nyckel",
      n: "Minst två svar på området (personer)",
      mean: "Förändring, medelvärde (poäng)",
      median: "Förändring, median (poäng)",
      improved: "Steg (personer)",
      improvedShare: "Steg (%)",
      same: "Oförändrad (personer)",
      sameShare: "Oförändrad (%)",
      declined: "Sjönk (personer)",
      declinedShare: "Sjönk (%)",
      note: "Anmärkning",
    },
    notesHeading: "Så har siffrorna räknats",
    notes: [
      "Förändring = personens senaste poäng minus den första poängen under den valda perioden (skala 0–10). Med är personer som har minst två svar på området under perioden. Överhoppade frågor räknas inte.",
      "Åldersgruppen bestäms av personens ålder den dag hen svarade senast. Skedet är personens nuvarande skede. Projekt: personer som är eller har varit med i projektet. Grupp: personer som har ett steg i gruppen på sin stig under perioden.",
      "Av dataskyddsskäl visas en siffra inte om den gäller färre än {{threshold}} personer eller om man med dess hjälp kunde räkna ut siffrorna för en grupp på färre än {{threshold}} personer. En tom cell betyder en dold siffra; orsaken står i kolumnen Anmärkning.",
    ],
    reasons: {
      cohort_too_small: "Visas inte: färre än {{threshold}} personer har svarat med den valda avgränsningen.",
      too_few_people: "Visas inte: färre än {{threshold}} personer har två svar.",
      would_reveal_small_group:
        "Visas inte: tillsammans med siffrorna för andra avgränsningar (t.ex. en annan åldersgrupp eller ett annat skede eller hela regionen) skulle siffran avslöja en grupp på färre än {{threshold}} personer.",
      small_cell: "Visas inte: gruppen har färre än {{threshold}} personer.",
      complementary: "Visas inte, så att en dold siffra inte kan räknas ut från de andra.",
    },
    ageBands: {
      "16_24": "16–24 år",
      "25_29": "25–29 år",
      "30_54": "30–54 år",
      "55_plus": "55 år och äldre",
    },
    stages: {
      reached: "Nådd",
      life_management: "Livshantering och välbefinnande",
      resources_and_goals: "Resurser och mål",
      guided_onward: "Handledd vidare",
      network: "Nätverket som stöd",
    },
    formerDimension: "(finns inte längre i mätarens nuvarande version)",
  },
  en: {
    title: "Distance travelled – change in self-assessment",
    sheet: "Distance travelled",
    instrument: "Instrument",
    project: "Project",
    allProjects: "All projects",
    group: "Group",
    allGroups: "All groups",
    ageBand: "Age band",
    allAges: "All ages",
    stage: "Stage",
    allStages: "All stages",
    period: "Answers given",
    wholePeriod: "Any time",
    madeOn: "Made on",
    participants: "People with at least one answer",
    withTwoAnswers: "People with at least two answers",
    columns: {
      dimension: "Dimension",
      key: "Key",
      n: "People with two answers on it",
      mean: "Mean change (points)",
      median: "Median change (points)",
      improved: "Improved (people)",
      improvedShare: "Improved (%)",
      same: "Stayed the same (people)",
      sameShare: "Stayed the same (%)",
      declined: "Declined (people)",
      declinedShare: "Declined (%)",
      note: "Note",
    },
    notesHeading: "How the figures are computed",
    notes: [
      "Change = the person's latest score minus their first score in the chosen period (scale 0–10). People with at least two answers on the dimension in the period count. Skipped questions do not count.",
      "The age band is the person's age on the day of their latest answer. The stage is the person's current stage. Project: people who are or have been enrolled in the project. Group: people with a step in the group on their pathway during the period.",
      "To protect privacy, a figure is not shown when it concerns fewer than {{threshold}} people, or when it would let someone work out the figures of a group of fewer than {{threshold}}. An empty cell is a hidden figure; the Note column says why.",
    ],
    reasons: {
      cohort_too_small: "Not shown: fewer than {{threshold}} people have answered within these filters.",
      too_few_people: "Not shown: fewer than {{threshold}} people have two answers.",
      would_reveal_small_group:
        "Not shown: together with the figures of other filters (e.g. another age band or stage, or the whole region) it would reveal a group of fewer than {{threshold}} people.",
      small_cell: "Not shown: fewer than {{threshold}} people in this group.",
      complementary: "Not shown, so that a hidden figure cannot be worked out from the others.",
    },
    ageBands: {
      "16_24": "Aged 16–24",
      "25_29": "Aged 25–29",
      "30_54": "Aged 30–54",
      "55_plus": "Aged 55 and over",
    },
    stages: {
      reached: "Reached",
      life_management: "Life management and wellbeing",
      resources_and_goals: "Resources and goals",
      guided_onward: "Guided onward",
      network: "Supported by the network",
    },
    formerDimension: "(no longer in the instrument's current version)",
  },
} as const satisfies Record<Language, CohortTexts>;

/** A text with {{threshold}} filled in. */
export const withThreshold = (text: string, threshold: number) =>
  text.replaceAll("{{threshold}}", String(threshold));
