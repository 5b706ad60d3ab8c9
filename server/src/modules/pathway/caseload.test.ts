import { sql } from "drizzle-orm";
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
  type TestUser,
} from "../../../test/app";
import {
  asRegion,
  buildProject,
  enrolParticipant,
  exitParticipant,
  givePathwayConsent,
} from "../../../test/enrolments";
import { buildParticipant } from "../../../test/participants";
import { addMonthsIso, todayIso } from "../../lib/dates";
import type { CaseloadItem } from "./api-enrolments";
import { noRecentContact } from "./caseload";
import { contacts, stageChanges, steps } from "./schema";

let t: TestApp;
let region: TestRegion;
let coachUser: TestUser;
let coach: Session;
let otherCoach: Session;
let project: { id: string; name: string };
const today = todayIso();
const daysAgo = (n: number) => todayIso(new Date(Date.now() - n * 86_400_000));
const daysAhead = (n: number) => todayIso(new Date(Date.now() + n * 86_400_000));
const ids: Record<string, string> = {};

async function participant(name: string, entryDaysAgo: number, consent = true) {
  const p = await buildParticipant(t, coach, { firstName: name, lastName: "Caseload" });
  if (consent) await givePathwayConsent(t, coach, p.data.id, daysAgo(entryDaysAgo));
  const e = await enrolParticipant(t, coach, p.data.id, {
    projectId: project.id,
    entryDate: daysAgo(entryDaysAgo),
  });
  ids[name] = p.data.id;
  return { id: p.data.id, enrolment: e };
}

const contactAgo = (participantId: string, days: number) =>
  asRegion(t, region, (tx) =>
    tx.insert(contacts).values({
      participantId,
      kind: "in_person",
      happenedAt: sql`now() - make_interval(days => ${days})` as unknown as string,
      organisationId: region.organisationId,
      authorId: coachUser.id,
    }),
  );

beforeAll(async () => {
  t = await createTestApp();
  region = await buildRegion(t);
  coachUser = await buildUser(t, region, { role: "coach" });
  coach = await signIn(t, coachUser);
  otherCoach = await signIn(t, await buildUser(t, region, { role: "coach" }));
  project = await buildProject(t, region, {
    name: "Osallisuuden askeleet",
    startsOn: "2020-01-01",
    endsOn: null,
  });

  // Aino: met five days ago, two stage changes, steps: a completed one, an ongoing one, two planned ones.
  const aino = await participant("Aino", 100);
  await contactAgo(aino.id, 40);
  await contactAgo(aino.id, 5);
  await asRegion(t, region, async (tx) => {
    await tx.insert(stageChanges).values([
      { participantId: aino.id, stage: "reached", changedOn: daysAgo(90), authorId: coachUser.id },
      { participantId: aino.id, stage: "life_management", changedOn: daysAgo(20), authorId: coachUser.id },
    ]);
    const step = { participantId: aino.id, authorId: coachUser.id, organisationId: region.organisationId };
    await tx.insert(steps).values([
      {
        ...step,
        kind: "group",
        title: "Done",
        startsOn: daysAgo(80),
        endsOn: daysAgo(60),
        status: "completed",
      },
      { ...step, kind: "association_activity", title: "Ongoing", startsOn: daysAgo(30), status: "ongoing" },
      { ...step, kind: "education", title: "Later", startsOn: daysAhead(30), status: "planned" },
      { ...step, kind: "work_trial", title: "Next", startsOn: daysAhead(7), status: "planned" },
    ]);
  });
  // Bertta: enrolled 40 days ago, never met, no consent to the pathway work.
  await participant("Bertta", 40, false);
  // Cecilia: enrolled 10 days ago, not met yet; an ongoing step only; rehabilitative work 5 days a week.
  const cecilia = await participant("Cecilia", 10);
  await asRegion(t, region, (tx) =>
    tx.insert(steps).values({
      participantId: cecilia.id,
      authorId: coachUser.id,
      organisationId: region.organisationId,
      kind: "rehabilitative_work",
      title: "Kierrätyskeskus",
      startsOn: daysAgo(5),
      endsOn: addMonthsIso(daysAgo(5), 6),
      daysPerWeek: "5",
      hoursPerDay: "6",
      status: "ongoing",
    }),
  );
  // Daniel: last met 45 days ago.
  const daniel = await participant("Daniel", 200);
  await contactAgo(daniel.id, 45);
  // Eeva: left eight months ago, follow-up due and not recorded; never met (no no-contact flag when exited).
  const eeva = await participant("Eeva", 400);
  await exitParticipant(t, coach, eeva.enrolment, addMonthsIso(today, -8));
  // Fanni: left last month (follow-up not due yet); Gabriel: follow-up recorded. Neither is listed.
  const fanni = await participant("Fanni", 300);
  await exitParticipant(t, coach, fanni.enrolment, addMonthsIso(today, -1));
  const gabriel = await participant("Gabriel", 500);
  const exited = await exitParticipant(t, coach, gabriel.enrolment, addMonthsIso(today, -9));
  const recorded = await call(t, coach, "POST", `/api/enrolments/${exited.id}/follow-up`, {
    followUpOn: addMonthsIso(today, -2),
    followUpData: { employed: true },
    version: exited.version,
  });
  expect(recorded.statusCode, recorded.body).toBe(200);
  // Hilkka: the other coach's participant.
  const hilkka = await buildParticipant(t, otherCoach, { firstName: "Hilkka", lastName: "Caseload" });
  await enrolParticipant(t, otherCoach, hilkka.data.id, { projectId: project.id, entryDate: daysAgo(3) });
  ids.Hilkka = hilkka.data.id;
  // Ilona (the other coach's): met 30 days ago at 00:30 Finnish time, which in UTC was the day before.
  const ilona = await buildParticipant(t, otherCoach, { firstName: "Ilona", lastName: "Caseload" });
  await enrolParticipant(t, otherCoach, ilona.data.id, { projectId: project.id, entryDate: daysAgo(100) });
  await asRegion(t, region, (tx) =>
    tx.insert(contacts).values({
      participantId: ilona.data.id,
      kind: "phone",
      happenedAt:
        sql`(${daysAgo(30)}::date + time '00:30') AT TIME ZONE 'Europe/Helsinki'` as unknown as string,
      organisationId: region.organisationId,
      authorId: coachUser.id,
    }),
  );
});
afterAll(async () => t?.close());

