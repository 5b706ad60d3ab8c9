import { expect } from "vitest";
import type { ParticipantCreate, ParticipantResponse } from "../src/modules/participants/api";
import { identityCodeFor as codeFor } from "../src/modules/participants/identity-code";
import { call, type Session, type TestApp, unique } from "./app";

/** A valid identity code for a birth date (individual number chosen at random), for tests. */
export const identityCodeFor = (birthDate: string, individual = 2 + Math.floor(Math.random() * 897)) =>
  codeFor(birthDate, individual);

/** Registers a participant through the API as the given coach; returns the response body. */
export async function buildParticipant(
  t: TestApp,
  coach: Session,
  overrides: Partial<ParticipantCreate> = {},
): Promise<ParticipantResponse> {
  const res = await call(t, coach, "POST", "/api/participants", {
    firstName: "Testi",
    lastName: `Osallistuja-${unique()}`,
    birthDate: "1990-04-12",
    municipality: "Kuusijärvi",
    ...overrides,
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}

/** Records a consent through the API; returns its id. */
export async function giveSharingConsent(
  t: TestApp,
  coach: Session,
  participantId: string,
  organisationId: string,
  scopes: ("basic" | "plan" | "assessments" | "notes")[] = ["basic", "plan", "assessments", "notes"],
): Promise<{ id: string; version: number }> {
  const res = await call(t, coach, "POST", `/api/participants/${participantId}/consents`, {
    purpose: "sharing",
    organisationId,
    scopes,
    givenOn: "2026-01-15",
    method: "signed_paper",
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().data;
}
