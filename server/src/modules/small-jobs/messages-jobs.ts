/** Messages of the small-jobs job routes, in Finnish, Swedish and English. */
export const jobsMessages = {
  fi: {
    "smallJobs.contactConsentNeeded":
      "Pienet työt näkyvät, kun olet antanut luvan ottaa sinuun yhteyttä töistä. Voit antaa luvan valmentajasi kanssa.",
  },
  sv: {
    "smallJobs.contactConsentNeeded":
      "Småjobben syns när du har gett samtycke till kontakt om jobb. Du kan ge det tillsammans med din coach.",
  },
  en: {
    "smallJobs.contactConsentNeeded":
      "Small jobs are shown once you have consented to be contacted about jobs. You can give consent with your coach.",
  },
} as const;
