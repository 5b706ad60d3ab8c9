import { hasRole, type SignedInUser } from "../../http/context";
import type { Role } from "../access/roles";
import { participantPolicy, type Relation, STAFF_ROLES } from "../participants/policy";
import type { AnswerStatus } from "./schema";

/**
 * Who may see and do what with self-assessment. The one place that decides it; the services ask it.
 *
 * - Instruments: administrators define them (create, edit drafts, publish, archive); administrators and
 *   every staff role read them (to know what is asked).
 * - A participant's answers, as staff: through the participant's record (`relationTo`). No relation is
 *   404; a relation without the `assessments` scope (a partner whose sharing consent leaves it out) is
 *   403. Keepers see them whole.
 * - Writing them as staff (starting an answer with the participant, recording external scores, editing
 *   or discarding a draft, reminders): the keeping organisation's coaches (`participantPolicy.edit`).
 * - The participant: their own answers only, found through their own account link (`findMe`); they
 *   start, fill, submit and discard their own drafts. Another person's answer is 404 to them.
 * - Submitted answers are never edited or removed by anyone: a correction is a new answer.
 */

/** Roles that read instruments: the staff roles and administrators. */
export const INSTRUMENT_READERS = ["administrator", ...STAFF_ROLES] as const satisfies readonly Role[];
export const INSTRUMENT_EDITORS = ["administrator"] as const satisfies readonly Role[];

export const instrumentPolicy = {
  read: (user: SignedInUser) => hasRole(user, ...INSTRUMENT_READERS),
  edit: (user: SignedInUser) => hasRole(user, ...INSTRUMENT_EDITORS),
};

export const answerPolicy = {
  /** Staff: the participant's answers and reminders are open to them. */
  see: (r: Relation) => participantPolicy.see(r, "assessments"),
  /** Staff: may start, record, fill, submit or discard answers and set reminders. */
  write: (r: Relation) => participantPolicy.edit(r),
  /** A draft may be filled, submitted and discarded; a submitted answer never changes. */
  changeable: (status: AnswerStatus) => status === "draft",
};

/** What a reader may do with one answer. */
export function answerCan(status: AnswerStatus, mayWrite: boolean) {
  const open = mayWrite && answerPolicy.changeable(status);
  return { edit: open, submit: open, discard: open };
}
