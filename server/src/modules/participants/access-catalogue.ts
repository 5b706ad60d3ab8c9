// Test support (imported only by *.access.test.ts): the routes that work on one participant's record,
// what kind of access each is, and a valid request for it. participants.access.test.ts runs every
// entry against every role, organisation, consent state and another region.
import type { Session, TestApp } from "../../../test/app";
import type { Role } from "../access/roles";
import type { Participant } from "./api";
import type { SharingScope } from "./schema";

export interface Fixture {
  t: TestApp;
  /** Registered by the keeping organisation's coach. */
  participant: Participant;
  coach: Session;
  partnerOrganisationId: string;
}

export interface Prepared {
  params?: Record<string, string>;
  body?: unknown;
  query?: string;
}

export type CatalogueEntry = {
  route: string;
  /** Roles the route admits at all (its access rule). */
  who: readonly Role[];
  ok: number;
  prepare(f: Fixture): Promise<Prepared>;
} & (
  | { kind: "read"; scope: SharingScope }
  /** Only the keeping organisation (funder data, identity). */
  | { kind: "keeperRead" }
  /** Changes the record: the keeping organisation's coaches. */
  | { kind: "write" }
  /** Records a meeting or note: keepers' coaches, and partner workers or coaches of a sharing organisation. */
  | { kind: "contact" }
);

/** Routes under these paths work on a participant's record and must be in the catalogue. */
export const PARTICIPANT_ROUTE =
  /^\/api\/(participants\/:id|enrolments\/|assessments\/|goals\/|steps\/|contacts\/)/;

const STAFF = ["coach", "project_manager", "partner_worker", "association_contact"] as const;
const COACH = ["coach"] as const;
const nothing = async (): Promise<Prepared> => ({});

export const ACCESS_CATALOGUE: CatalogueEntry[] = [
  { route: "GET /api/participants/:id", who: STAFF, ok: 200, kind: "read", scope: "basic", prepare: nothing },
  {
    route: "PATCH /api/participants/:id",
    who: COACH,
    ok: 200,
    kind: "write",
    prepare: async (f) => ({ body: { village: "Kylä", version: f.participant.version } }),
  },
  {
    route: "GET /api/participants/:id/consents",
    who: STAFF,
    ok: 200,
    kind: "read",
    scope: "basic",
    prepare: nothing,
  },
  {
    route: "POST /api/participants/:id/consents",
    who: COACH,
    ok: 201,
    kind: "write",
    prepare: async () => ({
      body: { purpose: "funder_reporting", givenOn: "2026-01-10", method: "electronic" },
    }),
  },
  {
    route: "POST /api/participants/:id/consents/:consentId/withdraw",
    who: COACH,
    ok: 200,
    kind: "write",
    prepare: async (f) => {
      const res = await f.t.app.inject({
        method: "POST",
        url: `/api/participants/${f.participant.id}/consents`,
        headers: { cookie: f.coach.cookie, "x-csrf-token": f.coach.csrf },
        payload: { purpose: "contact", givenOn: "2026-01-10", method: "in_person" },
      });
      const c = res.json().data as { id: string; version: number };
      return { params: { consentId: c.id }, body: { withdrawnOn: "2026-02-01", version: c.version } };
    },
  },
  {
    route: "POST /api/participants/:id/account",
    who: COACH,
    ok: 201,
    kind: "write",
    prepare: async () => ({ body: { email: `own-${crypto.randomUUID()}@test.example` } }),
  },
];
