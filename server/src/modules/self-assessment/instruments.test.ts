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
import { buildParticipant } from "../../../test/participants";
import {
  buildInstrument,
  dimension,
  instrumentTexts,
  ownDraft,
  publishVersion,
} from "../../../test/self-assessments";
import type { InstrumentDetail, InstrumentList, SelfAssessment } from "./api";

let t: TestApp;
let region: TestRegion;
let admin: Session;
let coach: Session;
let participant: Session;

beforeAll(async () => {
  t = await createTestApp();
  region = await buildRegion(t);
  admin = await signIn(t, region.admin);
  coach = await signIn(t, await buildUser(t, region, { role: "coach" }));
  const own = await buildUser(t, region, { role: "participant" });
  participant = await signIn(t, own);
  const p = await buildParticipant(t, coach);
  await t.db.ownerQuery("UPDATE participants SET user_id = $1 WHERE id = $2", [own.id, p.data.id]);
});
afterAll(async () => t?.close());

const detail = async (id: string, as = admin) => {
  const res = await call(t, as, "GET", `/api/instruments/${id}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json().data as InstrumentDetail;
};

/** The database's message when it refuses a statement (drizzle wraps the driver's error). */
async function refusal(statement: string, id: string): Promise<string> {
  try {
    await t.db.ownerQuery(statement, [id]);
  } catch (e) {
    const err = e as { message: string; cause?: { message?: string } };
    return err.cause?.message ?? err.message;
  }
  return "no refusal";
}

describe("the default instrument", () => {
  it("exists in a new region, published, with the seven dimensions in all four languages", async () => {
    const res = await call(t, coach, "GET", "/api/instruments");
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json() as InstrumentList;
    expect(body.can.create).toBe(false);
    const d = body.data.find((i) => i.key === "polku-work-ability");
    expect(d?.published?.number).toBe(1);
    expect(d?.published?.dimensions.map((x) => x.key)).toEqual([
      "work_ability",
      "functional_capacity",
      "mind",
      "participation",
      "body",
      "skills",
      "everyday_life",
    ]);
    expect(d?.published?.dimensions[6]?.texts.plain.question).toBe("Miten arki sujuu?");
    expect(d?.hasDraft).toBe(false);
  });
});

describe("who may define instruments", () => {
  it("lets administrators create and staff only read", async () => {
    const body = { key: "coach-made", ...instrumentTexts("Valmentajan") };
    expect((await call(t, coach, "POST", "/api/instruments", body)).statusCode).toBe(403);
    expect((await call(t, participant, "GET", "/api/instruments")).statusCode).toBe(403);
    const created = await call(t, admin, "POST", "/api/instruments", body);
    expect(created.statusCode, created.body).toBe(201);
    const i = created.json().data as InstrumentDetail;
    expect(i.versions).toHaveLength(1);
    expect(i.versions[0]).toMatchObject({ number: 1, status: "draft", dimensions: [] });
    const again = await call(t, admin, "POST", "/api/instruments", body);
    expect(again.statusCode).toBe(409);
    expect(again.json().errors[0].path).toBe("/key");
  });

  it("refuses a name missing a language", async () => {
    const texts = instrumentTexts("Puuttuva");
    const res = await call(t, admin, "POST", "/api/instruments", {
      key: "missing-sv",
      name: { ...texts.name, sv: "  " },
      description: texts.description,
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors.map((e: { path: string }) => e.path)).toEqual(["/name/sv"]);
  });
});

describe("versions", () => {
  it("publishes a draft, retires the previous version and never changes what old answers were given under", async () => {
    const created = await buildInstrument(t, admin);
    const v1 = await publishVersion(t, admin, created.id, ["mood", "energy"]);
    expect(v1.versions.map((v) => [v.number, v.status])).toEqual([[1, "published"]]);

    // An answer under version 1.
    const answer = await ownDraft(t, participant, created.id, { mood: 4, energy: 6 });
    const submitted = await call(t, participant, "POST", `/api/me/self-assessments/${answer.id}/submit`);
    expect(submitted.statusCode, submitted.body).toBe(200);
    const v1Question = (submitted.json().data as SelfAssessment).dimensions[0]?.texts.fi.question;

    // Version 2 rewords mood, drops energy and adds sleep.
    const started = await call(t, admin, "POST", `/api/instruments/${created.id}/draft`);
    expect(started.statusCode, started.body).toBe(201);
    const draft = (started.json().data as InstrumentDetail).versions[0];
    expect(draft).toMatchObject({ number: 2, status: "draft" });
    expect(draft?.dimensions.map((d) => d.key)).toEqual(["mood", "energy"]);
    expect((await call(t, admin, "POST", `/api/instruments/${created.id}/draft`)).statusCode).toBe(409);
    const reworded = dimension("mood");
    reworded.texts.fi.question = "Uusi kysymys mielestä?";
    const saved = await call(t, admin, "PUT", `/api/instruments/${created.id}/draft`, {
      dimensions: [dimension("sleep"), reworded],
      version: draft?.version,
    });
    expect(saved.statusCode, saved.body).toBe(200);
    const savedDraft = (saved.json().data as InstrumentDetail).versions[0];
    expect(savedDraft?.dimensions.map((d) => [d.key, d.position])).toEqual([
      ["sleep", 1],
      ["mood", 2],
    ]);
    // A stale version is refused.
    const stale = await call(t, admin, "PUT", `/api/instruments/${created.id}/draft`, {
      dimensions: [],
      version: draft?.version,
    });
    expect(stale.statusCode).toBe(409);
    const published = await call(t, admin, "POST", `/api/instruments/${created.id}/draft/publish`, {
      version: savedDraft?.version,
    });
    expect(published.statusCode, published.body).toBe(200);
    const after = published.json().data as InstrumentDetail;
    expect(after.versions.map((v) => [v.number, v.status])).toEqual([
      [2, "published"],
      [1, "retired"],
    ]);
    expect(after.versions[1]?.dimensions.map((d) => d.key)).toEqual(["mood", "energy"]);
    expect(after.versions[1]?.answerCount).toBe(1);

    // The old answer keeps version 1's dimensions and wording.
    const old = await call(t, participant, "GET", `/api/me/self-assessments/${answer.id}`);
    const oldAnswer = old.json().data as SelfAssessment;
    expect(oldAnswer.instrumentVersion.number).toBe(1);
    expect(oldAnswer.dimensions.map((d) => d.key)).toEqual(["mood", "energy"]);
    expect(oldAnswer.dimensions[0]?.texts.fi.question).toBe(v1Question);
    expect(oldAnswer.scores).toEqual({ mood: 4, energy: 6 });

    // A new answer uses version 2.
    const next = await ownDraft(t, participant, created.id);
    expect(next.instrumentVersion.number).toBe(2);
    expect(next.dimensions.map((d) => d.key)).toEqual(["sleep", "mood"]);
  });

  it("has no draft to save once published, and the database refuses changing a published version's dimensions", async () => {
    const created = await buildInstrument(t, admin);
    await publishVersion(t, admin, created.id, ["mood"]);
    const put = await call(t, admin, "PUT", `/api/instruments/${created.id}/draft`, {
      dimensions: [dimension("other")],
      version: 1,
    });
    expect(put.statusCode).toBe(409);
    expect(put.json().type).toBe("/problems/instruments.noDraft");
    expect(
      await refusal(
        `UPDATE instrument_dimensions SET texts = '{}'::jsonb WHERE instrument_version_id IN
         (SELECT id FROM instrument_versions WHERE instrument_id = $1)`,
        created.id,
      ),
    ).toMatch(/never change/);
    expect(
      await refusal(
        "UPDATE instrument_versions SET status = 'draft', published_at = null WHERE instrument_id = $1",
        created.id,
      ),
    ).toMatch(/moves only from draft to published to retired/);
    const after = await detail(created.id);
    expect(after.versions[0]?.dimensions[0]?.texts.fi.question).toBe("fi question mood?");
  });

  it("refuses to publish a draft with a text missing, naming each missing field", async () => {
    const created = await buildInstrument(t, admin);
    const incomplete = dimension("mood");
    incomplete.texts.sv.low = "";
    incomplete.texts.plain.question = "   ";
    const saved = await call(t, admin, "PUT", `/api/instruments/${created.id}/draft`, {
      dimensions: [incomplete, dimension("energy")],
      version: created.versions[0]?.version,
    });
    expect(saved.statusCode, saved.body).toBe(200);
    const version = (saved.json().data as InstrumentDetail).versions[0]?.version;
    const res = await call(t, admin, "POST", `/api/instruments/${created.id}/draft/publish`, { version });
    expect(res.statusCode).toBe(400);
    expect(res.json().type).toBe("/problems/instruments.notPublishable");
    expect(res.json().errors.map((e: { path: string }) => e.path)).toEqual([
      "/dimensions/0/texts/sv/low",
      "/dimensions/0/texts/plain/question",
    ]);
    expect((await detail(created.id)).versions[0]?.status).toBe("draft");
  });

  it("refuses an empty draft, malformed and duplicate keys, and more than 30 dimensions", async () => {
    const created = await buildInstrument(t, admin);
    const version = created.versions[0]?.version;
    const empty = await call(t, admin, "POST", `/api/instruments/${created.id}/draft/publish`, { version });
    expect(empty.statusCode).toBe(400);
    expect(empty.json().errors.map((e: { path: string }) => e.path)).toEqual(["/dimensions"]);

    const bad = await call(t, admin, "PUT", `/api/instruments/${created.id}/draft`, {
      dimensions: [dimension("Mood"), dimension("ok"), dimension("ok"), dimension("9lives")],
      version,
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors.map((e: { path: string; message: string }) => e.path)).toEqual([
      "/dimensions/0/key",
      "/dimensions/2/key",
      "/dimensions/3/key",
    ]);

    const many = await call(t, admin, "PUT", `/api/instruments/${created.id}/draft`, {
      dimensions: Array.from({ length: 31 }, (_, i) => dimension(`d${i}`)),
      version,
    });
    expect(many.statusCode).toBe(400);
    const thirty = await call(t, admin, "PUT", `/api/instruments/${created.id}/draft`, {
      dimensions: Array.from({ length: 30 }, (_, i) => dimension(`d${i}`)),
      version,
    });
    expect(thirty.statusCode, thirty.body).toBe(200);
  });

  it("discards a draft and archives an instrument so that no one starts answering it", async () => {
    const created = await buildInstrument(t, admin);
    await publishVersion(t, admin, created.id, ["mood"]);
    const draft = await call(t, admin, "POST", `/api/instruments/${created.id}/draft`);
    expect(draft.statusCode).toBe(201);
    expect((await call(t, admin, "DELETE", `/api/instruments/${created.id}/draft`)).statusCode).toBe(204);
    const current = await detail(created.id);
    expect(current.versions.map((v) => v.status)).toEqual(["published"]);
    expect((await call(t, admin, "DELETE", `/api/instruments/${created.id}/draft`)).statusCode).toBe(409);

    const archived = await call(t, admin, "PATCH", `/api/instruments/${created.id}`, {
      archived: true,
      version: current.version,
    });
    expect(archived.statusCode, archived.body).toBe(200);
    expect(archived.json().data.archived).toBe(true);
    const start = await call(t, participant, "POST", "/api/me/self-assessments", {
      instrumentId: created.id,
      language: "fi",
    });
    expect(start.statusCode).toBe(400);
    expect(start.json().type).toBe("/problems/selfAssessment.instrumentNotAvailable");
    const mine = await call(t, participant, "GET", "/api/me/self-assessments");
    expect(mine.json().data.instruments.map((i: { id: string }) => i.id)).not.toContain(created.id);
    const stale = await call(t, admin, "PATCH", `/api/instruments/${created.id}`, {
      archived: false,
      version: current.version,
    });
    expect(stale.statusCode).toBe(409);
  });
});
