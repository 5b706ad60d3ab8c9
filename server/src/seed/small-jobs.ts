import type { FastifyInstance, HTTPMethods } from "fastify";
import { addDaysIso, todayIso } from "../lib/dates";
import { DEMO_PASSWORD } from "./demo";

/**
 * Seeds small jobs after seedDemoPathways, through the HTTP API as the people would call it (decision
 * 024): Ylikylän kyläyhdistys (association@) records the village's undone work and posts jobs in every
 * state; Ville (participant@) gets a seeker profile from his coach, applies, is picked, works and is
 * paid, so that he has earnings and estimates; Amina (participant2@) withdraws her contact consent, so
 * that her job list shows how to give it. Dates are relative to today.
 *
 * A step whose route does not exist (yet) is skipped, so that the seed keeps working while the module
 * grows: what exists is seeded.
 */

type Json = Record<string, unknown>;

interface Client {
  call<T = { data: Json }>(method: HTTPMethods, url: string, payload?: unknown): Promise<T>;
}

async function signIn(app: FastifyInstance, email: string): Promise<Client> {
  const res = await app.inject({
    method: "POST",
    url: "/api/session",
    payload: { email, password: DEMO_PASSWORD },
  });
  if (res.statusCode !== 200)
    throw new Error(`demo sign-in of ${email} failed: ${res.statusCode} ${res.body}`);
  const cookie = res.cookies.find((c) => c.name === "polku_session");
  if (!cookie) throw new Error("no session cookie");
  const headers = { cookie: `polku_session=${cookie.value}`, "x-csrf-token": res.json().csrfToken as string };
  return {
    async call<T>(method: HTTPMethods, url: string, payload?: unknown): Promise<T> {
      const r = await app.inject({
        method,
        url,
        headers: { ...headers, "accept-language": "fi" },
        ...(payload !== undefined ? { payload: payload as object } : {}),
      });
      if (r.statusCode >= 300)
        throw new Error(`demo seed: ${method} ${url} answered ${r.statusCode}: ${r.body}`);
      return (r.body ? r.json() : {}) as T;
    },
  };
}

const NEEDS = [
  {
    key: "yard",
    title: "Kylätalon pihan raivaus",
    description: "Pihan reunojen vesakko ja heinikko raivataan, risut kasataan poltettaviksi.",
    category: "yard",
    place: "Ylikylän kylätalo",
    season: "summer",
    effortHours: 24,
    beneficiaries: "Kaikki kylätalon käyttäjät: kerhot, juhlat ja äänestyspaikka.",
  },
  {
    key: "firewood",
    title: "Rantasaunan polttopuut",
    description: "Kaadetut koivut pilkotaan ja pinotaan rantasaunan liiteriin talveksi.",
    category: "forest",
    place: "Ylijärven rantasauna",
    season: "autumn",
    effortHours: 16,
    beneficiaries: "Kyläläiset ja saunavuorot, joita yhdistys vuokraa.",
  },
  {
    key: "snow",
    title: "Lumityöt ikäihmisten pihoissa",
    description: "Portaiden ja kulkureittien lumityöt ja hiekoitus kotona asuvien ikäihmisten luona.",
    category: "snow",
    place: "Ylikylän ja Rantatien talot",
    season: "winter",
    effortHours: 120,
    beneficiaries: "Kotona asuvat ikäihmiset, joilla ei ole apua lähellä.",
  },
  {
    key: "cleaning",
    title: "Kylätalon kevätsiivous",
    description: "Ikkunat, lattiat ja keittiö ennen kesän juhlia.",
    category: "cleaning",
    place: "Ylikylän kylätalo",
    season: "spring",
    effortHours: 12,
    beneficiaries: "Kylätalon käyttäjät.",
  },
] as const;

interface Job {
  id: string;
  version: number;
  status: string;
}

