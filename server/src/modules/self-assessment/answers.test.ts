import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildUser, call, createTestApp, type Session, signIn, type TestApp } from "../../../test/app";
import { buildProject, enrolParticipant, givePathwayConsent } from "../../../test/enrolments";
import { buildParticipant, giveSharingConsent } from "../../../test/participants";
import { buildRecordNetwork, type RecordNetwork } from "../../../test/record";
import { buildPublishedInstrument, ownDraft, publishVersion } from "../../../test/self-assessments";
import { addDaysIso, addMonthsIso, todayIso } from "../../lib/dates";
import type { CaseloadList } from "../pathway/api-enrolments";
import type { Timeline } from "../pathway/api-record";
import type { MyExport } from "../self-service/api";
import type { History, MySelfAssessments, ParticipantSelfAssessments, Reminder, SelfAssessment } from "./api";
import { compare } from "./history";

let t: TestApp;
let net: RecordNetwork;
let admin: Session;
const today = todayIso();
const monthsAgo = (n: number) => addMonthsIso(today, -n);

/** A participant of the keeping organisation with their own sign-in. */
async function person(): Promise<{ id: string; lastName: string; userId: string; session: Session }> {
  const p = await buildParticipant(t, net.coach);
  const user = await buildUser(t, net.region, { role: "participant" });
  await t.db.ownerQuery("UPDATE participants SET user_id = $1 WHERE id = $2", [user.id, p.data.id]);
  return { id: p.data.id, lastName: p.data.lastName, userId: user.id, session: await signIn(t, user) };
}

const data = <T>(res: { statusCode: number; body: string; json(): unknown }, status = 200): T => {
  expect(res.statusCode, res.body).toBe(status);
  return (res.json() as { data: T }).data;
};

/** Scores taken with an external tool, recorded by the keeping coach (submitted at once). */
const external = async (
  participantId: string,
  instrumentId: string,
  answeredOn: string,
  scores: Record<string, number | null>,
) =>
  data<SelfAssessment>(
    await call(t, net.coach, "POST", `/api/participants/${participantId}/self-assessments`, {
      instrumentId,
      mode: "external",
      externalTool: "Kykyviisari",
      answeredOn,
      language: "fi",
      scores,
    }),
    201,
  );

beforeAll(async () => {
  t = await createTestApp();
  net = await buildRecordNetwork(t);
  admin = await signIn(t, net.region.admin);
});
afterAll(async () => t?.close());

