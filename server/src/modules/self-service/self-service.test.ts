import { eq } from "drizzle-orm";
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
import { buildParticipant, giveSharingConsent, identityCodeFor } from "../../../test/participants";
import { inRegion } from "../../db/client";
import { participants } from "../participants/schema";
import {
  contacts,
  enrolments,
  goalReviews,
  goals,
  pathwayEvents,
  plans,
  stageChanges,
  steps,
} from "../pathway/schema";
import { projects } from "../projects/schema";
import type { MyAccessPage, MyExport, MyPathwayResponse } from "./api";

let t: TestApp;
let region: TestRegion;
let coachUser: TestUser;
let coach: Session;
let partner: Session;
let partnerOrgName: string;
let me: TestUser;
let meSession: Session;
let meId: string;
let otherId: string;
const code = identityCodeFor("1988-05-20");

/** Writes pathway rows directly (the staff-side routes are built separately), acting as the coach. */
const asCoach = <T>(fn: Parameters<typeof inRegion<T>>[2]) =>
  inRegion(t.db.database.app, { regionId: region.regionId, userId: coachUser.id }, fn);

async function givePathway(participantId: string, marker: string) {
  await asCoach(async (tx) => {
    const [project] = await tx
      .insert(projects)
      .values({
        name: `Laavu ${marker}`,
        programmePeriod: "2021-2027",
        organisationId: region.organisationId,
        startsOn: "2025-01-01",
      })
      .returning({ id: projects.id });
    if (!project) throw new Error("no project");
    await tx.insert(enrolments).values({
      participantId,
      projectId: project.id,
      coachId: coachUser.id,
      entryDate: "2026-01-10",
      entryData: { gender: "female", labourMarketStatus: "unemployed", unemploymentMonths: 14 },
    });
    const [plan] = await tx
      .insert(plans)
      .values({ participantId, summary: `Plan ${marker}`, agreedOn: "2026-01-20" })
      .returning({ id: plans.id });
    if (!plan) throw new Error("no plan");
    const [goal] = await tx
      .insert(goals)
      .values({ planId: plan.id, title: `Goal ${marker}`, targetDate: "2026-06-30", status: "in_progress" })
      .returning({ id: goals.id });
    if (!goal) throw new Error("no goal");
    await tx.insert(goalReviews).values({
      goalId: goal.id,
      reviewedOn: "2026-02-15",
      status: "in_progress",
      note: `Review ${marker}`,
      authorId: coachUser.id,
    });
    await tx.insert(steps).values({
      participantId,
      kind: "work_trial",
      title: `Step ${marker}`,
      providerName: "Kyläkauppa",
      startsOn: "2026-02-01",
      endsOn: "2026-04-30",
      daysPerWeek: "4",
      hoursPerDay: "6",
      status: "ongoing",
      authorId: coachUser.id,
      organisationId: region.organisationId,
    });
    await tx.insert(stageChanges).values([
      { participantId, stage: "reached", changedOn: "2026-01-10", note: "", authorId: coachUser.id },
      {
        participantId,
        stage: "life_management",
        changedOn: "2026-02-01",
        note: `Stage note ${marker}`,
        authorId: coachUser.id,
      },
    ]);
    await tx.insert(contacts).values([
      {
        participantId,
        kind: "in_person",
        happenedAt: "2026-02-03T10:00:00+02:00",
        note: `Shared note ${marker}`,
        sharedWithParticipant: true,
        organisationId: region.organisationId,
        authorId: coachUser.id,
      },
      {
        participantId,
        kind: "phone",
        happenedAt: "2026-02-04T10:00:00+02:00",
        note: `Internal note ${marker}`,
        sharedWithParticipant: false,
        organisationId: region.organisationId,
        authorId: coachUser.id,
      },
    ]);
    await tx.insert(pathwayEvents).values([
      { participantId, at: "2026-02-03T10:00:00+02:00", kind: "contact", scope: "notes" },
      {
        participantId,
        at: "2026-02-04T10:00:00+02:00",
        kind: "contact",
        scope: "notes",
        sharedWithParticipant: false,
      },
    ]);
  });
}

beforeAll(async () => {
  t = await createTestApp();
  region = await buildRegion(t);
  coachUser = await buildUser(t, region, { role: "coach", name: "Kaisa Valmentaja" });
  coach = await signIn(t, coachUser);
  const partnerOrg = await buildOrganisation(t, region, { kind: "wellbeing_county" });
  partnerOrgName = partnerOrg.name;
  partner = await signIn(
    t,
    await buildUser(t, region, {
      role: "partner_worker",
      organisationId: partnerOrg.id,
      name: "Pekka Kumppani",
    }),
  );

  const mine = await buildParticipant(t, coach, {
    firstName: "Aino",
    lastName: "Omatieto",
    birthDate: "1988-05-20",
    identityCode: code,
    preferredLanguage: "fi",
  });
  meId = mine.data.id;
  const other = await buildParticipant(t, coach, { firstName: "Toinen", lastName: "Henkilö" });
  otherId = other.data.id;

  const pathwayConsent = await call(t, coach, "POST", `/api/participants/${meId}/consents`, {
    purpose: "pathway",
    givenOn: "2026-01-10",
    method: "in_person",
  });
  expect(pathwayConsent.statusCode, pathwayConsent.body).toBe(201);
  await giveSharingConsent(t, coach, meId, partnerOrg.id, ["basic", "plan"]);

  await givePathway(meId, "MINE");
  await givePathway(otherId, "OTHER");

  me = await buildUser(t, region, { role: "participant", name: "Aino Omatieto" });
  await asCoach((tx) => tx.update(participants).set({ userId: me.id }).where(eq(participants.id, meId)));
  meSession = await signIn(t, me);
});
afterAll(async () => t?.close());

