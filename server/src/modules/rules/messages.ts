/** This module's messages, in Finnish, Swedish and English (merged into the server catalogue). */
export const ruleMessages = {
  fi: {},
  sv: {},
  en: {},
} as const;
