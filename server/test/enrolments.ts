import { expect } from "vitest";
import { inRegion, type Tx } from "../src/db/client";
import type { Enrolment, EnrolmentCreate } from "../src/modules/pathway/api-enrolments";
import type { Outcome } from "../src/modules/pathway/schema";
import { type ProgrammePeriod, projects } from "../src/modules/projects/schema";
import { call, type Session, type TestApp, type TestRegion, unique } from "./app";

/** Runs fn in the region as its administrator (row-level security applies), for test data. */
export function asRegion<T>(t: TestApp, region: TestRegion, fn: (tx: Tx) => Promise<T>): Promise<T> {
  return inRegion(t.db.database.app, { regionId: region.regionId, userId: region.admin.id }, fn);
}

/** A project of the region's first organisation (straight into the table). */
export async function buildProject(
  t: TestApp,
  region: TestRegion,
  overrides: {
    name?: string;
    startsOn?: string;
    endsOn?: string | null;
    programmePeriod?: ProgrammePeriod;
  } = {},
): Promise<{ id: string; name: string }> {
  const [row] = await asRegion(t, region, (tx) =>
    tx
      .insert(projects)
      .values({
        name: overrides.name ?? `Hanke ${unique()}`,
        programmePeriod: overrides.programmePeriod ?? "2021-2027",
        organisationId: region.organisationId,
        startsOn: overrides.startsOn ?? "2024-01-01",
        endsOn: overrides.endsOn === undefined ? "2028-12-31" : overrides.endsOn,
      })
      .returning({ id: projects.id, name: projects.name }),
  );
  if (!row) throw new Error("no project");
  return row;
}

/** Enrols through the API; returns the enrolment. */
export async function enrolParticipant(
  t: TestApp,
  coach: Session,
  participantId: string,
  body: EnrolmentCreate,
): Promise<Enrolment> {
  const res = await call(t, coach, "POST", `/api/participants/${participantId}/enrolments`, body);
  expect(res.statusCode, res.body).toBe(201);
  return res.json().data;
}

/** Ends an enrolment through the API; returns it. */
export async function exitParticipant(
  t: TestApp,
  coach: Session,
  enrolment: Enrolment,
  exitDate: string,
  outcome: Outcome = "employed_open_market",
): Promise<Enrolment> {
  const res = await call(t, coach, "POST", `/api/enrolments/${enrolment.id}/exit`, {
    exitDate,
    outcome,
    exitData: { situation: "employed" },
    version: enrolment.version,
  });
  expect(res.statusCode, res.body).toBe(200);
  return res.json().data;
}

/** Records the consent to the pathway work itself through the API. */
export async function givePathwayConsent(t: TestApp, coach: Session, participantId: string, givenOn: string) {
  const res = await call(t, coach, "POST", `/api/participants/${participantId}/consents`, {
    purpose: "pathway",
    givenOn,
    method: "in_person",
  });
  expect(res.statusCode, res.body).toBe(201);
}
