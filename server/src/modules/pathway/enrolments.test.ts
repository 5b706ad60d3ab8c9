import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  buildOrganisation,
  buildRegion,
  buildUser,
  call,
  createTestApp,
  type Session,
  signIn,
  type TestApp,
  type TestRegion,
  type TestUser,
} from "../../../test/app";
import { buildProject, enrolParticipant, exitParticipant } from "../../../test/enrolments";
import { buildParticipant, giveSharingConsent } from "../../../test/participants";
import { addMonthsIso, todayIso } from "../../lib/dates";

let t: TestApp;
let region: TestRegion;
let coachUser: TestUser;
let coach: Session;
let colleagueUser: TestUser;
let colleague: Session;
let outsiderCoachUser: TestUser;
let partner: Session;
let partnerOrgId: string;
let project: { id: string; name: string };

const entryData = { gender: "female", labourMarketStatus: "unemployed", unemploymentMonths: 14 } as const;

beforeAll(async () => {
  t = await createTestApp();
  region = await buildRegion(t);
  coachUser = await buildUser(t, region, { role: "coach", name: "Sanna Korhonen" });
  coach = await signIn(t, coachUser);
  colleagueUser = await buildUser(t, region, { role: "coach", name: "Mikael Lindholm" });
  colleague = await signIn(t, colleagueUser);
  const association = await buildOrganisation(t, region, { kind: "association" });
  outsiderCoachUser = await buildUser(t, region, { role: "coach", organisationId: association.id });
  const partnerOrg = await buildOrganisation(t, region, { kind: "wellbeing_county" });
  partnerOrgId = partnerOrg.id;
  partner = await signIn(
    t,
    await buildUser(t, region, { role: "partner_worker", organisationId: partnerOrgId }),
  );
  project = await buildProject(t, region, {
    name: "Kohti työtä",
    startsOn: "2025-01-01",
    endsOn: "2028-12-31",
  });
});
afterAll(async () => t?.close());

const events = (participantId: string, kind: string) =>
  t.db.ownerQuery<{ kind: string; scope: string; summary: Record<string, unknown>; ref_id: string }>(
    "SELECT kind, scope, summary, ref_id FROM pathway_events WHERE participant_id = $1 AND kind = $2",
    [participantId, kind],
  );

