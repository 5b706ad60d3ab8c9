import { and, asc, desc, eq, inArray, sql } from "drizzle-orm";
import type { Tx } from "../../db/client";
import type { SignedInUser } from "../../http/context";
import { conflict, fieldProblem, notFound, Problem } from "../../http/problem";
import { todayIso } from "../../lib/dates";
import { participantPolicy } from "../participants/policy";
import { users } from "../users/schema";
import type { GoalReview, GoalReviewCreate, Plan, PlanSave } from "./api-record";
import { atDate, recordEvent } from "./events";
import {
  authoringOrganisation,
  openRecord,
  type RecordSubject,
  requireEdit,
  requireScope,
} from "./record-access";
import { goalReviews, goals, plans } from "./schema";

export interface PlanResult {
  subject: RecordSubject;
  data: Plan | null;
  can: { edit: boolean };
}

/** The participant's plan with its goals and each goal's reviews, or null when there is none yet. */
async function loadPlan(tx: Tx, participantId: string): Promise<Plan | null> {
  const [row] = await tx
    .select({ p: plans, updatedByName: users.name })
    .from(plans)
    .leftJoin(users, eq(users.id, plans.updatedBy))
    .where(eq(plans.participantId, participantId));
  if (!row) return null;
  const goalRows = await tx
    .select()
    .from(goals)
    .where(eq(goals.planId, row.p.id))
    .orderBy(asc(goals.position), asc(goals.createdAt));
  const reviewRows =
    goalRows.length === 0
      ? []
      : await tx
          .select({ r: goalReviews, authorName: users.name })
          .from(goalReviews)
          .leftJoin(users, eq(users.id, goalReviews.authorId))
          .where(
            inArray(
              goalReviews.goalId,
              goalRows.map((g) => g.id),
            ),
          )
          .orderBy(desc(goalReviews.reviewedOn), desc(goalReviews.createdAt));
  const reviewsOf = new Map<string, GoalReview[]>();
  for (const { r, authorName } of reviewRows) {
    const list = reviewsOf.get(r.goalId) ?? [];
    list.push({
      id: r.id,
      reviewedOn: r.reviewedOn,
      status: r.status,
      note: r.note,
      authorName: authorName ?? null,
      createdAt: r.createdAt,
    });
    reviewsOf.set(r.goalId, list);
  }
  const p = row.p;
  return {
    id: p.id,
    participantId: p.participantId,
    summary: p.summary,
    agreedOn: p.agreedOn,
    nextReviewOn: p.nextReviewOn,
    updatedByName: row.updatedByName ?? null,
    version: p.version,
    updatedAt: p.updatedAt,
    goals: goalRows.map((g) => ({
      id: g.id,
      title: g.title,
      description: g.description,
      targetDate: g.targetDate,
      status: g.status,
      reviews: reviewsOf.get(g.id) ?? [],
    })),
  };
}

/** The plan as the user may see it (needs the 'plan' scope). */
export async function getPlan(tx: Tx, user: SignedInUser, participantId: string): Promise<PlanResult> {
  const subject = await openRecord(tx, user, participantId);
  requireScope(subject, "plan");
  return {
    subject,
    data: await loadPlan(tx, participantId),
    can: { edit: participantPolicy.edit(subject.relation) },
  };
}

/** The stale-version refusal, naming who saved the plan meanwhile when that is known. */
async function planConflict(tx: Tx, participantId: string): Promise<Problem> {
  const [row] = await tx
    .select({ name: users.name })
    .from(plans)
    .innerJoin(users, eq(users.id, plans.updatedBy))
    .where(eq(plans.participantId, participantId));
  return row ? new Problem(409, "plans.conflict", { name: row.name }) : conflict();
}

function validatePlan(input: PlanSave) {
  if (input.agreedOn && input.agreedOn > todayIso()) {
    throw fieldProblem(400, "plans.agreedOnFuture", "/agreedOn");
  }
  if (input.agreedOn && input.nextReviewOn && input.nextReviewOn < input.agreedOn) {
    throw fieldProblem(400, "plans.nextReviewBeforeAgreed", "/nextReviewOn");
  }
  const seen = new Set<string>();
  input.goals.forEach((g, i) => {
    if (g.title.trim() === "") throw fieldProblem(400, "plans.goalTitleRequired", `/goals/${i}/title`);
    if (g.id && seen.has(g.id)) throw fieldProblem(400, "plans.goalUnknown", `/goals/${i}/id`);
    if (g.id) seen.add(g.id);
  });
}

/**
 * Saves the plan whole with its goals under the plan's one version (0 creates it). The plan row is
 * written first, on its version: a concurrent save waits for its row lock and then finds the version
 * gone, so it is refused with 409 before it touches a goal. Goals left out of the list are deleted,
 * or set dropped when they have reviews (docs/decisions/013-plan-saved-whole.md).
 */