describe("answering alone", () => {
  it("keeps a draft, merges saved scores per key and continues it when started again", async () => {
    const me = await person();
    const instrument = await buildPublishedInstrument(t, admin, ["mood", "energy", "daily_life"]);
    const started = await call(t, me.session, "POST", "/api/me/self-assessments", {
      instrumentId: instrument.id,
      language: "plain",
    });
    const draft = data<SelfAssessment>(started, 201);
    expect(draft).toMatchObject({
      status: "draft",
      mode: "self",
      language: "plain",
      scores: {},
      answeredKeys: [],
    });
    expect(draft.can).toEqual({ edit: true, submit: true, discard: true });

    // Two tabs save different questions: both are kept.
    data(await call(t, me.session, "PATCH", `/api/me/self-assessments/${draft.id}`, { scores: { mood: 3 } }));
    const merged = data<SelfAssessment>(
      await call(t, me.session, "PATCH", `/api/me/self-assessments/${draft.id}`, {
        scores: { daily_life: null },
        language: "fi",
      }),
    );
    expect(merged.scores).toEqual({ mood: 3, daily_life: null });
    expect(merged.answeredKeys).toEqual(["mood", "daily_life"]);
    expect(merged.language).toBe("fi");
    // A key sent again replaces its score.
    const changed = data<SelfAssessment>(
      await call(t, me.session, "PATCH", `/api/me/self-assessments/${draft.id}`, { scores: { mood: 4 } }),
    );
    expect(changed.scores).toEqual({ mood: 4, daily_life: null });

    // Opening the form again continues the same draft (200, not a new one).
    const again = await call(t, me.session, "POST", "/api/me/self-assessments", {
      instrumentId: instrument.id,
      language: "fi",
    });
    expect(data<SelfAssessment>(again, 200).id).toBe(draft.id);
    const overview = data<MySelfAssessments["data"]>(
      await call(t, me.session, "GET", "/api/me/self-assessments"),
    );
    expect(overview.drafts.map((d) => d.id)).toEqual([draft.id]);
    expect(overview.instruments.find((i) => i.id === instrument.id)?.draftId).toBe(draft.id);

    // Unknown keys and out-of-range scores are refused.
    const unknown = await call(t, me.session, "PATCH", `/api/me/self-assessments/${draft.id}`, {
      scores: { sleep: 5 },
    });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().errors[0].path).toBe("/scores/sleep");
    const high = await call(t, me.session, "PATCH", `/api/me/self-assessments/${draft.id}`, {
      scores: { mood: 11 },
    });
    expect(high.statusCode).toBe(400);
  });

  it("continues a draft on its own version after a newer one is published", async () => {
    const me = await person();
    const instrument = await buildPublishedInstrument(t, admin, ["mood", "energy"]);
    const draft = await ownDraft(t, me.session, instrument.id, { energy: 7 });
    await publishVersion(t, admin, instrument.id, ["mood", "sleep"]);
    const continued = data<SelfAssessment>(
      await call(t, me.session, "POST", "/api/me/self-assessments", {
        instrumentId: instrument.id,
        language: "fi",
      }),
    );
    expect(continued.id).toBe(draft.id);
    expect(continued.instrumentVersion.number).toBe(1);
    expect(continued.dimensions.map((d) => d.key)).toEqual(["mood", "energy"]);
    const submitted = data<SelfAssessment>(
      await call(t, me.session, "POST", `/api/me/self-assessments/${draft.id}/submit`),
    );
    expect(submitted.scores).toEqual({ mood: null, energy: 7 });
    const rows = await t.db.ownerQuery<{ dimension_key: string; number: number }>(
      `SELECT s.dimension_key, v.number FROM self_assessment_scores s
       JOIN instrument_dimensions d ON d.id = s.dimension_id JOIN instrument_versions v ON v.id = d.instrument_version_id
       WHERE s.self_assessment_id = $1 ORDER BY d.position`,
      [draft.id],
    );
    expect(rows).toEqual([
      { dimension_key: "mood", number: 1 },
      { dimension_key: "energy", number: 1 },
    ]);
  });

  it("submits: one score row per dimension (unanswered ones skipped), the draft emptied, never changed after", async () => {
    const me = await person();
    const instrument = await buildPublishedInstrument(t, admin, ["mood", "energy", "daily_life"]);
    const draft = await ownDraft(t, me.session, instrument.id, { mood: 2, energy: null });
    const submitted = data<SelfAssessment>(
      await call(t, me.session, "POST", `/api/me/self-assessments/${draft.id}/submit`),
    );
    expect(submitted).toMatchObject({
      status: "submitted",
      answeredOn: today,
      scores: { mood: 2, energy: null, daily_life: null },
      answeredKeys: ["mood", "energy", "daily_life"],
      can: { edit: false, submit: false, discard: false },
    });
    const rows = await t.db.ownerQuery<{ dimension_key: string; score: number | null; answered_on: string }>(
      `SELECT dimension_key, score, answered_on::text FROM self_assessment_scores
       WHERE self_assessment_id = $1 ORDER BY dimension_key`,
      [draft.id],
    );
    expect(rows).toEqual([
      { dimension_key: "daily_life", score: null, answered_on: today },
      { dimension_key: "energy", score: null, answered_on: today },
      { dimension_key: "mood", score: 2, answered_on: today },
    ]);
    const [stored] = await t.db.ownerQuery<{ draft_scores: unknown }>(
      "SELECT draft_scores FROM self_assessments WHERE id = $1",
      [draft.id],
    );
    expect(stored?.draft_scores).toEqual({});

    for (const [method, url, body] of [
      ["PATCH", `/api/me/self-assessments/${draft.id}`, { scores: { mood: 9 } }],
      ["POST", `/api/me/self-assessments/${draft.id}/submit`, undefined],
      ["DELETE", `/api/me/self-assessments/${draft.id}`, undefined],
    ] as const) {
      const res = await call(t, me.session, method, url, body);
      expect(res.statusCode, `${method} ${url}`).toBe(409);
      expect(res.json().type).toBe("/problems/selfAssessment.alreadySubmitted");
    }
    const [still] = await t.db.ownerQuery<{ score: number }>(
      "SELECT score FROM self_assessment_scores WHERE self_assessment_id = $1 AND dimension_key = 'mood'",
      [draft.id],
    );
    expect(still?.score).toBe(2);
  });

  it("refuses to submit when every question was skipped, naming them", async () => {
    const me = await person();
    const instrument = await buildPublishedInstrument(t, admin, ["mood", "energy"]);
    const draft = await ownDraft(t, me.session, instrument.id, { mood: null });
    const res = await call(t, me.session, "POST", `/api/me/self-assessments/${draft.id}/submit`);
    expect(res.statusCode).toBe(400);
    expect(res.json().detail).toContain("mood, energy");
    const again = data<SelfAssessment>(
      await call(t, me.session, "GET", `/api/me/self-assessments/${draft.id}`),
    );
    expect(again.status).toBe("draft");
  });

  it("discards a draft", async () => {
    const me = await person();
    const instrument = await buildPublishedInstrument(t, admin);
    const draft = await ownDraft(t, me.session, instrument.id, { mood: 1 });
    expect((await call(t, me.session, "DELETE", `/api/me/self-assessments/${draft.id}`)).statusCode).toBe(
      204,
    );
    expect((await call(t, me.session, "GET", `/api/me/self-assessments/${draft.id}`)).statusCode).toBe(404);
  });

  it("never shows or changes another participant's answers (404)", async () => {
    const me = await person();
    const other = await person();
    const instrument = await buildPublishedInstrument(t, admin);
    const theirs = await ownDraft(t, other.session, instrument.id, { mood: 8 });
    for (const [method, url, body] of [
      ["GET", `/api/me/self-assessments/${theirs.id}`, undefined],
      ["PATCH", `/api/me/self-assessments/${theirs.id}`, { scores: { mood: 0 } }],
      ["POST", `/api/me/self-assessments/${theirs.id}/submit`, undefined],
      ["DELETE", `/api/me/self-assessments/${theirs.id}`, undefined],
    ] as const) {
      const res = await call(t, me.session, method, url, body);
      expect(res.statusCode, `${method} ${url}`).toBe(404);
      expect(res.body).not.toContain(other.lastName);
    }
    const overview = data<MySelfAssessments["data"]>(
      await call(t, me.session, "GET", "/api/me/self-assessments"),
    );
    expect(overview.drafts).toEqual([]);
    const still = data<SelfAssessment>(
      await call(t, other.session, "GET", `/api/me/self-assessments/${theirs.id}`),
    );
    expect(still.scores).toEqual({ mood: 8 });
  });
});

