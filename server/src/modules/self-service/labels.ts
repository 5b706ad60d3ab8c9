import type { Language } from "../access/roles";
import type { ConsentMethod, ConsentPurpose, SharingScope } from "../participants/schema";
import type {
  BarrierArea,
  ContactKind,
  EventKind,
  GoalStatus,
  Outcome,
  Stage,
  StepKind,
  StepStatus,
} from "../pathway/schema";

// Plain-language names (selkokieli) of the pathway's kinds, statuses and stages, for what the server
// writes for a participant (the PDF, the export's explanations, the access log). The web has its own
// copies in web/src/i18n (namespace selfService). `satisfies` makes the compiler ask for every value.

type Labels<K extends string> = Record<Language, Record<K, string>>;

export const STAGE_LABELS = {
  fi: {
    reached: "Tutustuminen",
    life_management: "Arki kuntoon",
    resources_and_goals: "Vahvuudet ja tavoitteet",
    guided_onward: "Eteenpäin",
    network: "Verkosto tukena",
  },
  sv: {
    reached: "Vi lär känna varandra",
    life_management: "Vardagen i ordning",
    resources_and_goals: "Styrkor och mål",
    guided_onward: "Vidare",
    network: "Nätverket stöder",
  },
  en: {
    reached: "Getting to know you",
    life_management: "Everyday life",
    resources_and_goals: "Strengths and goals",
    guided_onward: "Moving on",
    network: "Network support",
  },
} as const satisfies Labels<Stage>;

/** One sentence per stage: what it means for the participant. */
export const STAGE_EXPLANATIONS = {
  fi: {
    reached: "Olemme tavanneet ja tutustumme toisiimme.",
    life_management: "Teemme arjesta helpompaa: uni, ruoka, raha ja asuminen.",
    resources_and_goals: "Mietimme yhdessä, mitä osaat ja mitä haluat, ja teemme suunnitelman.",
    guided_onward: "Sinä siirryt kuntoutukseen, koulutukseen tai työhön, ja me autamme.",
    network: "Monta palvelua tukee sinua yhdessä.",
  },
  sv: {
    reached: "Vi har träffats och lär känna varandra.",
    life_management: "Vi gör vardagen lättare: sömn, mat, pengar och boende.",
    resources_and_goals: "Vi funderar tillsammans på vad du kan och vad du vill, och gör en plan.",
    guided_onward: "Du går vidare till rehabilitering, utbildning eller arbete, och vi hjälper dig.",
    network: "Flera tjänster stöder dig tillsammans.",
  },
  en: {
    reached: "We have met and are getting to know each other.",
    life_management: "We make everyday life easier: sleep, food, money and housing.",
    resources_and_goals: "Together we think about what you can do and what you want, and make a plan.",
    guided_onward: "You move on to rehabilitation, education or work, and we help you.",
    network: "Many services support you together.",
  },
} as const satisfies Labels<Stage>;

export const STEP_KIND_LABELS = {
  fi: {
    association_activity: "Toiminta yhdistyksessä",
    part_time_work: "Osa-aikatyö",
    rehabilitative_work: "Kuntouttava työtoiminta",
    work_trial: "Työkokeilu",
    wage_subsidy: "Palkkatukityö",
    education: "Koulutus tai kurssi",
    work_ability_assessment: "Työkyvyn arviointi",
    small_jobs: "Pienet työtehtävät",
    group: "Ryhmä",
    other_service: "Muu palvelu",
  },
  sv: {
    association_activity: "Verksamhet i en förening",
    part_time_work: "Deltidsarbete",
    rehabilitative_work: "Arbetsverksamhet i rehabiliteringssyfte",
    work_trial: "Arbetsprövning",
    wage_subsidy: "Arbete med lönesubvention",
    education: "Utbildning eller kurs",
    work_ability_assessment: "Bedömning av arbetsförmågan",
    small_jobs: "Små arbetsuppgifter",
    group: "Grupp",
    other_service: "Annan tjänst",
  },
  en: {
    association_activity: "Activity in an association",
    part_time_work: "Part-time work",
    rehabilitative_work: "Rehabilitative work activity",
    work_trial: "Work trial",
    wage_subsidy: "Work with wage subsidy",
    education: "Education or course",
    work_ability_assessment: "Work-ability assessment",
    small_jobs: "Small jobs",
    group: "Group",
    other_service: "Other service",
  },
} as const satisfies Labels<StepKind>;

