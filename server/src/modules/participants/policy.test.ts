import { sql } from "drizzle-orm";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  adminUser,
  buildOrganisation,
  buildRegion,
  buildUser,
  call,
  createTestApp,
  type Session,
  signIn,
  type TestApp,
  type TestRegion,
} from "../../../test/app";
import { buildParticipant, giveSharingConsent } from "../../../test/participants";
import { inRegion, rowsOf } from "../../db/client";
import type { SignedInUser } from "../../http/context";
import { resolveSession } from "../auth/service";
import { noteVisibleSql } from "../pathway/contacts";
import { participantPolicy, type Relation, relationTo, visibleTo } from "./policy";
import { participants } from "./schema";

let t: TestApp;
let region: TestRegion;
const orgs: string[] = [];
const coaches: Session[] = [];
const viewers: SignedInUser[] = [];
const people: string[] = [];

async function signedIn(s: Session): Promise<SignedInUser> {
  const u = await resolveSession(t.db.database.app, t.config, s.token);
  if (!u) throw new Error("no user");
  return u;
}

beforeAll(async () => {
  t = await createTestApp();
  region = await buildRegion(t);
  await adminUser(t, region);
  orgs.push(region.organisationId);
  for (let i = 0; i < 2; i++) orgs.push((await buildOrganisation(t, region, { kind: "association" })).id);
  for (const org of orgs)
    coaches.push(await signIn(t, await buildUser(t, region, { role: "coach", organisationId: org })));
  for (const org of orgs) {
    for (const role of ["partner_worker", "project_manager", "association_contact"] as const) {
      viewers.push(
        await signedIn(await signIn(t, await buildUser(t, region, { role, organisationId: org }))),
      );
    }
  }
  for (const c of coaches) viewers.push(await signedIn(c));
  viewers.push(await adminUser(t, region));
});
afterAll(async () => t?.close());

describe("visibleTo (SQL) and relationTo (one record)", () => {
  it("agree for every user on any mix of keeping organisations and sharing consents", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: 2 }),
        fc.array(fc.record({ org: fc.integer({ min: 0, max: 2 }), withdrawn: fc.boolean() }), {
          maxLength: 3,
        }),
        async (keeper, shares) => {
          const coach = coaches[keeper] as Session;
          const p = await buildParticipant(t, coach);
          people.push(p.data.id);
          for (const share of shares) {
            const org = orgs[share.org] as string;
            if (org === orgs[keeper]) continue;
            const c = await giveSharingConsent(t, coach, p.data.id, org, ["basic"]);
            if (share.withdrawn) {
              const res = await call(
                t,
                coach,
                "POST",
                `/api/participants/${p.data.id}/consents/${c.id}/withdraw`,
                {
                  withdrawnOn: "2026-03-01",
                  version: c.version,
                },
              );
              expect(res.statusCode).toBe(200);
            }
          }
          for (const viewer of viewers) {
            await inRegion(
              t.db.database.app,
              { regionId: region.regionId, userId: viewer.id },
              async (tx) => {
                const visible = new Set(
                  (await tx.select({ id: participants.id }).from(participants).where(visibleTo(viewer))).map(
                    (r) => r.id,
                  ),
                );
                for (const id of people) {
                  const rel = await relationTo(tx, viewer, id);
                  expect(rel?.relation.kind !== "none", `${viewer.email} and ${id}`).toBe(visible.has(id));
                }
              },
            );
          }
        },
      ),
      { numRuns: 12 },
    );
  });
});

describe("the rule of notes", () => {
  const RELATIONS: Record<string, Relation> = {
    none: { kind: "none" },
    keeper: { kind: "keeper", write: true },
    "keeper reading": { kind: "keeper", write: false },
    "partner with basic data only": { kind: "shared", scopes: ["basic", "plan"] },
    "partner with notes": { kind: "shared", scopes: ["basic", "notes"] },
  };
  const partnerOf = (org: string) => {
    const user = viewers.find((v) =>
      v.memberships.some((m) => m.organisationId === org && m.role === "partner_worker"),
    );
    if (!user) throw new Error("no partner worker");
    return user;
  };

  it("lets an organisation read its own notes whatever its scopes; others' only when shared and with the notes scope", () => {
    const [keeperOrg, partnerOrg] = orgs as [string, string];
    const partner = partnerOf(partnerOrg);
    const note = (organisationId: string, sharedWithNetwork: boolean) => ({
      organisationId,
      sharedWithNetwork,
    });
    const { seeNote } = participantPolicy;
    const basicOnly = RELATIONS["partner with basic data only"] as Relation;
    const withNotes = RELATIONS["partner with notes"] as Relation;
    // What the partner organisation wrote itself is its own, with or without the notes scope.
    expect(seeNote(partner, basicOnly, note(partnerOrg, false))).toBe(true);
    expect(seeNote(partner, basicOnly, note(partnerOrg, true))).toBe(true);
    // The keeper's notes need both: the note shared with the network and the notes scope.
    expect(seeNote(partner, basicOnly, note(keeperOrg, true))).toBe(false);
    expect(seeNote(partner, basicOnly, note(keeperOrg, false))).toBe(false);
    expect(seeNote(partner, withNotes, note(keeperOrg, true))).toBe(true);
    expect(seeNote(partner, withNotes, note(keeperOrg, false))).toBe(false);
    // Without a relation (consent withdrawn) not even one's own notes: the person is not there (404).
    expect(seeNote(partner, { kind: "none" }, note(partnerOrg, false))).toBe(false);
  });

  it("is the same rule in SQL (noteVisibleSql) for every user, relation and note", async () => {
    const notes = orgs.flatMap((org, i) =>
      [false, true].map((shared, j) => ({ i: i * 2 + j, organisationId: org, sharedWithNetwork: shared })),
    );
    const values = sql.join(
      notes.map((n) => sql`(${n.i}::int, ${n.organisationId}::uuid, ${n.sharedWithNetwork}::boolean)`),
      sql`, `,
    );
    let checked = 0;
    let visible = 0;
    for (const viewer of viewers) {
      for (const [name, relation] of Object.entries(RELATIONS)) {
        const seen = await inRegion(
          t.db.database.app,
          { regionId: region.regionId, userId: viewer.id },
          async (tx) =>
            rowsOf<{ i: number }>(
              await tx.execute(
                sql`select v.i from (values ${values}) as v(i, org, shared) where ${noteVisibleSql(
                  viewer,
                  relation,
                  {
                    organisationId: sql`v.org`,
                    sharedWithNetwork: sql`v.shared`,
                  },
                )} order by v.i`,
              ),
            ).map((r) => Number(r.i)),
        );
        const expected = notes.filter((n) => participantPolicy.seeNote(viewer, relation, n)).map((n) => n.i);
        expect(seen, `${viewer.email} as ${name}`).toEqual(expected);
        checked++;
        visible += seen.length;
      }
    }
    expect(checked).toBe(viewers.length * Object.keys(RELATIONS).length);
    // Both answers occur, so the comparison is not of two empty lists.
    expect(visible).toBeGreaterThan(0);
    expect(visible).toBeLessThan(checked * notes.length);
  });
});
