/** This module's messages, in Finnish, Swedish and English (merged into the server catalogue). */
export const pathwayMessages = {
  fi: {
    "enrolments.projectNotFound": "Hanketta ei löytynyt. Valitse hanke luettelosta.",
    "enrolments.entryBeforeProject": "Aloituspäivä ei voi olla ennen hankkeen alkua ({{date}}).",
    "enrolments.entryAfterProject": "Aloituspäivä ei voi olla hankkeen päättymisen ({{date}}) jälkeen.",
    "enrolments.coachNotInOrganisation":
      "Omaksi valmentajaksi voi nimetä vain asiakkaan organisaation aktiivisen valmentajan.",
    "enrolments.alreadyOpen":
      "Asiakkaalla on jo päättymätön osallistuminen tähän hankkeeseen. Päätä se ennen uutta aloitusta.",
    "enrolments.alreadyExited": "Osallistuminen on jo päättynyt ({{date}}).",
    "enrolments.exitBeforeEntry": "Päättymispäivä ei voi olla ennen aloituspäivää ({{date}}).",
    "enrolments.exitFuture": "Päättymispäivä ei voi olla tulevaisuudessa.",
    "followUp.notExited": "Seurannan voi kirjata vasta, kun osallistuminen on päättynyt.",
    "followUp.beforeExit": "Seurantapäivä ei voi olla ennen päättymispäivää ({{date}}).",
    "followUp.future": "Seurantapäivä ei voi olla tulevaisuudessa.",
    "assessments.assessedOnFuture": "Kartoituksen päivä ei voi olla tulevaisuudessa.",
    "plans.conflict":
      "{{name}} tallensi suunnitelman sillä välin, kun muokkasit sitä, joten tallennustasi ei tehty. Lataa uusin versio ja tee muutoksesi siihen.",
    "plans.agreedOnFuture": "Sopimispäivä ei voi olla tulevaisuudessa.",
    "plans.nextReviewBeforeAgreed": "Seuraava arviointi ei voi olla ennen sopimispäivää.",
    "plans.goalTitleRequired": "Anna tavoitteelle nimi.",
    "plans.goalUnknown": "Tavoite ei kuulu tähän suunnitelmaan. Lataa suunnitelma uudelleen.",
    "plans.reviewedOnFuture": "Arvioinnin päivä ei voi olla tulevaisuudessa.",
    "stages.changedOnFuture": "Vaiheen muutospäivä ei voi olla tulevaisuudessa.",
    "contacts.happenedAtFuture": "Tapaamisen aika ei voi olla tulevaisuudessa.",
  },
  sv: {
    "enrolments.projectNotFound": "Projektet hittades inte. Välj ett projekt i listan.",
    "enrolments.entryBeforeProject": "Startdatumet kan inte vara före projektets början ({{date}}).",
    "enrolments.entryAfterProject": "Startdatumet kan inte vara efter projektets slut ({{date}}).",
    "enrolments.coachNotInOrganisation":
      "Endast en aktiv coach i klientens organisation kan utses till personlig coach.",
    "enrolments.alreadyOpen":
      "Klienten deltar redan i det här projektet utan slutdatum. Avsluta det deltagandet före en ny start.",
    "enrolments.alreadyExited": "Deltagandet har redan avslutats ({{date}}).",
    "enrolments.exitBeforeEntry": "Slutdatumet kan inte vara före startdatumet ({{date}}).",
    "enrolments.exitFuture": "Slutdatumet kan inte vara i framtiden.",
    "followUp.notExited": "Uppföljningen kan registreras först när deltagandet har avslutats.",
    "followUp.beforeExit": "Uppföljningsdatumet kan inte vara före slutdatumet ({{date}}).",
    "followUp.future": "Uppföljningsdatumet kan inte vara i framtiden.",
    "assessments.assessedOnFuture": "Kartläggningens datum kan inte vara i framtiden.",
    "plans.conflict":
      "{{name}} sparade planen medan du redigerade den, så din ändring sparades inte. Ladda den senaste versionen och gör dina ändringar i den.",
    "plans.agreedOnFuture": "Datumet då planen avtalades kan inte vara i framtiden.",
    "plans.nextReviewBeforeAgreed": "Nästa uppföljning kan inte vara före datumet då planen avtalades.",
    "plans.goalTitleRequired": "Ge målet ett namn.",
    "plans.goalUnknown": "Målet hör inte till den här planen. Ladda planen på nytt.",
    "plans.reviewedOnFuture": "Uppföljningens datum kan inte vara i framtiden.",
    "stages.changedOnFuture": "Datumet för byte av skede kan inte vara i framtiden.",
    "contacts.happenedAtFuture": "Tidpunkten för mötet kan inte vara i framtiden.",
  },
  en: {
    "enrolments.projectNotFound": "The project was not found. Choose a project from the list.",
    "enrolments.entryBeforeProject": "The entry date cannot be before the project starts ({{date}}).",
    "enrolments.entryAfterProject": "The entry date cannot be after the project ends ({{date}}).",
    "enrolments.coachNotInOrganisation":
      "Only an active coach of the participant's organisation can be named personal coach.",
    "enrolments.alreadyOpen":
      "The participant already has an open enrolment in this project. End it before enrolling again.",
    "enrolments.alreadyExited": "The participation has already ended ({{date}}).",
    "enrolments.exitBeforeEntry": "The exit date cannot be before the entry date ({{date}}).",
    "enrolments.exitFuture": "The exit date cannot be in the future.",
    "followUp.notExited": "The follow-up can be recorded only after the participation has ended.",
    "followUp.beforeExit": "The follow-up date cannot be before the exit date ({{date}}).",
    "followUp.future": "The follow-up date cannot be in the future.",
    "assessments.assessedOnFuture": "The assessment date cannot be in the future.",
    "plans.conflict":
      "{{name}} saved the plan while you were editing it, so your save was not made. Load the latest version and make your changes to it.",
    "plans.agreedOnFuture": "The date the plan was agreed cannot be in the future.",
    "plans.nextReviewBeforeAgreed": "The next review cannot be before the date the plan was agreed.",
    "plans.goalTitleRequired": "Give the goal a name.",
    "plans.goalUnknown": "The goal does not belong to this plan. Load the plan again.",
    "plans.reviewedOnFuture": "The review date cannot be in the future.",
    "stages.changedOnFuture": "The date of the stage change cannot be in the future.",
    "contacts.happenedAtFuture": "The time of the meeting cannot be in the future.",
  },
} as const;