export const STEP_STATUS_LABELS = {
  fi: { planned: "Suunniteltu", ongoing: "Menossa", completed: "Valmis", interrupted: "Keskeytyi" },
  sv: { planned: "Planerad", ongoing: "Pågår", completed: "Klar", interrupted: "Avbröts" },
  en: { planned: "Planned", ongoing: "Ongoing", completed: "Done", interrupted: "Stopped" },
} as const satisfies Labels<StepStatus>;

export const GOAL_STATUS_LABELS = {
  fi: { open: "Ei vielä alkanut", in_progress: "Työn alla", achieved: "Saavutettu", dropped: "Jätetty pois" },
  sv: { open: "Inte påbörjat", in_progress: "På gång", achieved: "Uppnått", dropped: "Slopat" },
  en: { open: "Not started", in_progress: "In progress", achieved: "Achieved", dropped: "Left out" },
} as const satisfies Labels<GoalStatus>;

export const CONTACT_KIND_LABELS = {
  fi: {
    in_person: "Tapaaminen",
    phone: "Puhelu",
    outreach: "Tapaaminen muualla",
    group: "Ryhmä",
    online: "Verkossa",
    note: "Viesti",
  },
  sv: {
    in_person: "Möte",
    phone: "Samtal",
    outreach: "Möte på annan plats",
    group: "Grupp",
    online: "På nätet",
    note: "Meddelande",
  },
  en: {
    in_person: "Meeting",
    phone: "Phone call",
    outreach: "Meeting elsewhere",
    group: "Group",
    online: "Online",
    note: "Message",
  },
} as const satisfies Labels<ContactKind>;

export const OUTCOME_LABELS = {
  fi: {
    employed_open_market: "Työ",
    subsidised_work: "Tuettu työ",
    self_employed: "Oma yritys",
    education: "Koulutus",
    rehabilitation: "Kuntoutus",
    pension: "Eläke",
    other_service: "Muu palvelu",
    moved_away: "Muutti pois",
    unknown: "Ei tiedossa",
  },
  sv: {
    employed_open_market: "Arbete",
    subsidised_work: "Subventionerat arbete",
    self_employed: "Eget företag",
    education: "Utbildning",
    rehabilitation: "Rehabilitering",
    pension: "Pension",
    other_service: "Annan tjänst",
    moved_away: "Flyttade",
    unknown: "Okänt",
  },
  en: {
    employed_open_market: "Work",
    subsidised_work: "Subsidised work",
    self_employed: "Own business",
    education: "Education",
    rehabilitation: "Rehabilitation",
    pension: "Pension",
    other_service: "Other service",
    moved_away: "Moved away",
    unknown: "Not known",
  },
} as const satisfies Labels<Outcome>;

export const CONSENT_PURPOSE_LABELS = {
  fi: {
    pathway: "Työskentely kanssasi",
    sharing: "Tietojen jakaminen toiselle organisaatiolle",
    funder_reporting: "Tilastot rahoittajalle",
    contact: "Yhteydenotot töistä ja tapahtumista",
  },
  sv: {
    pathway: "Arbetet med dig",
    sharing: "Uppgifter delas med en annan organisation",
    funder_reporting: "Statistik till finansiären",
    contact: "Kontakt om jobb och evenemang",
  },
  en: {
    pathway: "Working with you",
    sharing: "Sharing your data with another organisation",
    funder_reporting: "Statistics for the funder",
    contact: "Contact about jobs and events",
  },
} as const satisfies Labels<ConsentPurpose>;

export const CONSENT_METHOD_LABELS = {
  fi: { signed_paper: "Allekirjoitit paperin", in_person: "Sanoit sen tavatessa", electronic: "Sähköisesti" },
  sv: {
    signed_paper: "Du skrev under ett papper",
    in_person: "Du sade det vid ett möte",
    electronic: "Elektroniskt",
  },
  en: {
    signed_paper: "You signed a paper",
    in_person: "You said it when we met",
    electronic: "Electronically",
  },
} as const satisfies Labels<ConsentMethod>;

