import { and, asc, desc, eq, isNull, sql } from "drizzle-orm";
import type { Tx } from "../../db/client";
import type { SignedInUser } from "../../http/context";
import { conflict, fieldProblem, forbidden, notFound, Problem } from "../../http/problem";
import { addMonthsIso, todayIso } from "../../lib/dates";
import { validateEntryData, validateExitData, validateFollowUpData } from "../funder/service";
import { notifications } from "../notifications/schema";
import { participantPolicy, type Relation } from "../participants/policy";
import { participants } from "../participants/schema";
import { requireRelation } from "../participants/service";
import { type ProgrammePeriod, projects } from "../projects/schema";
import { memberships, users } from "../users/schema";
import type {
  CoachOption,
  Enrolment,
  EnrolmentCoachChange,
  EnrolmentCreate,
  EnrolmentExit,
  EnrolmentFollowUp,
  FollowUpState,
} from "./api-enrolments";
import { atDate, recordEvent } from "./events";
import { enrolments } from "./schema";

/** The participant an enrolment belongs to, as far as the access log and events need them. */
export interface EnrolmentSubject {
  relation: Relation;
  participant: { id: string; firstName: string; lastName: string; organisationId: string };
}

async function subjectOf(tx: Tx, user: SignedInUser, participantId: string): Promise<EnrolmentSubject> {
  const relation = await requireRelation(tx, user, participantId);
  const [participant] = await tx
    .select({
      id: participants.id,
      firstName: participants.firstName,
      lastName: participants.lastName,
      organisationId: participants.organisationId,
    })
    .from(participants)
    .where(eq(participants.id, participantId));
  if (!participant) throw notFound();
  return { relation, participant };
}

export function followUpState(
  e: { exitDate: string | null; followUpDue: string | null; followUpOn: string | null },
  today: string,
): FollowUpState {
  if (!e.exitDate) return "not_exited";
  if (e.followUpOn) return "recorded";
  return e.followUpDue && e.followUpDue <= today ? "due" : "scheduled";
}

/** The coaches who may be named personal coach: active coaches of the keeping organisation. */
export async function assignableCoaches(tx: Tx, organisationId: string): Promise<CoachOption[]> {
  return tx
    .selectDistinct({ id: users.id, name: users.name })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(
      and(
        eq(memberships.organisationId, organisationId),
        eq(memberships.role, "coach"),
        eq(users.status, "active"),
      ),
    )
    .orderBy(asc(users.name), asc(users.id));
}

/** The calling coach may always be coach; another person only as an active coach of the keeping organisation. */
async function assertCoach(tx: Tx, user: SignedInUser, coachId: string, organisationId: string) {
  if (coachId === user.id) return;
  const coaches = await assignableCoaches(tx, organisationId);
  if (!coaches.some((c) => c.id === coachId)) {
    throw fieldProblem(400, "enrolments.coachNotInOrganisation", "/coachId");
  }
}

/** A participant's enrolments, newest first, as the user may see them. */
export async function listEnrolments(
  tx: Tx,
  user: SignedInUser,
  participantId: string,
): Promise<{ subject: EnrolmentSubject; data: Enrolment[]; coaches: CoachOption[]; canEnrol: boolean }> {
  const subject = await subjectOf(tx, user, participantId);
  const rows = await selectEnrolments(tx)
    .where(eq(enrolments.participantId, participantId))
    .orderBy(desc(enrolments.entryDate), desc(enrolments.createdAt));
  const canEnrol = participantPolicy.edit(subject.relation);
  const today = todayIso();
  return {
    subject,
    data: rows.map((r) => present(r, subject.relation, today)),
    coaches: canEnrol ? await assignableCoaches(tx, subject.participant.organisationId) : [],
    canEnrol,
  };
}

const selectEnrolments = (tx: Tx) =>
  tx
    .select({
      e: enrolments,
      projectName: projects.name,
      programmePeriod: projects.programmePeriod,
      coachName: users.name,
    })
    .from(enrolments)
    .innerJoin(projects, eq(projects.id, enrolments.projectId))
    .innerJoin(users, eq(users.id, enrolments.coachId))
    .$dynamic();

type EnrolmentRow = Awaited<ReturnType<ReturnType<typeof selectEnrolments>["execute"]>>[number];

