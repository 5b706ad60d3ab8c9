import { eq } from "drizzle-orm";
import type { FastifyInstance } from "fastify";
import type { Config } from "../config";
import { type Database, inRegion } from "../db/client";
import { addMonthsIso, todayIso } from "../lib/dates";
import { acceptInvitation, createInvitation } from "../modules/auth/service";
import { organisations } from "../modules/organisations/schema";
import { identityCodeFor } from "../modules/participants/identity-code";
import { users } from "../modules/users/schema";
import { DEMO_PASSWORD } from "./demo";

/**
 * Seeds fictional participants at various stages of their pathways, through the HTTP API exactly as the
 * coaches' browsers would call it (sign in, register, record consent, enrol, assess, plan, add steps,
 * move stages, record meetings, exit, follow up). Dates are relative to today, so that the caseload's
 * flags (no contact in 30 days, follow-up due, a statutory limit broken) are alive whenever it runs.
 */

interface Session {
  cookie: string;
  csrf: string;
}

type Json = Record<string, unknown>;

class SeedClient {
  constructor(
    private readonly app: FastifyInstance,
    readonly session: Session,
  ) {}

  static async signIn(app: FastifyInstance, email: string): Promise<SeedClient> {
    const res = await app.inject({
      method: "POST",
      url: "/api/session",
      payload: { email, password: DEMO_PASSWORD },
    });
    if (res.statusCode !== 200)
      throw new Error(`demo sign-in of ${email} failed: ${res.statusCode} ${res.body}`);
    const cookie = res.cookies.find((c) => c.name === "polku_session");
    if (!cookie) throw new Error("no session cookie");
    return new SeedClient(app, { cookie: `polku_session=${cookie.value}`, csrf: res.json().csrfToken });
  }

  async call<T = Json>(method: "GET" | "POST" | "PUT" | "PATCH", url: string, payload?: unknown): Promise<T> {
    const res = await this.app.inject({
      method,
      url,
      headers: { cookie: this.session.cookie, "x-csrf-token": this.session.csrf, "accept-language": "en" },
      ...(payload !== undefined ? { payload: payload as object } : {}),
    });
    if (res.statusCode >= 300)
      throw new Error(`demo seed: ${method} ${url} answered ${res.statusCode}: ${res.body}`);
    return (res.body ? res.json() : {}) as T;
  }
}

