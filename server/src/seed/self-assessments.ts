import type { FastifyInstance } from "fastify";
import { addMonthsIso, todayIso } from "../lib/dates";
import { DEMO_PASSWORD } from "./demo";

/**
 * Seeds self-assessments for the demo participants after seedDemoPathways, through the HTTP API as the
 * coaches and the participant would call it: answers over past months (some taken with Kykyviisari and
 * recorded by the coach, some answered with the coach), Ville's own answer of today so that his charts
 * show change, and reminders of which two fall due now. Dates are relative to today.
 */

interface Client {
  call<T = { data: unknown }>(
    method: "GET" | "POST" | "PUT" | "PATCH",
    url: string,
    payload?: unknown,
  ): Promise<T>;
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
  const session = { cookie: `polku_session=${cookie.value}`, csrf: res.json().csrfToken as string };
  return {
    async call<T>(method: "GET" | "POST" | "PUT" | "PATCH", url: string, payload?: unknown): Promise<T> {
      const r = await app.inject({
        method,
        url,
        headers: { cookie: session.cookie, "x-csrf-token": session.csrf, "accept-language": "fi" },
        ...(payload !== undefined ? { payload: payload as object } : {}),
      });
      if (r.statusCode >= 300)
        throw new Error(`demo seed: ${method} ${url} answered ${r.statusCode}: ${r.body}`);
      return (r.body ? r.json() : {}) as T;
    },
  };
}

const KEYS = [
  "work_ability",
  "functional_capacity",
  "mind",
  "participation",
  "body",
  "skills",
  "everyday_life",
] as const;
type Scores = Partial<Record<(typeof KEYS)[number], number | null>>;

/** Scores in the order of KEYS; null = skipped. */
const scores = (...values: (number | null)[]): Scores =>
  Object.fromEntries(KEYS.map((k, i) => [k, values[i] ?? null])) as Scores;

interface DemoAnswer {
  monthsAgo: number;
  mode: "with_coach" | "external";
  scores: Scores;
}

interface DemoAssessments {
  coach: "coach" | "coach2";
  lastName: string;
  answers: DemoAnswer[];
  /** Every so many months; due = the latest answer + interval. */
  reminderMonths?: number;
}

const DEMO: DemoAssessments[] = [
  {
    coach: "coach",
    lastName: "Koskinen",
    answers: [
      { monthsAgo: 4, mode: "with_coach", scores: scores(3, 4, 4, 3, 5, 5, 4) },
      { monthsAgo: 2, mode: "external", scores: scores(4, 5, 5, 5, null, 6, 6) },
    ],
    reminderMonths: 3,
  },
  {
    coach: "coach",
    lastName: "Nieminen",
    answers: [
      { monthsAgo: 4, mode: "external", scores: scores(2, 3, 3, 4, 6, 4, 3) },
      { monthsAgo: 1, mode: "with_coach", scores: scores(3, 3, 4, 4, 5, 5, 4) },
    ],
    reminderMonths: 3,
  },
  {
    coach: "coach",
    lastName: "Salonen",
    answers: [
      { monthsAgo: 9, mode: "with_coach", scores: scores(5, 5, 6, 4, 7, 6, 5) },
      { monthsAgo: 6, mode: "external", scores: scores(5, 6, 6, 5, 7, 6, 6) },
      { monthsAgo: 3, mode: "with_coach", scores: scores(6, 6, 5, 6, 6, 7, 6) },
    ],
    // Due now: three months since the latest answer.
    reminderMonths: 3,
  },
  {
    coach: "coach",
    lastName: "Väisänen",
    answers: [{ monthsAgo: 2, mode: "with_coach", scores: scores(2, 2, 3, 2, 4, 3, 2) }],
    // Due now: two months since the first answer.
    reminderMonths: 2,
  },
  {
    coach: "coach2",
    lastName: "Berg",
    answers: [
      { monthsAgo: 6, mode: "external", scores: scores(3, 4, 3, 3, 5, 4, 4) },
      { monthsAgo: 3, mode: "with_coach", scores: scores(4, 4, 5, 4, 5, 5, 5) },
      { monthsAgo: 0.5, mode: "with_coach", scores: scores(5, 5, 6, 6, 5, 6, 7) },
    ],
    reminderMonths: 6,
  },
  {
    coach: "coach2",
    lastName: "Hassan",
    answers: [
      { monthsAgo: 3, mode: "with_coach", scores: scores(4, 5, 4, 3, 7, 5, 5) },
      { monthsAgo: 1, mode: "with_coach", scores: scores(5, 5, 5, 5, 7, 5, 6) },
    ],
  },
  {
    coach: "coach2",
    lastName: "Rantanen",
    answers: [
      { monthsAgo: 12, mode: "external", scores: scores(3, 4, 4, 4, 6, 5, 4) },
      { monthsAgo: 6, mode: "external", scores: scores(7, 7, 6, 6, 6, 7, 7) },
    ],
  },
];