export async function savePlan(
  tx: Tx,
  user: SignedInUser,
  participantId: string,
  input: PlanSave,
): Promise<PlanResult> {
  const subject = await openRecord(tx, user, participantId);
  requireScope(subject, "plan");
  requireEdit(subject);
  validatePlan(input);
  const fields = {
    summary: input.summary.trim(),
    agreedOn: input.agreedOn,
    nextReviewOn: input.nextReviewOn,
    updatedBy: user.id,
  };
  const [row] =
    input.version === 0
      ? await tx
          .insert(plans)
          .values({ participantId, ...fields })
          .onConflictDoNothing()
          .returning({ id: plans.id, version: plans.version })
      : await tx
          .update(plans)
          .set({ ...fields, version: sql`${plans.version} + 1`, updatedAt: sql`now()` })
          .where(and(eq(plans.participantId, participantId), eq(plans.version, input.version)))
          .returning({ id: plans.id, version: plans.version });
  if (!row) throw await planConflict(tx, participantId);
  const planId = row.id;

  const existing = await tx.select({ id: goals.id }).from(goals).where(eq(goals.planId, planId));
  const reviewed = new Set(
    existing.length === 0
      ? []
      : (
          await tx
            .selectDistinct({ goalId: goalReviews.goalId })
            .from(goalReviews)
            .where(
              inArray(
                goalReviews.goalId,
                existing.map((g) => g.id),
              ),
            )
        ).map((r) => r.goalId),
  );
  const known = new Map(existing.map((g) => [g.id, g]));
  for (const [i, g] of input.goals.entries()) {
    if (g.id && !known.has(g.id)) throw fieldProblem(400, "plans.goalUnknown", `/goals/${i}/id`);
  }
  let position = 0;
  for (const g of input.goals) {
    const values = {
      title: g.title.trim(),
      description: g.description.trim(),
      targetDate: g.targetDate,
      status: g.status,
      position: position++,
    };
    if (g.id) {
      await tx
        .update(goals)
        .set({ ...values, updatedAt: sql`now()` })
        .where(eq(goals.id, g.id));
    } else {
      await tx.insert(goals).values({ planId, ...values });
    }
  }
  const kept = new Set(input.goals.flatMap((g) => (g.id ? [g.id] : [])));
  const removed = existing.filter((g) => !kept.has(g.id));
  const toDelete = removed.filter((g) => !reviewed.has(g.id)).map((g) => g.id);
  const toDrop = removed.filter((g) => reviewed.has(g.id)).map((g) => g.id);
  if (toDelete.length > 0) await tx.delete(goals).where(inArray(goals.id, toDelete));
  for (const id of toDrop) {
    await tx
      .update(goals)
      .set({ status: "dropped", position: position++, updatedAt: sql`now()` })
      .where(eq(goals.id, id));
  }

  const organisationId = await authoringOrganisation(tx, user, subject);
  await recordEvent(tx, {
    participantId,
    kind: "plan_saved",
    scope: "plan",
    at: new Date().toISOString(),
    refId: planId,
    summary: {
      created: input.version === 0,
      goals: input.goals.length,
      removed: toDelete.length,
      dropped: toDrop.length,
      agreedOn: input.agreedOn,
      nextReviewOn: input.nextReviewOn,
    },
    organisationId,
    actorId: user.id,
  });
  return { subject, data: await loadPlan(tx, participantId), can: { edit: true } };
}

/** Appends a review to a goal, sets the goal's status and bumps the plan's version. */
export async function reviewGoal(
  tx: Tx,
  user: SignedInUser,
  goalId: string,
  input: GoalReviewCreate,
): Promise<PlanResult> {
  const [goal] = await tx
    .select({ planId: goals.planId, participantId: plans.participantId, status: goals.status })
    .from(goals)
    .innerJoin(plans, eq(plans.id, goals.planId))
    .where(eq(goals.id, goalId));
  if (!goal) throw notFound();
  const subject = await openRecord(tx, user, goal.participantId);
  requireScope(subject, "plan");
  requireEdit(subject);
  if (input.reviewedOn > todayIso()) throw fieldProblem(400, "plans.reviewedOnFuture", "/reviewedOn");
  // The plan row first, as a save does: the two never wait for each other in opposite order.
  await tx
    .update(plans)
    .set({ version: sql`${plans.version} + 1`, updatedBy: user.id, updatedAt: sql`now()` })
    .where(eq(plans.id, goal.planId));
  await tx.insert(goalReviews).values({
    goalId,
    reviewedOn: input.reviewedOn,
    status: input.status,
    note: input.note.trim(),
    authorId: user.id,
  });
  await tx.update(goals).set({ status: input.status, updatedAt: sql`now()` }).where(eq(goals.id, goalId));
  const organisationId = await authoringOrganisation(tx, user, subject);
  await recordEvent(tx, {
    participantId: goal.participantId,
    kind: "goal_reviewed",
    scope: "plan",
    at: atDate(input.reviewedOn),
    refId: goalId,
    summary: { reviewedOn: input.reviewedOn, from: goal.status, status: input.status },
    organisationId,
    actorId: user.id,
  });
  return {
    subject,
    data: await loadPlan(tx, goal.participantId),
    can: { edit: participantPolicy.edit(subject.relation) },
  };
}
