/** Messages of the small-jobs match routes (job search, matching, figures), in Finnish, Swedish and English. */
export const matchMessages = {
  fi: {
    "smallJobs.badCursor": "Sivun jatkokohta ei kelpaa. Hae lista alusta uudelleen.",
    "smallJobs.searchWindow": "Hakuajan loppu on ennen sen alkua.",
    "smallJobs.figuresPeriod": "Ajanjakson loppu on ennen sen alkua.",
    "smallJobs.matchesForClosedJob": "Sopivia tekijöitä haetaan vain avoimeen työhön.",
  },
  sv: {
    "smallJobs.badCursor": "Sidans fortsättningspunkt gäller inte. Hämta listan från början igen.",
    "smallJobs.searchWindow": "Sökperiodens slut är före dess början.",
    "smallJobs.figuresPeriod": "Periodens slut är före dess början.",
    "smallJobs.matchesForClosedJob": "Lämpliga arbetstagare söks bara för ett öppet jobb.",
  },
  en: {
    "smallJobs.badCursor": "The page cursor is not valid. Load the list again from the start.",
    "smallJobs.searchWindow": "The end of the search period is before its start.",
    "smallJobs.figuresPeriod": "The end of the period is before its start.",
    "smallJobs.matchesForClosedJob": "Suitable workers are looked for only for an open job.",
  },
} as const;
