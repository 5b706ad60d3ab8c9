/** Messages of the small-jobs orders routes (households ordering without an account), in Finnish, Swedish and English. */
export const ordersMessages = {
  fi: {
    "orders.unknownRegion": "Aluetta ei löytynyt. Valitse alue listasta.",
    "orders.unknownBroker":
      "Valittu yhdistys ei ota vastaan tilauksia tällä alueella. Valitse yhdistys listasta.",
    "orders.linkInvalid":
      "Linkki on vanhentunut tai jo käytetty. Voit pyytää uuden linkin tilauksiisi sähköpostiisi.",
    "orders.signInByLink":
      "Tilauksesi näet sähköpostiisi lähetetyn linkin kautta. Pyydä uusi linkki, niin lähetämme sen sinulle.",
    "orders.cannotCancel": "Tilausta ei voi enää perua: työ on jo aloitettu tai tehty.",
    "orders.alreadyConfirmed": "Tilaus on jo vahvistettu.",
    "orders.cancelled": "Tilaus on peruttu.",
    "mail.order.subject": "Vahvista pienen työn tilauksesi: {{title}}",
    "mail.order.body":
      "Hei {{name}},\n\nkiitos tilauksestasi: {{title}} ({{when}}). Vahvista tilaus avaamalla tämä linkki {{hours}} tunnin kuluessa:\n\n{{link}}\n\nMitä sitten tapahtuu:\n1. {{broker}} katsoo tilauksesi ja julkaisee sen työnhakijoille.\n2. Kun joku on valittu tekemään työ, näet hänen etunimensä tilauksesi sivulla.\n3. Työn jälkeen vahvistat tehdyt tunnit ja saat laskun, jossa työn osuus näkyy erikseen (kotitalousvähennystä varten).\n\nJos et tehnyt tilausta, voit jättää tämän viestin huomiotta: tilausta ei käsitellä ilman vahvistusta.",
    "mail.orderLink.subject": "Linkki pienten töiden tilauksiisi",
    "mail.orderLink.body":
      "Hei {{name}},\n\npyysit linkkiä tilauksiisi ({{region}}). Avaa tilauksesi tästä linkistä {{hours}} tunnin kuluessa:\n\n{{link}}\n\nLinkki toimii kerran. Jos et pyytänyt linkkiä, voit jättää tämän viestin huomiotta.",
  },
  sv: {
    "orders.unknownRegion": "Området hittades inte. Välj ett område i listan.",
    "orders.unknownBroker":
      "Den valda föreningen tar inte emot beställningar i det här området. Välj en förening i listan.",
    "orders.linkInvalid":
      "Länken har gått ut eller redan använts. Du kan be om en ny länk till dina beställningar per e-post.",
    "orders.signInByLink":
      "Du ser dina beställningar via länken som skickades till din e-post. Be om en ny länk så skickar vi den till dig.",
    "orders.cannotCancel":
      "Beställningen kan inte längre avbeställas: arbetet har redan börjat eller är gjort.",
    "orders.alreadyConfirmed": "Beställningen är redan bekräftad.",
    "orders.cancelled": "Beställningen är avbeställd.",
    "mail.order.subject": "Bekräfta din beställning av ett småjobb: {{title}}",
    "mail.order.body":
      "Hej {{name}},\n\ntack för din beställning: {{title}} ({{when}}). Bekräfta beställningen genom att öppna den här länken inom {{hours}} timmar:\n\n{{link}}\n\nVad händer sedan:\n1. {{broker}} går igenom beställningen och publicerar den för arbetssökande.\n2. När någon har valts att göra arbetet ser du hens förnamn på beställningens sida.\n3. Efter arbetet bekräftar du timmarna och får en faktura där arbetets andel visas separat (för hushållsavdraget).\n\nOm du inte gjorde beställningen kan du lämna det här meddelandet utan åtgärd: beställningen behandlas inte utan bekräftelse.",
    "mail.orderLink.subject": "Länk till dina beställningar av småjobb",
    "mail.orderLink.body":
      "Hej {{name}},\n\ndu bad om en länk till dina beställningar ({{region}}). Öppna dina beställningar via den här länken inom {{hours}} timmar:\n\n{{link}}\n\nLänken fungerar en gång. Om du inte bad om länken kan du lämna det här meddelandet utan åtgärd.",
  },
  en: {
    "orders.unknownRegion": "The region was not found. Choose a region from the list.",
    "orders.unknownBroker":
      "The chosen association does not take orders in this region. Choose an association from the list.",
    "orders.linkInvalid":
      "The link has expired or has already been used. You can ask for a new link to your orders by e-mail.",
    "orders.signInByLink":
      "You see your orders through the link sent to your e-mail. Ask for a new link and we will send it to you.",
    "orders.cannotCancel": "The order can no longer be cancelled: the work has already started or is done.",
    "orders.alreadyConfirmed": "The order is already confirmed.",
    "orders.cancelled": "The order is cancelled.",
    "mail.order.subject": "Confirm your small-job order: {{title}}",
    "mail.order.body":
      "Hello {{name}},\n\nthank you for your order: {{title}} ({{when}}). Confirm the order by opening this link within {{hours}} hours:\n\n{{link}}\n\nWhat happens next:\n1. {{broker}} reviews your order and publishes it to job seekers.\n2. When someone has been picked to do the work, you see their first name on your order's page.\n3. After the work you confirm the hours and get an invoice that shows the labour separately (for the household tax credit).\n\nIf you did not place this order, you can ignore this message: nothing is done without confirmation.",
    "mail.orderLink.subject": "A link to your small-job orders",
    "mail.orderLink.body":
      "Hello {{name}},\n\nyou asked for a link to your orders ({{region}}). Open your orders with this link within {{hours}} hours:\n\n{{link}}\n\nThe link works once. If you did not ask for it, you can ignore this message.",
  },
} as const;