const byName = (items: CaseloadItem[]) => Object.fromEntries(items.map((i) => [i.firstName, i]));

describe("GET /api/caseload", () => {
  it("lists my participants with stage, last contact, next step and the right flags", async () => {
    const res = await call(t, coach, "GET", "/api/caseload");
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    const items = byName(body.data);
    expect(Object.keys(items).sort()).toEqual(["Aino", "Bertta", "Cecilia", "Daniel", "Eeva"]);
    expect(items.Aino).toMatchObject({
      stage: "life_management",
      stageChangedOn: daysAgo(20),
      nextStep: { kind: "work_trial", title: "Next", startsOn: daysAhead(7), status: "planned" },
      flags: [],
      enrolments: [{ projectName: "Osallisuuden askeleet", entryDate: daysAgo(100), exitDate: null }],
    });
    expect(todayIso(new Date(items.Aino?.lastContactAt ?? ""))).toBe(daysAgo(5));
    expect(items.Bertta).toMatchObject({
      stage: null,
      lastContactAt: null,
      nextStep: null,
      flags: ["no_contact_30_days", "no_pathway_consent"],
    });
    expect(items.Cecilia).toMatchObject({
      nextStep: { kind: "rehabilitative_work", status: "ongoing" },
      flags: ["statutory_limit"],
    });
    expect(items.Daniel?.flags).toEqual(["no_contact_30_days"]);
    expect(items.Eeva).toMatchObject({
      flags: ["follow_up_due"],
      enrolments: [{ exitDate: addMonthsIso(today, -8), followUpDue: addMonthsIso(today, -2) }],
    });
    expect(body.counts).toEqual({
      all: 5,
      no_contact_30_days: 2,
      follow_up_due: 1,
      statutory_limit: 1,
      no_pathway_consent: 1,
      self_assessment_due: 0,
    });
  });

  it("filters by flag and writes the access log for everyone listed", async () => {
    const logged = () =>
      t.db.ownerQuery<{ id: string; subject_id: string }>(
        "SELECT id::text, subject_id FROM access_log WHERE actor_id = $1 AND purpose = 'caseload' ORDER BY id",
        [coachUser.id],
      );
    const before = new Set((await logged()).map((l) => l.id));
    const res = await call(t, coach, "GET", "/api/caseload?flag=no_contact_30_days");
    expect(res.statusCode).toBe(200);
    expect(res.json().data.map((i: CaseloadItem) => i.firstName)).toEqual(["Bertta", "Daniel"]);
    expect(res.json().counts.all).toBe(5);
    const added = (await logged()).filter((l) => !before.has(l.id)).map((l) => l.subject_id);
    expect(added.sort()).toEqual([ids.Bertta, ids.Daniel].sort());
  });

  it("does not list another coach's participants", async () => {
    const res = await call(t, otherCoach, "GET", "/api/caseload");
    expect(res.json().data.map((i: CaseloadItem) => i.firstName)).toEqual(["Hilkka", "Ilona"]);
    const mine = await call(t, coach, "GET", "/api/caseload");
    expect(mine.json().data.map((i: CaseloadItem) => i.participantId)).not.toContain(ids.Hilkka);
  });

  it("refuses an unknown flag", async () => {
    expect((await call(t, coach, "GET", "/api/caseload?flag=late")).statusCode).toBe(400);
  });
});

describe("the day of the last contact", () => {
  it("is the day in Finland: a meeting at 00:30 Finnish time 30 days ago is not over 30 days", async () => {
    const res = await call(t, otherCoach, "GET", "/api/caseload");
    const ilona = byName(res.json().data).Ilona;
    expect(ilona?.lastContactAt?.slice(0, 10)).toBe(daysAgo(31));
    expect(ilona?.flags).not.toContain("no_contact_30_days");
  });
});

describe("noRecentContact", () => {
  it("counts more than 30 days from the last contact, or from entry when never met", () => {
    expect(noRecentContact("2026-01-01", null, "2026-01-31")).toBe(false);
    expect(noRecentContact("2026-01-01", null, "2026-02-01")).toBe(true);
    expect(noRecentContact(null, "2026-01-01", "2026-01-31")).toBe(false);
    expect(noRecentContact(null, "2026-01-01", "2026-02-01")).toBe(true);
    expect(noRecentContact(null, null, "2026-02-01")).toBe(false);
  });
});
