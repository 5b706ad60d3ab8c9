import { jobsMessages } from "./messages-jobs";
import { matchMessages } from "./messages-match";
import { moneyMessages } from "./messages-money";
import { ordersMessages } from "./messages-orders";

/** This module's messages, in Finnish, Swedish and English (merged into the server catalogue). */
export const smallJobMessages = {
  fi: { ...jobsMessages.fi, ...moneyMessages.fi, ...matchMessages.fi, ...ordersMessages.fi },
  sv: { ...jobsMessages.sv, ...moneyMessages.sv, ...matchMessages.sv, ...ordersMessages.sv },
  en: { ...jobsMessages.en, ...moneyMessages.en, ...matchMessages.en, ...ordersMessages.en },
} as const;
