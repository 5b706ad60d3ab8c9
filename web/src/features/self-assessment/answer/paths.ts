// Where the answering pages live, and which API serves an answer: the participant's own (/api/me/…)
// or the coach's device (/api/self-assessments/…, mode with_coach).

/** Whose device the answer is filled on. */
export type AnswerScope = { kind: "me" } | { kind: "coach"; participantId: string };

const enc = encodeURIComponent;

export const MY_SELF_ASSESSMENT_PATH = "/me/self-assessment";
/** The participant's charts over time (helper D2's page). */
export const MY_HISTORY_PATH = "/me/self-assessment/history";

/** The answer flow's page for an answer. */
export function answerPath(scope: AnswerScope, answerId: string): string {
  return scope.kind === "me"
    ? `${MY_SELF_ASSESSMENT_PATH}/answer/${enc(answerId)}`
    : `/participants/${enc(scope.participantId)}/self-assessment/answer/${enc(answerId)}`;
}

/** Where the thank-you screen leads: the participant's history, or the participant's self-assessment tab. */
export function afterSubmitPath(scope: AnswerScope, instrumentId: string): string {
  return scope.kind === "me"
    ? `${MY_HISTORY_PATH}?instrumentId=${enc(instrumentId)}`
    : `/participants/${enc(scope.participantId)}/self-assessment`;
}

/** The API address of one answer in this scope. */
export function answerApi(scope: AnswerScope, answerId: string): string {
  return scope.kind === "me"
    ? `/api/me/self-assessments/${enc(answerId)}`
    : `/api/self-assessments/${enc(answerId)}`;
}
