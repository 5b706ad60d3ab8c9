import type { Language } from "../modules/access/roles";
import { participantMessages } from "../modules/participants/messages";
import { pathwayMessages } from "../modules/pathway/messages";
import { ruleMessages } from "../modules/rules/messages";
import { cohortMessages } from "../modules/self-assessment/cohort-messages";
import { selfAssessmentMessages } from "../modules/self-assessment/messages";
import { selfServiceMessages } from "../modules/self-service/messages";
import { smallJobMessages } from "../modules/small-jobs/messages";

/** Every message the server writes for a person, in Finnish, Swedish and English. */
const coreMessages = {
  fi: {
    "problem.badRequest": "Pyyntö on virheellinen.",
    "problem.validation": "Tiedoissa on virheitä. Korjaa merkityt kohdat ja yritä uudelleen.",
    "problem.invalidJson": "Pyynnön sisältö ei ole kelvollista JSONia.",
    "problem.unsupportedMediaType": "Sisältötyyppiä ei tueta. Lähetä tiedot JSON-muodossa.",
    "problem.payloadTooLarge": "Pyyntö on liian suuri.",
    "problem.unauthenticated": "Kirjaudu sisään jatkaaksesi.",
    "problem.forbidden": "Sinulla ei ole oikeutta tähän toimintoon.",
    "problem.csrf": "Pyynnön suojaustunniste puuttuu tai on väärä. Lataa sivu uudelleen ja yritä uudelleen.",
    "problem.notFound": "Hakemaasi kohdetta ei löytynyt.",
    "problem.conflict":
      "Joku muu on muuttanut näitä tietoja sillä välin. Lataa tiedot uudelleen ja tee muutoksesi niihin.",
    "problem.duplicate": "Samanlainen tieto on jo olemassa.",
    "problem.reference": "Tieto viittaa kohteeseen, jota ei ole tai jota ei voi käyttää.",
    "problem.rateLimited": "Liian monta pyyntöä. Odota hetki ja yritä uudelleen.",
    "problem.internal":
      "Palvelussa tapahtui virhe. Mitään tallennettua ei menetetty. Yritä hetken kuluttua uudelleen.",
    "problem.unavailable": "Palvelu ei ole juuri nyt käytettävissä.",
    "auth.badCredentials": "Sähköposti tai salasana on väärin.",
    "auth.locked": "Liian monta epäonnistunutta kirjautumisyritystä. Tili on lukittu {{minutes}} minuutiksi.",
    "auth.deactivated": "Käyttäjätili on poistettu käytöstä. Ota yhteyttä ylläpitäjään.",
    "auth.invitationInvalid": "Kutsulinkki on vanhentunut tai jo käytetty. Pyydä ylläpitäjältä uusi kutsu.",
    "users.duplicateEmail": "Tällä sähköpostiosoitteella on jo käyttäjä.",
    "users.cannotDeactivateSelf": "Et voi poistaa omaa tiliäsi käytöstä.",
    "users.notInvited": "Käyttäjä on jo ottanut tilinsä käyttöön.",
    "users.lastAdministrator": "Alueella on oltava vähintään yksi aktiivinen ylläpitäjä.",
    "organisations.duplicateName": "Alueella on jo organisaatio tällä nimellä.",
    "organisations.inactive": "Organisaatio ei ole käytössä.",
    "validation.required": "Kenttä {{field}} on pakollinen.",
    "validation.additionalProperties": "Kenttää {{field}} ei tunneta.",
    "validation.type": "Kentän {{field}} arvo on väärää tyyppiä.",
    "validation.minLength": "Kentässä {{field}} on oltava vähintään {{limit}} merkkiä.",
    "validation.maxLength": "Kentässä {{field}} saa olla enintään {{limit}} merkkiä.",
    "validation.format": "Kentän {{field}} muoto on virheellinen.",
    "validation.enum": "Kentän {{field}} arvo ei ole sallittu.",
    "validation.pattern": "Kentän {{field}} muoto on virheellinen.",
    "validation.minimum": "Kentän {{field}} on oltava vähintään {{limit}}.",
    "validation.maximum": "Kentän {{field}} on oltava enintään {{limit}}.",
    "validation.minItems": "Kentässä {{field}} on oltava vähintään {{limit}} kohtaa.",
    "validation.maxItems": "Kentässä {{field}} saa olla enintään {{limit}} kohtaa.",
    "validation.other": "Kentän {{field}} arvo on virheellinen.",
    "mail.invitation.subject": "Kutsu Polkuun",
    "mail.invitation.body":
      "Hei {{name}},\n\n{{inviter}} on kutsunut sinut Polkuun ({{region}}). Ota tilisi käyttöön ja aseta salasana tästä linkistä {{days}} päivän kuluessa:\n\n{{link}}\n\nJos et odottanut tätä viestiä, voit jättää sen huomiotta.",
  },
  sv: {
    "problem.badRequest": "Begäran är felaktig.",
    "problem.validation": "Uppgifterna innehåller fel. Rätta de markerade fälten och försök igen.",
    "problem.invalidJson": "Begärans innehåll är inte giltig JSON.",
    "problem.unsupportedMediaType": "Innehållstypen stöds inte. Skicka uppgifterna som JSON.",
    "problem.payloadTooLarge": "Begäran är för stor.",
    "problem.unauthenticated": "Logga in för att fortsätta.",
    "problem.forbidden": "Du har inte behörighet till den här funktionen.",
    "problem.csrf": "Begärans skyddskod saknas eller är fel. Ladda om sidan och försök igen.",
    "problem.notFound": "Det du sökte hittades inte.",
    "problem.conflict":
      "Någon annan har ändrat uppgifterna under tiden. Ladda om uppgifterna och gör dina ändringar på nytt.",
    "problem.duplicate": "En likadan uppgift finns redan.",
    "problem.reference": "Uppgiften hänvisar till något som inte finns eller inte kan användas.",
    "problem.rateLimited": "För många begäranden. Vänta en stund och försök igen.",
    "problem.internal":
      "Ett fel inträffade i tjänsten. Inget som sparats har gått förlorat. Försök igen om en stund.",
    "problem.unavailable": "Tjänsten är inte tillgänglig just nu.",
    "auth.badCredentials": "E-postadressen eller lösenordet är fel.",
    "auth.locked": "För många misslyckade inloggningsförsök. Kontot är låst i {{minutes}} minuter.",
    "auth.deactivated": "Användarkontot har inaktiverats. Kontakta administratören.",
    "auth.invitationInvalid":
      "Inbjudningslänken har gått ut eller redan använts. Be administratören om en ny inbjudan.",
    "users.duplicateEmail": "Det finns redan en användare med den här e-postadressen.",
    "users.cannotDeactivateSelf": "Du kan inte inaktivera ditt eget konto.",
    "users.notInvited": "Användaren har redan tagit kontot i bruk.",
    "users.lastAdministrator": "Regionen måste ha minst en aktiv administratör.",
    "organisations.duplicateName": "Det finns redan en organisation med det här namnet i regionen.",
    "organisations.inactive": "Organisationen är inte i bruk.",
    "validation.required": "Fältet {{field}} är obligatoriskt.",
    "validation.additionalProperties": "Fältet {{field}} är okänt.",
    "validation.type": "Värdet i fältet {{field}} är av fel typ.",
    "validation.minLength": "Fältet {{field}} måste ha minst {{limit}} tecken.",
    "validation.maxLength": "Fältet {{field}} får ha högst {{limit}} tecken.",
    "validation.format": "Formatet i fältet {{field}} är felaktigt.",
    "validation.enum": "Värdet i fältet {{field}} är inte tillåtet.",
    "validation.pattern": "Formatet i fältet {{field}} är felaktigt.",
    "validation.minimum": "Fältet {{field}} måste vara minst {{limit}}.",
    "validation.maximum": "Fältet {{field}} får vara högst {{limit}}.",
    "validation.minItems": "Fältet {{field}} måste ha minst {{limit}} poster.",
    "validation.maxItems": "Fältet {{field}} får ha högst {{limit}} poster.",
    "validation.other": "Värdet i fältet {{field}} är felaktigt.",
    "mail.invitation.subject": "Inbjudan till Polku",
    "mail.invitation.body":
      "Hej {{name}},\n\n{{inviter}} har bjudit in dig till Polku ({{region}}). Ta ditt konto i bruk och välj ett lösenord via den här länken inom {{days}} dagar:\n\n{{link}}\n\nOm du inte väntade dig det här meddelandet kan du lämna det utan åtgärd.",
  },
  en: {
    "problem.badRequest": "The request is not valid.",
    "problem.validation": "Some of the data is not valid. Correct the marked fields and try again.",
    "problem.invalidJson": "The request body is not valid JSON.",
    "problem.unsupportedMediaType": "This content type is not supported. Send the data as JSON.",
    "problem.payloadTooLarge": "The request is too large.",
    "problem.unauthenticated": "Sign in to continue.",
    "problem.forbidden": "You are not allowed to do this.",
    "problem.csrf": "The request's security token is missing or wrong. Reload the page and try again.",
    "problem.notFound": "What you were looking for was not found.",
    "problem.conflict":
      "Someone else has changed this data in the meantime. Reload it and make your changes again.",
    "problem.duplicate": "The same data exists already.",
    "problem.reference": "The data refers to something that does not exist or cannot be used.",
    "problem.rateLimited": "Too many requests. Wait a moment and try again.",
    "problem.internal": "Something went wrong in the service. Nothing saved was lost. Try again in a moment.",
    "problem.unavailable": "The service is not available right now.",
    "auth.badCredentials": "The e-mail address or password is wrong.",
    "auth.locked": "Too many failed sign-in attempts. The account is locked for {{minutes}} minutes.",
    "auth.deactivated": "This user account has been deactivated. Contact your administrator.",
    "auth.invitationInvalid":
      "The invitation link has expired or been used. Ask your administrator for a new invitation.",
    "users.duplicateEmail": "A user with this e-mail address exists already.",
    "users.cannotDeactivateSelf": "You cannot deactivate your own account.",
    "users.notInvited": "The user has already taken their account into use.",
    "users.lastAdministrator": "The region must keep at least one active administrator.",
    "organisations.duplicateName": "An organisation with this name exists already in the region.",
    "organisations.inactive": "The organisation is not active.",
    "validation.required": "The field {{field}} is required.",
    "validation.additionalProperties": "The field {{field}} is not known.",
    "validation.type": "The field {{field}} has a value of the wrong type.",
    "validation.minLength": "The field {{field}} must have at least {{limit}} characters.",
    "validation.maxLength": "The field {{field}} may have at most {{limit}} characters.",
    "validation.format": "The field {{field}} is not in the right format.",
    "validation.enum": "The value of the field {{field}} is not allowed.",
    "validation.pattern": "The field {{field}} is not in the right format.",
    "validation.minimum": "The field {{field}} must be at least {{limit}}.",
    "validation.maximum": "The field {{field}} must be at most {{limit}}.",
    "validation.minItems": "The field {{field}} must have at least {{limit}} items.",
    "validation.maxItems": "The field {{field}} may have at most {{limit}} items.",
    "validation.other": "The field {{field}} is not valid.",
    "mail.invitation.subject": "Invitation to Polku",
    "mail.invitation.body":
      "Hello {{name}},\n\n{{inviter}} has invited you to Polku ({{region}}). Take your account into use and set a password with this link within {{days}} days:\n\n{{link}}\n\nIf you did not expect this message, you can ignore it.",
  },
} as const satisfies Record<Language, Record<string, string>>;

