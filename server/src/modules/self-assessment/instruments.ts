import { and, asc, desc, eq, inArray, sql } from "drizzle-orm";
import type { Tx } from "../../db/client";
import type { SignedInUser } from "../../http/context";
import { conflict, fieldProblem, forbidden, notFound, Problem } from "../../http/problem";
import {
  DIMENSION_KEY,
  type Dimension,
  type DimensionInput,
  type DraftPublish,
  type DraftSave,
  type InstrumentCreate,
  type InstrumentDetail,
  type InstrumentSummary,
  type InstrumentText,
  type InstrumentUpdate,
  type InstrumentVersion,
  MAX_DIMENSIONS,
} from "./api";
import { instrumentPolicy } from "./policy";
import {
  type DimensionTexts,
  INSTRUMENT_LANGUAGES,
  type InstrumentLanguage,
  instrumentDimensions,
  instruments,
  instrumentVersions,
  selfAssessments,
} from "./schema";

// Instruments and their versions. A version is a draft while an administrator edits it; publishing it
// makes it the one new answers use and retires the previous published version. Published and retired
// versions never change, so an answer always keeps the wording it was given under (decision 019).

const KEY = new RegExp(DIMENSION_KEY);
const WORDING_FIELDS = ["question", "explanation", "low", "high"] as const;

type ProblemItem = NonNullable<Problem["errors"]>[number];

/** An ISO 8601 instant, whichever driver read it. */
export const isoInstant = (value: string) => new Date(value).toISOString();

const requireRead = (user: SignedInUser) => {
  if (!instrumentPolicy.read(user)) throw forbidden();
};
const requireEdit = (user: SignedInUser) => {
  if (!instrumentPolicy.edit(user)) throw forbidden();
};

const trimText = (t: InstrumentText): InstrumentText => ({
  fi: t.fi.trim(),
  sv: t.sv.trim(),
  en: t.en.trim(),
  plain: t.plain.trim(),
});

/** Field problems for every language of a name or description left empty. */
function missingTexts(t: InstrumentText, path: string): ProblemItem[] {
  return INSTRUMENT_LANGUAGES.filter((l) => t[l].trim() === "").map((l) => ({
    path: `${path}/${l}`,
    key: "instruments.textRequired" as const,
    params: {},
  }));
}

function throwIfAny(errors: ProblemItem[], key: "problem.validation" | "instruments.notPublishable") {
  if (errors.length > 0) throw new Problem(400, key, {}, errors);
}

/** Dimensions of versions, in their order, grouped by version id. */
export async function dimensionsOf(tx: Tx, versionIds: string[]): Promise<Map<string, Dimension[]>> {
  const out = new Map<string, Dimension[]>();
  if (versionIds.length === 0) return out;
  const rows = await tx
    .select()
    .from(instrumentDimensions)
    .where(inArray(instrumentDimensions.instrumentVersionId, versionIds))
    .orderBy(asc(instrumentDimensions.position));
  for (const r of rows) {
    const list = out.get(r.instrumentVersionId) ?? [];
    list.push({ id: r.id, key: r.key, position: r.position, texts: r.texts });
    out.set(r.instrumentVersionId, list);
  }
  return out;
}