describe("the coach", () => {
  it("records external scores in one call, with the tool's name required", async () => {
    const me = await person();
    const instrument = await buildPublishedInstrument(t, admin, ["mood", "energy"]);
    const body = {
      instrumentId: instrument.id,
      mode: "external",
      answeredOn: monthsAgo(1),
      language: "fi",
      scores: { mood: 5 },
    };
    for (const externalTool of [undefined, null, "   "]) {
      const res = await call(t, net.coach, "POST", `/api/participants/${me.id}/self-assessments`, {
        ...body,
        ...(externalTool === undefined ? {} : { externalTool }),
      });
      expect(res.statusCode, String(externalTool)).toBe(400);
      expect(res.json().errors[0].path).toBe("/externalTool");
    }
    const future = await call(t, net.coach, "POST", `/api/participants/${me.id}/self-assessments`, {
      ...body,
      externalTool: "Kykyviisari",
      answeredOn: addDaysIso(today, 1),
    });
    expect(future.statusCode).toBe(400);
    const recorded = data<SelfAssessment>(
      await call(t, net.coach, "POST", `/api/participants/${me.id}/self-assessments`, {
        ...body,
        externalTool: " Kykyviisari ",
      }),
      201,
    );
    expect(recorded).toMatchObject({
      status: "submitted",
      mode: "external",
      externalTool: "Kykyviisari",
      answeredOn: monthsAgo(1),
      scores: { mood: 5, energy: null },
      startedByName: net.coachName,
    });
    // The participant sees it among their own.
    const mine = data<MySelfAssessments["data"]>(
      await call(t, me.session, "GET", "/api/me/self-assessments"),
    );
    expect(mine.submitted.map((a) => a.id)).toEqual([recorded.id]);
  });

  it("starts an answer with the participant that the coach's device fills and submits", async () => {
    const me = await person();
    const instrument = await buildPublishedInstrument(t, admin, ["mood", "energy"]);
    const answeredOn = addDaysIso(today, -2);
    const draft = data<SelfAssessment>(
      await call(t, net.coach, "POST", `/api/participants/${me.id}/self-assessments`, {
        instrumentId: instrument.id,
        mode: "with_coach",
        answeredOn,
        language: "sv",
      }),
      201,
    );
    expect(draft).toMatchObject({ mode: "with_coach", status: "draft", externalTool: null });
    data(await call(t, net.coach, "PATCH", `/api/self-assessments/${draft.id}`, { scores: { energy: 6 } }));
    // The manager of the keeping organisation reads but does not write.
    expect(
      (await call(t, net.manager, "PATCH", `/api/self-assessments/${draft.id}`, { scores: {} })).statusCode,
    ).toBe(403);
    const read = data<SelfAssessment>(await call(t, net.manager, "GET", `/api/self-assessments/${draft.id}`));
    expect(read.can.edit).toBe(false);
    const submitted = data<SelfAssessment>(
      await call(t, net.coach, "POST", `/api/self-assessments/${draft.id}/submit`),
    );
    expect(submitted).toMatchObject({ answeredOn, scores: { mood: null, energy: 6 } });
    expect((await call(t, net.coach, "DELETE", `/api/self-assessments/${draft.id}`)).statusCode).toBe(409);
  });
});

