import { and, asc, desc, eq, inArray } from "drizzle-orm";
import type { Tx } from "../../db/client";
import type { SignedInUser } from "../../http/context";
import { Problem } from "../../http/problem";
import type { Language } from "../access/roles";
import { organisations } from "../organisations/schema";
import { participants } from "../participants/schema";
import { contacts, enrolments, goalReviews, goals, plans, stageChanges, steps } from "../pathway/schema";
import { projects } from "../projects/schema";
import { users } from "../users/schema";
import type { MyEnrolment, MyMessage, MyPathway, MyPlan, MyStage, MyStep } from "./api";

// The participant's own view of the pathway capability. It reads the same tables as the staff-side
// services of the participants and pathway modules, but answers a different question ("what is there
// about me") under a different rule: the participant sees their own record whole, except the working
// notes that staff have not shared with them. Reads only: nothing here changes a pathway.

export type OwnParticipant = typeof participants.$inferSelect & { organisationName: string };

/**
 * The participant record linked to the signed-in user (participants.user_id), or 404 with a message
 * that says their pathway has not been opened yet.
 */
export async function findMe(tx: Tx, user: SignedInUser): Promise<OwnParticipant> {
  const [row] = await tx
    .select({ p: participants, organisationName: organisations.name })
    .from(participants)
    .innerJoin(organisations, eq(organisations.id, participants.organisationId))
    .where(eq(participants.userId, user.id))
    .limit(1);
  if (!row) throw new Problem(404, "selfService.notOpened");
  return { ...row.p, organisationName: row.organisationName };
}

/** The participant's preferred language as Polku stores it, checked. */
export const languageOf = (p: OwnParticipant): Language =>
  p.preferredLanguage === "sv" || p.preferredLanguage === "en" ? p.preferredLanguage : "fi";

/** A timestamp as ISO 8601, whichever driver read it. */
export const iso = (value: string) => new Date(value).toISOString();
const num = (value: string | null) => (value === null ? null : Number(value));
const firstNameOf = (name: string) => name.trim().split(/\s+/)[0] ?? name;

/** Enrolments in projects, newest entry first, with the personal coach's name. */
export async function myEnrolments(tx: Tx, participantId: string): Promise<MyEnrolment[]> {
  const rows = await tx
    .select({ e: enrolments, projectName: projects.name, coachName: users.name })
    .from(enrolments)
    .innerJoin(projects, eq(projects.id, enrolments.projectId))
    .innerJoin(users, eq(users.id, enrolments.coachId))
    .where(eq(enrolments.participantId, participantId))
    .orderBy(desc(enrolments.entryDate));
  return rows.map(({ e, projectName, coachName }) => ({
    id: e.id,
    projectName,
    coachName,
    entryDate: e.entryDate,
    exitDate: e.exitDate,
    outcome: e.outcome,
  }));
}

/** The plan with its goals (in their order) and each goal's reviews (oldest first), or null. */
export async function myPlan(tx: Tx, participantId: string): Promise<MyPlan | null> {
  const [plan] = await tx.select().from(plans).where(eq(plans.participantId, participantId));
  if (!plan) return null;
  const goalRows = await tx
    .select()
    .from(goals)
    .where(eq(goals.planId, plan.id))
    .orderBy(asc(goals.position), asc(goals.createdAt));
  const reviewRows =
    goalRows.length === 0
      ? []
      : await tx
          .select()
          .from(goalReviews)
          .where(
            inArray(
              goalReviews.goalId,
              goalRows.map((g) => g.id),
            ),
          )
          .orderBy(asc(goalReviews.reviewedOn), asc(goalReviews.createdAt));
  return {
    summary: plan.summary,
    agreedOn: plan.agreedOn,
    nextReviewOn: plan.nextReviewOn,
    goals: goalRows.map((g) => ({
      id: g.id,
      title: g.title,
      description: g.description,
      targetDate: g.targetDate,
      status: g.status,
      reviews: reviewRows
        .filter((r) => r.goalId === g.id)
        .map((r) => ({ reviewedOn: r.reviewedOn, status: r.status, note: r.note })),
    })),
  };
}

/** Pathway steps in date order, with the provider by name. */
export async function mySteps(tx: Tx, participantId: string): Promise<MyStep[]> {
  const rows = await tx
    .select({ s: steps, providerOrganisation: organisations.name })
    .from(steps)
    .leftJoin(organisations, eq(organisations.id, steps.providerOrganisationId))
    .where(eq(steps.participantId, participantId))
    .orderBy(asc(steps.startsOn), asc(steps.createdAt));
  return rows.map(({ s, providerOrganisation }) => ({
    id: s.id,
    kind: s.kind,
    title: s.title,
    provider: providerOrganisation ?? s.providerName,
    startsOn: s.startsOn,
    endsOn: s.endsOn,
    daysPerWeek: num(s.daysPerWeek),
    hoursPerDay: num(s.hoursPerDay),
    status: s.status,
    interruptionReason: s.interruptionReason,
  }));
}

/** Stage history, newest first (the first is the current stage). */
export async function myStages(tx: Tx, participantId: string): Promise<MyStage[]> {
  const rows = await tx
    .select({ stage: stageChanges.stage, changedOn: stageChanges.changedOn })
    .from(stageChanges)
    .where(eq(stageChanges.participantId, participantId))
    .orderBy(desc(stageChanges.changedOn), desc(stageChanges.createdAt));
  return rows;
}

/**
 * Meetings and notes whose author shared them with the participant, newest first. Notes not shared
 * with them are the organisations' working notes and never reach this view.
 */
export async function myMessages(tx: Tx, participantId: string): Promise<MyMessage[]> {
  const rows = await tx
    .select({ c: contacts, authorName: users.name, organisationName: organisations.name })
    .from(contacts)
    .innerJoin(users, eq(users.id, contacts.authorId))
    .innerJoin(organisations, eq(organisations.id, contacts.organisationId))
    .where(and(eq(contacts.participantId, participantId), eq(contacts.sharedWithParticipant, true)))
    .orderBy(desc(contacts.happenedAt), desc(contacts.createdAt));
  return rows.map(({ c, authorName, organisationName }) => ({
    id: c.id,
    kind: c.kind,
    happenedAt: iso(c.happenedAt),
    note: c.note,
    authorFirstName: firstNameOf(authorName),
    organisationName,
  }));
}

/** The participant's own pathway: basic data, enrolments, plan, steps, stages and shared messages. */
export async function myPathway(tx: Tx, me: OwnParticipant): Promise<MyPathway> {
  // One after another: the queries share the transaction's connection anyway.
  const enrolmentList = await myEnrolments(tx, me.id);
  const plan = await myPlan(tx, me.id);
  const stepList = await mySteps(tx, me.id);
  const stages = await myStages(tx, me.id);
  const messages = await myMessages(tx, me.id);
  return {
    participant: {
      id: me.id,
      firstName: me.firstName,
      lastName: me.lastName,
      phone: me.phone,
      email: me.email,
      address: me.address,
      postalCode: me.postalCode,
      municipality: me.municipality,
      village: me.village,
      preferredLanguage: languageOf(me),
      organisationName: me.organisationName,
    },
    enrolments: enrolmentList,
    plan,
    steps: stepList,
    currentStage: stages[0]?.stage ?? null,
    stages,
    messages,
  };
}
