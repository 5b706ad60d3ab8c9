/** Messages of the small-jobs money routes, in Finnish, Swedish and English. */
export const moneyMessages = {
  fi: {},
  sv: {},
  en: {},
} as const;
