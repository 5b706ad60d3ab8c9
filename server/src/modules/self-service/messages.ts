/** This module's messages, in Finnish, Swedish and English (merged into the server catalogue). */
export const selfServiceMessages = {
  fi: {},
  sv: {},
  en: {},
} as const;