function present(r: EnrolmentRow, relation: Relation, today: string): Enrolment {
  const e = r.e;
  // The funder's data stay with the keeping side, like the participant's own entry data.
  const keeper = relation.kind === "keeper";
  const edit = participantPolicy.edit(relation);
  return {
    id: e.id,
    participantId: e.participantId,
    projectId: e.projectId,
    projectName: r.projectName,
    programmePeriod: r.programmePeriod,
    coachId: e.coachId,
    coachName: r.coachName,
    entryDate: e.entryDate,
    entryData: keeper ? e.entryData : null,
    exitDate: e.exitDate,
    outcome: e.outcome,
    exitData: keeper ? e.exitData : null,
    followUpDue: e.followUpDue,
    followUpOn: e.followUpOn,
    followUpData: keeper ? e.followUpData : null,
    followUpState: followUpState(e, today),
    version: e.version,
    can: {
      changeCoach: edit,
      exit: edit && e.exitDate === null,
      recordFollowUp: edit && e.exitDate !== null,
    },
  };
}

async function getEnrolment(tx: Tx, relation: Relation, id: string): Promise<Enrolment> {
  const [row] = await selectEnrolments(tx).where(eq(enrolments.id, id));
  if (!row) throw notFound();
  return present(row, relation, todayIso());
}

/** Enrols a participant in a project, copying the funder's entry data as it stands today. */
export async function enrol(
  tx: Tx,
  user: SignedInUser,
  participantId: string,
  input: EnrolmentCreate,
): Promise<{ subject: EnrolmentSubject; data: Enrolment }> {
  const subject = await subjectOf(tx, user, participantId);
  if (!participantPolicy.edit(subject.relation)) throw forbidden();
  const [project] = await tx
    .select({
      id: projects.id,
      startsOn: projects.startsOn,
      endsOn: projects.endsOn,
      programmePeriod: projects.programmePeriod,
    })
    .from(projects)
    .where(eq(projects.id, input.projectId));
  if (!project) throw fieldProblem(400, "enrolments.projectNotFound", "/projectId");
  // The entry data is copied into the enrolment: it must be what this project's programme period accepts.
  const [person] = await tx
    .select({ entryData: participants.entryData })
    .from(participants)
    .where(eq(participants.id, participantId));
  await validateEntryData(tx, project.programmePeriod, person?.entryData ?? {});
  if (input.entryDate < project.startsOn) {
    throw fieldProblem(400, "enrolments.entryBeforeProject", "/entryDate", { date: project.startsOn });
  }
  if (project.endsOn && input.entryDate > project.endsOn) {
    throw fieldProblem(400, "enrolments.entryAfterProject", "/entryDate", { date: project.endsOn });
  }
  const coachId = input.coachId ?? user.id;
  await assertCoach(tx, user, coachId, subject.participant.organisationId);
  const [open] = await tx
    .select({ id: enrolments.id })
    .from(enrolments)
    .where(
      and(
        eq(enrolments.participantId, participantId),
        eq(enrolments.projectId, input.projectId),
        isNull(enrolments.exitDate),
      ),
    );
  if (open) throw new Problem(409, "enrolments.alreadyOpen");
  let id: string;
  try {
    const [row] = await tx
      .insert(enrolments)
      .values({
        participantId,
        projectId: input.projectId,
        coachId,
        entryDate: input.entryDate,
        entryData: sql`(select p.entry_data from participants p where p.id = ${participantId})`,
      })
      .returning({ id: enrolments.id });
    if (!row) throw new Error("insert returned nothing");
    id = row.id;
  } catch (err) {
    // Two coaches enrolling the same person at once: the second meets the unique index.
    const cause = (err as { cause?: { code?: string; constraint?: string } }).cause;
    if (cause?.code === "23505" && cause.constraint === "enrolments_open_key") {
      throw new Problem(409, "enrolments.alreadyOpen");
    }
    throw err;
  }
  await recordEvent(tx, {
    participantId,
    kind: "enrolled",
    scope: "basic",
    at: atDate(input.entryDate),
    refId: id,
    summary: { projectId: input.projectId, entryDate: input.entryDate },
    organisationId: subject.participant.organisationId,
    actorId: user.id,
  });
  return { subject, data: await getEnrolment(tx, subject.relation, id) };
}

/** The enrolment and the user's relation to its participant; 404 when either is out of reach. */
/** The programme period whose indicator definitions the project's funder data follows. */
async function periodOf(tx: Tx, projectId: string): Promise<ProgrammePeriod> {
  const [row] = await tx
    .select({ period: projects.programmePeriod })
    .from(projects)
    .where(eq(projects.id, projectId));
  if (!row) throw notFound();
  return row.period;
}

async function openEnrolment(tx: Tx, user: SignedInUser, id: string) {
  const [current] = await tx.select().from(enrolments).where(eq(enrolments.id, id));
  if (!current) throw notFound();
  const subject = await subjectOf(tx, user, current.participantId);
  if (!participantPolicy.edit(subject.relation)) throw forbidden();
  return { current, subject };
}