/** Every instrument of the region with its published version and whether a draft exists. */
export async function listInstruments(tx: Tx, user: SignedInUser): Promise<InstrumentSummary[]> {
  requireRead(user);
  const rows = await tx.select().from(instruments).orderBy(asc(instruments.createdAt), asc(instruments.key));
  const versions = await tx
    .select()
    .from(instrumentVersions)
    .where(inArray(instrumentVersions.status, ["draft", "published"]));
  const counts = await tx
    .select({ instrumentId: selfAssessments.instrumentId, n: sql<number>`count(*)::int` })
    .from(selfAssessments)
    .where(eq(selfAssessments.status, "submitted"))
    .groupBy(selfAssessments.instrumentId);
  const published = versions.filter((v) => v.status === "published");
  const dims = await dimensionsOf(
    tx,
    published.map((v) => v.id),
  );
  return rows.map((i) => {
    const p = published.find((v) => v.instrumentId === i.id);
    return {
      id: i.id,
      key: i.key,
      name: i.name,
      description: i.description,
      archived: i.archivedAt !== null,
      published:
        p?.publishedAt != null
          ? {
              id: p.id,
              number: p.number,
              publishedAt: isoInstant(p.publishedAt),
              dimensions: dims.get(p.id) ?? [],
            }
          : null,
      hasDraft: versions.some((v) => v.instrumentId === i.id && v.status === "draft"),
      answerCount: Number(counts.find((c) => c.instrumentId === i.id)?.n ?? 0),
      version: i.version,
    };
  });
}

/** One instrument with all its versions (newest first) and their dimensions. */
export async function getInstrument(tx: Tx, user: SignedInUser, id: string): Promise<InstrumentDetail> {
  requireRead(user);
  const [i] = await tx.select().from(instruments).where(eq(instruments.id, id));
  if (!i) throw notFound();
  const versions = await tx
    .select()
    .from(instrumentVersions)
    .where(eq(instrumentVersions.instrumentId, id))
    .orderBy(desc(instrumentVersions.number));
  const dims = await dimensionsOf(
    tx,
    versions.map((v) => v.id),
  );
  const counts = await tx
    .select({ versionId: selfAssessments.instrumentVersionId, n: sql<number>`count(*)::int` })
    .from(selfAssessments)
    .where(eq(selfAssessments.instrumentId, id))
    .groupBy(selfAssessments.instrumentVersionId);
  return {
    id: i.id,
    key: i.key,
    name: i.name,
    description: i.description,
    archived: i.archivedAt !== null,
    versions: versions.map(
      (v): InstrumentVersion => ({
        id: v.id,
        number: v.number,
        status: v.status,
        publishedAt: v.publishedAt ? isoInstant(v.publishedAt) : null,
        dimensions: dims.get(v.id) ?? [],
        answerCount: Number(counts.find((c) => c.versionId === v.id)?.n ?? 0),
        version: v.version,
      }),
    ),
    version: i.version,
  };
}

/** Creates an instrument with an empty draft version 1. */
export async function createInstrument(
  tx: Tx,
  user: SignedInUser,
  input: InstrumentCreate,
): Promise<InstrumentDetail> {
  requireEdit(user);
  throwIfAny(
    [...missingTexts(input.name, "/name"), ...missingTexts(input.description, "/description")],
    "problem.validation",
  );
  const [taken] = await tx
    .select({ id: instruments.id })
    .from(instruments)
    .where(eq(instruments.key, input.key));
  if (taken) throw fieldProblem(409, "instruments.keyTaken", "/key", { key: input.key });
  const [row] = await tx
    .insert(instruments)
    .values({ key: input.key, name: trimText(input.name), description: trimText(input.description) })
    .returning({ id: instruments.id });
  if (!row) throw new Error("insert returned nothing");
  await tx.insert(instrumentVersions).values({ instrumentId: row.id, number: 1, status: "draft" });
  return getInstrument(tx, user, row.id);
}

/** Changes the name, description or archived state (optimistic concurrency by version). */
export async function updateInstrument(
  tx: Tx,
  user: SignedInUser,
  id: string,
  input: InstrumentUpdate,
): Promise<InstrumentDetail> {
  requireEdit(user);
  const [current] = await tx.select().from(instruments).where(eq(instruments.id, id));
  if (!current) throw notFound();
  throwIfAny(
    [
      ...(input.name ? missingTexts(input.name, "/name") : []),
      ...(input.description ? missingTexts(input.description, "/description") : []),
    ],
    "problem.validation",
  );
  const archivedAt =
    input.archived === undefined
      ? current.archivedAt
      : input.archived
        ? (current.archivedAt ?? new Date().toISOString())
        : null;
  const [row] = await tx
    .update(instruments)
    .set({
      ...(input.name ? { name: trimText(input.name) } : {}),
      ...(input.description ? { description: trimText(input.description) } : {}),
      archivedAt,
      version: sql`${instruments.version} + 1`,
      updatedAt: sql`now()`,
    })
    .where(and(eq(instruments.id, id), eq(instruments.version, input.version)))
    .returning({ id: instruments.id });
  if (!row) throw conflict();
  return getInstrument(tx, user, id);
}

