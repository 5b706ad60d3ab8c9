import type { Tx } from "../../db/client";
import { type EventKind, pathwayEvents } from "./schema";

export interface PathwayEvent {
  participantId: string;
  kind: EventKind;
  /** Which sharing scope sees it: basic, plan, assessments or notes. */
  scope: "basic" | "plan" | "assessments" | "notes";
  /** When it happened (a date is taken as midday in Finland, so that it sorts within its day). */
  at: string;
  refId?: string | null;
  /** Facts only (kinds, dates, statuses): never free text, never an identity code. */
  summary?: Record<string, string | number | boolean | null>;
  organisationId?: string | null;
  actorId?: string | null;
  sharedWithNetwork?: boolean;
  sharedWithParticipant?: boolean;
}

/** A calendar date as an instant for the timeline. */
export const atDate = (date: string) => `${date}T12:00:00+02:00`;

/** Appends to the participant's history (the timeline). Every service that changes a pathway calls it. */
export async function recordEvent(tx: Tx, event: PathwayEvent): Promise<void> {
  await tx.insert(pathwayEvents).values({
    participantId: event.participantId,
    kind: event.kind,
    scope: event.scope,
    at: event.at,
    refId: event.refId ?? null,
    summary: event.summary ?? {},
    organisationId: event.organisationId ?? null,
    actorId: event.actorId ?? null,
    sharedWithNetwork: event.sharedWithNetwork ?? true,
    sharedWithParticipant: event.sharedWithParticipant ?? true,
  });
}
