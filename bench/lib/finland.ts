// Reference lists for a fictional national network: real place names, common first and last names.
// Every person is a random combination of a first and a last name: fictional, as the demo's people are.

const words = (text: string): readonly string[] => text.split(" ");

/** 45 regions (seutukunta-like areas): code, name, municipalities, relative size. */
export const REGIONS: readonly { code: string; name: string; municipalities: string[]; weight: number }[] = [
  { code: "helsinki", name: "Helsingin seutu", municipalities: ["Helsinki", "Espoo", "Vantaa"], weight: 12 },
  { code: "tampere", name: "Tampereen seutu", municipalities: ["Tampere", "Nokia", "Ylöjärvi"], weight: 7 },
  { code: "turku", name: "Turun seutu", municipalities: ["Turku", "Kaarina", "Raisio"], weight: 6 },
  { code: "oulu", name: "Oulun seutu", municipalities: ["Oulu", "Kempele", "Liminka"], weight: 5 },
  {
    code: "jyvaskyla",
    name: "Jyväskylän seutu",
    municipalities: ["Jyväskylä", "Laukaa", "Muurame"],
    weight: 4,
  },
  { code: "lahti", name: "Lahden seutu", municipalities: ["Lahti", "Hollola", "Orimattila"], weight: 4 },
  { code: "kuopio", name: "Kuopion seutu", municipalities: ["Kuopio", "Siilinjärvi"], weight: 3 },
  { code: "pori", name: "Porin seutu", municipalities: ["Pori", "Ulvila", "Harjavalta"], weight: 3 },
  {
    code: "joensuu",
    name: "Joensuun seutu",
    municipalities: ["Joensuu", "Kontiolahti", "Liperi"],
    weight: 3,
  },
  { code: "vaasa", name: "Vaasan seutu", municipalities: ["Vaasa", "Mustasaari", "Vöyri"], weight: 3 },
  { code: "lappeenranta", name: "Lappeenrannan seutu", municipalities: ["Lappeenranta", "Lemi"], weight: 2 },
  { code: "hameenlinna", name: "Hämeenlinnan seutu", municipalities: ["Hämeenlinna", "Hattula"], weight: 2 },
  { code: "kotka", name: "Kotka-Haminan seutu", municipalities: ["Kotka", "Hamina", "Pyhtää"], weight: 2 },
  {
    code: "seinajoki",
    name: "Seinäjoen seutu",
    municipalities: ["Seinäjoki", "Lapua", "Kurikka"],
    weight: 2,
  },
  { code: "rovaniemi", name: "Rovaniemen seutu", municipalities: ["Rovaniemi", "Ranua"], weight: 2 },
  { code: "mikkeli", name: "Mikkelin seutu", municipalities: ["Mikkeli", "Mäntyharju"], weight: 2 },
  { code: "kouvola", name: "Kouvolan seutu", municipalities: ["Kouvola", "Iitti"], weight: 2 },
  { code: "porvoo", name: "Porvoon seutu", municipalities: ["Porvoo", "Loviisa", "Askola"], weight: 2 },
  { code: "salo", name: "Salon seutu", municipalities: ["Salo"], weight: 1.5 },
  { code: "kokkola", name: "Kokkolan seutu", municipalities: ["Kokkola", "Kruunupyy"], weight: 1.5 },
  { code: "rauma", name: "Rauman seutu", municipalities: ["Rauma", "Eurajoki"], weight: 1.5 },
  { code: "kajaani", name: "Kajaanin seutu", municipalities: ["Kajaani", "Sotkamo", "Paltamo"], weight: 1.5 },
  { code: "kemi", name: "Kemi-Tornion seutu", municipalities: ["Kemi", "Tornio", "Keminmaa"], weight: 1.5 },
  { code: "savonlinna", name: "Savonlinnan seutu", municipalities: ["Savonlinna", "Enonkoski"], weight: 1 },
  {
    code: "riihimaki",
    name: "Riihimäen seutu",
    municipalities: ["Riihimäki", "Hausjärvi", "Loppi"],
    weight: 1,
  },
  { code: "raasepori", name: "Raaseporin seutu", municipalities: ["Raasepori", "Hanko", "Inkoo"], weight: 1 },
  {
    code: "ylasavo",
    name: "Ylä-Savon seutu",
    municipalities: ["Iisalmi", "Kiuruvesi", "Sonkajärvi"],
    weight: 1,
  },
  { code: "varkaus", name: "Varkauden seutu", municipalities: ["Varkaus", "Leppävirta"], weight: 1 },
  { code: "forssa", name: "Forssan seutu", municipalities: ["Forssa", "Jokioinen", "Tammela"], weight: 1 },
  { code: "loimaa", name: "Loimaan seutu", municipalities: ["Loimaa", "Oripää"], weight: 0.8 },
  {
    code: "pietarsaari",
    name: "Pietarsaaren seutu",
    municipalities: ["Pietarsaari", "Pedersöre"],
    weight: 1,
  },
  { code: "raahe", name: "Raahen seutu", municipalities: ["Raahe", "Siikajoki"], weight: 0.8 },
  { code: "ylivieska", name: "Ylivieskan seutu", municipalities: ["Ylivieska", "Alavieska"], weight: 0.8 },
  { code: "koillismaa", name: "Koillismaan seutu", municipalities: ["Kuusamo", "Taivalkoski"], weight: 0.7 },
  { code: "pieksamaki", name: "Pieksämäen seutu", municipalities: ["Pieksämäki"], weight: 0.7 },
  { code: "jamsa", name: "Jämsän seutu", municipalities: ["Jämsä", "Kuhmoinen"], weight: 0.7 },
  { code: "imatra", name: "Imatran seutu", municipalities: ["Imatra", "Ruokolahti", "Rautjärvi"], weight: 1 },
  { code: "heinola", name: "Heinolan seutu", municipalities: ["Heinola", "Sysmä"], weight: 0.6 },
  {
    code: "pielinen",
    name: "Pielisen Karjalan seutu",
    municipalities: ["Nurmes", "Lieksa", "Juuka"],
    weight: 0.7,
  },
  {
    code: "italappi",
    name: "Itä-Lapin seutu",
    municipalities: ["Kemijärvi", "Salla", "Savukoski"],
    weight: 0.5,
  },
  {
    code: "tunturilappi",
    name: "Tunturi-Lapin seutu",
    municipalities: ["Kittilä", "Kolari", "Muonio"],
    weight: 0.5,
  },
  {
    code: "pohjoislappi",
    name: "Pohjois-Lapin seutu",
    municipalities: ["Inari", "Sodankylä", "Utsjoki"],
    weight: 0.4,
  },
  {
    code: "vakkasuomi",
    name: "Vakka-Suomen seutu",
    municipalities: ["Uusikaupunki", "Laitila"],
    weight: 0.8,
  },
  {
    code: "suupohja",
    name: "Suupohjan seutu",
    municipalities: ["Kristiinankaupunki", "Närpiö", "Kaskinen"],
    weight: 0.5,
  },
  { code: "keuruu", name: "Keuruun seutu", municipalities: ["Keuruu", "Multia"], weight: 0.5 },
];

