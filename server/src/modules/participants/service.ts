import { and, asc, desc, eq, sql } from "drizzle-orm";
import { rowsOf, type Tx } from "../../db/client";
import type { SignedInUser } from "../../http/context";
import { conflict, fieldProblem, notFound, Problem } from "../../http/problem";
import { todayIso } from "../../lib/dates";
import { validateEntryData } from "../funder/service";
import { organisations } from "../organisations/schema";
import { recordEvent } from "../pathway/events";
import { stageChanges } from "../pathway/schema";
import type { ProgrammePeriod } from "../projects/schema";
import { users } from "../users/schema";
import { inviteUser, type MailSettings } from "../users/service";
import type {
  Duplicate,
  DuplicateQuery,
  Participant,
  ParticipantAccountCreate,
  ParticipantCan,
  ParticipantCreate,
  ParticipantListItem,
  ParticipantUpdate,
} from "./api";
import { checkIdentityCode, looksLikeIdentityCode, normaliseIdentityCode } from "./identity-code";
import { participantPolicy, type Relation, relationTo, visibleTo, writerOrganisations } from "./policy";
import { participants } from "./schema";

const searchNameOf = (first: string, last: string) => `${last.trim()} ${first.trim()}`.toLowerCase();
const digitsOf = (phone: string | null | undefined) => (phone ? phone.replace(/[^0-9]/g, "") || null : null);
const blankToNull = (v: string | null | undefined) =>
  v === undefined ? undefined : v?.trim() ? v.trim() : null;

/** Validates the identity code against its checksum and the birth date; returns the stored form. */
function validIdentityCode(code: string | null | undefined, birthDate: string): string | null {
  if (!code?.trim()) return null;
  const check = checkIdentityCode(code);
  if (!check.valid) {
    throw fieldProblem(400, "participants.identityCodeInvalid", "/identityCode");
  }
  if (check.birthDate !== birthDate) {
    throw fieldProblem(400, "participants.identityCodeBirthDate", "/birthDate");
  }
  return check.code;
}

function assertBirthDate(birthDate: string) {
  if (birthDate > todayIso()) {
    throw fieldProblem(400, "participants.birthDateFuture", "/birthDate");
  }
}

/**
 * Likely duplicates in the whole region: the same identity code, or the same name and birth date.
 * People the user may not see are named only by their keeping organisation (no leak of who they are).
 */
export async function findDuplicates(tx: Tx, user: SignedInUser, q: DuplicateQuery): Promise<Duplicate[]> {
  const code = q.identityCode?.trim() ? normaliseIdentityCode(q.identityCode) : null;
  const rows = await tx
    .select({
      id: participants.id,
      firstName: participants.firstName,
      lastName: participants.lastName,
      birthDate: participants.birthDate,
      organisationName: organisations.name,
      sameCode: code ? sql<boolean>`${participants.identityCode} = ${code}` : sql<boolean>`false`,
      visible: sql<boolean>`${visibleTo(user)}`,
    })
    .from(participants)
    .innerJoin(organisations, eq(organisations.id, participants.organisationId))
    .where(
      sql`(${code ? sql`${participants.identityCode} = ${code} or ` : sql``}(${participants.searchName} = ${searchNameOf(q.firstName, q.lastName)} and ${participants.birthDate} = ${q.birthDate}))`,
    )
    .limit(10);
  return rows.map((r) => ({
    reason: r.sameCode ? "identity_code" : "name_and_birth_date",
    participantId: r.visible ? r.id : null,
    name: r.visible ? `${r.firstName} ${r.lastName}` : null,
    birthDate: r.visible ? r.birthDate : null,
    organisationName: r.organisationName,
  }));
}