/** The core catalogue and each module's own (a module keeps its messages beside its code). */
export const messages = {
  fi: {
    ...coreMessages.fi,
    ...participantMessages.fi,
    ...pathwayMessages.fi,
    ...ruleMessages.fi,
    ...selfServiceMessages.fi,
    ...selfAssessmentMessages.fi,
    ...cohortMessages.fi,
    ...smallJobMessages.fi,
  },
  sv: {
    ...coreMessages.sv,
    ...participantMessages.sv,
    ...pathwayMessages.sv,
    ...ruleMessages.sv,
    ...selfServiceMessages.sv,
    ...selfAssessmentMessages.sv,
    ...cohortMessages.sv,
    ...smallJobMessages.sv,
  },
  en: {
    ...coreMessages.en,
    ...participantMessages.en,
    ...pathwayMessages.en,
    ...ruleMessages.en,
    ...selfServiceMessages.en,
    ...selfAssessmentMessages.en,
    ...cohortMessages.en,
    ...smallJobMessages.en,
  },
} as const;

export type MessageKey = keyof (typeof messages)["fi"];

/** The message in the language, with {{name}} placeholders filled in. */
export function translate(
  lang: Language,
  key: MessageKey,
  params: Record<string, string | number> = {},
): string {
  const template: string = messages[lang][key] ?? messages.fi[key];
  return template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(params[name] ?? `{{${name}}}`));
}

/** The first of fi, sv, en named by an Accept-Language header, or the fallback. */
export function languageFromHeader(header: string | undefined, fallback: Language): Language {
  if (!header) return fallback;
  const ranked = header
    .split(",")
    .map((part) => {
      const [tag = "", ...params] = part.trim().split(";");
      const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
      return { tag: tag.trim().toLowerCase().split("-")[0] ?? "", q: q ? Number(q.slice(2)) : 1 };
    })
    .filter((x) => x.q > 0)
    .sort((a, b) => b.q - a.q);
  for (const { tag } of ranked) {
    if (tag === "fi" || tag === "sv" || tag === "en") return tag;
  }
  return fallback;
}
