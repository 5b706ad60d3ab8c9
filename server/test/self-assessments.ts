import type { DimensionInput, InstrumentDetail, SelfAssessment } from "../src/modules/self-assessment/api";
import { call, type Session, type TestApp, unique } from "./app";

// Factories for self-assessment tests: instruments built and published through the API.

const wording = (lang: string, key: string) => ({
  question: `${lang} question ${key}?`,
  explanation: `${lang} explanation ${key}`,
  low: `${lang} low`,
  high: `${lang} high`,
});

/** A dimension with every text filled, ready to publish. */
export const dimension = (key: string): DimensionInput => ({
  key,
  texts: {
    fi: wording("fi", key),
    sv: wording("sv", key),
    en: wording("en", key),
    plain: wording("plain", key),
  },
});

export const instrumentTexts = (label: string) => ({
  name: { fi: `${label} fi`, sv: `${label} sv`, en: `${label} en`, plain: `${label} selko` },
  description: { fi: "Kuvaus", sv: "Beskrivning", en: "Description", plain: "Kuvaus selkokielellä" },
});

async function ok<T>(res: { statusCode: number; body: string; json(): unknown }, what: string): Promise<T> {
  if (res.statusCode >= 300) throw new Error(`${what}: ${res.statusCode} ${res.body}`);
  return (res.json() as { data: T }).data;
}

/** A new instrument with an empty draft version 1, as the administrator. */
export async function buildInstrument(
  t: TestApp,
  admin: Session,
  label = "Mittari",
): Promise<InstrumentDetail> {
  return ok(
    await call(t, admin, "POST", "/api/instruments", { key: `test-${unique()}`, ...instrumentTexts(label) }),
    "create instrument",
  );
}

/** Saves the draft with these dimension keys and publishes it; returns the instrument after. */
export async function publishVersion(
  t: TestApp,
  admin: Session,
  instrumentId: string,
  keys: string[],
): Promise<InstrumentDetail> {
  let detail = await ok<InstrumentDetail>(
    await call(t, admin, "GET", `/api/instruments/${instrumentId}`),
    "get",
  );
  let draft = detail.versions.find((v) => v.status === "draft");
  if (!draft) {
    detail = await ok(await call(t, admin, "POST", `/api/instruments/${instrumentId}/draft`), "start draft");
    draft = detail.versions.find((v) => v.status === "draft");
  }
  if (!draft) throw new Error("no draft");
  detail = await ok(
    await call(t, admin, "PUT", `/api/instruments/${instrumentId}/draft`, {
      dimensions: keys.map(dimension),
      version: draft.version,
    }),
    "save draft",
  );
  const saved = detail.versions.find((v) => v.status === "draft");
  if (!saved) throw new Error("no saved draft");
  return ok(
    await call(t, admin, "POST", `/api/instruments/${instrumentId}/draft/publish`, {
      version: saved.version,
    }),
    "publish",
  );
}

/** A new instrument published with these keys. */
export async function buildPublishedInstrument(
  t: TestApp,
  admin: Session,
  keys: string[] = ["mood", "energy", "daily_life"],
): Promise<InstrumentDetail> {
  const created = await buildInstrument(t, admin);
  return publishVersion(t, admin, created.id, keys);
}

/** The region's default instrument (migration 0009). */
export async function defaultInstrumentId(t: TestApp, session: Session): Promise<string> {
  const list = await ok<{ id: string; key: string }[]>(
    await call(t, session, "GET", "/api/instruments"),
    "list",
  );
  const found = list.find((i) => i.key === "polku-work-ability");
  if (!found) throw new Error("no default instrument");
  return found.id;
}

/** The participant's own draft of an instrument, with these scores saved. */
export async function ownDraft(
  t: TestApp,
  participant: Session,
  instrumentId: string,
  scores: Record<string, number | null> = {},
): Promise<SelfAssessment> {
  const started = await ok<SelfAssessment>(
    await call(t, participant, "POST", "/api/me/self-assessments", { instrumentId, language: "fi" }),
    "start own",
  );
  if (Object.keys(scores).length === 0) return started;
  return ok(
    await call(t, participant, "PATCH", `/api/me/self-assessments/${started.id}`, { scores }),
    "patch own",
  );
}

/** A draft of the participant's own, with one score, on an instrument made for it. */
export async function ownDraftOnNewInstrument(
  t: TestApp,
  participant: Session | undefined,
  admin: Session,
): Promise<SelfAssessment> {
  if (!participant) throw new Error("no participant session");
  const instrument = await buildPublishedInstrument(t, admin);
  return ownDraft(t, participant, instrument.id, { mood: 5 });
}