/** Registers a participant for the coach's organisation; refuses likely duplicates unless acknowledged. */
export async function registerParticipant(
  tx: Tx,
  user: SignedInUser,
  input: ParticipantCreate,
): Promise<{ participant: Participant; relation: Relation }> {
  const writerOrgs = writerOrganisations(user);
  const organisationId = input.organisationId ?? (writerOrgs.length === 1 ? writerOrgs[0] : undefined);
  if (!organisationId || !writerOrgs.includes(organisationId)) {
    throw new Problem(403, "participants.noCoachOrganisation");
  }
  assertBirthDate(input.birthDate);
  const identityCode = validIdentityCode(input.identityCode, input.birthDate);
  const duplicates = await findDuplicates(tx, user, { ...input, identityCode });
  const sameCode = duplicates.find((d) => d.reason === "identity_code");
  if (sameCode)
    throw new Problem(409, "participants.identityCodeTaken", { organisation: sameCode.organisationName });
  if (duplicates.length > 0 && !input.acknowledgeDuplicates)
    throw new Problem(409, "participants.likelyDuplicate");

  const [row] = await tx
    .insert(participants)
    .values({
      firstName: input.firstName.trim(),
      lastName: input.lastName.trim(),
      birthDate: input.birthDate,
      identityCode,
      phone: blankToNull(input.phone) ?? null,
      phoneDigits: digitsOf(input.phone),
      email: blankToNull(input.email) ?? null,
      address: blankToNull(input.address) ?? null,
      postalCode: blankToNull(input.postalCode) ?? null,
      municipality: blankToNull(input.municipality) ?? null,
      village: blankToNull(input.village) ?? null,
      languages: input.languages ?? [],
      preferredLanguage: input.preferredLanguage ?? "fi",
      searchName: searchNameOf(input.firstName, input.lastName),
      entryData: input.entryData ?? {},
      organisationId,
      createdBy: user.id,
    })
    .returning({ id: participants.id });
  if (!row) throw new Error("insert returned nothing");
  await recordEvent(tx, {
    participantId: row.id,
    kind: "registered",
    scope: "basic",
    at: new Date().toISOString(),
    organisationId,
    actorId: user.id,
  });
  return getParticipant(tx, user, row.id);
}

/** The user's relation to the participant, or 404 when there is none (no leak that the person exists). */
export async function requireRelation(tx: Tx, user: SignedInUser, participantId: string): Promise<Relation> {
  const found = await relationTo(tx, user, participantId);
  if (!found || found.relation.kind === "none") throw notFound();
  return found.relation;
}

/** One participant as the user may see them. */
export async function getParticipant(
  tx: Tx,
  user: SignedInUser,
  id: string,
): Promise<{ participant: Participant; relation: Relation }> {
  const relation = await requireRelation(tx, user, id);
  const [row] = await tx
    .select({ p: participants, organisationName: organisations.name })
    .from(participants)
    .innerJoin(organisations, eq(organisations.id, participants.organisationId))
    .where(eq(participants.id, id));
  if (!row) throw notFound();
  const p = row.p;
  const keeper = participantPolicy.seeIdentityCode(relation);
  return {
    relation,
    participant: {
      id: p.id,
      firstName: p.firstName,
      lastName: p.lastName,
      birthDate: p.birthDate,
      identityCode: keeper ? p.identityCode : null,
      hasIdentityCode: p.identityCode !== null,
      phone: p.phone,
      email: p.email,
      address: p.address,
      postalCode: p.postalCode,
      municipality: p.municipality,
      village: p.village,
      languages: p.languages,
      preferredLanguage: p.preferredLanguage as Participant["preferredLanguage"],
      entryData: keeper ? p.entryData : null,
      organisationId: p.organisationId,
      organisationName: row.organisationName,
      hasAccount: p.userId !== null,
      version: p.version,
      createdAt: p.createdAt,
    },
  };
}

/** What the user may do with the participant, for the UI. */
export function participantCan(user: SignedInUser, relation: Relation): ParticipantCan {
  return {
    edit: participantPolicy.edit(relation),
    manageConsents: participantPolicy.manageConsents(relation),
    addContact: participantPolicy.addContact(user, relation),
    seePlan: participantPolicy.see(relation, "plan"),
    seeAssessments: participantPolicy.see(relation, "assessments"),
    seeNotes: participantPolicy.see(relation, "notes"),
  };
}