describe("POST /api/participants/:id/enrolments", () => {
  it("enrols with the calling coach, copies the entry data as it stood and records the event", async () => {
    const p = await buildParticipant(t, coach, { entryData });
    const e = await enrolParticipant(t, coach, p.data.id, { projectId: project.id, entryDate: "2026-02-02" });
    expect(e).toMatchObject({
      projectName: "Kohti työtä",
      programmePeriod: "2021-2027",
      coachId: coachUser.id,
      coachName: "Sanna Korhonen",
      entryDate: "2026-02-02",
      entryData,
      exitDate: null,
      followUpState: "not_exited",
      can: { changeCoach: true, exit: true, recordFollowUp: false },
    });
    // Later changes to the participant's entry data leave the enrolment's copy as it was.
    const patched = await call(t, coach, "PATCH", `/api/participants/${p.data.id}`, {
      entryData: { ...entryData, unemploymentMonths: 20 },
      version: p.data.version,
    });
    expect(patched.statusCode, patched.body).toBe(200);
    const list = await call(t, coach, "GET", `/api/participants/${p.data.id}/enrolments`);
    expect(list.statusCode).toBe(200);
    expect(list.json().data[0].entryData.unemploymentMonths).toBe(14);
    expect(list.json().can).toEqual({ enrol: true });
    expect(list.json().coaches.map((c: { name: string }) => c.name)).toEqual([
      "Mikael Lindholm",
      "Sanna Korhonen",
    ]);
    expect(await events(p.data.id, "enrolled")).toEqual([
      {
        kind: "enrolled",
        scope: "basic",
        summary: { projectId: project.id, entryDate: "2026-02-02" },
        ref_id: e.id,
      },
    ]);
    const logged = await t.db.ownerQuery<{ purpose: string }>(
      "SELECT purpose FROM access_log WHERE subject_id = $1 AND actor_id = $2 ORDER BY id",
      [p.data.id, coachUser.id],
    );
    expect(logged.map((l) => l.purpose)).toEqual(expect.arrayContaining(["enrolment", "enrolments"]));
  });

  it("names a colleague of the keeping organisation as coach, but no coach of another organisation", async () => {
    const p = await buildParticipant(t, coach);
    const e = await enrolParticipant(t, coach, p.data.id, {
      projectId: project.id,
      entryDate: "2026-03-01",
      coachId: colleagueUser.id,
    });
    expect(e.coachName).toBe("Mikael Lindholm");
    const other = await buildParticipant(t, coach);
    const refused = await call(t, coach, "POST", `/api/participants/${other.data.id}/enrolments`, {
      projectId: project.id,
      entryDate: "2026-03-01",
      coachId: outsiderCoachUser.id,
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().errors).toEqual([expect.objectContaining({ path: "/coachId" })]);
  });

  it("refuses a second open enrolment in the same project with 409, and allows one after the exit", async () => {
    const p = await buildParticipant(t, coach);
    const first = await enrolParticipant(t, coach, p.data.id, {
      projectId: project.id,
      entryDate: "2026-01-05",
    });
    const again = await call(t, colleague, "POST", `/api/participants/${p.data.id}/enrolments`, {
      projectId: project.id,
      entryDate: "2026-02-05",
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().detail).toBe(
      "The participant already has an open enrolment in this project. End it before enrolling again.",
    );
    const other = await buildProject(t, region);
    await enrolParticipant(t, coach, p.data.id, { projectId: other.id, entryDate: "2026-02-05" });
    await exitParticipant(t, coach, first, "2026-04-30");
    await enrolParticipant(t, coach, p.data.id, { projectId: project.id, entryDate: "2026-05-04" });
  });

  it("lets only one of two simultaneous enrolments in a project through", async () => {
    const p = await buildParticipant(t, coach);
    const body = { projectId: project.id, entryDate: "2026-03-03" };
    const url = `/api/participants/${p.data.id}/enrolments`;
    const results = await Promise.all([
      call(t, coach, "POST", url, body),
      call(t, colleague, "POST", url, body),
    ]);
    expect(results.map((r) => r.statusCode).sort()).toEqual([201, 409]);
    expect(results.find((r) => r.statusCode === 409)?.json().type).toBe("/problems/enrolments.alreadyOpen");
  });

  it("refuses an entry date outside the project's dates, naming the field", async () => {
    const p = await buildParticipant(t, coach);
    const url = `/api/participants/${p.data.id}/enrolments`;
    const before = await call(t, coach, "POST", url, { projectId: project.id, entryDate: "2024-12-31" });
    expect(before.statusCode).toBe(400);
    expect(before.json().errors).toEqual([
      { path: "/entryDate", message: "The entry date cannot be before the project starts (2025-01-01)." },
    ]);
    const after = await call(t, coach, "POST", url, { projectId: project.id, entryDate: "2029-01-01" });
    expect(after.statusCode).toBe(400);
    expect(after.json().errors[0].path).toBe("/entryDate");
    const noProject = await call(t, coach, "POST", url, {
      projectId: "00000000-0000-4000-8000-000000000000",
      entryDate: "2026-01-01",
    });
    expect(noProject.statusCode).toBe(400);
    expect(noProject.json().errors[0].path).toBe("/projectId");
  });
});

describe("exit and follow-up", () => {
  it("ends the participation: follow-up due six months on, event written, no second exit", async () => {
    const p = await buildParticipant(t, coach);
    const e = await enrolParticipant(t, coach, p.data.id, { projectId: project.id, entryDate: "2025-06-01" });
    const url = `/api/enrolments/${e.id}/exit`;
    const body = { exitDate: "2025-08-31", outcome: "education", exitData: { situation: "in_education" } };
    const early = await call(t, coach, "POST", url, { ...body, exitDate: "2025-05-31", version: e.version });
    expect(early.statusCode).toBe(400);
    expect(early.json().errors[0].path).toBe("/exitDate");
    const future = await call(t, coach, "POST", url, {
      ...body,
      exitDate: addMonthsIso(todayIso(), 1),
      version: e.version,
    });
    expect(future.statusCode).toBe(400);
    const badData = await call(t, coach, "POST", url, {
      ...body,
      exitData: { salary: 1 },
      version: e.version,
    });
    expect(badData.statusCode).toBe(400);
    const stale = await call(t, coach, "POST", url, { ...body, version: e.version + 1 });
    expect(stale.statusCode).toBe(409);

    const ok = await call(t, coach, "POST", url, { ...body, version: e.version });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json().data).toMatchObject({
      exitDate: "2025-08-31",
      outcome: "education",
      exitData: { situation: "in_education" },
      followUpDue: "2026-02-28",
      followUpState: "due",
      version: e.version + 1,
      can: { exit: false, recordFollowUp: true },
    });
    expect(await events(p.data.id, "exited")).toEqual([
      {
        kind: "exited",
        scope: "basic",
        summary: { outcome: "education", projectId: project.id },
        ref_id: e.id,
      },
    ]);
    const twice = await call(t, coach, "POST", url, { ...body, version: e.version + 1 });
    expect(twice.statusCode).toBe(409);
    expect(twice.json().detail).toBe("The participation has already ended (2025-08-31).");
  });

  it("schedules the follow-up when the exit is today", async () => {
    const p = await buildParticipant(t, coach);
    const e = await enrolParticipant(t, coach, p.data.id, { projectId: project.id, entryDate: "2026-01-01" });
    const exited = await exitParticipant(t, coach, e, todayIso(), "unknown");
    expect(exited.followUpState).toBe("scheduled");
    expect(exited.followUpDue).toBe(addMonthsIso(todayIso(), 6));
  });

  it("records the follow-up after the exit only, with the event", async () => {
    const p = await buildParticipant(t, coach);
    const e = await enrolParticipant(t, coach, p.data.id, { projectId: project.id, entryDate: "2025-03-01" });
    const url = `/api/enrolments/${e.id}/follow-up`;
    const followUpData = { employed: true, improvedSituation: true };
    const notExited = await call(t, coach, "POST", url, {
      followUpOn: "2025-10-01",
      followUpData,
      version: e.version,
    });
    expect(notExited.statusCode).toBe(409);
    const exited = await exitParticipant(t, coach, e, "2025-04-15");
    const early = await call(t, coach, "POST", url, {
      followUpOn: "2025-04-14",
      followUpData,
      version: exited.version,
    });
    expect(early.statusCode).toBe(400);
    expect(early.json().errors[0].path).toBe("/followUpOn");
    const ok = await call(t, coach, "POST", url, {
      followUpOn: "2025-10-20",
      followUpData,
      version: exited.version,
    });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json().data).toMatchObject({
      followUpOn: "2025-10-20",
      followUpData,
      followUpState: "recorded",
    });
    expect(await events(p.data.id, "follow_up")).toEqual([
      { kind: "follow_up", scope: "basic", summary: { projectId: project.id }, ref_id: e.id },
    ]);
  });
});

