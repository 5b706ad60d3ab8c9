// The coach's day: who (coaches of the generated data set, with their caseloads) and what (the
// endpoints, each as an HTTP call and as the same SQL through pg).
import type pg from "pg";
import * as direct from "./direct";
import { HOSTS } from "./finland";
import { BENCH_PASSWORD } from "./network";

export interface Coach extends direct.Actor {
  email: string;
  participants: { id: string; firstName: string; lastName: string }[];
  searches: string[];
  cookie: string;
  csrf: string;
}

/** `count` coaches spread over the regions (one per region first), with their open caseloads. */
export async function loadCoaches(owner: pg.ClientBase, count: number): Promise<Coach[]> {
  const picked = await owner.query<{ id: string; email: string; region_id: string; organisation_id: string }>(
    `SELECT id, email, region_id, organisation_id FROM (
       SELECT u.id, u.email, u.region_id, m.organisation_id,
              row_number() OVER (PARTITION BY u.region_id ORDER BY u.email) AS n
         FROM users u JOIN memberships m ON m.user_id = u.id AND m.role = 'coach'
        WHERE EXISTS (SELECT 1 FROM enrolments e WHERE e.coach_id = u.id AND e.exit_date IS NULL)) c
      ORDER BY n, email LIMIT $1`,
    [count],
  );
  const coaches: Coach[] = [];
  for (const c of picked.rows) {
    const { rows } = await owner.query<{ id: string; first_name: string; last_name: string }>(
      `SELECT p.id, p.first_name, p.last_name FROM enrolments e JOIN participants p ON p.id = e.participant_id
        WHERE e.coach_id = $1 AND e.exit_date IS NULL ORDER BY p.id`,
      [c.id],
    );
    const participants = rows.map((r) => ({ id: r.id, firstName: r.first_name, lastName: r.last_name }));
    coaches.push({
      userId: c.id,
      regionId: c.region_id,
      organisationIds: [c.organisation_id],
      email: c.email,
      participants,
      // What a coach types: the start of a last name, or a first name and the start of the last.
      searches: participants
        .slice(0, 20)
        .map((p, i) =>
          (i % 3 === 2 ? `${p.firstName} ${p.lastName.slice(0, 2)}` : p.lastName.slice(0, 4)).toLowerCase(),
        ),
      cookie: "",
      csrf: "",
    });
  }
  return coaches;
}

/** Signs every coach in (argon2 on the server: a few at a time); keeps the cookie and CSRF token. */
export async function signIn(origin: string, coaches: Coach[]): Promise<void> {
  for (let i = 0; i < coaches.length; i += 4) {
    await Promise.all(
      coaches.slice(i, i + 4).map(async (c) => {
        const res = await fetch(`${origin}/api/session`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ email: c.email, password: BENCH_PASSWORD }),
        });
        if (!res.ok) throw new Error(`${c.email} could not sign in: ${res.status} ${await res.text()}`);
        c.cookie = (res.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
        c.csrf = ((await res.json()) as { csrfToken: string }).csrfToken;
      }),
    );
  }
}

export interface Call {
  method: "GET" | "POST";
  path: string;
  body?: string;
}

export interface Endpoint {
  key: string;
  name: string;
  /** The n-th request of this coach. */
  call(c: Coach, n: number): Call;
  sql(client: pg.ClientBase, c: Coach, n: number): Promise<void>;
}

const pick = <T>(items: readonly T[], n: number): T => items[n % items.length] as T;

/** A step a coach plans: one to two months ahead, valid, of a kind with statutory limits mostly. */
function stepBody(n: number): direct.NewStep {
  const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
  return {
    kind: pick(["work_trial", "rehabilitative_work", "association_activity", "education"], n),
    title: "Uusi askel",
    providerName: pick(HOSTS, n),
    startsOn: day(7 + (n % 60)),
    endsOn: day(97 + (n % 60)),
    daysPerWeek: 3,
    hoursPerDay: 5,
  };
}

/** The five requests of a coach's day, in the order of the day. */
export function dayEndpoints(today: string): Endpoint[] {
  return [
    {
      key: "caseload",
      name: "GET /api/caseload",
      call: () => ({ method: "GET", path: "/api/caseload" }),
      sql: (client, c) => direct.caseload(client, c, today),
    },
    {
      key: "search",
      name: "GET /api/participants?q=",
      call: (c, n) => ({
        method: "GET",
        path: `/api/participants?q=${encodeURIComponent(pick(c.searches, n))}`,
      }),
      sql: (client, c, n) => direct.search(client, c, pick(c.searches, n), today),
    },
    {
      key: "participant",
      name: "GET /api/participants/:id",
      call: (c, n) => ({ method: "GET", path: `/api/participants/${pick(c.participants, n).id}` }),
      sql: (client, c, n) => direct.participant(client, c, pick(c.participants, n).id),
    },
    {
      key: "timeline",
      name: "GET /api/participants/:id/timeline",
      call: (c, n) => ({ method: "GET", path: `/api/participants/${pick(c.participants, n).id}/timeline` }),
      sql: (client, c, n) => direct.timeline(client, c, pick(c.participants, n).id),
    },
    {
      key: "step",
      name: "POST /api/participants/:id/steps",
      call: (c, n) => ({
        method: "POST",
        path: `/api/participants/${pick(c.participants, n).id}/steps`,
        body: JSON.stringify(stepBody(n)),
      }),
      sql: (client, c, n) => direct.addStep(client, c, pick(c.participants, n).id, stepBody(n)),
    },
  ];
}

export const headersOf = (c: Coach, call: Call): Record<string, string> => ({
  cookie: c.cookie,
  "x-csrf-token": c.csrf,
  "accept-language": "fi",
  ...(call.body ? { "content-type": "application/json" } : {}),
});
