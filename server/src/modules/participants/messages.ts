/** This module's messages, in Finnish, Swedish and English (merged into the server catalogue). */
export const participantMessages = {
  fi: {
    "participants.identityCodeInvalid":
      "Henkilötunnus ei ole kelvollinen: tarkista numerot ja tarkistusmerkki.",
    "participants.identityCodeBirthDate": "Syntymäaika ei vastaa henkilötunnusta.",
    "participants.identityCodeTaken":
      "Tällä henkilötunnuksella on jo asiakas verkostossa ({{organisation}}). Pyydä heitä jakamaan tiedot suostumuksella.",
    "participants.likelyDuplicate":
      "Samannimisellä ja samana päivänä syntyneellä on jo asiakkuus. Tarkista, onko kyse samasta henkilöstä, ja vahvista tallennus.",
    "participants.noCoachOrganisation":
      "Asiakkaan voi rekisteröidä vain organisaatio, jossa olet valmentaja.",
    "participants.birthDateFuture": "Syntymäaika ei voi olla tulevaisuudessa.",
    "consents.organisationRequired": "Valitse organisaatio, jolle tiedot jaetaan.",
    "consents.organisationNotAllowed": "Organisaatio valitaan vain tietojen jakamisen suostumukselle.",
    "consents.ownOrganisation": "Asiakkaan oma organisaatio näkee tiedot ilman jakosuostumusta.",
    "consents.givenFuture": "Suostumuksen päivä ei voi olla tulevaisuudessa.",
    "consents.withdrawnBeforeGiven": "Peruutuspäivä ei voi olla ennen suostumuksen antamista.",
    "consents.withdrawnFuture": "Peruutuspäivä ei voi olla tulevaisuudessa.",
    "consents.alreadyWithdrawn": "Suostumus on jo peruttu.",
    "participants.accountExists": "Asiakkaalla on jo oma tunnus Polkuun.",
  },
  sv: {
    "participants.identityCodeInvalid":
      "Personbeteckningen är inte giltig: kontrollera siffrorna och kontrolltecknet.",
    "participants.identityCodeBirthDate": "Födelsedatumet stämmer inte med personbeteckningen.",
    "participants.identityCodeTaken":
      "Det finns redan en klient med den här personbeteckningen i nätverket ({{organisation}}). Be dem dela uppgifterna med samtycke.",
    "participants.likelyDuplicate":
      "Det finns redan en klient med samma namn och födelsedatum. Kontrollera om det är samma person och bekräfta sparandet.",
    "participants.noCoachOrganisation": "En klient kan registreras bara av en organisation där du är coach.",
    "participants.birthDateFuture": "Födelsedatumet kan inte ligga i framtiden.",
    "consents.organisationRequired": "Välj den organisation som uppgifterna delas med.",
    "consents.organisationNotAllowed": "En organisation väljs bara för samtycke till delning.",
    "consents.ownOrganisation": "Klientens egen organisation ser uppgifterna utan samtycke till delning.",
    "consents.givenFuture": "Samtyckets datum kan inte ligga i framtiden.",
    "consents.withdrawnBeforeGiven": "Återkallelsedatumet kan inte vara före samtycket.",
    "consents.withdrawnFuture": "Återkallelsedatumet kan inte ligga i framtiden.",
    "consents.alreadyWithdrawn": "Samtycket har redan återkallats.",
    "participants.accountExists": "Klienten har redan ett eget konto i Polku.",
  },
  en: {
    "participants.identityCodeInvalid":
      "The personal identity code is not valid: check the digits and the check character.",
    "participants.identityCodeBirthDate": "The birth date does not match the personal identity code.",
    "participants.identityCodeTaken":
      "A participant with this identity code is already registered in the network ({{organisation}}). Ask them to share the record with consent.",
    "participants.likelyDuplicate":
      "Someone with the same name and birth date is already registered. Check whether it is the same person and confirm to save.",
    "participants.noCoachOrganisation":
      "Only an organisation where you are a coach can register a participant.",
    "participants.birthDateFuture": "The birth date cannot be in the future.",
    "consents.organisationRequired": "Choose the organisation the record is shared with.",
    "consents.organisationNotAllowed": "An organisation is chosen only for a consent to share.",
    "consents.ownOrganisation":
      "The participant's own organisation sees the record without a sharing consent.",
    "consents.givenFuture": "The date of consent cannot be in the future.",
    "consents.withdrawnBeforeGiven": "The withdrawal date cannot be before the consent was given.",
    "consents.withdrawnFuture": "The withdrawal date cannot be in the future.",
    "consents.alreadyWithdrawn": "The consent has already been withdrawn.",
    "participants.accountExists": "The participant already has their own sign-in to Polku.",
  },
} as const;