describe("history", () => {
  it("lists answers oldest first and compares first and latest per key, passing over skips", async () => {
    const me = await person();
    const instrument = await buildPublishedInstrument(t, admin, ["mood", "energy", "daily_life"]);
    await external(me.id, instrument.id, monthsAgo(2), { mood: 7, energy: null, daily_life: 4 });
    await external(me.id, instrument.id, monthsAgo(6), { mood: 3, energy: null, daily_life: null });
    const own = await ownDraft(t, me.session, instrument.id, { mood: 6, energy: 5, daily_life: 8 });
    data(await call(t, me.session, "POST", `/api/me/self-assessments/${own.id}/submit`));

    const history = data<History>(
      await call(t, me.session, "GET", `/api/me/self-assessments/history?instrumentId=${instrument.id}`),
    );
    expect(history.answers.map((a) => a.answeredOn)).toEqual([monthsAgo(6), monthsAgo(2), today]);
    expect(history.answers[0]).toMatchObject({
      mode: "external",
      externalTool: "Kykyviisari",
      instrumentVersion: 1,
    });
    expect(history.dimensions.map((d) => d.key)).toEqual(["mood", "energy", "daily_life"]);
    expect(history.comparison).toEqual([
      {
        key: "mood",
        first: { score: 3, answeredOn: monthsAgo(6) },
        latest: { score: 6, answeredOn: today },
        change: 3,
      },
      {
        key: "energy",
        first: { score: 5, answeredOn: today },
        latest: { score: 5, answeredOn: today },
        change: null,
      },
      {
        key: "daily_life",
        first: { score: 4, answeredOn: monthsAgo(2) },
        latest: { score: 8, answeredOn: today },
        change: 4,
      },
    ]);
    // Without an instrument: the one answered last. Staff read the same.
    const staff = data<History>(
      await call(t, net.coach, "GET", `/api/participants/${me.id}/self-assessments/history`),
    );
    expect(staff.instrument.id).toBe(instrument.id);
    expect(staff.comparison).toEqual(history.comparison);
    expect(staff.instruments.map((i) => i.id)).toEqual([instrument.id]);
  });

  it("shows the latest wording, and keys only older versions had when they were answered", async () => {
    const me = await person();
    const instrument = await buildPublishedInstrument(t, admin, ["mood", "energy"]);
    await external(me.id, instrument.id, monthsAgo(3), { mood: 2, energy: 4 });
    await publishVersion(t, admin, instrument.id, ["sleep", "mood"]);
    await external(me.id, instrument.id, monthsAgo(1), { sleep: 6, mood: 5 });
    const history = data<History>(
      await call(
        t,
        net.coach,
        "GET",
        `/api/participants/${me.id}/self-assessments/history?instrumentId=${instrument.id}`,
      ),
    );
    expect(history.dimensions.map((d) => d.key)).toEqual(["sleep", "mood", "energy"]);
    expect(history.answers.map((a) => a.instrumentVersion)).toEqual([1, 2]);
    expect(history.comparison.find((c) => c.key === "mood")?.change).toBe(3);
    expect(history.comparison.find((c) => c.key === "energy")?.change).toBeNull();
  });

  it("compares by key: first and latest with a score, change only between two answers", () => {
    expect(
      compare(
        ["a", "b", "c"],
        [
          { answeredOn: "2026-01-01", scores: { a: 5, b: null } },
          { answeredOn: "2026-02-01", scores: { a: null, b: 2 } },
          { answeredOn: "2026-03-01", scores: { a: 4, b: null } },
        ],
      ),
    ).toEqual([
      {
        key: "a",
        first: { score: 5, answeredOn: "2026-01-01" },
        latest: { score: 4, answeredOn: "2026-03-01" },
        change: -1,
      },
      {
        key: "b",
        first: { score: 2, answeredOn: "2026-02-01" },
        latest: { score: 2, answeredOn: "2026-02-01" },
        change: null,
      },
      { key: "c", first: null, latest: null, change: null },
    ]);
  });
});