/** Seeds small jobs for the demo (see the header); run after seedDemoPathways. */
export async function seedDemoSmallJobs(app: FastifyInstance): Promise<void> {
  const has = (method: HTTPMethods, url: string) => app.hasRoute({ method, url });
  if (!has("POST", "/api/jobs") || !has("POST", "/api/work-needs")) return;
  const today = todayIso();
  const day = (n: number) => addDaysIso(today, n);
  const association = await signIn(app, "association@polku.example");
  const coach = await signIn(app, "coach@polku.example");
  const coach2 = await signIn(app, "coach2@polku.example");
  const ville = await signIn(app, "participant@polku.example");

  const orgs = (await association.call<{ data: { id: string; name: string }[] }>("GET", "/api/organisations"))
    .data;
  const ylikyla = orgs.find((o) => o.name.startsWith("Ylikylän"));
  if (!ylikyla) throw new Error("demo seed: Ylikylän kyläyhdistys missing");
  const place = { village: "Ylikylä", municipality: "Kuusijärvi" };

  // 1. The village's undone work.
  const needs = new Map<string, string>();
  for (const { key, ...need } of NEEDS) {
    const created = await association.call<{ data: { id: string } }>("POST", "/api/work-needs", {
      organisationId: ylikyla.id,
      ...place,
      ...need,
    });
    needs.set(key, created.data.id);
  }

  // 2. Jobs: three open from the needs, a draft, one cancelled.
  const fromNeed = async (key: string, body: Json) =>
    (
      await association.call<{ data: Job }>("POST", `/api/work-needs/${needs.get(key)}/post`, {
        publish: true,
        ...body,
      })
    ).data;
  const post = async (body: Json) =>
    (
      await association.call<{ data: Job }>("POST", "/api/jobs", {
        organisationId: ylikyla.id,
        ...place,
        description: "",
        address: "Kylätie 12",
        places: 1,
        requirements: [],
        safetyNotes: "",
        employer: "association",
        publish: true,
        ...body,
      })
    ).data;
  const common = { municipality: "Kuusijärvi", employer: "association", safetyNotes: "" };
  await fromNeed("yard", {
    ...common,
    address: "Kylätie 12",
    startsOn: day(5),
    endsOn: day(12),
    estimatedMinutes: 360,
    payType: "hourly",
    payCents: 1500,
    places: 2,
    requirements: ["work_clothes"],
    safetyNotes:
      "Raivaussahaa käyttää vain yhdistyksen talkoovastaava. Suojalasit ja hanskat saa kylätalolta.",
  });
  await fromNeed("firewood", {
    ...common,
    address: "Rantasaunantie 3",
    startsOn: day(3),
    endsOn: day(10),
    estimatedMinutes: 480,
    payType: "lump_sum",
    payCents: 12_000,
    places: 1,
    requirements: ["own_tools"],
    safetyNotes: "Kirves ja pilkkomisalusta: turvakengät jalkaan.",
  });
  await fromNeed("snow", {
    ...common,
    address: null,
    startsOn: day(14),
    endsOn: day(45),
    estimatedMinutes: 480,
    payType: "hourly",
    payCents: 1400,
    places: 3,
    safetyNotes: "Katoille ei nousta. Liukkaalla kelillä nastakengät.",
  });
  await post({
    title: "Kylätalon ikkunanpesu",
    description: "Ikkunat sisältä ja ulkoa ennen syysjuhlaa.",
    category: "cleaning",
    startsOn: day(20),
    endsOn: day(27),
    estimatedMinutes: 240,
    payType: "hourly",
    payCents: 1500,
    publish: false,
  });
  const bonfire = await post({
    title: "Kokkopuiden kasaus rantaan",
    category: "events",
    startsOn: day(8),
    endsOn: day(9),
    estimatedMinutes: 180,
    payType: "lump_sum",
    payCents: 5000,
  });
  await association.call("POST", `/api/jobs/${bonfire.id}/cancel`, {
    reason: "Kokko peruttiin metsäpalovaroituksen vuoksi.",
    version: bonfire.version,
  });

  // 3. Ville: the coach saves his seeker profile with a personal ceiling; Amina withdraws her contact consent.
  const find = async (c: Client, q: string) => {
    const found = (
      await c.call<{ data: { id: string }[] }>("GET", `/api/participants?q=${encodeURIComponent(q)}`)
    ).data[0];
    if (!found) throw new Error(`demo seed: ${q} missing`);
    return found.id;
  };
  const villeId = await find(coach, "Koskinen Ville");
  if (has("PUT", "/api/participants/:id/seeker-profile")) {
    const current = await coach.call<{ data: { version: number } }>(
      "GET",
      `/api/participants/${villeId}/seeker-profile`,
    );
    await coach.call("PUT", `/api/participants/${villeId}/seeker-profile`, {
      active: true,
      has: ["driving_licence", "work_clothes"],
      categories: ["yard", "forest", "snow", "moving"],
      weekdays: [],
      ...place,
      receivesBenefit: true,
      adjustmentPeriod: "month",
      periodAnchor: null,
      monthlyCeilingCents: 40_000,
      version: current.data.version,
    });
  }
  // Two more seekers of the same coach, so that the coach's matching lists have people in them.
  const others = [
    {
      q: "Väisänen Kaisa",
      has: ["hygiene_passport"],
      categories: ["cleaning", "events"],
      weekdays: [1, 2, 3, 4, 5],
    },
    {
      q: "Nieminen Jari",
      has: ["driving_licence", "own_car", "own_tools"],
      categories: ["forest", "snow"],
      weekdays: [],
    },
  ];
  for (const o of has("PUT", "/api/participants/:id/seeker-profile") ? others : []) {
    const id = await find(coach, o.q).catch(() => null);
    if (!id) continue;
    const current = await coach.call<{ data: { version: number } }>(
      "GET",
      `/api/participants/${id}/seeker-profile`,
    );
    await coach.call("PUT", `/api/participants/${id}/seeker-profile`, {
      active: true,
      has: o.has,
      categories: o.categories,
      weekdays: o.weekdays,
      village: null,
      municipality: null,
      receivesBenefit: true,
      adjustmentPeriod: "month",
      periodAnchor: null,
      version: current.data.version,
    });
  }
  const aminaId = await find(coach2, "Hassan Amina");
  const consents = (
    await coach2.call<{
      data: { id: string; purpose: string; version: number; withdrawnOn: string | null }[];
    }>("GET", `/api/participants/${aminaId}/consents`)
  ).data;
  for (const c of consents.filter((x) => x.purpose === "contact" && x.withdrawnOn === null)) {
    await coach2.call("POST", `/api/participants/${aminaId}/consents/${c.id}/withdraw`, {
      withdrawnOn: today,
      version: c.version,
    });
  }

  // 4. Ville's work: picked for one job (filled), one done and waiting for the hours, one paid today.
  if (!has("POST", "/api/me/jobs/:id/apply")) return;
  const pick = async (body: Json) => {
    const job = await post(body);
    const applied = await ville.call<{ data: { id: string } }>("POST", `/api/me/jobs/${job.id}/apply`, {
      message: "Pääsen paikalle omalla autolla.",
    });
    await association.call("POST", `/api/jobs/${job.id}/applicants/${applied.data.id}/accept`);
    const workers = (
      await association.call<{ data: { workerId: string }[] }>("GET", `/api/jobs/${job.id}/workers`)
    ).data;
    const worker = workers[0];
    if (!worker) throw new Error("demo seed: no worker after picking");
    return { job: (await association.call<{ data: Job }>("GET", `/api/jobs/${job.id}`)).data, worker };
  };
  await pick({
    title: "Kesäkahvilan pöytien kokoaminen",
    description: "Pöydät ja tuolit varastosta kylätalon pihalle ja takaisin.",
    category: "events",
    startsOn: day(2),
    endsOn: day(2),
    estimatedMinutes: 120,
    payType: "lump_sum",
    payCents: 3000,
  });
  const hoursOk = has("POST", "/api/job-workers/:id/hours") && has("POST", "/api/me/job-workers/:id/hours");
  const hours = { minutes: 180, workedFrom: today, workedTo: today };
  const carried = await pick({
    title: "Kirjastolaatikoiden kanto kylätalolle",
    description: "Kirjastoauton lahjoituslaatikot autosta kylätalon vinttiin.",
    category: "moving",
    startsOn: today,
    endsOn: today,
    estimatedMinutes: 120,
    payType: "hourly",
    payCents: 1500,
  });
  await association.call("POST", `/api/jobs/${carried.job.id}/done`, { version: carried.job.version });
  if (hoursOk)
    await ville.call("POST", `/api/me/job-workers/${carried.worker.workerId}/hours`, {
      ...hours,
      minutes: 150,
    });

  const shed = await pick({
    title: "Puuvajan siivous ja pinoaminen",
    description: "Vanhat laudat pois, klapit siistiin pinoon.",
    category: "cleaning",
    startsOn: today,
    endsOn: today,
    estimatedMinutes: 180,
    payType: "hourly",
    payCents: 1500,
  });
  await association.call("POST", `/api/jobs/${shed.job.id}/done`, { version: shed.job.version });
  if (!hoursOk || !has("POST", "/api/job-workers/:id/payment")) return;
  await ville.call("POST", `/api/me/job-workers/${shed.worker.workerId}/hours`, hours);
  const confirmed = await association.call<{ data: { version: number } }>(
    "POST",
    `/api/job-workers/${shed.worker.workerId}/hours`,
    hours,
  );
  await association.call("POST", `/api/job-workers/${shed.worker.workerId}/payment`, {
    paidOn: today,
    withholdingBasisPoints: 1500,
    paymentReference: "Ylikylä 2026/1",
    version: confirmed.data.version,
  });
}
