import { useCallback, useEffect } from "react";
import { useTranslation } from "react-i18next";
import { api } from "./api";
import { isLanguage } from "./domain";
import { readStoredLanguage, storeLanguage } from "./language";
import { useSession } from "./session";
import type { Language } from "./types";

/** The current UI language and a way to change it (remembered here and, when signed in, on the server). */
export function useLanguage(): { language: Language; changeLanguage: (language: Language) => void } {
  const { i18n } = useTranslation();
  const { session } = useSession();
  const language = isLanguage(i18n.language) ? i18n.language : "fi";
  const signedIn = session !== null;

  const changeLanguage = useCallback(
    (next: Language) => {
      storeLanguage(next);
      void i18n.changeLanguage(next);
      if (signedIn) {
        // Best effort: the profile language only matters for e-mails and the next device.
        api.put<void>("/api/session/language", { language: next }).catch(() => undefined);
      }
    },
    [i18n, signedIn],
  );

  return { language, changeLanguage };
}

/** When nothing is remembered on this device, follows the signed-in user's own language. */
export function useFollowUserLanguage(): void {
  const { i18n } = useTranslation();
  const { session } = useSession();
  const userLanguage = session?.user.language;
  useEffect(() => {
    if (userLanguage && readStoredLanguage() === null && i18n.language !== userLanguage) {
      void i18n.changeLanguage(userLanguage);
    }
  }, [i18n, userLanguage]);
}