describe("reminders and the caseload", () => {
  it("sets a reminder, moves it when an answer is submitted and flags it on the caseload within a week", async () => {
    const me = await person();
    const project = await buildProject(t, net.region);
    await givePathwayConsent(t, net.coach, me.id, monthsAgo(2));
    await enrolParticipant(t, net.coach, me.id, { projectId: project.id, entryDate: monthsAgo(2) });
    const instrument = await buildPublishedInstrument(t, admin, ["mood"]);
    const url = `/api/participants/${me.id}/self-assessment-reminders/${instrument.id}`;

    const flagOf = async () => {
      const res = await call(t, net.coach, "GET", "/api/caseload");
      const row = (res.json() as CaseloadList).data.find((r) => r.participantId === me.id);
      return { due: row?.selfAssessmentDue, flagged: row?.flags.includes("self_assessment_due") };
    };
    expect(await flagOf()).toEqual({ due: null, flagged: false });

    // No answer yet: due today.
    const set = data<Reminder>(await call(t, net.coach, "PUT", url, { intervalMonths: 3 }));
    expect(set).toMatchObject({ intervalMonths: 3, nextDue: today, due: true, setByName: net.coachName });
    expect(await flagOf()).toEqual({ due: today, flagged: true });

    // An answer today moves it three months on: no longer flagged.
    await external(me.id, instrument.id, today, { mood: 5 });
    const [moved] = data<Reminder[]>(
      await call(t, net.coach, "GET", `/api/participants/${me.id}/self-assessment-reminders`),
    );
    expect(moved).toMatchObject({ nextDue: addMonthsIso(today, 3), due: false });
    expect(await flagOf()).toEqual({ due: null, flagged: false });

    // An older answer recorded late does not move it back.
    await external(me.id, instrument.id, monthsAgo(5), { mood: 2 });
    const [still] = data<Reminder[]>(
      await call(t, net.coach, "GET", `/api/participants/${me.id}/self-assessment-reminders`),
    );
    expect(still?.nextDue).toBe(addMonthsIso(today, 3));

    // Changing needs the version read; 7 days ahead is flagged, 8 is not.
    expect((await call(t, net.coach, "PUT", url, { intervalMonths: 2 })).statusCode).toBe(409);
    const week = data<Reminder>(
      await call(t, net.coach, "PUT", url, {
        intervalMonths: 2,
        nextDue: addDaysIso(today, 7),
        version: still?.version,
      }),
    );
    expect(await flagOf()).toEqual({ due: addDaysIso(today, 7), flagged: true });
    const stale = await call(t, net.coach, "PUT", url, {
      intervalMonths: 2,
      nextDue: addDaysIso(today, 8),
      version: still?.version,
    });
    expect(stale.statusCode).toBe(409);
    data(
      await call(t, net.coach, "PUT", url, {
        intervalMonths: 2,
        nextDue: addDaysIso(today, 8),
        version: week.version,
      }),
    );
    expect(await flagOf()).toEqual({ due: null, flagged: false });

    // Partners and managers do not set reminders; removing one clears it.
    expect((await call(t, net.manager, "PUT", url, { intervalMonths: 1 })).statusCode).toBe(403);
    expect((await call(t, net.coach, "DELETE", url)).statusCode).toBe(204);
    expect((await call(t, net.coach, "DELETE", url)).statusCode).toBe(404);
    expect(
      data<Reminder[]>(
        await call(t, net.coach, "GET", `/api/participants/${me.id}/self-assessment-reminders`),
      ),
    ).toEqual([]);
  });
});