/** Villages and districts (kylä, kaupunginosa), combined with any municipality. */
export const VILLAGES = words(
  "Keskusta Kirkonkylä Asemanseutu Ylikylä Alakylä Rantakylä Mäkikylä Koivuranta Peltola Kangas Harju Niemi Saarela Vanhakylä Uusikylä Myllykylä Kuusela Hakametsä Rajakylä Tervakoski Kaukola Ristikangas Kalliola Linnanmäki",
);

export const STREETS = words(
  "Koulukatu Kirkkokatu Rantatie Asemakatu Myllytie Koivukuja Puistokatu Kauppakatu Sairaalatie Pajatie Peltotie Kuusitie Harjukatu Ratatie Metsätie Rinnetie",
);

export const FEMALE_NAMES = words(
  "Aino Anna Anni Emilia Eveliina Hanna Heidi Helmi Iida Ilona Jenni Johanna Julia Kaisa Katja Laura Leena Liisa Maria Marja Merja Minna Noora Oona Paula Pia Riikka Riitta Sanna Sari Satu Siiri Suvi Tiina Tuula Veera Venla Sofia Elina Päivi",
);

export const MALE_NAMES = words(
  "Aleksi Antti Ari Eero Eetu Elias Harri Heikki Jani Jari Joni Juha Juho Jukka Jussi Kalle Kari Lauri Markku Matti Mika Mikko Niko Olli Onni Pasi Pekka Petri Sami Teemu Timo Tomi Tuomas Valtteri Veikko Ville Jaakko Niilo Reijo Seppo",
);