describe("PATCH /api/enrolments/:id", () => {
  it("changes the coach with the version, refusing a stale one", async () => {
    const p = await buildParticipant(t, coach);
    const e = await enrolParticipant(t, coach, p.data.id, { projectId: project.id, entryDate: "2026-01-01" });
    const url = `/api/enrolments/${e.id}`;
    const ok = await call(t, coach, "PATCH", url, { coachId: colleagueUser.id, version: e.version });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json().data).toMatchObject({ coachId: colleagueUser.id, coachName: "Mikael Lindholm" });
    const stale = await call(t, coach, "PATCH", url, { coachId: coachUser.id, version: e.version });
    expect(stale.statusCode).toBe(409);
    const outsider = await call(t, coach, "PATCH", url, {
      coachId: outsiderCoachUser.id,
      version: e.version + 1,
    });
    expect(outsider.statusCode).toBe(400);
    expect((await events(p.data.id, "coach_changed")).map((x) => x.summary)).toEqual([
      { projectId: project.id, coachId: colleagueUser.id },
    ]);
  });
});

describe("who sees enrolments", () => {
  it("answers a partner without consent 404; with consent, without the funder's data and read-only", async () => {
    const p = await buildParticipant(t, coach, { entryData });
    const e = await enrolParticipant(t, coach, p.data.id, { projectId: project.id, entryDate: "2026-01-01" });
    const url = `/api/participants/${p.data.id}/enrolments`;
    expect((await call(t, partner, "GET", url)).statusCode).toBe(404);
    const exit = await call(t, partner, "POST", `/api/enrolments/${e.id}/exit`, {
      exitDate: "2026-02-01",
      outcome: "unknown",
      exitData: {},
      version: e.version,
    });
    expect(exit.statusCode).toBe(403); // partner workers may not call coach routes at all
    await giveSharingConsent(t, coach, p.data.id, partnerOrgId, ["basic"]);
    const seen = await call(t, partner, "GET", url);
    expect(seen.statusCode).toBe(200);
    expect(seen.json().data[0]).toMatchObject({
      projectName: "Kohti työtä",
      entryData: null,
      can: { changeCoach: false, exit: false, recordFollowUp: false },
    });
    expect(seen.json()).toMatchObject({ can: { enrol: false }, coaches: [] });
  });

  it("answers a coach of another organisation 404 for a participant they have no relation to", async () => {
    const p = await buildParticipant(t, coach);
    const outsider = await signIn(t, outsiderCoachUser);
    const res = await call(t, outsider, "POST", `/api/participants/${p.data.id}/enrolments`, {
      projectId: project.id,
      entryDate: "2026-01-01",
    });
    expect(res.statusCode).toBe(404);
  });
});