/** Changes personal or entry data (optimistic concurrency by version). */
export async function updateParticipant(
  tx: Tx,
  user: SignedInUser,
  id: string,
  input: ParticipantUpdate,
): Promise<{ participant: Participant; relation: Relation }> {
  const relation = await requireRelation(tx, user, id);
  if (!participantPolicy.edit(relation)) throw new Problem(403, "problem.forbidden");
  const [current] = await tx.select().from(participants).where(eq(participants.id, id));
  if (!current) throw notFound();
  const firstName = input.firstName?.trim() ?? current.firstName;
  const lastName = input.lastName?.trim() ?? current.lastName;
  const birthDate = input.birthDate ?? current.birthDate;
  if (input.birthDate) assertBirthDate(input.birthDate);
  const identityCode =
    input.identityCode !== undefined
      ? validIdentityCode(input.identityCode, birthDate)
      : current.identityCode
        ? validIdentityCode(current.identityCode, birthDate)
        : null;
  if (identityCode && identityCode !== current.identityCode) {
    const [taken] = await tx
      .select({ organisationName: organisations.name })
      .from(participants)
      .innerJoin(organisations, eq(organisations.id, participants.organisationId))
      .where(and(eq(participants.identityCode, identityCode), sql`${participants.id} <> ${id}`));
    if (taken)
      throw new Problem(409, "participants.identityCodeTaken", { organisation: taken.organisationName });
  }
  if (input.entryData !== undefined) {
    // Entry data must be what the programme period of each project they take part in accepts.
    const periods = rowsOf<{ period: ProgrammePeriod }>(
      await tx.execute(
        sql`select distinct pr.programme_period as period from enrolments e join projects pr on pr.id = e.project_id where e.participant_id = ${id} and e.exit_date is null`,
      ),
    );
    for (const { period } of periods) await validateEntryData(tx, period, input.entryData);
  }
  const [row] = await tx
    .update(participants)
    .set({
      firstName,
      lastName,
      birthDate,
      identityCode,
      searchName: searchNameOf(firstName, lastName),
      ...(input.phone !== undefined
        ? { phone: blankToNull(input.phone) ?? null, phoneDigits: digitsOf(input.phone) }
        : {}),
      ...(input.email !== undefined ? { email: blankToNull(input.email) ?? null } : {}),
      ...(input.address !== undefined ? { address: blankToNull(input.address) ?? null } : {}),
      ...(input.postalCode !== undefined ? { postalCode: blankToNull(input.postalCode) ?? null } : {}),
      ...(input.municipality !== undefined ? { municipality: blankToNull(input.municipality) ?? null } : {}),
      ...(input.village !== undefined ? { village: blankToNull(input.village) ?? null } : {}),
      ...(input.languages !== undefined ? { languages: input.languages } : {}),
      ...(input.preferredLanguage !== undefined ? { preferredLanguage: input.preferredLanguage } : {}),
      ...(input.entryData !== undefined ? { entryData: input.entryData } : {}),
      version: sql`${participants.version} + 1`,
      updatedAt: sql`now()`,
    })
    .where(and(eq(participants.id, id), eq(participants.version, input.version)))
    .returning({ id: participants.id });
  if (!row) throw conflict();
  return getParticipant(tx, user, id);
}

/**
 * Searches the participants the user may see, by name (prefix of "last first" or "first last"),
 * identity code (exact) or phone number (digits, prefix). Never returns identity codes.
 */