describe("GET /api/me/pathway", () => {
  it("shows the participant their own plan, steps, stages and shared messages, and nobody else's", async () => {
    const res = await call(t, meSession, "GET", "/api/me/pathway");
    expect(res.statusCode, res.body).toBe(200);
    const { data } = res.json() as MyPathwayResponse;
    expect(data.participant).toMatchObject({ id: meId, firstName: "Aino", lastName: "Omatieto" });
    expect(data.enrolments).toEqual([
      expect.objectContaining({
        projectName: "Laavu MINE",
        coachName: "Kaisa Valmentaja",
        entryDate: "2026-01-10",
      }),
    ]);
    expect(data.plan?.summary).toBe("Plan MINE");
    expect(data.plan?.goals).toEqual([
      expect.objectContaining({
        title: "Goal MINE",
        status: "in_progress",
        targetDate: "2026-06-30",
        reviews: [{ reviewedOn: "2026-02-15", status: "in_progress", note: "Review MINE" }],
      }),
    ]);
    expect(data.steps).toEqual([
      expect.objectContaining({
        kind: "work_trial",
        title: "Step MINE",
        provider: "Kyläkauppa",
        daysPerWeek: 4,
        hoursPerDay: 6,
        status: "ongoing",
      }),
    ]);
    expect(data.currentStage).toBe("life_management");
    expect(data.stages.map((s) => s.stage)).toEqual(["life_management", "reached"]);
    expect(data.messages).toEqual([
      expect.objectContaining({
        kind: "in_person",
        note: "Shared note MINE",
        authorFirstName: "Kaisa",
        organisationName: expect.any(String),
      }),
    ]);
    expect(res.body).not.toContain("OTHER");
    expect(res.body).not.toContain("Internal note");
    expect(res.body).not.toContain("Stage note");
    expect(res.body).not.toContain(code);
  });

  it("writes the participant's own read to the access log, with themselves as the subject", async () => {
    await call(t, meSession, "GET", "/api/me/pathway");
    const rows = await t.db.ownerQuery<{ actor_id: string; subject_id: string; purpose: string }>(
      "SELECT actor_id, subject_id, purpose FROM access_log WHERE actor_id = $1 ORDER BY id DESC LIMIT 1",
      [me.id],
    );
    expect(rows).toEqual([{ actor_id: me.id, subject_id: meId, purpose: "own data" }]);
  });

  it("answers 404 with a clear message when no participant record is linked to the user", async () => {
    const unlinked = await signIn(t, await buildUser(t, region, { role: "participant" }));
    for (const url of [
      "/api/me/pathway",
      "/api/me/export.json",
      "/api/me/export.pdf",
      "/api/me/access-log",
    ]) {
      const res = await call(t, unlinked, "GET", url);
      expect(res.statusCode, url).toBe(404);
      expect(res.json().detail).toBe("Your pathway has not been opened yet. Ask your coach.");
    }
    const fi = await call(t, unlinked, "GET", "/api/me/pathway", undefined, { "accept-language": "fi" });
    expect(fi.json().detail).toBe("Polkuasi ei ole vielä avattu. Kysy valmentajaltasi.");
  });

  it("refuses every other role with 403", async () => {
    const admin = await signIn(t, region.admin);
    for (const session of [coach, partner, admin]) {
      for (const url of [
        "/api/me/pathway",
        "/api/me/export.json",
        "/api/me/export.pdf",
        "/api/me/access-log",
      ]) {
        expect((await call(t, session, "GET", url)).statusCode, url).toBe(403);
      }
    }
    expect((await call(t, null, "GET", "/api/me/pathway")).statusCode).toBe(401);
  });
});

