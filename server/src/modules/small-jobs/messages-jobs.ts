/** Messages of the small-jobs jobs routes, in Finnish, Swedish and English. */
export const jobsMessages = {
  fi: {},
  sv: {},
  en: {},
} as const;
