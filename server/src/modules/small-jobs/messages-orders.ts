/** Messages of the small-jobs orders routes, in Finnish, Swedish and English. */
export const ordersMessages = {
  fi: {},
  sv: {},
  en: {},
} as const;
