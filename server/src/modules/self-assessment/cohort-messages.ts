import type { Language } from "../access/roles";

/** The cohort report's messages, in Finnish, Swedish and English (merged into the server catalogue). */
export const cohortMessages = {
  fi: {
    "cohort.periodReversed": "Aikavälin loppu ei voi olla ennen sen alkua.",
    "cohort.projectNotFound": "Hanketta ei löytynyt. Valitse hanke luettelosta.",
    "cohort.groupNotFound": "Ryhmää ei löytynyt. Valitse ryhmä luettelosta.",
  },
  sv: {
    "cohort.periodReversed": "Periodens slut kan inte vara före dess början.",
    "cohort.projectNotFound": "Projektet hittades inte. Välj ett projekt i listan.",
    "cohort.groupNotFound": "Gruppen hittades inte. Välj en grupp i listan.",
  },
  en: {
    "cohort.periodReversed": "The end of the period cannot be before its start.",
    "cohort.projectNotFound": "The project was not found. Choose a project from the list.",
    "cohort.groupNotFound": "The group was not found. Choose a group from the list.",
  },
} as const satisfies Record<Language, Record<string, string>>;