export const SWEDISH_FEMALE_NAMES = words("Ebba Linnea Maja Elsa Ingrid Sara Ida Johanna");
export const SWEDISH_MALE_NAMES = words("Anders Björn Erik Johan Lars Mikael Oskar Viktor");

/** Names of newcomers (foreign background), as common among participants of such projects. */
export const NEWCOMER_FEMALE_NAMES = words("Amina Fatima Hodan Olga Svetlana Leila Mariam Nadia");
export const NEWCOMER_MALE_NAMES = words("Mohamed Ali Abdi Ahmed Dmitri Omar Hassan Yusuf");

export const LAST_NAMES = words(
  "Korhonen Virtanen Mäkinen Nieminen Mäkelä Hämäläinen Laine Heikkinen Koskinen Järvinen Lehtonen Lehtinen Saarinen Salminen Heinonen Niemi Heikkilä Kinnunen Salonen Turunen Salo Laitinen Tuominen Rantanen Karjalainen Jokinen Mattila Savolainen Lahtinen Ahonen Hiltunen Hirvonen Leinonen Miettinen Pitkänen Aaltonen Manninen Koivisto Lehto Laaksonen Räsänen Anttila Laukkanen Oksanen Kallio Väisänen Nurmi Peltonen Seppälä Ojala Hakala Kemppainen Mustonen Leppänen Kettunen Lindholm Vainio Toivonen Partanen Huttunen Koivula Ketola Kokkonen Rautio Suominen Harju Ikonen Jääskeläinen Kärkkäinen Sirviö Tolonen Hyvönen Heiskanen Honkanen Pesonen Kauppinen Voutilainen Lampinen Vesterinen Backman Holmberg Lindqvist Nyström Sjöberg Eriksson Johansson Forsman Grönroos Hassan Ahmed Mohamud Ivanova Petrova Nguyen Ali Abdullahi Smirnova Kuznetsov",
);

/** Service providers and hosts outside the network, for steps (työkokeilupaikka, palkkatukityönantaja). */
export const HOSTS = [
  "K-Market",
  "S-Market",
  "Lidl",
  "Tokmanni",
  "Kierrätyskeskus",
  "Rakennusliike Laine Oy",
  "Puutyö Heikkinen",
  "Autokorjaamo Nieminen",
  "Kahvila Kanerva",
  "Kotipalvelu Aalto Oy",
  "Metsäpalvelu Koivisto",
  "Siivouspalvelu Kirkas Oy",
  "Varastopalvelu Saarinen Oy",
  "Leipomo Lämmin",
  "Koulun keittiö",
  "Palvelutalo Kotirinne",
  "Kaupunginkirjasto",
  "Kansalaisopisto",
  "Ammattiopisto",
  "Työpaja Kipinä",
] as const;

/** Short factual contact notes, neutral and free of anything about health or identity. */
export const CONTACT_NOTES = [
  "Käytiin läpi viikon tilanne.",
  "Sovittiin seuraava tapaaminen.",
  "Soitettiin työkokeilupaikan asioista.",
  "Tutustuttiin kurssitarjontaan yhdessä.",
  "Kyläyhdistyksen talkoot, osallistui aktiivisesti.",
  "Ryhmätapaaminen: teemana arjen rytmi.",
  "Haettiin yhdessä tukea hakemuksen täyttämiseen.",
  "Jalkautuva tapaaminen kirjastossa.",
  "Puhelu: kuulumiset ja muistutus tapaamisesta.",
  "Verkostopalaveri työllisyyspalveluiden kanssa.",
  "Gick igenom veckans läge.",
  "Discussed the course options together.",
] as const;
