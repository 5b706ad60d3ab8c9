/** Messages of the small-jobs match routes, in Finnish, Swedish and English. */
export const matchMessages = {
  fi: {},
  sv: {},
  en: {},
} as const;