async function versionsOf(tx: Tx, instrumentId: string) {
  const [i] = await tx
    .select({ id: instruments.id })
    .from(instruments)
    .where(eq(instruments.id, instrumentId));
  if (!i) throw notFound();
  return tx
    .select()
    .from(instrumentVersions)
    .where(eq(instrumentVersions.instrumentId, instrumentId))
    .orderBy(desc(instrumentVersions.number));
}

async function requireDraft(tx: Tx, instrumentId: string) {
  const versions = await versionsOf(tx, instrumentId);
  const draft = versions.find((v) => v.status === "draft");
  if (!draft) throw new Problem(409, "instruments.noDraft");
  return { draft, versions };
}

/** Starts a new draft as a copy of the published version (empty when there is none). 409 if a draft exists. */
export async function startDraft(
  tx: Tx,
  user: SignedInUser,
  instrumentId: string,
): Promise<InstrumentDetail> {
  requireEdit(user);
  const versions = await versionsOf(tx, instrumentId);
  if (versions.some((v) => v.status === "draft")) throw new Problem(409, "instruments.draftExists");
  const number = (versions[0]?.number ?? 0) + 1;
  const [draft] = await tx
    .insert(instrumentVersions)
    .values({ instrumentId, number, status: "draft" })
    .returning({ id: instrumentVersions.id });
  if (!draft) throw new Error("insert returned nothing");
  const published = versions.find((v) => v.status === "published");
  if (published) {
    const dims = (await dimensionsOf(tx, [published.id])).get(published.id) ?? [];
    if (dims.length > 0) {
      await tx.insert(instrumentDimensions).values(
        dims.map((d) => ({
          instrumentVersionId: draft.id,
          key: d.key,
          position: d.position,
          texts: d.texts,
        })),
      );
    }
  }
  return getInstrument(tx, user, instrumentId);
}

/** Keys well-formed and unique: what the draft needs even to be saved. */
function keyProblems(dimensions: DimensionInput[]): ProblemItem[] {
  const errors: ProblemItem[] = [];
  const seen = new Set<string>();
  dimensions.forEach((d, i) => {
    if (!KEY.test(d.key)) {
      errors.push({ path: `/dimensions/${i}/key`, key: "instruments.dimensionKeyInvalid", params: {} });
    } else if (seen.has(d.key)) {
      errors.push({
        path: `/dimensions/${i}/key`,
        key: "instruments.dimensionKeyDuplicate",
        params: { key: d.key },
      });
    }
    seen.add(d.key);
  });
  return errors;
}

const trimWording = (w: DimensionTexts[InstrumentLanguage]) => ({
  question: w.question.trim(),
  explanation: w.explanation.trim(),
  low: w.low.trim(),
  high: w.high.trim(),
});
const trimTexts = (t: DimensionTexts): DimensionTexts => ({
  fi: trimWording(t.fi),
  sv: trimWording(t.sv),
  en: trimWording(t.en),
  plain: trimWording(t.plain),
});

