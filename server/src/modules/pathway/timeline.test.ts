import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { call, createTestApp, type Session, type TestApp } from "../../../test/app";
import { buildParticipant, giveSharingConsent } from "../../../test/participants";
import { buildRecordNetwork, type RecordNetwork } from "../../../test/record";
import type { Timeline, TimelineEntry } from "./api-record";

let t: TestApp;
let n: RecordNetwork;
let participantId: string;

const contact = (session: Session, happenedAt: string, sharedWithNetwork: boolean) =>
  call(t, session, "POST", `/api/participants/${participantId}/contacts`, {
    kind: "phone",
    happenedAt,
    note: "Puhelu",
    sharedWithNetwork,
    sharedWithParticipant: false,
  });

beforeAll(async () => {
  t = await createTestApp();
  n = await buildRecordNetwork(t);
  participantId = (await buildParticipant(t, n.coach)).data.id;
  const base = `/api/participants/${participantId}`;
  // The partner sees the plan and notes; the other organisation only the basic data.
  await giveSharingConsent(t, n.coach, participantId, n.partnerOrgId, ["basic", "plan", "notes"]);
  await giveSharingConsent(t, n.coach, participantId, n.otherOrgId, ["basic"]);
  const steps = [
    call(t, n.coach, "POST", `${base}/assessments`, {
      assessedOn: "2026-02-02",
      situation: "",
      strengths: "",
      wishes: "",
      barriers: { health: { level: 3, note: "" }, skills: { level: 1, note: "" } },
    }),
    call(t, n.coach, "PUT", `${base}/plan`, {
      summary: "",
      agreedOn: "2026-02-10",
      nextReviewOn: null,
      goals: [{ title: "Työkokeilu", description: "", targetDate: null, status: "open" }],
      version: 0,
    }),
    call(t, n.coach, "POST", `${base}/stages`, { stage: "reached", changedOn: "2026-02-01", note: "" }),
    contact(n.coach, "2026-02-03T10:00:00+02:00", false),
    contact(n.coach, "2026-02-04T10:00:00+02:00", true),
    contact(n.partner, "2026-02-05T10:00:00+02:00", false),
    contact(n.other, "2026-02-06T10:00:00+02:00", false),
  ];
  for (const step of steps) {
    const res = await step;
    expect(res.statusCode, res.body).toBeLessThan(300);
  }
});
afterAll(async () => t?.close());

async function timelineOf(session: Session, limit = 100): Promise<TimelineEntry[]> {
  const all: TimelineEntry[] = [];
  let cursor: string | null = null;
  do {
    const query: string = `limit=${limit}${cursor ? `&before=${cursor}` : ""}`;
    const res = await call(t, session, "GET", `/api/participants/${participantId}/timeline?${query}`);
    expect(res.statusCode, res.body).toBe(200);
    const page = res.json() as Timeline;
    expect(page.data.length).toBeLessThanOrEqual(limit);
    all.push(...page.data);
    cursor = page.nextCursor;
  } while (cursor);
  return all;
}

/** kind:organisation of each entry, for compact assertions. */
const shape = (entries: TimelineEntry[]) => entries.map((e) => `${e.kind}:${e.organisationName ?? "-"}`);

describe("GET /api/participants/:id/timeline", () => {
  it("shows a keeper everything but other organisations' unshared notes, newest first", async () => {
    const entries = await timelineOf(n.coach);
    const city = entries.find((e) => e.kind === "registered")?.organisationName;
    expect(entries.map((e) => e.kind)).toEqual(
      expect.arrayContaining(["registered", "consent_given", "assessment", "plan_saved", "stage_changed"]),
    );
    const contacts = entries.filter((e) => e.kind === "contact");
    expect(shape(contacts)).toEqual([`contact:${city}`, `contact:${city}`]);
    const ats = entries.map((e) => Date.parse(e.at.replace(" ", "T").replace(/([+-]\d{2})$/, "$1:00")));
    expect([...ats].sort((a, b) => b - a)).toEqual(ats);
    const assessment = entries.find((e) => e.kind === "assessment");
    expect(assessment).toMatchObject({
      scope: "assessments",
      summary: { assessedOn: "2026-02-02", areas: 2, considerable: 1, change: "created" },
      actorName: n.coachName,
    });
    expect(assessment?.refId).toEqual(expect.any(String));
  });

  it("shows a partner only the consented scopes and notes by the rule of notes", async () => {
    const entries = await timelineOf(n.partner);
    const kinds = new Set(entries.map((e) => e.kind));
    expect(kinds.has("assessment")).toBe(false);
    expect(kinds.has("plan_saved")).toBe(true);
    expect(kinds.has("stage_changed")).toBe(true);
    expect(shape(entries.filter((e) => e.kind === "contact"))).toEqual([
      "contact:Hyvinvointialue",
      expect.stringMatching(/^contact:City /),
    ]);
  });

  it("shows an organisation with only basic data the basic events and its own notes", async () => {
    const entries = await timelineOf(n.other);
    expect(new Set(entries.map((e) => e.scope))).toEqual(new Set(["basic", "notes"]));
    expect(shape(entries.filter((e) => e.scope === "notes"))).toEqual(["contact:Kyläyhdistys"]);
  });

  it("pages by keyset without losing or repeating an entry", async () => {
    const whole = await timelineOf(n.coach, 100);
    const paged = await timelineOf(n.coach, 2);
    expect(paged.map((e) => e.id)).toEqual(whole.map((e) => e.id));
    expect(whole.length).toBeGreaterThan(6);
  });

  it("answers 404 to a person without relation and logs each read", async () => {
    const url = `/api/participants/${participantId}/timeline`;
    expect((await call(t, n.stranger, "GET", url)).statusCode).toBe(404);
    await call(t, n.manager, "GET", url);
    const reads = await t.db.ownerQuery<{ purpose: string }>(
      "select purpose from access_log where subject_id = $1 and purpose = 'timeline'",
      [participantId],
    );
    expect(reads.length).toBeGreaterThan(0);
  });
});
