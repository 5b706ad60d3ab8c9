import i18next from "i18next";
import { initReactI18next } from "react-i18next";
import { setApiLanguage } from "../app/api";
import { browserLanguages, chooseLanguage, readStoredLanguage } from "../app/language";
import en from "./en.json";
import fi from "./fi.json";
import sv from "./sv.json";

declare module "i18next" {
  interface CustomTypeOptions {
    defaultNS: "translation";
    resources: { translation: typeof fi };
  }
}

export const i18n = i18next.createInstance();

function reflectLanguage(language: string): void {
  setApiLanguage(language);
  if (typeof document !== "undefined") document.documentElement.lang = language;
}

i18n.on("languageChanged", reflectLanguage);

const initialLanguage = chooseLanguage({ stored: readStoredLanguage(), browser: browserLanguages() });

void i18n.use(initReactI18next).init({
  resources: { fi: { translation: fi }, sv: { translation: sv }, en: { translation: en } },
  lng: initialLanguage,
  fallbackLng: "fi",
  supportedLngs: ["fi", "sv", "en"],
  interpolation: { escapeValue: false },
  initAsync: false,
});

reflectLanguage(initialLanguage);