/** Saves the draft's dimensions whole (position = array order); 409 on a stale version. */
export async function saveDraft(
  tx: Tx,
  user: SignedInUser,
  instrumentId: string,
  input: DraftSave,
): Promise<InstrumentDetail> {
  requireEdit(user);
  const { draft } = await requireDraft(tx, instrumentId);
  throwIfAny(keyProblems(input.dimensions), "problem.validation");
  const [row] = await tx
    .update(instrumentVersions)
    .set({ version: sql`${instrumentVersions.version} + 1`, updatedAt: sql`now()` })
    .where(and(eq(instrumentVersions.id, draft.id), eq(instrumentVersions.version, input.version)))
    .returning({ id: instrumentVersions.id });
  if (!row) throw conflict();
  await tx.delete(instrumentDimensions).where(eq(instrumentDimensions.instrumentVersionId, draft.id));
  if (input.dimensions.length > 0) {
    await tx.insert(instrumentDimensions).values(
      input.dimensions.map((d, i) => ({
        instrumentVersionId: draft.id,
        key: d.key,
        position: i + 1,
        texts: trimTexts(d.texts),
      })),
    );
  }
  return getInstrument(tx, user, instrumentId);
}

/** Throws away the draft. */
export async function discardDraft(tx: Tx, user: SignedInUser, instrumentId: string): Promise<void> {
  requireEdit(user);
  const { draft } = await requireDraft(tx, instrumentId);
  await tx.delete(instrumentVersions).where(eq(instrumentVersions.id, draft.id));
}

/** Everything that keeps a draft from being published, as field problems (empty when it may be). */
export function publishProblems(
  instrument: { name: InstrumentText; description: InstrumentText },
  dimensions: DimensionInput[],
): ProblemItem[] {
  const errors: ProblemItem[] = [
    ...missingTexts(instrument.name, "/name"),
    ...missingTexts(instrument.description, "/description"),
  ];
  if (dimensions.length === 0)
    errors.push({ path: "/dimensions", key: "instruments.noDimensions", params: {} });
  if (dimensions.length > MAX_DIMENSIONS) {
    errors.push({
      path: "/dimensions",
      key: "instruments.tooManyDimensions",
      params: { max: MAX_DIMENSIONS },
    });
  }
  errors.push(...keyProblems(dimensions));
  dimensions.forEach((d, i) => {
    for (const l of INSTRUMENT_LANGUAGES) {
      for (const f of WORDING_FIELDS) {
        if (d.texts[l][f].trim() === "") {
          errors.push({
            path: `/dimensions/${i}/texts/${l}/${f}`,
            key: "instruments.textRequired",
            params: {},
          });
        }
      }
    }
  });
  return errors;
}

/** Publishes the draft after checking it whole; the previously published version is retired. */
export async function publishDraft(
  tx: Tx,
  user: SignedInUser,
  instrumentId: string,
  input: DraftPublish,
): Promise<InstrumentDetail> {
  requireEdit(user);
  const { draft, versions } = await requireDraft(tx, instrumentId);
  if (draft.version !== input.version) throw conflict();
  const [instrument] = await tx.select().from(instruments).where(eq(instruments.id, instrumentId));
  if (!instrument) throw notFound();
  const dims = (await dimensionsOf(tx, [draft.id])).get(draft.id) ?? [];
  throwIfAny(publishProblems(instrument, dims), "instruments.notPublishable");
  const published = versions.find((v) => v.status === "published");
  if (published) {
    await tx
      .update(instrumentVersions)
      .set({ status: "retired", version: sql`${instrumentVersions.version} + 1`, updatedAt: sql`now()` })
      .where(eq(instrumentVersions.id, published.id));
  }
  const [row] = await tx
    .update(instrumentVersions)
    .set({
      status: "published",
      publishedAt: sql`now()`,
      publishedBy: user.id,
      version: sql`${instrumentVersions.version} + 1`,
      updatedAt: sql`now()`,
    })
    .where(and(eq(instrumentVersions.id, draft.id), eq(instrumentVersions.version, input.version)))
    .returning({ id: instrumentVersions.id });
  if (!row) throw conflict();
  return getInstrument(tx, user, instrumentId);
}