/** A day some months ago (half a month = 15 days). */
function ago(monthsAgo: number): string {
  const whole = Math.floor(monthsAgo);
  const date = addMonthsIso(todayIso(), -whole);
  if (monthsAgo === whole) return date;
  const d = new Date(`${date}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() - Math.round((monthsAgo - whole) * 30));
  return d.toISOString().slice(0, 10);
}

export async function seedDemoSelfAssessments(app: FastifyInstance): Promise<void> {
  const coaches = {
    coach: await signIn(app, "coach@polku.example"),
    coach2: await signIn(app, "coach2@polku.example"),
  };
  const { data: instruments } = await coaches.coach.call<{ data: { id: string; key: string }[] }>(
    "GET",
    "/api/instruments",
  );
  const instrumentId = instruments.find((i) => i.key === "polku-work-ability")?.id;
  if (!instrumentId) throw new Error("demo seed: the default instrument is missing");

  for (const person of DEMO) {
    const c = coaches[person.coach];
    const { data: found } = await c.call<{ data: { id: string; lastName: string }[] }>(
      "GET",
      `/api/participants?q=${encodeURIComponent(person.lastName)}`,
    );
    const participantId = found.find((p) => p.lastName === person.lastName)?.id;
    if (!participantId) throw new Error(`demo seed: no participant ${person.lastName}`);
    const base = `/api/participants/${participantId}`;
    for (const answer of person.answers) {
      const answeredOn = ago(answer.monthsAgo);
      if (answer.mode === "external") {
        await c.call("POST", `${base}/self-assessments`, {
          instrumentId,
          mode: "external",
          externalTool: "Kykyviisari",
          answeredOn,
          language: "fi",
          scores: answer.scores,
        });
      } else {
        // With the coach: one question per screen, saved as it goes, then submitted.
        const { data: draft } = await c.call<{ data: { id: string } }>("POST", `${base}/self-assessments`, {
          instrumentId,
          mode: "with_coach",
          answeredOn,
          language: "fi",
        });
        for (const [key, score] of Object.entries(answer.scores)) {
          await c.call("PATCH", `/api/self-assessments/${draft.id}`, { scores: { [key]: score } });
        }
        await c.call("POST", `/api/self-assessments/${draft.id}/submit`);
      }
    }
    if (person.reminderMonths) {
      await c.call("PUT", `${base}/self-assessment-reminders/${instrumentId}`, {
        intervalMonths: person.reminderMonths,
      });
    }
  }

  // Ville answers on his own phone today, so that his charts show how things have changed.
  const ville = await signIn(app, "participant@polku.example");
  const { data: own } = await ville.call<{ data: { id: string } }>("POST", "/api/me/self-assessments", {
    instrumentId,
    language: "fi",
  });
  await ville.call("PATCH", `/api/me/self-assessments/${own.id}`, { scores: scores(6, 6, 6, 6, 5, 7, 7) });
  await ville.call("POST", `/api/me/self-assessments/${own.id}/submit`);
}
