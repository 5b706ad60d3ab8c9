import { and, asc, eq, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Tx } from "../../db/client";
import type { SignedInUser } from "../../http/context";
import { conflict, fieldProblem, notFound, Problem } from "../../http/problem";
import { todayIso } from "../../lib/dates";
import { organisations } from "../organisations/schema";
import { atDate, recordEvent } from "../pathway/events";
import { users } from "../users/schema";
import type { Consent, ConsentCreate, ConsentWithdraw } from "./api";
import { participantPolicy } from "./policy";
import { consents, participants, type SharingScope } from "./schema";
import { requireRelation } from "./service";

/** Consents of a participant, newest first, with whether each is in force today. */
export async function listConsents(tx: Tx, user: SignedInUser, participantId: string): Promise<Consent[]> {
  await requireRelation(tx, user, participantId);
  const recorder = alias(users, "recorder");
  const withdrawer = alias(users, "withdrawer");
  const rows = await tx
    .select({
      c: consents,
      organisationName: organisations.name,
      recordedByName: recorder.name,
      withdrawnByName: withdrawer.name,
    })
    .from(consents)
    .leftJoin(organisations, eq(organisations.id, consents.organisationId))
    .leftJoin(recorder, eq(recorder.id, consents.recordedBy))
    .leftJoin(withdrawer, eq(withdrawer.id, consents.withdrawnBy))
    .where(eq(consents.participantId, participantId))
    .orderBy(asc(consents.purpose), asc(consents.givenOn));
  const today = todayIso();
  return rows.map(({ c, organisationName, recordedByName, withdrawnByName }) => ({
    id: c.id,
    purpose: c.purpose,
    organisationId: c.organisationId,
    organisationName: organisationName ?? null,
    scopes: c.scopes as SharingScope[],
    givenOn: c.givenOn,
    method: c.method,
    recordedByName: recordedByName ?? null,
    withdrawnOn: c.withdrawnOn,
    withdrawnByName: withdrawnByName ?? null,
    inForce: c.withdrawnOn === null && c.givenOn <= today,
    version: c.version,
  }));
}

async function consentById(tx: Tx, user: SignedInUser, participantId: string, id: string): Promise<Consent> {
  const found = (await listConsents(tx, user, participantId)).find((c) => c.id === id);
  if (!found) throw notFound();
  return found;
}

/** Records a consent. A sharing consent names another organisation and its scopes ('basic' always). */
export async function giveConsent(
  tx: Tx,
  user: SignedInUser,
  participantId: string,
  input: ConsentCreate,
): Promise<Consent> {
  const relation = await requireRelation(tx, user, participantId);
  if (!participantPolicy.manageConsents(relation)) throw new Problem(403, "problem.forbidden");
  if (input.givenOn > todayIso()) throw fieldProblem(400, "consents.givenFuture", "/givenOn");
  let organisationId: string | null = null;
  let scopes: SharingScope[] = [];
  if (input.purpose === "sharing") {
    if (!input.organisationId) throw fieldProblem(400, "consents.organisationRequired", "/organisationId");
    const [p] = await tx
      .select({ organisationId: participants.organisationId })
      .from(participants)
      .where(eq(participants.id, participantId));
    if (p?.organisationId === input.organisationId) {
      throw fieldProblem(400, "consents.ownOrganisation", "/organisationId");
    }
    organisationId = input.organisationId;
    scopes = [...new Set<SharingScope>(["basic", ...(input.scopes ?? [])])];
  } else if (input.organisationId || (input.scopes && input.scopes.length > 0)) {
    throw fieldProblem(400, "consents.organisationNotAllowed", "/organisationId");
  }
  const [row] = await tx
    .insert(consents)
    .values({
      participantId,
      purpose: input.purpose,
      organisationId,
      scopes,
      givenOn: input.givenOn,
      method: input.method,
      recordedBy: user.id,
    })
    .returning({ id: consents.id });
  if (!row) throw new Error("insert returned nothing");
  await recordEvent(tx, {
    participantId,
    kind: "consent_given",
    scope: "basic",
    at: atDate(input.givenOn),
    refId: row.id,
    summary: { purpose: input.purpose, organisationId, scopes: scopes.join(",") },
    actorId: user.id,
  });
  return consentById(tx, user, participantId, row.id);
}

/** Records the withdrawal of a consent; from that day on it no longer opens anything. */
export async function withdrawConsent(
  tx: Tx,
  user: SignedInUser,
  participantId: string,
  consentId: string,
  input: ConsentWithdraw,
): Promise<Consent> {
  const relation = await requireRelation(tx, user, participantId);
  if (!participantPolicy.manageConsents(relation)) throw new Problem(403, "problem.forbidden");
  const current = await consentById(tx, user, participantId, consentId);
  if (current.withdrawnOn) throw new Problem(409, "consents.alreadyWithdrawn");
  if (input.withdrawnOn > todayIso()) throw fieldProblem(400, "consents.withdrawnFuture", "/withdrawnOn");
  if (input.withdrawnOn < current.givenOn)
    throw fieldProblem(400, "consents.withdrawnBeforeGiven", "/withdrawnOn");
  const [row] = await tx
    .update(consents)
    .set({
      withdrawnOn: input.withdrawnOn,
      withdrawnBy: user.id,
      withdrawalNote: input.note?.trim() || null,
      version: sql`${consents.version} + 1`,
      updatedAt: sql`now()`,
    })
    .where(and(eq(consents.id, consentId), eq(consents.version, input.version)))
    .returning({ id: consents.id });
  if (!row) throw conflict();
  await recordEvent(tx, {
    participantId,
    kind: "consent_withdrawn",
    scope: "basic",
    at: atDate(input.withdrawnOn),
    refId: consentId,
    summary: { purpose: current.purpose, organisationId: current.organisationId },
    actorId: user.id,
  });
  return consentById(tx, user, participantId, consentId);
}
