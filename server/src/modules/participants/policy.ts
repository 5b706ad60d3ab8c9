import { and, eq, type SQL, sql } from "drizzle-orm";
import { uuidArray } from "../../db/checks";
import type { Tx } from "../../db/client";
import { hasRole, type SignedInUser } from "../../http/context";
import { todayIso } from "../../lib/dates";
import type { Role } from "../access/roles";
import { consents, participants, type SharingScope } from "./schema";

/**
 * Who may see and do what with a participant's record. The one place that decides it: every route of
 * the participants and pathway modules asks `relationTo` and the functions below.
 *
 * - keeper: staff of the organisation that registered the person (its coaches may write; project
 *   managers, partner workers and association contacts there read), or the person's own coach in an
 *   enrolment. Sees everything but other organisations' unshared notes.
 * - shared: staff of an organisation with a sharing consent in force. Sees only the consented scopes;
 *   'basic' always comes with a sharing consent.
 * - none: answered with 404, so that no one learns the person exists.
 */
export type Relation =
  | { kind: "none" }
  | { kind: "keeper"; write: boolean }
  | { kind: "shared"; scopes: SharingScope[] };

/** Roles that work with participants' records at all. An administrator alone does not. */
export const STAFF_ROLES = [
  "coach",
  "project_manager",
  "partner_worker",
  "association_contact",
] as const satisfies readonly Role[];

/** The organisations in which the user holds one of these roles. */
export function orgsWithRole(user: SignedInUser, roles: readonly Role[]): string[] {
  return [...new Set(user.memberships.filter((m) => roles.includes(m.role)).map((m) => m.organisationId))];
}

/** Organisations through which the user keeps records: any staff role there (the organisation's own records). */
export const keeperOrganisations = (user: SignedInUser) => orgsWithRole(user, STAFF_ROLES);
/** Organisations through which the user may write records (coach there). */
export const writerOrganisations = (user: SignedInUser) => orgsWithRole(user, ["coach"]);
/** Organisations through which a sharing consent reaches the user. */
export const sharingOrganisations = (user: SignedInUser) => orgsWithRole(user, STAFF_ROLES);
/** Every organisation the user works in (authoring organisation of notes). */
export const staffOrganisations = (user: SignedInUser) => orgsWithRole(user, STAFF_ROLES);

/**
 * SQL condition: the participant row is visible to the user (with `scope`, that part of the record is).
 * Used by search, lists and reports, so that they agree with `relationTo` (a property test checks it).
 */
export function visibleTo(user: SignedInUser, scope: SharingScope = "basic"): SQL {
  const keepers = keeperOrganisations(user);
  const sharing = sharingOrganisations(user);
  const scoped = scope === "basic" ? sql`` : sql` and ${scope} = any(c.scopes)`;
  // Columns of the outer row are written qualified: inside the subqueries an unqualified "id" would be
  // the subquery's own (drizzle leaves columns unqualified in single-table selects).
  return sql`(
    "participants"."organisation_id" = any(${uuidArray(keepers)})
    or exists (select 1 from enrolments e where e.region_id = "participants"."region_id" and e.participant_id = "participants"."id" and e.coach_id = ${user.id})
    or exists (select 1 from consents c where c.region_id = "participants"."region_id" and c.participant_id = "participants"."id"
      and c.purpose = 'sharing' and c.withdrawn_on is null and c.given_on <= ${todayIso()}::date
      and c.organisation_id = any(${uuidArray(sharing)})${scoped})
  )`;
}

/** The user's relation to one participant, or null when the participant does not exist in the region. */
export async function relationTo(
  tx: Tx,
  user: SignedInUser,
  participantId: string,
): Promise<{ relation: Relation; organisationId: string } | null> {
  const [row] = await tx
    .select({
      organisationId: participants.organisationId,
      coached: sql<boolean>`exists (select 1 from enrolments e where e.region_id = "participants"."region_id" and e.participant_id = "participants"."id" and e.coach_id = ${user.id})`,
    })
    .from(participants)
    .where(eq(participants.id, participantId));
  if (!row) return null;
  const keeperOrgs = keeperOrganisations(user);
  if (row.coached || keeperOrgs.includes(row.organisationId)) {
    return {
      organisationId: row.organisationId,
      relation: {
        kind: "keeper",
        write: row.coached ? hasRole(user, "coach") : writerOrganisations(user).includes(row.organisationId),
      },
    };
  }
  const sharing = sharingOrganisations(user);
  if (sharing.length === 0) return { organisationId: row.organisationId, relation: { kind: "none" } };
  const rows = await tx
    .select({ scopes: consents.scopes })
    .from(consents)
    .where(
      and(
        eq(consents.participantId, participantId),
        eq(consents.purpose, "sharing"),
        sql`${consents.withdrawnOn} is null and ${consents.givenOn} <= ${todayIso()}::date`,
        sql`${consents.organisationId} = any(${uuidArray(sharing)})`,
      ),
    );
  if (rows.length === 0) return { organisationId: row.organisationId, relation: { kind: "none" } };
  const scopes = [...new Set(["basic", ...rows.flatMap((r) => r.scopes)])] as SharingScope[];
  return { organisationId: row.organisationId, relation: { kind: "shared", scopes } };
}

/** A note as the rule of notes sees it: who wrote it, and whether it was shared with the network. */
export interface NoteFacts {
  organisationId: string;
  sharedWithNetwork: boolean;
}

/**
 * An organisation reads the notes it wrote itself, whatever the scopes of its consent (or with none:
 * a keeper organisation has no consent to itself). What it wrote is its own record; the 'notes' scope
 * is about reading other organisations' notes (decision 018).
 */
const seeOwnNote = (user: SignedInUser, note: NoteFacts) =>
  staffOrganisations(user).includes(note.organisationId);

/**
 * Whether another organisation's notes shared with the network are open to the user: to keepers, and
 * to a partner only while a sharing consent in force includes the 'notes' scope. An unshared note of
 * another organisation is never open.
 */
const seeNetworkNotes = (r: Relation) =>
  r.kind === "keeper" || (r.kind === "shared" && r.scopes.includes("notes"));

export const participantPolicy = {
  register: (user: SignedInUser) => writerOrganisations(user).length > 0,
  search: (user: SignedInUser) => hasRole(user, ...STAFF_ROLES),
  view: (r: Relation) => r.kind !== "none",
  /** Whether a part of the record is open to the user. */
  see: (r: Relation, scope: SharingScope) =>
    r.kind === "keeper" || (r.kind === "shared" && r.scopes.includes(scope)),
  /** The identity code stays with the keeping organisation. */
  seeIdentityCode: (r: Relation) => r.kind === "keeper",
  edit: (r: Relation) => r.kind === "keeper" && r.write,
  manageConsents: (r: Relation) => r.kind === "keeper" && r.write,
  /** Anyone who sees the person may record their own organisation's meetings and notes. */
  addContact: (user: SignedInUser, r: Relation) =>
    (r.kind === "keeper" && r.write) || (r.kind === "shared" && hasRole(user, "partner_worker", "coach")),
  seeOwnNote,
  seeNetworkNotes,
  /**
   * The rule of notes: someone who sees the person reads their own organisation's notes (seeOwnNote),
   * and another organisation's note only when it was shared with the network and seeNetworkNotes holds.
   * The lists filter by its SQL form, `noteVisibleSql` in pathway/contacts.ts (a test keeps them equal).
   */
  seeNote: (user: SignedInUser, r: Relation, note: NoteFacts) =>
    r.kind !== "none" && (seeOwnNote(user, note) || (note.sharedWithNetwork && seeNetworkNotes(r))),
};
