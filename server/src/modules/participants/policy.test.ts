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
import { inRegion } from "../../db/client";
import type { SignedInUser } from "../../http/context";
import { resolveSession } from "../auth/service";
import { relationTo, visibleTo } from "./policy";
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
