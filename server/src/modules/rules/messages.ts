/** This module's messages, in Finnish, Swedish and English (merged into the server catalogue). Keys of
 * the rules, steps, projects and funder parts: "limits.", "steps.", "projects.", "funder.". */
export const ruleMessages = {
  fi: {
    "steps.kind.association_activity": "Yhdistystoiminta",
    "steps.kind.part_time_work": "Osa-aikatyö",
    "steps.kind.rehabilitative_work": "Kuntouttava työtoiminta",
    "steps.kind.work_trial": "Työkokeilu",
    "steps.kind.wage_subsidy": "Palkkatukityö",
    "steps.kind.education": "Koulutus tai kurssi",
    "steps.kind.work_ability_assessment": "Työ- ja toimintakyvyn arviointi",
    "steps.kind.small_jobs": "Pienet työtehtävät",
    "steps.kind.group": "Ryhmä",
    "steps.kind.other_service": "Muu palvelu",
    "steps.endsBeforeStart": "Päättymispäivä ei voi olla ennen alkamispäivää.",
    "steps.interruptionReasonRequired": "Kirjoita keskeytyksen syy, kun askel on keskeytynyt.",
    "steps.providerNotFound": "Järjestäjäorganisaatiota ei löydy alueelta.",
    "limits.warning.min_days_per_week":
      "{{measure}}: vähintään {{value}} päivää viikossa ({{reference}}). Tässä askeleessa {{actual}} päivää viikossa.",
    "limits.warning.max_days_per_week":
      "{{measure}}: enintään {{value}} päivää viikossa ({{reference}}). Tässä askeleessa {{actual}} päivää viikossa.",
    "limits.warning.min_hours_per_day":
      "{{measure}}: vähintään {{value}} tuntia päivässä ({{reference}}). Tässä askeleessa {{actual}} tuntia päivässä.",
    "limits.warning.max_hours_per_day":
      "{{measure}}: enintään {{value}} tuntia päivässä ({{reference}}). Tässä askeleessa {{actual}} tuntia päivässä.",
    "limits.warning.min_months":
      "{{measure}}: jakson pituus vähintään {{value}} kuukautta ({{reference}}). Tämä jakso: {{actual}} kuukautta.",
    "limits.warning.max_months":
      "{{measure}}: jakson pituus enintään {{value}} kuukautta ({{reference}}). Tämä jakso: {{actual}} kuukautta.",
    "limits.warning.max_months_same_host":
      "{{measure}}: enintään {{value}} kuukautta saman järjestäjän luona ({{reference}}). Tämän järjestäjän luona yhteensä {{actual}} kuukautta.",
    "limits.warning.max_months_total":
      "{{measure}}: enintään {{value}} kuukautta yhteensä ({{reference}}). Yhteensä {{actual}} kuukautta.",
    "limits.warning.no_company_provider":
      "{{measure}}: yritys ei voi järjestää ({{reference}}). Tämän askeleen järjestäjä on yritys.",
    "limits.warning.same_provider_gap_months":
      "{{measure}}: samalle työnantajalle ei uutta jaksoa {{value}} kuukauden kuluessa edellisen päättymisestä ({{reference}}). Edellisen jakson päättymisestä {{actual}} kuukautta.",
    "limits.valueRequired": "Anna raja-arvo, joka on suurempi kuin nolla.",
    "limits.valueNotAllowed": "Tällä säännöllä ei ole raja-arvoa: jätä kenttä tyhjäksi.",
    "limits.validToBeforeFrom": "Voimassaolo ei voi päättyä ennen kuin se alkaa.",
    "limits.overlap":
      "Samalle toimenpiteelle ja säännölle on jo raja, joka on voimassa {{from}}–{{to}}. Kun laki muuttuu, päätä vanha raja päivää ennen uuden alkua.",
    "limits.supersedeMismatch": "Korvattava raja koskee eri toimenpidettä tai sääntöä.",
    "limits.supersedeTooEarly": "Uuden rajan on alettava myöhemmin kuin korvattava raja ({{from}}).",
    "limits.referenceRequired": "Kirjoita säädös tai peruste jokaisella kielellä (suomi, ruotsi, englanti).",
    "projects.duplicateName": "Alueella on jo hanke tällä nimellä.",
    "projects.endsBeforeStart": "Hanke ei voi päättyä ennen kuin se alkaa.",
    "projects.organisationNotFound": "Organisaatiota ei löydy alueelta.",
    "projects.notYourOrganisation":
      "Projektipäällikkönä voit perustaa ja muuttaa vain oman organisaatiosi hankkeita.",
    "funder.valueNotAccepted": "Ohjelmakausi {{period}} ei hyväksy tätä vastausta kohtaan {{field}}.",
    "funder.valueNotAccepted.gender": "Ohjelmakausi {{period}} ei hyväksy tätä vastausta kohtaan sukupuoli.",
    "funder.valueNotAccepted.labourMarketStatus":
      "Ohjelmakausi {{period}} ei hyväksy tätä vastausta kohtaan työmarkkina-asema.",
    "funder.valueNotAccepted.educationIsced":
      "Ohjelmakausi {{period}} ei hyväksy tätä vastausta kohtaan koulutustaso (ISCED).",
    "funder.valueNotAccepted.household":
      "Ohjelmakausi {{period}} ei hyväksy tätä vastausta kohtaan kotitalous.",
    "funder.valueNotAccepted.situation":
      "Ohjelmakausi {{period}} ei hyväksy tätä vastausta kohtaan tilanne poistuessa.",
  },
  sv: {
    "steps.kind.association_activity": "Föreningsverksamhet",
    "steps.kind.part_time_work": "Deltidsarbete",
    "steps.kind.rehabilitative_work": "Arbetsverksamhet i rehabiliteringssyfte",
    "steps.kind.work_trial": "Arbetsprövning",
    "steps.kind.wage_subsidy": "Arbete med lönesubvention",
    "steps.kind.education": "Utbildning eller kurs",
    "steps.kind.work_ability_assessment": "Bedömning av arbets- och funktionsförmåga",
    "steps.kind.small_jobs": "Småjobb",
    "steps.kind.group": "Grupp",
    "steps.kind.other_service": "Annan tjänst",
    "steps.endsBeforeStart": "Slutdatumet kan inte vara före startdatumet.",
    "steps.interruptionReasonRequired": "Skriv orsaken till avbrottet när steget har avbrutits.",
    "steps.providerNotFound": "Anordnarorganisationen finns inte i regionen.",
    "limits.warning.min_days_per_week":
      "{{measure}}: minst {{value}} dagar i veckan ({{reference}}). Det här steget: {{actual}} dagar i veckan.",
    "limits.warning.max_days_per_week":
      "{{measure}}: högst {{value}} dagar i veckan ({{reference}}). Det här steget: {{actual}} dagar i veckan.",
    "limits.warning.min_hours_per_day":
      "{{measure}}: minst {{value}} timmar om dagen ({{reference}}). Det här steget: {{actual}} timmar om dagen.",
    "limits.warning.max_hours_per_day":
      "{{measure}}: högst {{value}} timmar om dagen ({{reference}}). Det här steget: {{actual}} timmar om dagen.",
    "limits.warning.min_months":
      "{{measure}}: en period på minst {{value}} månader ({{reference}}). Den här perioden: {{actual}} månader.",
    "limits.warning.max_months":
      "{{measure}}: en period på högst {{value}} månader ({{reference}}). Den här perioden: {{actual}} månader.",
    "limits.warning.max_months_same_host":
      "{{measure}}: högst {{value}} månader hos samma värd ({{reference}}). Hos den här värden sammanlagt {{actual}} månader.",
    "limits.warning.max_months_total":
      "{{measure}}: högst {{value}} månader sammanlagt ({{reference}}). Sammanlagt {{actual}} månader.",
    "limits.warning.no_company_provider":
      "{{measure}}: får inte ordnas av ett företag ({{reference}}). Anordnaren av det här steget är ett företag.",
    "limits.warning.same_provider_gap_months":
      "{{measure}}: ingen ny period hos samma arbetsgivare inom {{value}} månader från att den föregående slutade ({{reference}}). Sedan den föregående perioden slutade: {{actual}} månader.",
    "limits.valueRequired": "Ange ett gränsvärde som är större än noll.",
    "limits.valueNotAllowed": "Den här regeln har inget gränsvärde: lämna fältet tomt.",
    "limits.validToBeforeFrom": "Giltigheten kan inte upphöra innan den börjar.",
    "limits.overlap":
      "Det finns redan en gräns för samma åtgärd och regel som gäller {{from}}–{{to}}. När lagen ändras, avsluta den gamla gränsen dagen före den nya börjar.",
    "limits.supersedeMismatch": "Gränsen som ersätts gäller en annan åtgärd eller regel.",
    "limits.supersedeTooEarly": "Den nya gränsen måste börja senare än gränsen som ersätts ({{from}}).",
    "limits.referenceRequired": "Skriv lagen eller grunden på varje språk (finska, svenska, engelska).",
    "projects.duplicateName": "Det finns redan ett projekt med det här namnet i regionen.",
    "projects.endsBeforeStart": "Projektet kan inte sluta innan det börjar.",
    "projects.organisationNotFound": "Organisationen finns inte i regionen.",
    "projects.notYourOrganisation":
      "Som projektledare kan du grunda och ändra bara din egen organisations projekt.",
    "funder.valueNotAccepted": "Programperioden {{period}} godtar inte det här svaret för {{field}}.",
    "funder.valueNotAccepted.gender": "Programperioden {{period}} godtar inte det här svaret för kön.",
    "funder.valueNotAccepted.labourMarketStatus":
      "Programperioden {{period}} godtar inte det här svaret för ställning på arbetsmarknaden.",
    "funder.valueNotAccepted.educationIsced":
      "Programperioden {{period}} godtar inte det här svaret för utbildningsnivå (ISCED).",
    "funder.valueNotAccepted.household": "Programperioden {{period}} godtar inte det här svaret för hushåll.",
    "funder.valueNotAccepted.situation":
      "Programperioden {{period}} godtar inte det här svaret för situation vid avslut.",
  },
  en: {
    "steps.kind.association_activity": "Association activity",
    "steps.kind.part_time_work": "Part-time work",
    "steps.kind.rehabilitative_work": "Rehabilitative work activity",
    "steps.kind.work_trial": "Work trial",
    "steps.kind.wage_subsidy": "Wage-subsidised work",
    "steps.kind.education": "Education or course",
    "steps.kind.work_ability_assessment": "Work-ability assessment",
    "steps.kind.small_jobs": "Small jobs",
    "steps.kind.group": "Group membership",
    "steps.kind.other_service": "Other service",
    "steps.endsBeforeStart": "The end date cannot be before the start date.",
    "steps.interruptionReasonRequired": "Write the reason when the step was interrupted.",
    "steps.providerNotFound": "The provider organisation was not found in the region.",
    "limits.warning.min_days_per_week":
      "{{measure}}: at least {{value}} days a week ({{reference}}). This step: {{actual}} days a week.",
    "limits.warning.max_days_per_week":
      "{{measure}}: at most {{value}} days a week ({{reference}}). This step: {{actual}} days a week.",
    "limits.warning.min_hours_per_day":
      "{{measure}}: at least {{value}} hours a day ({{reference}}). This step: {{actual}} hours a day.",
    "limits.warning.max_hours_per_day":
      "{{measure}}: at most {{value}} hours a day ({{reference}}). This step: {{actual}} hours a day.",
    "limits.warning.min_months":
      "{{measure}}: a period of at least {{value}} months ({{reference}}). This period: {{actual}} months.",
    "limits.warning.max_months":
      "{{measure}}: a period of at most {{value}} months ({{reference}}). This period: {{actual}} months.",
    "limits.warning.max_months_same_host":
      "{{measure}}: at most {{value}} months with the same host ({{reference}}). With this host: {{actual}} months in total.",
    "limits.warning.max_months_total":
      "{{measure}}: at most {{value}} months in total ({{reference}}). In total: {{actual}} months.",
    "limits.warning.no_company_provider":
      "{{measure}}: may not be arranged by a company ({{reference}}). The provider of this step is a company.",
    "limits.warning.same_provider_gap_months":
      "{{measure}}: no new period with the same employer within {{value}} months of the previous one ending ({{reference}}). Since the previous period ended: {{actual}} months.",
    "limits.valueRequired": "Give a limit value greater than zero.",
    "limits.valueNotAllowed": "This rule has no limit value: leave the field empty.",
    "limits.validToBeforeFrom": "The validity cannot end before it begins.",
    "limits.overlap":
      "A limit for the same measure and rule is already valid {{from}}–{{to}}. When the law changes, end the old limit the day before the new one begins.",
    "limits.supersedeMismatch": "The limit being replaced is for another measure or rule.",
    "limits.supersedeTooEarly": "The new limit must begin later than the limit it replaces ({{from}}).",
    "limits.referenceRequired": "Write the law or reference in every language (Finnish, Swedish, English).",
    "projects.duplicateName": "A project with this name exists already in the region.",
    "projects.endsBeforeStart": "The project cannot end before it begins.",
    "projects.organisationNotFound": "The organisation was not found in the region.",
    "projects.notYourOrganisation":
      "As a project manager you can create and change only your own organisation's projects.",
    "funder.valueNotAccepted": "The programme period {{period}} does not accept this answer for {{field}}.",
    "funder.valueNotAccepted.gender":
      "The programme period {{period}} does not accept this answer for gender.",
    "funder.valueNotAccepted.labourMarketStatus":
      "The programme period {{period}} does not accept this answer for labour-market status.",
    "funder.valueNotAccepted.educationIsced":
      "The programme period {{period}} does not accept this answer for education level (ISCED).",
    "funder.valueNotAccepted.household":
      "The programme period {{period}} does not accept this answer for household.",
    "funder.valueNotAccepted.situation":
      "The programme period {{period}} does not accept this answer for situation at exit.",
  },
} as const;
