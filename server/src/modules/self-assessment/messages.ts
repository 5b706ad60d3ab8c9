/** This module's messages, in Finnish, Swedish and English (merged into the server catalogue). */
export const selfAssessmentMessages = {
  fi: {
    "instruments.keyTaken": "Alueella on jo mittari tunnuksella {{key}}. Valitse toinen tunnus.",
    "instruments.textRequired": "Kirjoita teksti kaikilla kielillä: suomi, ruotsi, englanti ja selkokieli.",
    "instruments.noDimensions": "Lisää mittariin vähintään yksi osa-alue ennen julkaisemista.",
    "instruments.tooManyDimensions": "Mittarissa voi olla enintään {{max}} osa-aluetta.",
    "instruments.dimensionKeyInvalid":
      "Osa-alueen tunnus alkaa pienellä kirjaimella, ja siinä voi olla pieniä kirjaimia a–z, numeroita ja alaviivoja (enintään 40 merkkiä).",
    "instruments.dimensionKeyDuplicate":
      "Tunnus {{key}} on jo toisella osa-alueella. Jokaisella osa-alueella on oma tunnuksensa.",
    "instruments.draftExists": "Mittarilla on jo luonnos. Jatka sen muokkaamista.",
    "instruments.noDraft": "Mittarilla ei ole luonnosta. Aloita uusi luonnos julkaistusta versiosta.",
    "instruments.notPublishable": "Luonnosta ei voi vielä julkaista. Korjaa merkityt kohdat.",
    "selfAssessment.instrumentNotAvailable":
      "Tällä mittarilla ei voi nyt vastata: se on poistettu käytöstä tai sillä ei ole julkaistua versiota.",
    "selfAssessment.unknownKey": "Osa-aluetta {{key}} ei ole tässä arviossa.",
    "selfAssessment.alreadySubmitted":
      "Arvio on jo lähetetty, eikä sitä voi enää muuttaa. Korjaus tehdään uutena arviona.",
    "selfAssessment.nothingAnswered":
      "Vastaa vähintään yhteen kysymykseen ennen lähettämistä. Vastaamatta: {{keys}}.",
    "selfAssessment.externalToolRequired":
      "Kirjoita sen työkalun nimi, jolla pisteet saatiin (esimerkiksi Kykyviisari).",
    "selfAssessment.answeredOnFuture": "Arvion päivä ei voi olla tulevaisuudessa.",
  },
  sv: {
    "instruments.keyTaken": "Området har redan ett mätinstrument med koden {{key}}. Välj en annan kod.",
    "instruments.textRequired": "Skriv texten på alla språk: finska, svenska, engelska och lättläst finska.",
    "instruments.noDimensions": "Lägg till minst ett delområde i mätinstrumentet innan du publicerar det.",
    "instruments.tooManyDimensions": "Ett mätinstrument kan ha högst {{max}} delområden.",
    "instruments.dimensionKeyInvalid":
      "Delområdets kod börjar med en liten bokstav och får innehålla små bokstäver a–z, siffror och understreck (högst 40 tecken).",
    "instruments.dimensionKeyDuplicate":
      "Koden {{key}} används redan av ett annat delområde. Varje delområde har en egen kod.",
    "instruments.draftExists": "Mätinstrumentet har redan ett utkast. Fortsätt redigera det.",
    "instruments.noDraft":
      "Mätinstrumentet har inget utkast. Börja ett nytt utkast från den publicerade versionen.",
    "instruments.notPublishable": "Utkastet kan inte publiceras ännu. Rätta de markerade punkterna.",
    "selfAssessment.instrumentNotAvailable":
      "Det går inte att svara med det här mätinstrumentet nu: det har tagits ur bruk eller saknar en publicerad version.",
    "selfAssessment.unknownKey": "Delområdet {{key}} finns inte i den här självskattningen.",
    "selfAssessment.alreadySubmitted":
      "Självskattningen har redan skickats och kan inte längre ändras. En rättelse görs som en ny självskattning.",
    "selfAssessment.nothingAnswered": "Svara på minst en fråga innan du skickar. Obesvarade: {{keys}}.",
    "selfAssessment.externalToolRequired":
      "Skriv namnet på verktyget som poängen kommer från (till exempel Kykyviisari).",
    "selfAssessment.answeredOnFuture": "Datumet för självskattningen kan inte vara i framtiden.",
  },
  en: {
    "instruments.keyTaken": "The region already has an instrument with the key {{key}}. Choose another key.",
    "instruments.textRequired":
      "Write the text in every language: Finnish, Swedish, English and plain Finnish.",
    "instruments.noDimensions": "Add at least one dimension to the instrument before publishing it.",
    "instruments.tooManyDimensions": "An instrument can have at most {{max}} dimensions.",
    "instruments.dimensionKeyInvalid":
      "A dimension key starts with a lower-case letter and may contain lower-case letters a–z, digits and underscores (at most 40 characters).",
    "instruments.dimensionKeyDuplicate":
      "The key {{key}} is already used by another dimension. Each dimension has its own key.",
    "instruments.draftExists": "The instrument already has a draft. Continue editing it.",
    "instruments.noDraft": "The instrument has no draft. Start a new draft from the published version.",
    "instruments.notPublishable": "The draft cannot be published yet. Correct the marked points.",
    "selfAssessment.instrumentNotAvailable":
      "This instrument cannot be answered now: it has been archived or has no published version.",
    "selfAssessment.unknownKey": "The dimension {{key}} is not part of this self-assessment.",
    "selfAssessment.alreadySubmitted":
      "The self-assessment has already been submitted and can no longer be changed. A correction is made as a new self-assessment.",
    "selfAssessment.nothingAnswered":
      "Answer at least one question before submitting. Not answered: {{keys}}.",
    "selfAssessment.externalToolRequired":
      "Write the name of the tool the scores were taken with (for example Kykyviisari).",
    "selfAssessment.answeredOnFuture": "The date of the self-assessment cannot be in the future.",
  },
} as const;