describe("who sees a participant's answers", () => {
  it("shows them to a partner only with the assessments scope in force, and logs every read", async () => {
    const me = await person();
    const instrument = await buildPublishedInstrument(t, admin, ["mood"]);
    const recorded = await external(me.id, instrument.id, monthsAgo(1), { mood: 4 });
    const list = `/api/participants/${me.id}/self-assessments`;
    const history = `${list}/history`;
    const one = `/api/self-assessments/${recorded.id}`;
    const reminders = `/api/participants/${me.id}/self-assessment-reminders`;

    // No consent: the person does not exist for the partner.
    for (const url of [list, history, one, reminders]) {
      expect((await call(t, net.partner, "GET", url)).statusCode, url).toBe(404);
    }
    // Basic data only: 403.
    const basic = await giveSharingConsent(t, net.coach, me.id, net.partnerOrgId, ["basic"]);
    for (const url of [list, history, one, reminders]) {
      expect((await call(t, net.partner, "GET", url)).statusCode, url).toBe(403);
    }
    // The other partner organisation has no consent at all.
    expect((await call(t, net.other, "GET", list)).statusCode).toBe(404);
    // With assessments: read, not write.
    await call(t, net.coach, "POST", `/api/participants/${me.id}/consents/${basic.id}/withdraw`, {
      withdrawnOn: today,
      version: basic.version,
    });
    const full = await giveSharingConsent(t, net.coach, me.id, net.partnerOrgId, ["basic", "assessments"]);
    const seen = await call(t, net.partner, "GET", list);
    const body = seen.json() as ParticipantSelfAssessments;
    expect(body.data.map((a) => a.id)).toEqual([recorded.id]);
    expect(body.can).toEqual({ start: false, remind: false });
    expect((await call(t, net.partner, "GET", one)).statusCode).toBe(200);
    expect((await call(t, net.partner, "GET", history)).statusCode).toBe(200);
    const write = await call(t, net.partner, "POST", list, {
      instrumentId: instrument.id,
      mode: "external",
      externalTool: "Kykyviisari",
      answeredOn: today,
      language: "fi",
      scores: { mood: 1 },
    });
    expect(write.statusCode).toBe(403);
    // Withdrawn: gone again.
    await call(t, net.coach, "POST", `/api/participants/${me.id}/consents/${full.id}/withdraw`, {
      withdrawnOn: today,
      version: full.version,
    });
    expect((await call(t, net.partner, "GET", list)).statusCode).toBe(404);
    // Another region.
    expect((await call(t, net.stranger, "GET", one)).statusCode).toBe(404);

    const logged = await t.db.ownerQuery<{ purpose: string; route: string }>(
      `SELECT a.purpose, a.route FROM access_log a JOIN users u ON u.id = a.actor_id
       WHERE a.subject_id = $1 AND u.name = 'Partner Daniel' ORDER BY a.id`,
      [me.id],
    );
    expect(logged).toEqual([
      { purpose: "self-assessments", route: "GET /api/participants/:id/self-assessments" },
      { purpose: "self-assessment", route: "GET /api/self-assessments/:id" },
      { purpose: "self-assessment history", route: "GET /api/participants/:id/self-assessments/history" },
    ]);
  });

  it("logs the participant's own reads under their own name", async () => {
    const me = await person();
    await call(t, me.session, "GET", "/api/me/self-assessments");
    await call(t, me.session, "GET", "/api/me/self-assessments/history");
    const logged = await t.db.ownerQuery<{ purpose: string }>(
      "SELECT purpose FROM access_log WHERE subject_id = $1 AND actor_id = $2 ORDER BY id",
      [me.id, me.userId],
    );
    expect(logged.map((l) => l.purpose)).toEqual(["own self-assessments", "own self-assessment history"]);
  });

  it("puts a submitted answer on the timeline for those who see assessments, and in the participant's export", async () => {
    const me = await person();
    const instrument = await buildPublishedInstrument(t, admin, ["mood", "energy"]);
    const recorded = await external(me.id, instrument.id, monthsAgo(1), { mood: 4, energy: null });
    const timeline = (
      await call(t, net.coach, "GET", `/api/participants/${me.id}/timeline`)
    ).json() as Timeline;
    const event = timeline.data.find((e) => e.kind === "self_assessment");
    expect(event).toMatchObject({
      scope: "assessments",
      refId: recorded.id,
      summary: { mode: "external", answered: 1, skipped: 1, answeredOn: monthsAgo(1) },
    });
    await giveSharingConsent(t, net.coach, me.id, net.partnerOrgId, ["basic"]);
    const partnerView = (
      await call(t, net.partner, "GET", `/api/participants/${me.id}/timeline`)
    ).json() as Timeline;
    expect(partnerView.data.map((e) => e.kind)).not.toContain("self_assessment");

    const exported = await call(t, me.session, "GET", "/api/me/export.json?lang=en");
    expect(exported.statusCode).toBe(200);
    const file = JSON.parse(exported.body) as MyExport;
    expect(file.selfAssessments).toEqual([
      {
        instrumentKey: instrument.key,
        instrumentName: instrument.name.en,
        instrumentVersion: 1,
        answeredOn: monthsAgo(1),
        mode: "external",
        externalTool: "Kykyviisari",
        scores: [
          { key: "mood", question: "en question mood?", score: 4 },
          { key: "energy", question: "en question energy?", score: null },
        ],
      },
    ]);
    const pdf = await call(t, me.session, "GET", "/api/me/export.pdf?lang=fi");
    expect(pdf.statusCode).toBe(200);
  });
});