export async function searchParticipants(
  tx: Tx,
  user: SignedInUser,
  query: string,
  limit: number,
): Promise<ParticipantListItem[]> {
  const q = query.trim();
  let match: ReturnType<typeof sql>;
  if (looksLikeIdentityCode(q)) {
    match = sql`${participants.identityCode} = ${normaliseIdentityCode(q)}`;
  } else if (/^[+0-9 ()-]{4,}$/.test(q)) {
    match = prefixOf(sql`"participants"."phone_digits"`, q.replace(/[^0-9]/g, ""));
  } else {
    const prefix = q.toLowerCase().replace(/\s+/g, " ");
    match = sql`(${prefixOf(sql`"participants"."search_name"`, prefix)} or ${prefixOf(sql`"participants"."search_name_first"`, prefix)})`;
  }
  const rows = await tx
    .select({
      id: participants.id,
      firstName: participants.firstName,
      lastName: participants.lastName,
      birthDate: participants.birthDate,
      municipality: participants.municipality,
      village: participants.village,
      organisationName: organisations.name,
      organisationId: participants.organisationId,
      // The stage belongs to the plan: shown only to those who may see the plan.
      stage: sql<
        string | null
      >`case when ${visibleTo(user, "plan")} then (select s.stage from ${stageChanges} s where s.participant_id = "participants"."id" order by s.changed_on desc, s.created_at desc limit 1) end`,
    })
    .from(participants)
    .innerJoin(organisations, eq(organisations.id, participants.organisationId))
    .where(and(match, visibleTo(user)))
    .orderBy(asc(participants.searchName), asc(participants.birthDate))
    .limit(limit);
  const keeping = new Set(
    user.memberships
      .filter((m) => m.role === "coach" || m.role === "project_manager")
      .map((m) => m.organisationId),
  );
  return rows.map((r) => ({
    id: r.id,
    firstName: r.firstName,
    lastName: r.lastName,
    birthDate: r.birthDate,
    municipality: r.municipality,
    village: r.village,
    organisationName: r.organisationName,
    stage: r.stage as ParticipantListItem["stage"],
    relation: keeping.has(r.organisationId) ? "keeper" : "shared",
  }));
}

/**
 * `column` starts with `prefix`, written as a range (`~>=~` / `~<~`, the text_pattern_ops operators).
 * Under row-level security PostgreSQL cannot use an index for LIKE (not leakproof), but it can for these.
 */
function prefixOf(column: ReturnType<typeof sql>, prefix: string) {
  const chars = Array.from(prefix);
  const last = chars.pop();
  if (last === undefined) return sql`true`;
  const upper = `${chars.join("")}${String.fromCodePoint((last.codePointAt(0) ?? 0) + 1)}`;
  return sql`(${column} ~>=~ ${prefix} and ${column} ~<~ ${upper})`;
}

/** Display names of users, for "recorded by" columns. */
export async function userNames(tx: Tx, ids: (string | null)[]): Promise<Map<string, string>> {
  const wanted = [...new Set(ids.filter((x): x is string => x !== null))];
  if (wanted.length === 0) return new Map();
  const rows = await tx
    .select({ id: users.id, name: users.name })
    .from(users)
    .where(sql`${users.id} = any(${`{${wanted.join(",")}}`}::uuid[])`)
    .orderBy(desc(users.name));
  return new Map(rows.map((r) => [r.id, r.name]));
}

/**
 * Opens the participant's own sign-in to Polku: invites them (role participant in the keeping
 * organisation) and links the account to the record. The invitation mail goes to the outbox.
 */
export async function openParticipantAccount(
  tx: Tx,
  user: SignedInUser,
  id: string,
  input: ParticipantAccountCreate,
  mail: MailSettings,
): Promise<{ participant: Participant; relation: Relation; invitedUserId: string }> {
  const relation = await requireRelation(tx, user, id);
  if (!participantPolicy.edit(relation)) throw new Problem(403, "problem.forbidden");
  const [p] = await tx.select().from(participants).where(eq(participants.id, id));
  if (!p) throw notFound();
  if (p.userId) throw new Problem(409, "participants.accountExists");
  const invited = await inviteUser(
    tx,
    user,
    {
      email: input.email,
      name: `${p.firstName} ${p.lastName}`,
      language: input.language ?? (p.preferredLanguage as "fi" | "sv" | "en"),
      memberships: [{ organisationId: p.organisationId, role: "participant" }],
    },
    mail,
  );
  await tx
    .update(participants)
    .set({
      userId: invited.id,
      email: p.email ?? input.email,
      version: sql`${participants.version} + 1`,
      updatedAt: sql`now()`,
    })
    .where(eq(participants.id, id));
  return { ...(await getParticipant(tx, user, id)), invitedUserId: invited.id };
}
