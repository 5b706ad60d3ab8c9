/** This module's messages, in Finnish, Swedish and English (merged into the server catalogue). */
export const selfServiceMessages = {
  fi: {
    "selfService.notOpened": "Polkuasi ei ole vielä avattu. Kysy valmentajaltasi.",
  },
  sv: {
    "selfService.notOpened": "Din väg har inte öppnats ännu. Fråga din coach.",
  },
  en: {
    "selfService.notOpened": "Your pathway has not been opened yet. Ask your coach.",
  },
} as const;
