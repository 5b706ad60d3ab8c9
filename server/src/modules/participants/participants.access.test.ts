import type { LightMyRequestResponse } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  buildOrganisation,
  buildRegion,
  buildUser,
  createTestApp,
  type Session,
  signIn,
  type TestApp,
  type TestRegion,
  unique,
} from "../../../test/app";
import { buildParticipant, giveSharingConsent } from "../../../test/participants";
import { ROLES, type Role } from "../access/roles";
import {
  ACCESS_CATALOGUE,
  type CatalogueEntry,
  type Fixture,
  PARTICIPANT_ROUTE,
  type Prepared,
} from "./access-catalogue";

/**
 * The participant record's access matrix: every participant route × every role × the caller's
 * organisation (the keeping one, a partner organisation) × the partner's consent (in force with all
 * scopes, with basic data only, never given, withdrawn) × another region. The expected status comes
 * from the rules of policy.ts restated here in plain terms, so a change in either shows up.
 */

type ConsentState = "all" | "basicOnly" | "none" | "withdrawn";
const CONSENTS: ConsentState[] = ["all", "basicOnly", "none", "withdrawn"];
type Place = "keeper" | "partner" | "otherRegion";

let t: TestApp;
let a: TestRegion;
let b: TestRegion;
let partnerOrg: string;
const sessions = new Map<string, Session>();
const key = (place: Place, role: Role) => `${place}:${role}`;

beforeAll(async () => {
  t = await createTestApp();
  a = await buildRegion(t);
  b = await buildRegion(t);
  partnerOrg = (await buildOrganisation(t, a, { kind: "wellbeing_county", name: `Partner ${unique()}` })).id;
  for (const role of ROLES) {
    const keeper = role === "administrator" ? a.admin : await buildUser(t, a, { role });
    sessions.set(key("keeper", role), await signIn(t, keeper));
    if (role !== "administrator" && role !== "participant") {
      sessions.set(
        key("partner", role),
        await signIn(t, await buildUser(t, a, { role, organisationId: partnerOrg })),
      );
    }
    const other = role === "administrator" ? b.admin : await buildUser(t, b, { role });
    sessions.set(key("otherRegion", role), await signIn(t, other));
  }
});
afterAll(async () => t?.close());

const session = (place: Place, role: Role) => {
  const s = sessions.get(key(place, role));
  if (!s) throw new Error(`no session ${place} ${role}`);
  return s;
};

/** A fresh participant of the keeping organisation with the partner's consent in the given state. */
async function fixture(consent: ConsentState): Promise<Fixture> {
  const coach = session("keeper", "coach");
  const p = await buildParticipant(t, coach);
  if (consent === "all" || consent === "withdrawn") {
    const c = await giveSharingConsent(t, coach, p.data.id, partnerOrg);
    if (consent === "withdrawn") {
      const res = await t.app.inject({
        method: "POST",
        url: `/api/participants/${p.data.id}/consents/${c.id}/withdraw`,
        headers: { cookie: coach.cookie, "x-csrf-token": coach.csrf },
        payload: { withdrawnOn: "2026-03-01", version: c.version },
      });
      expect(res.statusCode, res.body).toBe(200);
    }
  } else if (consent === "basicOnly") {
    await giveSharingConsent(t, coach, p.data.id, partnerOrg, ["basic"]);
  }
  return { t, participant: p.data, coach, partnerOrganisationId: partnerOrg };
}

/** The status the rules promise. */
function expected(entry: CatalogueEntry, place: Place, role: Role, consent: ConsentState): number {
  if (!entry.who.includes(role)) return 403;
  if (place === "otherRegion") return 404;
  if (place === "keeper") {
    if (entry.kind === "write") return role === "coach" ? entry.ok : 403;
    if (entry.kind === "contact") return role === "coach" ? entry.ok : 403;
    return entry.ok;
  }
  // A partner organisation: nothing at all without a sharing consent in force.
  if (consent === "none" || consent === "withdrawn") return 404;
  const scopes = consent === "all" ? ["basic", "plan", "assessments", "notes"] : ["basic"];
  switch (entry.kind) {
    case "read":
      return scopes.includes(entry.scope) ? entry.ok : 403;
    case "keeperRead":
      return 403;
    case "write":
      return 403;
    case "contact":
      return role === "partner_worker" || role === "coach" ? entry.ok : 403;
  }
}

async function send(
  entry: CatalogueEntry,
  s: Session,
  f: Fixture,
  prepared: Prepared,
): Promise<LightMyRequestResponse> {
  const [method, template] = entry.route.split(" ") as [string, string];
  const path = template.replace(/:(\w+)/g, (_, name: string) => {
    const v = prepared.params?.[name] ?? (name === "id" ? f.participant.id : undefined);
    if (!v) throw new Error(`no value for :${name} in ${entry.route}`);
    return v;
  });
  return t.app.inject({
    method: method as "GET",
    url: prepared.query ? `${path}?${prepared.query}` : path,
    headers: { "accept-language": "en", cookie: s.cookie, "x-csrf-token": s.csrf },
    ...(prepared.body !== undefined ? { payload: prepared.body as object } : {}),
  });
}

/** One participant per consent state, shared by the calls that must not change anything. */
const shared = new Map<ConsentState, Promise<Fixture>>();
const sharedFixture = (consent: ConsentState) => {
  let f = shared.get(consent);
  if (!f) {
    f = fixture(consent);
    shared.set(consent, f);
  }
  return f;
};

describe("the participant access catalogue", () => {
  it("lists every registered route that works on a participant's record", () => {
    const registered = t.app.registeredRoutes
      .flatMap((r) => (Array.isArray(r.method) ? r.method : [r.method]).map((m) => `${m} ${r.url}`))
      .filter((k) => !k.startsWith("HEAD ") && PARTICIPANT_ROUTE.test(k.split(" ")[1] ?? ""));
    const catalogued = new Set(ACCESS_CATALOGUE.map((e) => e.route));
    expect(
      registered.filter((k) => !catalogued.has(k)),
      "add these to access-catalogue.ts",
    ).toEqual([]);
    expect(ACCESS_CATALOGUE.length).toBeGreaterThanOrEqual(5);
  });
});

describe.each(CONSENTS)("with the partner's consent %s", (consent) => {
  it.each(ACCESS_CATALOGUE.map((e) => [e.route, e] as const))(
    "%s answers every role as the rules say",
    async (_, entry) => {
      const mismatches: string[] = [];
      const places: Place[] = ["keeper", "partner", "otherRegion"];
      for (const place of places) {
        for (const role of ROLES) {
          if (place === "partner" && (role === "administrator" || role === "participant")) continue;
          // Keepers and other regions do not depend on the partner's consent: check them once.
          if (place !== "partner" && consent !== "all") continue;
          const want = expected(entry, place, role, consent);
          // A call that may change the record gets its own participant; refusals and reads share one
          // (a refusal that wrongly succeeds fails here anyway).
          const changes = entry.kind !== "read" && entry.kind !== "keeperRead" && want < 300;
          const f = changes ? await fixture(consent) : await sharedFixture(consent);
          const prepared = await entry.prepare(f);
          const res = await send(entry, session(place, role), f, prepared);
          if (res.statusCode !== want) {
            mismatches.push(
              `${place} ${role}: expected ${want}, got ${res.statusCode} ${res.body.slice(0, 160)}`,
            );
          }
          if (res.statusCode === 404) {
            expect(res.body, "a 404 must not name the participant").not.toContain(f.participant.lastName);
          }
        }
      }
      expect(mismatches).toEqual([]);
    },
  );
});