const day = (offsetDays: number) => {
  const d = new Date(`${todayIso()}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + offsetDays);
  return d.toISOString().slice(0, 10);
};
const months = (offset: number) => addMonthsIso(todayIso(), offset);
const at = (offsetDays: number, hour = 10) =>
  `${day(offsetDays)}T${String(hour).padStart(2, "0")}:00:00+02:00`;

interface DemoPerson {
  coach: "coach" | "coach2";
  firstName: string;
  lastName: string;
  birthDate: string;
  identityIndividual?: number;
  municipality: string;
  village: string;
  phone: string;
  languages: string[];
  preferredLanguage: "fi" | "sv" | "en";
  entryData: Json;
  /** Months ago they entered the project. */
  enteredMonthsAgo: number;
  shareWithCounty?: ("basic" | "plan" | "assessments" | "notes")[];
  stages: { stage: string; daysAgo: number }[];
  assessment?: { situation: string; strengths: string; wishes: string; barriers: Json };
  plan?: {
    summary: string;
    goals: { title: string; description: string; targetMonths: number; status: string }[];
  };
  steps?: Json[];
  contacts: {
    kind: string;
    daysAgo: number;
    note: string;
    withParticipant?: boolean;
    withNetwork?: boolean;
  }[];
  exit?: { daysAgo: number; outcome: string; exitData: Json; followUp?: { daysAgo: number; data: Json } };
  /** The demo user who signs in as this participant. */
  account?: string;
}

const PEOPLE: DemoPerson[] = [
  {
    coach: "coach",
    firstName: "Ville",
    lastName: "Koskinen",
    birthDate: "1988-05-14",
    identityIndividual: 263,
    municipality: "Kuusijärvi",
    village: "Ylikylä",
    phone: "040 712 3344",
    languages: ["fi"],
    preferredLanguage: "fi",
    entryData: {
      gender: "male",
      labourMarketStatus: "unemployed",
      unemploymentMonths: 30,
      educationIsced: 3,
      foreignBackground: "no",
      thirdCountryNational: "no",
      minority: "no",
      disability: "no",
      homeless: false,
      rural: true,
    },
    enteredMonthsAgo: 5,
    shareWithCounty: ["basic", "plan"],
    stages: [
      { stage: "reached", daysAgo: 150 },
      { stage: "life_management", daysAgo: 110 },
      { stage: "resources_and_goals", daysAgo: 45 },
    ],
    assessment: {
      situation: "Pitkään työttömänä, asuu yksin Ylikylässä. Arki on rytmittynyt uudelleen kevään aikana.",
      strengths: "Kädentaidot, puutyöt, luotettava ja täsmällinen.",
      wishes: "Haluaa päästä tekemään käsillä, mieluiten kylän lähellä.",
      barriers: {
        health: { level: 1, note: "Selkä kipeytyy raskaissa töissä." },
        finances: { level: 2, note: "Velkoja, velkaneuvonta aloitettu." },
        social_network: { level: 1, note: "" },
      },
    },
    plan: {
      summary: "Ville vahvistaa arjen rytmiä yhdistystoiminnalla ja kokeilee työtä puuverstaalla.",
      goals: [
        {
          title: "Säännöllinen päivärytmi",
          description: "Kolme päivää viikossa kyläyhdistyksen toiminnassa.",
          targetMonths: -1,
          status: "achieved",
        },
        {
          title: "Työkokeilu puuverstaalla",
          description: "Kokeillaan, sopiiko puuala.",
          targetMonths: 3,
          status: "in_progress",
        },
        { title: "Velkaneuvonnan suunnitelma valmis", description: "", targetMonths: 2, status: "open" },
      ],
    },
    steps: [
      {
        kind: "association_activity",
        title: "Kylätalon kunnostus",
        provider: "ylikyla",
        startsDaysAgo: 120,
        endsDaysAgo: 30,
        daysPerWeek: 3,
        hoursPerDay: 4,
        status: "completed",
      },
      {
        kind: "work_trial",
        title: "Puuverstas",
        providerName: "Kuusijärven Puutyö Oy",
        startsDaysAgo: 20,
        endsInDays: 100,
        daysPerWeek: 4,
        hoursPerDay: 6,
        status: "ongoing",
      },
    ],
    contacts: [
      {
        kind: "outreach",
        daysAgo: 150,
        note: "Tavattiin kylätalon kahvilassa, Ville kiinnostui kunnostustalkoista.",
      },
      {
        kind: "in_person",
        daysAgo: 60,
        note: "Käytiin läpi suunnitelma. Ville valmis työkokeiluun.",
        withParticipant: true,
      },
      {
        kind: "phone",
        daysAgo: 6,
        note: "Työkokeilu alkanut hyvin. Seuraava tapaaminen kahden viikon päästä.",
        withParticipant: true,
        withNetwork: true,
      },
    ],
    account: "participant@polku.example",
  },
  {
    coach: "coach2",
    firstName: "Amina",
    lastName: "Hassan",
    birthDate: "1995-11-02",
    identityIndividual: 548,
    municipality: "Kuusijärvi",
    village: "Keskusta",
    phone: "045 220 8811",
    languages: ["so", "en", "fi"],
    preferredLanguage: "en",
    entryData: {
      gender: "female",
      labourMarketStatus: "inactive_not_in_education",
      educationIsced: 2,
      foreignBackground: "yes",
      thirdCountryNational: "yes",
      minority: "declined",
      disability: "no",
      homeless: false,
      rural: false,
    },
    enteredMonthsAgo: 3,
    shareWithCounty: ["basic", "plan", "notes"],
    stages: [
      { stage: "reached", daysAgo: 90 },
      { stage: "life_management", daysAgo: 50 },
    ],
    assessment: {
      situation: "Moved to Kuusijärvi two years ago with two children. Finnish studies interrupted.",
      strengths: "Speaks three languages, experience in childcare.",
      wishes: "Would like to train as a practical nurse.",
      barriers: { language: { level: 2, note: "Finnish A2." }, skills: { level: 1, note: "" } },
    },
    plan: {
      summary: "Finnish language course first, then a work trial in early childhood education.",
      goals: [
        {
          title: "Finnish B1",
          description: "Course at the adult education centre.",
          targetMonths: 6,
          status: "in_progress",
        },
      ],
    },
    steps: [
      {
        kind: "education",
        title: "Suomen kielen kurssi B1",
        providerName: "Kuusijärven kansalaisopisto",
        startsDaysAgo: 40,
        endsInDays: 140,
        daysPerWeek: 3,
        hoursPerDay: 4,
        status: "ongoing",
      },
    ],
    contacts: [
      { kind: "in_person", daysAgo: 85, note: "First meeting at the library pop-up." },
      { kind: "online", daysAgo: 12, note: "Course going well; childcare arranged.", withParticipant: true },
    ],
    account: "participant2@polku.example",
  },
  {
    coach: "coach",
    firstName: "Jari",
    lastName: "Nieminen",
    birthDate: "1971-02-23",
    identityIndividual: 117,
    municipality: "Kuusijärvi",
    village: "Alakylä",
    phone: "050 331 9021",
    languages: ["fi"],
    preferredLanguage: "fi",
    entryData: {
      gender: "male",
      labourMarketStatus: "unemployed",
      unemploymentMonths: 70,
      educationIsced: 2,
      foreignBackground: "no",
      thirdCountryNational: "no",
      minority: "no",
      disability: "yes",
      homeless: false,
      rural: true,
    },
    enteredMonthsAgo: 4,
    stages: [
      { stage: "reached", daysAgo: 120 },
      { stage: "life_management", daysAgo: 90 },
    ],
    steps: [
      // Five days a week breaks the limit of rehabilitative work activity (1–4 days): the caseload flags it.
      {
        kind: "rehabilitative_work",
        title: "Alakylän kyläyhdistyksen keittiö",
        provider: "alakyla",
        startsDaysAgo: 60,
        endsInDays: 120,
        daysPerWeek: 5,
        hoursPerDay: 5,
        status: "ongoing",
      },
    ],
    contacts: [
      { kind: "in_person", daysAgo: 9, note: "Keittiötyö maistuu. Sovittu päivien tarkistamisesta." },
    ],
  },
  {
    coach: "coach",
    firstName: "Tiina",
    lastName: "Salonen",
    birthDate: "1983-08-30",
    identityIndividual: 402,
    municipality: "Kuusijärvi",
    village: "Keskusta",
    phone: "044 900 1200",
    languages: ["fi", "sv"],
    preferredLanguage: "fi",
    entryData: {
      gender: "female",
      labourMarketStatus: "unemployed",
      unemploymentMonths: 14,
      educationIsced: 5,
      foreignBackground: "no",
      thirdCountryNational: "no",
      minority: "no",
      disability: "no",
      homeless: false,
      rural: false,
    },
    enteredMonthsAgo: 10,
    shareWithCounty: ["basic"],
    stages: [
      { stage: "reached", daysAgo: 300 },
      { stage: "resources_and_goals", daysAgo: 250 },
      { stage: "guided_onward", daysAgo: 40 },
    ],
    steps: [
      // Seven months with the same host exceeds the work trial's six.
      {
        kind: "work_trial",
        title: "Kirjaston asiakaspalvelu",
        providerName: "Kuusijärven kirjasto",
        startsDaysAgo: 230,
        endsDaysAgo: 20,
        daysPerWeek: 4,
        hoursPerDay: 6,
        status: "completed",
      },
    ],
    contacts: [{ kind: "phone", daysAgo: 15, note: "Palkkatukipaikka kirjastossa selvityksessä." }],
  },
  {
    coach: "coach",
    firstName: "Kaisa",
    lastName: "Väisänen",
    birthDate: "2003-04-11",
    identityIndividual: 86,
    municipality: "Kuusijärvi",
    village: "Ylikylä",
    phone: "040 118 2299",
    languages: ["fi"],
    preferredLanguage: "fi",
    entryData: {
      gender: "female",
      labourMarketStatus: "inactive_not_in_education",
      educationIsced: 2,
      rural: true,
    },
    enteredMonthsAgo: 2,
    stages: [{ stage: "reached", daysAgo: 55 }],
    // Last contact 40 days ago: the caseload flags "no contact in 30 days".
    contacts: [
      { kind: "outreach", daysAgo: 40, note: "Tavattiin nuorisotalolla, sovittiin uusi tapaaminen." },
    ],
  },
  {
    coach: "coach2",
    firstName: "Marko",
    lastName: "Rantanen",
    birthDate: "1979-12-05",
    identityIndividual: 331,
    municipality: "Kuusijärvi",
    village: "Keskusta",
    phone: "050 664 7711",
    languages: ["fi"],
    preferredLanguage: "fi",
    entryData: {
      gender: "male",
      labourMarketStatus: "unemployed",
      unemploymentMonths: 18,
      educationIsced: 3,
      foreignBackground: "no",
      thirdCountryNational: "no",
      minority: "no",
      disability: "no",
      homeless: false,
      rural: false,
    },
    enteredMonthsAgo: 14,
    stages: [
      { stage: "reached", daysAgo: 420 },
      { stage: "resources_and_goals", daysAgo: 360 },
      { stage: "guided_onward", daysAgo: 280 },
      { stage: "network", daysAgo: 230 },
    ],
    steps: [
      {
        kind: "wage_subsidy",
        title: "Huoltomies",
        providerName: "Kuusijärven Kiinteistöt Oy",
        startsDaysAgo: 400,
        endsDaysAgo: 250,
        daysPerWeek: 5,
        hoursPerDay: 7.5,
        status: "completed",
      },
    ],
    contacts: [{ kind: "in_person", daysAgo: 215, note: "Vakituinen työpaikka alkaa ensi kuussa." }],
    // Left seven months ago for work: the six-month follow-up is due now.
    exit: {
      daysAgo: 212,
      outcome: "employed_open_market",
      exitData: {
        situation: "employed",
        jobSearching: false,
        inEducationOrTraining: false,
        gainedQualification: false,
      },
    },
  },
  {
    coach: "coach",
    firstName: "Juha",
    lastName: "Turunen",
    birthDate: "1966-07-19",
    identityIndividual: 75,
    municipality: "Kuusijärvi",
    village: "Alakylä",
    phone: "040 555 0101",
    languages: ["fi"],
    preferredLanguage: "fi",
    entryData: {
      gender: "male",
      labourMarketStatus: "unemployed",
      unemploymentMonths: 96,
      educationIsced: 2,
      foreignBackground: "no",
      thirdCountryNational: "no",
      minority: "no",
      disability: "no",
      homeless: false,
      rural: true,
    },
    enteredMonthsAgo: 20,
    stages: [
      { stage: "reached", daysAgo: 600 },
      { stage: "life_management", daysAgo: 560 },
      { stage: "guided_onward", daysAgo: 400 },
    ],
    steps: [
      {
        kind: "work_ability_assessment",
        title: "Työkykyarvio",
        providerName: "Lääkäriasema Kuusi",
        startsDaysAgo: 420,
        endsDaysAgo: 390,
        status: "completed",
      },
    ],
    contacts: [{ kind: "in_person", daysAgo: 380, note: "Lausunto valmis: ohjataan kuntoutukseen." }],
    exit: {
      daysAgo: 370,
      outcome: "rehabilitation",
      exitData: {
        situation: "inactive",
        jobSearching: false,
        inEducationOrTraining: false,
        gainedQualification: false,
      },
      followUp: { daysAgo: 180, data: { employed: false, selfEmployed: false, improvedSituation: true } },
    },
  },
  {
    coach: "coach2",
    firstName: "Sofia",
    lastName: "Berg",
    birthDate: "1998-03-08",
    identityIndividual: 614,
    municipality: "Kuusijärvi",
    village: "Keskusta",
    phone: "045 711 2040",
    languages: ["sv", "fi"],
    preferredLanguage: "sv",
    entryData: {
      gender: "female",
      labourMarketStatus: "unemployed",
      unemploymentMonths: 8,
      educationIsced: 4,
      foreignBackground: "no",
      thirdCountryNational: "no",
      minority: "yes",
      disability: "no",
      homeless: false,
      rural: false,
    },
    enteredMonthsAgo: 6,
    shareWithCounty: ["basic", "plan", "assessments"],
    stages: [
      { stage: "reached", daysAgo: 180 },
      { stage: "resources_and_goals", daysAgo: 120 },
    ],
    steps: [
      {
        kind: "group",
        title: "Työnhakuryhmä",
        provider: "parish",
        startsDaysAgo: 100,
        endsDaysAgo: 40,
        daysPerWeek: 1,
        hoursPerDay: 3,
        status: "completed",
      },
      {
        kind: "part_time_work",
        title: "Kahvila, osa-aika",
        providerName: "Café Kuusi",
        startsDaysAgo: 30,
        daysPerWeek: 2,
        hoursPerDay: 5,
        status: "ongoing",
      },
    ],
    contacts: [{ kind: "in_person", daysAgo: 3, note: "Deltidsjobbet fungerar bra.", withParticipant: true }],
  },
];

const PROJECT = {
  name: "Kohti työtä ja koulutusta – Kuusijärvi",
  code: "S30571",
  programmePeriod: "2021-2027",
  startsOn: "2024-09-01",
  endsOn: "2027-08-31",
};

/**
 * Seeds the demo pathways after seedDemo: the project manager opens the project; the coaches register
 * the people, record consents, enrol them and work their pathways; the participants with a demo
 * sign-in get it from their coach (the seed stands in for them clicking the mailed link).
 */
export async function seedDemoPathways(
  app: FastifyInstance,
  database: Database,
  config: Config,
): Promise<void> {
  const manager = await SeedClient.signIn(app, "manager@polku.example");
  const coaches = {
    coach: await SeedClient.signIn(app, "coach@polku.example"),
    coach2: await SeedClient.signIn(app, "coach2@polku.example"),
  };
  const orgs = (
    await coaches.coach.call<{ data: { id: string; name: string; kind: string }[] }>(
      "GET",
      "/api/organisations",
    )
  ).data;
  const orgId = (match: (o: { name: string; kind: string }) => boolean) => {
    const found = orgs.find(match);
    if (!found) throw new Error("demo organisation missing");
    return found.id;
  };
  const city = orgId((o) => o.kind === "municipality");
  const county = orgId((o) => o.kind === "wellbeing_county");
  const providers: Record<string, string> = {
    ylikyla: orgId((o) => o.name.startsWith("Ylikylän")),
    alakyla: orgId((o) => o.name.startsWith("Alakylän")),
    parish: orgId((o) => o.kind === "parish"),
  };
  const project = (
    await manager.call<{ data: { id: string } }>("POST", "/api/projects", {
      ...PROJECT,
      organisationId: city,
    })
  ).data;

  for (const person of PEOPLE) {
    const c = coaches[person.coach];
    const entered = months(-person.enteredMonthsAgo);
    const registered = await c.call<{ data: { id: string } }>("POST", "/api/participants", {
      firstName: person.firstName,
      lastName: person.lastName,
      birthDate: person.birthDate,
      ...(person.identityIndividual
        ? { identityCode: identityCodeFor(person.birthDate, person.identityIndividual) }
        : {}),
      phone: person.phone,
      municipality: person.municipality,
      village: person.village,
      languages: person.languages,
      preferredLanguage: person.preferredLanguage,
      entryData: person.entryData,
    });
    const id = registered.data.id;
    const base = `/api/participants/${id}`;
    for (const purpose of ["pathway", "funder_reporting", "contact"]) {
      await c.call("POST", `${base}/consents`, { purpose, givenOn: entered, method: "signed_paper" });
    }
    if (person.shareWithCounty) {
      await c.call("POST", `${base}/consents`, {
        purpose: "sharing",
        organisationId: county,
        scopes: person.shareWithCounty,
        givenOn: entered,
        method: "signed_paper",
      });
    }
    const enrolment = (
      await c.call<{ data: { id: string; version: number } }>("POST", `${base}/enrolments`, {
        projectId: project.id,
        entryDate: entered,
      })
    ).data;
    for (const s of person.stages) {
      await c.call("POST", `${base}/stages`, { stage: s.stage, changedOn: day(-s.daysAgo), note: "" });
    }
    if (person.assessment) {
      await c.call("POST", `${base}/assessments`, {
        assessedOn: day(-(person.stages[0]?.daysAgo ?? 30) + 7),
        ...person.assessment,
      });
    }
    if (person.plan) {
      await c.call("PUT", `${base}/plan`, {
        summary: person.plan.summary,
        agreedOn: day(-(person.stages[0]?.daysAgo ?? 30) + 14),
        nextReviewOn: day(30),
        goals: person.plan.goals.map((g) => ({
          title: g.title,
          description: g.description,
          targetDate: months(g.targetMonths),
          status: g.status,
        })),
        version: 0,
      });
    }
    for (const step of person.steps ?? []) {
      const { provider, startsDaysAgo, endsDaysAgo, endsInDays, ...rest } = step as Json & {
        provider?: string;
        startsDaysAgo: number;
        endsDaysAgo?: number;
        endsInDays?: number;
      };
      await c.call("POST", `${base}/steps`, {
        ...rest,
        ...(provider ? { providerOrganisationId: providers[provider] } : {}),
        startsOn: day(-startsDaysAgo),
        endsOn:
          endsDaysAgo !== undefined ? day(-endsDaysAgo) : endsInDays !== undefined ? day(endsInDays) : null,
      });
    }
    for (const contact of person.contacts) {
      await c.call("POST", `${base}/contacts`, {
        kind: contact.kind,
        happenedAt: at(-contact.daysAgo),
        note: contact.note,
        sharedWithNetwork: contact.withNetwork ?? false,
        sharedWithParticipant: contact.withParticipant ?? false,
      });
    }
    if (person.exit) {
      const exited = (
        await c.call<{ data: { version: number } }>("POST", `/api/enrolments/${enrolment.id}/exit`, {
          exitDate: day(-person.exit.daysAgo),
          outcome: person.exit.outcome,
          exitData: person.exit.exitData,
          version: enrolment.version,
        })
      ).data;
      if (person.exit.followUp) {
        await c.call("POST", `/api/enrolments/${enrolment.id}/follow-up`, {
          followUpOn: day(-person.exit.followUp.daysAgo),
          followUpData: person.exit.followUp.data,
          version: exited.version,
        });
      }
    }
    if (person.account) {
      await c.call("POST", `${base}/account`, { email: person.account, language: person.preferredLanguage });
      // The seed stands in for the participant clicking the mailed link: it takes a fresh link of its own.
      const token = await inRegion(
        database.app,
        { regionId: await regionOf(database, city), requestId: "demo-seed" },
        async (tx) => {
          const [user] = await tx
            .select({ id: users.id })
            .from(users)
            .where(eq(users.email, person.account ?? ""));
          if (!user) throw new Error("invited participant missing");
          return createInvitation(tx, user.id, user.id);
        },
      );
      await acceptInvitation(database.app, config, token, DEMO_PASSWORD, {
        userAgent: "demo seed",
        requestId: "demo-seed",
      });
    }
  }
}

async function regionOf(database: Database, organisationId: string): Promise<string> {
  const [row] = await database.asOwner((tx) =>
    tx
      .select({ regionId: organisations.regionId })
      .from(organisations)
      .where(eq(organisations.id, organisationId)),
  );
  if (!row) throw new Error("no region");
  return row.regionId;
}
