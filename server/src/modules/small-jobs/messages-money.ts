/** Messages of the small-jobs money routes, in Finnish, Swedish and English. */
export const moneyMessages = {
  fi: {
    "smallJobs.rule.validToBeforeFrom": "Voimassaolo ei voi päättyä ennen kuin se alkaa.",
    "smallJobs.rule.overlap":
      "Samalle etuudelle on jo sääntö, joka on voimassa {{from}}–{{to}}. Kun laki muuttuu, päätä vanha sääntö päivää ennen uuden alkua.",
    "smallJobs.rule.textRequired": "Kirjoita nimi ja säädös jokaisella kielellä (suomi, ruotsi, englanti).",
    "smallJobs.profile.anchorRequired":
      "Kun etuutta sovitellaan neljän viikon jaksoissa, anna jonkin jakson ensimmäinen päivä.",
    "smallJobs.range.invalid": "Aikavälin loppu ei voi olla ennen alkua.",
    "smallJobs.range.tooLong": "Valitse enintään kolmen vuoden aikaväli.",
    "smallJobs.hours.notYet":
      "Tunnit vahvistetaan tehdyn työn jälkeen: työ on merkittävä tehdyksi tai työpäivien on oltava menneitä.",
    "smallJobs.hours.daysReversed": "Viimeinen työpäivä ei voi olla ennen ensimmäistä.",
    "smallJobs.hours.inFuture": "Työpäivät eivät voi olla tulevaisuudessa.",
    "smallJobs.hours.tooMany": "Tunteja on enemmän kuin työpäivinä ehtii tehdä ({{days}} päivää).",
    "smallJobs.alreadyPaid": "Palkka on jo maksettu. Maksetun työn tunteja tai palkkaa ei voi enää muuttaa.",
    "smallJobs.jobCancelled": "Työ on peruttu.",
    "smallJobs.payment.hoursNotAgreed":
      "Tunnit on ensin vahvistettava: tekijän ja tilaajan tuntien on täsmättävä ennen maksua.",
    "smallJobs.payment.notDone": "Palkka kirjataan, kun työ on merkitty tehdyksi.",
    "smallJobs.payment.inFuture": "Maksupäivä ei voi olla tulevaisuudessa.",
    "smallJobs.payment.beforeWork": "Maksupäivä ei voi olla ennen ensimmäistä työpäivää.",
    "smallJobs.payStatement.notPaid": "Palkkalaskelma tehdään, kun palkka on maksettu.",
    "smallJobs.invoice.exists": "Työstä on jo tehty lasku. Korjaus tehdään uutena asiakirjana.",
    "smallJobs.invoice.notDone": "Lasku tehdään, kun työ on tehty.",
    "smallJobs.invoice.needsOrderer": "Laskun voi tehdä vain työstä, jolla on tilaaja.",
    "smallJobs.invoice.notFound": "Työstä ei ole vielä laskua.",
  },
  sv: {
    "smallJobs.rule.validToBeforeFrom": "Giltigheten kan inte upphöra innan den börjar.",
    "smallJobs.rule.overlap":
      "För samma förmån finns redan en regel som gäller {{from}}–{{to}}. När lagen ändras, avsluta den gamla regeln dagen före den nya börjar.",
    "smallJobs.rule.textRequired": "Skriv namn och lagrum på varje språk (finska, svenska, engelska).",
    "smallJobs.profile.anchorRequired":
      "När förmånen jämkas i perioder om fyra veckor, ange den första dagen i en av perioderna.",
    "smallJobs.range.invalid": "Tidsperiodens slut kan inte vara före dess början.",
    "smallJobs.range.tooLong": "Välj en tidsperiod på högst tre år.",
    "smallJobs.hours.notYet":
      "Timmarna bekräftas efter arbetet: arbetet ska vara markerat som utfört eller arbetsdagarna ska ha varit.",
    "smallJobs.hours.daysReversed": "Den sista arbetsdagen kan inte vara före den första.",
    "smallJobs.hours.inFuture": "Arbetsdagarna kan inte vara i framtiden.",
    "smallJobs.hours.tooMany": "Det är fler timmar än arbetsdagarna rymmer ({{days}} dagar).",
    "smallJobs.alreadyPaid":
      "Lönen är redan betald. Timmar eller lön för betalt arbete kan inte längre ändras.",
    "smallJobs.jobCancelled": "Jobbet har ställts in.",
    "smallJobs.payment.hoursNotAgreed":
      "Timmarna ska först bekräftas: arbetstagarens och beställarens timmar ska stämma överens före betalningen.",
    "smallJobs.payment.notDone": "Lönen bokförs när arbetet har markerats som utfört.",
    "smallJobs.payment.inFuture": "Betalningsdagen kan inte vara i framtiden.",
    "smallJobs.payment.beforeWork": "Betalningsdagen kan inte vara före den första arbetsdagen.",
    "smallJobs.payStatement.notPaid": "Lönespecifikationen görs när lönen har betalats.",
    "smallJobs.invoice.exists":
      "En faktura har redan gjorts för jobbet. En rättelse görs som ett nytt dokument.",
    "smallJobs.invoice.notDone": "Fakturan görs när arbetet är utfört.",
    "smallJobs.invoice.needsOrderer": "En faktura kan bara göras för ett jobb som har en beställare.",
    "smallJobs.invoice.notFound": "Det finns ännu ingen faktura för jobbet.",
  },
  en: {
    "smallJobs.rule.validToBeforeFrom": "The validity cannot end before it begins.",
    "smallJobs.rule.overlap":
      "The same benefit already has a rule in force {{from}}–{{to}}. When the law changes, end the old rule the day before the new one begins.",
    "smallJobs.rule.textRequired":
      "Write the name and the legal reference in each language (Finnish, Swedish, English).",
    "smallJobs.profile.anchorRequired":
      "When the benefit is adjusted in 4-week periods, give the first day of one of the periods.",
    "smallJobs.range.invalid": "The end of the period cannot be before its start.",
    "smallJobs.range.tooLong": "Choose a period of at most three years.",
    "smallJobs.hours.notYet":
      "Hours are confirmed after the work: the job must be marked done or the working days must be past.",
    "smallJobs.hours.daysReversed": "The last working day cannot be before the first.",
    "smallJobs.hours.inFuture": "The working days cannot be in the future.",
    "smallJobs.hours.tooMany": "That is more hours than the working days hold ({{days}} days).",
    "smallJobs.alreadyPaid":
      "The pay has already been paid. Hours or pay of paid work can no longer be changed.",
    "smallJobs.jobCancelled": "The job has been cancelled.",
    "smallJobs.payment.hoursNotAgreed":
      "Confirm the hours first: the worker's and the orderer's hours must agree before payment.",
    "smallJobs.payment.notDone": "Pay is recorded once the job has been marked done.",
    "smallJobs.payment.inFuture": "The payment day cannot be in the future.",
    "smallJobs.payment.beforeWork": "The payment day cannot be before the first working day.",
    "smallJobs.payStatement.notPaid": "The pay statement is made once the pay has been paid.",
    "smallJobs.invoice.exists": "The job has already been invoiced. A correction is made as a new document.",
    "smallJobs.invoice.notDone": "The invoice is made once the work is done.",
    "smallJobs.invoice.needsOrderer": "Only a job that has an orderer can be invoiced.",
    "smallJobs.invoice.notFound": "The job has not been invoiced yet.",
  },
} as const;