/** Version-checked update of one enrolment; 409 when someone else saved first. */
async function update(tx: Tx, id: string, version: number, set: Partial<typeof enrolments.$inferInsert>) {
  const [row] = await tx
    .update(enrolments)
    .set({ ...set, version: sql`${enrolments.version} + 1`, updatedAt: sql`now()` })
    .where(and(eq(enrolments.id, id), eq(enrolments.version, version)))
    .returning({ id: enrolments.id });
  if (!row) throw conflict();
}

/** Names another personal coach. The old coach's unread reminder about it goes; the new one gets theirs. */
export async function changeCoach(
  tx: Tx,
  user: SignedInUser,
  id: string,
  input: EnrolmentCoachChange,
): Promise<{ subject: EnrolmentSubject; data: Enrolment }> {
  const { current, subject } = await openEnrolment(tx, user, id);
  await assertCoach(tx, user, input.coachId, subject.participant.organisationId);
  await update(tx, id, input.version, { coachId: input.coachId });
  if (current.coachId !== input.coachId) {
    await tx
      .delete(notifications)
      .where(
        and(
          eq(notifications.subjectId, id),
          eq(notifications.userId, current.coachId),
          isNull(notifications.readAt),
        ),
      );
    await recordEvent(tx, {
      participantId: current.participantId,
      kind: "coach_changed",
      scope: "basic",
      at: new Date().toISOString(),
      refId: id,
      summary: { projectId: current.projectId, coachId: input.coachId },
      organisationId: subject.participant.organisationId,
      actorId: user.id,
    });
  }
  return { subject, data: await getEnrolment(tx, subject.relation, id) };
}

/** Ends the participation; the six-month follow-up falls due six calendar months after the exit. */
export async function exitEnrolment(
  tx: Tx,
  user: SignedInUser,
  id: string,
  input: EnrolmentExit,
): Promise<{ subject: EnrolmentSubject; data: Enrolment }> {
  const { current, subject } = await openEnrolment(tx, user, id);
  if (current.exitDate) throw new Problem(409, "enrolments.alreadyExited", { date: current.exitDate });
  if (input.exitDate < current.entryDate) {
    throw fieldProblem(400, "enrolments.exitBeforeEntry", "/exitDate", { date: current.entryDate });
  }
  if (input.exitDate > todayIso()) throw fieldProblem(400, "enrolments.exitFuture", "/exitDate");
  await validateExitData(tx, await periodOf(tx, current.projectId), input.exitData);
  await update(tx, id, input.version, {
    exitDate: input.exitDate,
    outcome: input.outcome,
    exitData: input.exitData,
    followUpDue: addMonthsIso(input.exitDate, 6),
  });
  await recordEvent(tx, {
    participantId: current.participantId,
    kind: "exited",
    scope: "basic",
    at: atDate(input.exitDate),
    refId: id,
    summary: { outcome: input.outcome, projectId: current.projectId },
    organisationId: subject.participant.organisationId,
    actorId: user.id,
  });
  return { subject, data: await getEnrolment(tx, subject.relation, id) };
}

/** Records (or corrects) the six-month follow-up; the reminders about it are marked read. */
export async function recordFollowUp(
  tx: Tx,
  user: SignedInUser,
  id: string,
  input: EnrolmentFollowUp,
): Promise<{ subject: EnrolmentSubject; data: Enrolment }> {
  const { current, subject } = await openEnrolment(tx, user, id);
  if (!current.exitDate) throw new Problem(409, "followUp.notExited");
  if (input.followUpOn < current.exitDate) {
    throw fieldProblem(400, "followUp.beforeExit", "/followUpOn", { date: current.exitDate });
  }
  if (input.followUpOn > todayIso()) throw fieldProblem(400, "followUp.future", "/followUpOn");
  await validateFollowUpData(tx, await periodOf(tx, current.projectId), input.followUpData);
  await update(tx, id, input.version, { followUpOn: input.followUpOn, followUpData: input.followUpData });
  await tx
    .update(notifications)
    .set({ readAt: sql`now()` })
    .where(and(eq(notifications.subjectId, id), isNull(notifications.readAt)));
  await recordEvent(tx, {
    participantId: current.participantId,
    kind: "follow_up",
    scope: "basic",
    at: atDate(input.followUpOn),
    refId: id,
    summary: { projectId: current.projectId },
    organisationId: subject.participant.organisationId,
    actorId: user.id,
  });
  return { subject, data: await getEnrolment(tx, subject.relation, id) };
}
