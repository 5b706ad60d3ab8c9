import type { Role } from "../src/modules/access/roles";
import {
  buildOrganisation,
  buildRegion,
  buildUser,
  type Session,
  signIn,
  type TestApp,
  type TestRegion,
} from "./app";

/**
 * A small network for tests of the participant's record: the keeping organisation with two coaches and a
 * project manager, and two partner organisations with a partner worker each. Consents are given per test.
 */
export interface RecordNetwork {
  region: TestRegion;
  coach: Session;
  coachName: string;
  coach2: Session;
  coach2Name: string;
  manager: Session;
  partnerOrgId: string;
  partner: Session;
  otherOrgId: string;
  other: Session;
  /** A coach in another region. */
  stranger: Session;
}

async function member(t: TestApp, region: TestRegion, role: Role, organisationId: string, name: string) {
  return signIn(t, await buildUser(t, region, { role, organisationId, name }));
}

export async function buildRecordNetwork(t: TestApp): Promise<RecordNetwork> {
  const region = await buildRegion(t);
  const partnerOrg = await buildOrganisation(t, region, {
    kind: "wellbeing_county",
    name: "Hyvinvointialue",
  });
  const otherOrg = await buildOrganisation(t, region, { kind: "association", name: "Kyläyhdistys" });
  const elsewhere = await buildRegion(t);
  return {
    region,
    coach: await member(t, region, "coach", region.organisationId, "Coach Aino"),
    coachName: "Coach Aino",
    coach2: await member(t, region, "coach", region.organisationId, "Coach Bertta"),
    coach2Name: "Coach Bertta",
    manager: await member(t, region, "project_manager", region.organisationId, "Manager Cecilia"),
    partnerOrgId: partnerOrg.id,
    partner: await member(t, region, "partner_worker", partnerOrg.id, "Partner Daniel"),
    otherOrgId: otherOrg.id,
    other: await member(t, region, "partner_worker", otherOrg.id, "Other Eeva"),
    stranger: await member(t, elsewhere, "coach", elsewhere.organisationId, "Stranger Fanny"),
  };
}
