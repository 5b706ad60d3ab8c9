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
} from "../../test/app";
import { buildProject, enrolParticipant, exitParticipant } from "../../test/enrolments";
import { buildParticipant } from "../../test/participants";
import { addMonthsIso, todayIso } from "../lib/dates";
import type { Enrolment } from "../modules/pathway/api-enrolments";
import { createFollowUpReminders } from "./follow-up-reminders";

let t: TestApp;
const today = todayIso();

interface Side {
  region: TestRegion;
  coachUser: TestUser;
  coach: Session;
  due: Enrolment;
  notDue: Enrolment;
  participantName: string;
}

/** A region whose coach has one exited enrolment with the follow-up due and one not yet due. */
async function side(label: string): Promise<Side> {
  const region = await buildRegion(t);
  const coachUser = await buildUser(t, region, { role: "coach" });
  const coach = await signIn(t, coachUser);
  const project = await buildProject(t, region, { name: `Hanke ${label}`, startsOn: "2020-01-01" });
  const p = await buildParticipant(t, coach, { firstName: label, lastName: "Seuranta" });
  const e1 = await enrolParticipant(t, coach, p.data.id, { projectId: project.id, entryDate: "2024-01-01" });
  const due = await exitParticipant(t, coach, e1, addMonthsIso(today, -7));
  const q = await buildParticipant(t, coach);
  const e2 = await enrolParticipant(t, coach, q.data.id, { projectId: project.id, entryDate: "2024-01-01" });
  const notDue = await exitParticipant(t, coach, e2, addMonthsIso(today, -5));
  return { region, coachUser, coach, due, notDue, participantName: `${label} Seuranta` };
}

let a: Side;
let b: Side;
let quiet: TestRegion;

beforeAll(async () => {
  t = await createTestApp();
  a = await side("Aada");
  b = await side("Bea");
  quiet = await buildRegion(t);
});
afterAll(async () => t?.close());

const notificationsOf = () =>
  t.db.ownerQuery<{ region_id: string; user_id: string; subject_id: string; due_on: string; read: boolean }>(
    "SELECT region_id::text, user_id::text, subject_id::text, due_on::text, read_at IS NOT NULL AS read FROM notifications ORDER BY region_id, user_id, subject_id",
  );

describe("createFollowUpReminders", () => {
  it("reminds each coach once of their due follow-ups, in their own region", async () => {
    expect(await createFollowUpReminders(t.db.database, today)).toBe(2);
    const rows = await notificationsOf();
    expect(rows).toHaveLength(2);
    expect(rows).toEqual(
      expect.arrayContaining([
        {
          region_id: a.region.regionId,
          user_id: a.coachUser.id,
          subject_id: a.due.id,
          due_on: a.due.followUpDue,
          read: false,
        },
        {
          region_id: b.region.regionId,
          user_id: b.coachUser.id,
          subject_id: b.due.id,
          due_on: b.due.followUpDue,
          read: false,
        },
      ]),
    );
    expect(rows.some((r) => r.region_id === quiet.regionId)).toBe(false);
    // Idempotent: the next run (or a second process) adds nothing.
    expect(await createFollowUpReminders(t.db.database, today)).toBe(0);
    expect(await notificationsOf()).toHaveLength(2);
    // A later day brings the other follow-up due.
    expect(await createFollowUpReminders(t.db.database, addMonthsIso(today, 2))).toBe(2);
    expect(await notificationsOf()).toHaveLength(4);
  });

  it("shows the coach their reminders, newest first, with the unread count, and logs the access", async () => {
    const res = await call(t, a.coach, "GET", "/api/notifications");
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body.unreadCount).toBe(2);
    const due = body.data.find((n: { subjectId: string }) => n.subjectId === a.due.id);
    expect(due).toMatchObject({
      kind: "follow_up_due",
      subjectType: "enrolment",
      participantName: a.participantName,
      projectName: "Hanke Aada",
      dueOn: a.due.followUpDue,
      readAt: null,
    });
    const logged = await t.db.ownerQuery<{ n: number }>(
      "SELECT count(*)::int AS n FROM access_log WHERE actor_id = $1 AND subject_id = $2 AND purpose = 'notifications'",
      [a.coachUser.id, due.participantId],
    );
    expect(logged[0]?.n).toBe(1);
    // Someone else's reminder is not found; one's own is marked read.
    expect((await call(t, b.coach, "POST", `/api/notifications/${due.id}/read`)).statusCode).toBe(404);
    const read = await call(t, a.coach, "POST", `/api/notifications/${due.id}/read`);
    expect(read.statusCode, read.body).toBe(200);
    expect(read.json().data.readAt).not.toBeNull();
    const after = await call(t, a.coach, "GET", "/api/notifications?unread=true");
    expect(after.json().unreadCount).toBe(1);
    expect(after.json().data.map((n: { subjectId: string }) => n.subjectId)).toEqual([a.notDue.id]);
  });

  it("moves the reminder to a new coach, and marks it read once the follow-up is recorded", async () => {
    const colleagueUser = await buildUser(t, b.region, { role: "coach" });
    const moved = await call(t, b.coach, "PATCH", `/api/enrolments/${b.due.id}`, {
      coachId: colleagueUser.id,
      version: b.due.version,
    });
    expect(moved.statusCode, moved.body).toBe(200);
    let rows = (await notificationsOf()).filter((r) => r.subject_id === b.due.id);
    expect(rows).toEqual([]);
    expect(await createFollowUpReminders(t.db.database, today)).toBe(1);
    rows = (await notificationsOf()).filter((r) => r.subject_id === b.due.id);
    expect(rows.map((r) => r.user_id)).toEqual([colleagueUser.id]);

    const colleague = await signIn(t, colleagueUser);
    const recorded = await call(t, colleague, "POST", `/api/enrolments/${b.due.id}/follow-up`, {
      followUpOn: today,
      followUpData: { employed: false, improvedSituation: true },
      version: moved.json().data.version,
    });
    expect(recorded.statusCode, recorded.body).toBe(200);
    rows = (await notificationsOf()).filter((r) => r.subject_id === b.due.id);
    expect(rows.map((r) => r.read)).toEqual([true]);
    expect(await createFollowUpReminders(t.db.database, today)).toBe(0);
  });

  it("answers a user without reminders with an empty list", async () => {
    const admin = await signIn(t, quiet.admin);
    const res = await call(t, admin, "GET", "/api/notifications");
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({ data: [], unreadCount: 0 });
  });
});