describe("GET /api/me/export.json", () => {
  it("downloads everything about the participant, incl. identity code and consents, without unshared notes", async () => {
    const res = await call(t, meSession, "GET", "/api/me/export.json?lang=en");
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers["content-type"]).toContain("application/json");
    expect(res.headers["content-disposition"]).toMatch(
      /^attachment; filename="polku-omat-tiedot-\d{4}-\d{2}-\d{2}\.json"$/,
    );
    expect(res.headers["cache-control"]).toBe("no-store");
    const data = res.json() as MyExport;
    expect(data.format).toBe("polku-participant-export");
    expect(data.participant).toMatchObject({ id: meId, identityCode: code, birthDate: "1988-05-20" });
    expect(data.consents.map((c) => [c.purpose, c.organisationName, c.inForce])).toEqual([
      ["pathway", null, true],
      ["sharing", partnerOrgName, true],
    ]);
    expect(data.enrolments[0]?.entryData).toEqual({
      gender: "female",
      labourMarketStatus: "unemployed",
      unemploymentMonths: 14,
    });
    expect(data.plan?.goals[0]?.title).toBe("Goal MINE");
    expect(data.steps.map((s) => s.title)).toEqual(["Step MINE"]);
    expect(data.messages.map((m) => m.note)).toEqual(["Shared note MINE"]);
    // The unshared note's event stays out with the note; the registration and consents are there.
    expect(data.events.filter((e) => e.kind === "contact")).toHaveLength(1);
    expect(data.events.map((e) => e.kind)).toEqual(expect.arrayContaining(["registered", "consent_given"]));
    expect(data.about.notIncluded.length).toBeGreaterThan(0);
    expect(data.about.howToAsk).toContain("703/2023");
    expect(data.accessLog[0]).toMatchObject({ you: true, purpose: "own data export" });
    expect(res.body).not.toContain("Internal note");
    expect(res.body).not.toContain("Stage note");
    expect(res.body).not.toContain("OTHER");
  });

  it("writes the participant's texts in their own language unless another is asked for", async () => {
    const fi = (await call(t, meSession, "GET", "/api/me/export.json")).json() as MyExport;
    expect(fi.language).toBe("fi");
    expect(fi.about.howToAsk).toContain("Pyydä niitä organisaatiolta");
    const sv = (await call(t, meSession, "GET", "/api/me/export.json?lang=sv")).json() as MyExport;
    expect(sv.about.howToAsk).toContain("Be om dem");
  });
});

describe("GET /api/me/export.pdf", () => {
  it("produces a PDF file for download", async () => {
    for (const lang of ["fi", "sv", "en"]) {
      const res = await call(t, meSession, "GET", `/api/me/export.pdf?lang=${lang}`);
      expect(res.statusCode, res.body.slice(0, 200)).toBe(200);
      expect(res.headers["content-type"]).toBe("application/pdf");
      expect(res.headers["content-disposition"]).toMatch(
        /^attachment; filename="polku-omat-tiedot-\d{4}-\d{2}-\d{2}\.pdf"$/,
      );
      const body = res.rawPayload;
      expect(body.length).toBeGreaterThan(1024);
      expect(body.subarray(0, 5).toString("latin1")).toBe("%PDF-");
      expect(body.subarray(-6).toString("latin1")).toContain("%%EOF");
      const pages = body.toString("latin1").match(/\/Type \/Page\b/g) ?? [];
      expect(pages.length).toBeGreaterThanOrEqual(1);
    }
  });
});

describe("GET /api/me/access-log", () => {
  it("shows a coach's read of the participant's record, by name and organisation, in plain words", async () => {
    expect((await call(t, coach, "GET", `/api/participants/${meId}`)).statusCode).toBe(200);
    const res = await call(t, meSession, "GET", "/api/me/access-log");
    expect(res.statusCode, res.body).toBe(200);
    const page = res.json() as MyAccessPage;
    // Newest first: this very look at the log, then the coach's read.
    expect(page.data[0]).toMatchObject({ you: true, purpose: "own access log" });
    expect(page.data[1]).toMatchObject({
      you: false,
      readerName: "Kaisa Valmentaja",
      readerOrganisations: [expect.stringMatching(/^City /)],
      purpose: "participant record",
      purposeText: "Looked at your basic data",
    });
    const fi = (
      await call(t, meSession, "GET", "/api/me/access-log", undefined, { "accept-language": "fi" })
    ).json() as MyAccessPage;
    expect(fi.data.find((e) => e.purpose === "participant record")?.purposeText).toBe(
      "Katsoi perustietojasi",
    );
  });

  it("never shows reads of another participant's record", async () => {
    await call(t, coach, "GET", `/api/participants/${otherId}`);
    const page = (await call(t, meSession, "GET", "/api/me/access-log?limit=100")).json() as MyAccessPage;
    const [{ count }] = (await t.db.ownerQuery<{ count: string }>(
      "SELECT count(*) FROM access_log WHERE subject_type = 'participant' AND subject_id = $1",
      [meId],
    )) as [{ count: string }];
    expect(Number(count)).toBeLessThan(100);
    expect(page.data).toHaveLength(Number(count));
  });

  it("pages by cursor without gaps or repeats", async () => {
    const first = (await call(t, meSession, "GET", "/api/me/access-log?limit=2")).json() as MyAccessPage;
    expect(first.data).toHaveLength(2);
    expect(first.nextCursor).toBe(first.data[1]?.id);
    const second = (
      await call(t, meSession, "GET", `/api/me/access-log?limit=2&before=${first.nextCursor}`)
    ).json() as MyAccessPage;
    const ids = [...first.data, ...second.data].map((e) => Number(e.id));
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual([...ids].sort((a, b) => b - a));
    expect(Number(second.data[0]?.id)).toBeLessThan(Number(first.data[1]?.id));
  });
});
