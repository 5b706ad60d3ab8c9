import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  buildRegion,
  buildUser,
  call,
  createTestApp,
  type Session,
  signIn,
  type TestApp,
  type TestRegion,
} from "../../../test/app";
import { buildProject, enrolParticipant } from "../../../test/enrolments";
import { buildParticipant } from "../../../test/participants";

let t: TestApp;
let region: TestRegion;
let coach: Session;

beforeAll(async () => {
  t = await createTestApp();
  region = await buildRegion(t);
  coach = await signIn(t, await buildUser(t, region, { role: "coach" }));
});
afterAll(async () => t?.close());

describe("funder data follows the project's programme period", () => {
  it("refuses to enrol in a 2014–2020 project someone whose entry data says non-binary, naming the field", async () => {
    const old = await buildProject(t, region, {
      programmePeriod: "2014-2020",
      startsOn: "2015-01-01",
      endsOn: null,
    });
    const p = await buildParticipant(t, coach, { entryData: { gender: "non_binary" } });
    const res = await call(t, coach, "POST", `/api/participants/${p.data.id}/enrolments`, {
      projectId: old.id,
      entryDate: "2020-06-01",
    });
    expect(res.statusCode, res.body).toBe(400);
    expect(res.json().errors[0].path).toBe("/entryData/gender");
    const current = await buildProject(t, region, { programmePeriod: "2021-2027" });
    await enrolParticipant(t, coach, p.data.id, { projectId: current.id, entryDate: "2025-01-10" });
  });

  it("refuses changing entry data to a value the period of an open enrolment does not accept", async () => {
    const old = await buildProject(t, region, {
      programmePeriod: "2014-2020",
      startsOn: "2015-01-01",
      endsOn: null,
    });
    const p = await buildParticipant(t, coach, { entryData: { gender: "female" } });
    await enrolParticipant(t, coach, p.data.id, { projectId: old.id, entryDate: "2020-06-01" });
    const res = await call(t, coach, "PATCH", `/api/participants/${p.data.id}`, {
      entryData: { gender: "non_binary" },
      version: p.data.version,
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0].path).toBe("/entryData/gender");
    const after = await call(t, coach, "GET", `/api/participants/${p.data.id}`);
    expect(after.json().data.entryData.gender).toBe("female");
  });
});
