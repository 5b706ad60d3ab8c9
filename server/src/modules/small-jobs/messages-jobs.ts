/** Messages of the small-jobs job routes, in Finnish, Swedish and English. */
export const jobsMessages = {
  fi: {
    "smallJobs.contactConsentNeeded":
      "Pienet työt näkyvät, kun olet antanut luvan ottaa sinuun yhteyttä töistä. Voit antaa luvan valmentajasi kanssa.",
    "smallJobs.windowEndsBeforeStart": "Päättymispäivä ei voi olla ennen alkamispäivää.",
    "smallJobs.startsInPast":
      "Työ ei voi alkaa menneisyydessä. Valitse alkamispäiväksi tämä päivä tai myöhempi.",
    "smallJobs.windowTooLong": "Työn ajankohta voi olla enintään {{days}} päivää pitkä.",
    "smallJobs.minutesOutOfRange":
      "Arvioidun työajan on oltava vähintään {{min}} minuuttia ja enintään {{maxHours}} tuntia.",
    "smallJobs.payInvalid": "Palkan on oltava positiivinen summa senteissä.",
    "smallJobs.hourlyTooLow": "Tuntipalkka on liian pieni: sen on oltava vähintään {{min}} €/h.",
    "smallJobs.hourlyTooHigh":
      "Tuntipalkka on epätavallisen suuri: enintään {{max}} €/h. Tarkista, onko summa kirjoitettu sentteinä.",
    "smallJobs.lumpSumTooHigh":
      "Urakkapalkka on liian suuri pieneksi työksi: enintään {{max}} € työntekijää kohden.",
    "smallJobs.alreadyFilled": "Työ on jo täytetty.",
    "smallJobs.notPoster":
      "Voit ilmoittaa töitä vain sen yhdistyksen tai yrityksen nimissä, jonka yhteyshenkilö olet.",
    "smallJobs.notEditable": "Työtä voi muokata vain, kun se on luonnos tai haettavana.",
    "smallJobs.notDraft": "Vain luonnoksen voi julkaista.",
    "smallJobs.placesBelowAccepted":
      "Paikkoja ei voi olla vähemmän kuin jo valittuja tekijöitä ({{accepted}}).",
    "smallJobs.cannotCancel": "Työtä ei voi enää perua.",
    "smallJobs.cannotMarkDone": "Työn voi merkitä tehdyksi, kun siihen on valittu ainakin yksi tekijä.",
    "smallJobs.notOpen": "Työ ei ole enää haettavana.",
    "smallJobs.alreadyApplied": "Olet jo hakenut tätä työtä.",
    "smallJobs.alreadyProposed": "Tätä työtä on jo ehdotettu tälle henkilölle, tai hän on jo hakenut sitä.",
    "smallJobs.applicationNotPending": "Hakemus ei ole enää käsiteltävänä.",
    "smallJobs.cannotWithdraw": "Hakemusta ei voi enää perua: työ on jo tehty tai hakemus on jo ratkaistu.",
    "smallJobs.participantNoConsent":
      "Henkilö ei ole antanut lupaa ottaa yhteyttä töistä. Kirjatkaa lupa ensin yhdessä.",
    "smallJobs.needArchived": "Arkistoitua työtarvetta ei voi ilmoittaa työksi.",
  },
  sv: {
    "smallJobs.contactConsentNeeded":
      "Småjobben syns när du har gett samtycke till kontakt om jobb. Du kan ge det tillsammans med din coach.",
    "smallJobs.windowEndsBeforeStart": "Slutdagen kan inte vara före startdagen.",
    "smallJobs.startsInPast":
      "Jobbet kan inte börja i det förflutna. Välj i dag eller en senare dag som startdag.",
    "smallJobs.windowTooLong": "Jobbets tidsperiod kan vara högst {{days}} dagar lång.",
    "smallJobs.minutesOutOfRange":
      "Den uppskattade arbetstiden ska vara minst {{min}} minuter och högst {{maxHours}} timmar.",
    "smallJobs.payInvalid": "Lönen ska vara ett positivt belopp i cent.",
    "smallJobs.hourlyTooLow": "Timlönen är för låg: den ska vara minst {{min}} €/h.",
    "smallJobs.hourlyTooHigh":
      "Timlönen är ovanligt hög: högst {{max}} €/h. Kontrollera att beloppet är angett i cent.",
    "smallJobs.lumpSumTooHigh": "Ackordslönen är för hög för ett småjobb: högst {{max}} € per arbetstagare.",
    "smallJobs.alreadyFilled": "Jobbet är redan tillsatt.",
    "smallJobs.notPoster":
      "Du kan bara lägga ut jobb i namn av den förening eller det företag där du är kontaktperson.",
    "smallJobs.notEditable": "Jobbet kan bara ändras när det är ett utkast eller öppet för ansökningar.",
    "smallJobs.notDraft": "Bara ett utkast kan publiceras.",
    "smallJobs.placesBelowAccepted":
      "Antalet platser kan inte vara mindre än antalet redan valda arbetstagare ({{accepted}}).",
    "smallJobs.cannotCancel": "Jobbet kan inte längre ställas in.",
    "smallJobs.cannotMarkDone": "Jobbet kan markeras som utfört när minst en arbetstagare har valts.",
    "smallJobs.notOpen": "Jobbet är inte längre öppet för ansökningar.",
    "smallJobs.alreadyApplied": "Du har redan sökt det här jobbet.",
    "smallJobs.alreadyProposed":
      "Jobbet har redan föreslagits för personen, eller så har hen redan sökt det.",
    "smallJobs.applicationNotPending": "Ansökan behandlas inte längre.",
    "smallJobs.cannotWithdraw":
      "Ansökan kan inte längre återkallas: jobbet är redan utfört eller ansökan redan avgjord.",
    "smallJobs.participantNoConsent":
      "Personen har inte gett samtycke till kontakt om jobb. Registrera samtycket tillsammans först.",
    "smallJobs.needArchived": "Ett arkiverat arbetsbehov kan inte läggas ut som jobb.",
  },
  en: {
    "smallJobs.contactConsentNeeded":
      "Small jobs are shown once you have consented to be contacted about jobs. You can give consent with your coach.",
    "smallJobs.windowEndsBeforeStart": "The end date cannot be before the start date.",
    "smallJobs.startsInPast": "The job cannot start in the past. Choose today or a later day as the start.",
    "smallJobs.windowTooLong": "A job's time window can be at most {{days}} days long.",
    "smallJobs.minutesOutOfRange":
      "The estimated working time must be at least {{min}} minutes and at most {{maxHours}} hours.",
    "smallJobs.payInvalid": "The pay must be a positive amount in cents.",
    "smallJobs.hourlyTooLow": "The hourly pay is too low: it must be at least {{min}} €/h.",
    "smallJobs.hourlyTooHigh":
      "The hourly pay is unusually high: at most {{max}} €/h. Check that the amount is given in cents.",
    "smallJobs.lumpSumTooHigh": "The lump sum is too large for a small job: at most {{max}} € per worker.",
    "smallJobs.alreadyFilled": "The job has already been filled.",
    "smallJobs.notPoster":
      "You can post jobs only for an association or company whose contact person you are.",
    "smallJobs.notEditable": "A job can be edited only while it is a draft or open.",
    "smallJobs.notDraft": "Only a draft can be published.",
    "smallJobs.placesBelowAccepted": "Places cannot be fewer than the workers already picked ({{accepted}}).",
    "smallJobs.cannotCancel": "The job can no longer be cancelled.",
    "smallJobs.cannotMarkDone": "A job can be marked done once at least one worker has been picked.",
    "smallJobs.notOpen": "The job is no longer open for applications.",
    "smallJobs.alreadyApplied": "You have already applied for this job.",
    "smallJobs.alreadyProposed": "This job has already been proposed to this person, or they have applied.",
    "smallJobs.applicationNotPending": "The application is no longer pending.",
    "smallJobs.cannotWithdraw":
      "The application can no longer be withdrawn: the work is done or the application has been decided.",
    "smallJobs.participantNoConsent":
      "The person has not consented to be contacted about jobs. Record the consent together first.",
    "smallJobs.needArchived": "An archived work need cannot be posted as a job.",
  },
} as const;
