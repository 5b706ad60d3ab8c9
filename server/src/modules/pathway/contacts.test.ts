import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { call, createTestApp, type Session, type TestApp } from "../../../test/app";
import { buildParticipant, giveSharingConsent } from "../../../test/participants";
import { buildRecordNetwork, type RecordNetwork } from "../../../test/record";
import type { Contact } from "./api-record";

let t: TestApp;
let n: RecordNetwork;
let participantId: string;

/** Notes written in beforeAll: author, shared with the network or not. The text names the case. */
const NOTES = {
  keeperPrivate: "Muistiinpano-keeper-private-4411",
  keeperShared: "Muistiinpano-keeper-shared-4412",
  partnerPrivate: "Muistiinpano-partner-private-4413",
  partnerShared: "Muistiinpano-partner-shared-4414",
  otherPrivate: "Muistiinpano-other-private-4415",
  otherShared: "Muistiinpano-other-shared-4416",
};

const write = async (session: Session, note: string, sharedWithNetwork: boolean, happenedAt: string) => {
  const res = await call(t, session, "POST", `/api/participants/${participantId}/contacts`, {
    kind: "in_person",
    happenedAt,
    note,
    sharedWithNetwork,
    sharedWithParticipant: false,
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().data as Contact;
};

const notesSeenBy = async (session: Session) => {
  const res = await call(t, session, "GET", `/api/participants/${participantId}/contacts`);
  expect(res.statusCode, res.body).toBe(200);
  return (res.json().data as Contact[]).map((c) => c.note).sort();
};

beforeAll(async () => {
  t = await createTestApp();
  n = await buildRecordNetwork(t);
  participantId = (await buildParticipant(t, n.coach)).data.id;
  // The partner organisation may see notes; the other organisation only the basic data.
  await giveSharingConsent(t, n.coach, participantId, n.partnerOrgId, ["basic", "notes"]);
  await giveSharingConsent(t, n.coach, participantId, n.otherOrgId, ["basic"]);
  await write(n.coach, NOTES.keeperPrivate, false, "2026-03-01T09:00:00+02:00");
  await write(n.coach, NOTES.keeperShared, true, "2026-03-02T09:00:00+02:00");
  await write(n.partner, NOTES.partnerPrivate, false, "2026-03-03T09:00:00+02:00");
  await write(n.partner, NOTES.partnerShared, true, "2026-03-04T09:00:00+02:00");
  await write(n.other, NOTES.otherPrivate, false, "2026-03-05T09:00:00+02:00");
  await write(n.other, NOTES.otherShared, true, "2026-03-06T09:00:00+02:00");
});
afterAll(async () => t?.close());

describe("contacts and notes", () => {
  it("shows the authoring organisation its own notes, shared or not, whatever its scopes", async () => {
    expect(await notesSeenBy(n.partner)).toContain(NOTES.partnerPrivate);
    expect(await notesSeenBy(n.other)).toEqual([NOTES.otherPrivate, NOTES.otherShared].sort());
    // The keeper organisation: both coaches and the project manager share its notes.
    expect(await notesSeenBy(n.manager)).toContain(NOTES.keeperPrivate);
  });

  it("hides an organisation's unshared note from every other organisation, the keeper included", async () => {
    expect(await notesSeenBy(n.coach)).not.toContain(NOTES.partnerPrivate);
    expect(await notesSeenBy(n.coach)).not.toContain(NOTES.otherPrivate);
    expect(await notesSeenBy(n.partner)).not.toContain(NOTES.keeperPrivate);
    expect(await notesSeenBy(n.partner)).not.toContain(NOTES.otherPrivate);
  });

  it("shows a shared note to the keeper and to organisations whose consent includes notes", async () => {
    expect(await notesSeenBy(n.coach)).toEqual(
      [NOTES.keeperPrivate, NOTES.keeperShared, NOTES.partnerShared, NOTES.otherShared].sort(),
    );
    expect(await notesSeenBy(n.partner)).toEqual(
      [NOTES.keeperShared, NOTES.partnerPrivate, NOTES.partnerShared, NOTES.otherShared].sort(),
    );
  });

  it("does not show a shared note to an organisation without the notes scope", async () => {
    const seen = await notesSeenBy(n.other);
    expect(seen).not.toContain(NOTES.keeperShared);
    expect(seen).not.toContain(NOTES.partnerShared);
  });

  it("records the note for the author's organisation, marks own notes and pages newest first", async () => {
    const first = await call(t, n.partner, "GET", `/api/participants/${participantId}/contacts?limit=2`);
    const page1 = first.json();
    expect(page1.data.map((c: Contact) => [c.note, c.own, c.organisationName])).toEqual([
      [NOTES.otherShared, false, "Kyläyhdistys"],
      [NOTES.partnerShared, true, "Hyvinvointialue"],
    ]);
    expect(page1.can).toEqual({ add: true });
    const rest = await call(
      t,
      n.partner,
      "GET",
      `/api/participants/${participantId}/contacts?limit=2&before=${page1.nextCursor}`,
    );
    expect(rest.json().data.map((c: Contact) => c.note)).toEqual([NOTES.partnerPrivate, NOTES.keeperShared]);
    expect(rest.json().nextCursor).toBeNull();
    const bad = await call(t, n.partner, "GET", `/api/participants/${participantId}/contacts?before=bm9wZQ`);
    expect(bad.statusCode).toBe(400);
  });

  it("refuses a meeting in the future, a person without relation (404) and a manager (403)", async () => {
    const url = `/api/participants/${participantId}/contacts`;
    const body = { kind: "phone", note: "", sharedWithNetwork: false, sharedWithParticipant: false };
    const future = await call(t, n.coach, "POST", url, { ...body, happenedAt: "2099-01-01T10:00:00Z" });
    expect(future.statusCode).toBe(400);
    expect(future.json().errors[0].path).toBe("/happenedAt");
    const stranger = await call(t, n.stranger, "POST", url, { ...body, happenedAt: "2026-03-01T10:00:00Z" });
    expect(stranger.statusCode).toBe(404);
    expect((await call(t, n.stranger, "GET", url)).statusCode).toBe(404);
    const manager = await call(t, n.manager, "POST", url, { ...body, happenedAt: "2026-03-01T10:00:00Z" });
    expect(manager.statusCode).toBe(403);
    expect((await call(t, n.manager, "GET", url)).json().can).toEqual({ add: false });
  });

  it("never writes a note's text to the audit trail or the pathway events", async () => {
    const audit = await t.db.ownerQuery<{ entity: string; changes: unknown }>(
      "select entity, changes from audit_trail where entity in ('contacts', 'pathway_events')",
    );
    expect(audit.filter((a) => a.entity === "contacts").length).toBe(6);
    const text = JSON.stringify(audit);
    for (const note of Object.values(NOTES)) expect(text).not.toContain(note);
    const events = await t.db.ownerQuery<{ summary: unknown; shared_with_network: boolean }>(
      "select summary, shared_with_network from pathway_events where participant_id = $1 and kind = 'contact' order by at",
      [participantId],
    );
    expect(events.map((e) => [e.summary, e.shared_with_network])).toEqual([
      [{ kind: "in_person", hasNote: true }, false],
      [{ kind: "in_person", hasNote: true }, true],
      [{ kind: "in_person", hasNote: true }, false],
      [{ kind: "in_person", hasNote: true }, true],
      [{ kind: "in_person", hasNote: true }, false],
      [{ kind: "in_person", hasNote: true }, true],
    ]);
  });
});