export const SCOPE_LABELS = {
  fi: {
    basic: "perustiedot",
    plan: "suunnitelma ja askeleet",
    assessments: "arvioinnit",
    notes: "muistiinpanot",
  },
  sv: { basic: "grunduppgifter", plan: "plan och steg", assessments: "bedömningar", notes: "anteckningar" },
  en: { basic: "basic data", plan: "plan and steps", assessments: "assessments", notes: "notes" },
} as const satisfies Labels<SharingScope>;

export const BARRIER_AREA_LABELS = {
  fi: {
    health: "Terveys",
    housing: "Asuminen",
    finances: "Raha-asiat",
    skills: "Osaaminen",
    language: "Kieli",
    social_network: "Ihmiset ympärilläsi",
  },
  sv: {
    health: "Hälsa",
    housing: "Boende",
    finances: "Pengar",
    skills: "Kunnande",
    language: "Språk",
    social_network: "Människor omkring dig",
  },
  en: {
    health: "Health",
    housing: "Housing",
    finances: "Money",
    skills: "Skills",
    language: "Language",
    social_network: "People around you",
  },
} as const satisfies Labels<BarrierArea>;

/** Barrier levels 0–3 (none, some, considerable, severe). */
export const BARRIER_LEVEL_LABELS = {
  fi: ["Ei haittaa", "Vähän haittaa", "Paljon haittaa", "Hyvin paljon haittaa"],
  sv: ["Inget hinder", "Litet hinder", "Stort hinder", "Mycket stort hinder"],
  en: ["No difficulty", "Some difficulty", "Much difficulty", "Very much difficulty"],
} as const satisfies Record<Language, readonly [string, string, string, string]>;

export const EVENT_KIND_LABELS = {
  fi: {
    registered: "Tietosi kirjattiin Polkuun",
    consent_given: "Annoit suostumuksen",
    consent_withdrawn: "Peruit suostumuksen",
    enrolled: "Aloitit hankkeessa",
    coach_changed: "Valmentajasi vaihtui",
    assessment: "Alkukartoitus tehtiin",
    plan_saved: "Suunnitelma päivitettiin",
    goal_reviewed: "Tavoite arvioitiin",
    step_added: "Uusi askel lisättiin",
    step_changed: "Askelta muutettiin",
    stage_changed: "Vaihe vaihtui",
    contact: "Tapaaminen tai yhteydenotto",
    exited: "Hanke päättyi sinun osaltasi",
    follow_up: "Seuranta puolen vuoden päästä",
    self_assessment: "Teit itsearvion",
  },
  sv: {
    registered: "Dina uppgifter fördes in i Polku",
    consent_given: "Du gav ditt samtycke",
    consent_withdrawn: "Du tog tillbaka ditt samtycke",
    enrolled: "Du började i projektet",
    coach_changed: "Du fick en ny coach",
    assessment: "En kartläggning gjordes",
    plan_saved: "Planen uppdaterades",
    goal_reviewed: "Ett mål bedömdes",
    step_added: "Ett nytt steg lades till",
    step_changed: "Ett steg ändrades",
    stage_changed: "Skedet ändrades",
    contact: "Möte eller kontakt",
    exited: "Projektet slutade för din del",
    follow_up: "Uppföljning efter ett halvår",
    self_assessment: "Du gjorde en självskattning",
  },
  en: {
    registered: "Your data was entered in Polku",
    consent_given: "You gave your consent",
    consent_withdrawn: "You took back your consent",
    enrolled: "You started in the project",
    coach_changed: "You got a new coach",
    assessment: "An initial assessment was made",
    plan_saved: "Your plan was updated",
    goal_reviewed: "A goal was reviewed",
    step_added: "A new step was added",
    step_changed: "A step was changed",
    stage_changed: "Your stage changed",
    contact: "A meeting or contact",
    exited: "The project ended for you",
    follow_up: "Follow-up after six months",
    self_assessment: "You did a self-assessment",
  },
} as const satisfies Labels<EventKind>;
