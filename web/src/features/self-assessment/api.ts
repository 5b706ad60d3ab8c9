import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type {
  DraftPublish,
  DraftSave,
  HistoryResponse,
  InstrumentCreate,
  InstrumentList,
  InstrumentResponse,
  InstrumentUpdate,
  ParticipantSelfAssessments,
  ReminderList,
  ReminderResponse,
  ReminderSave,
  SelfAssessmentResponse,
  StaffStart,
} from "../../../../server/src/modules/self-assessment/api";
import { api } from "../../app/api";
import { participantKeys } from "../participants/api";

// Hooks of the self-assessment routes that the charts, the participant page's tab and the instrument
// pages use. The participant's own answering (and its routes) is in answer/api.ts.

const enc = encodeURIComponent;

/** Participant data under the participant's key, so that a change to the participant refreshes these too. */
export const selfAssessmentKeys = {
  list: (id: string) => [...participantKeys.one(id), "self-assessments"] as const,
  history: (id: string, instrumentId: string | null) =>
    [...participantKeys.one(id), "self-assessments", "history", instrumentId ?? "default"] as const,
  reminders: (id: string) => [...participantKeys.one(id), "self-assessment-reminders"] as const,
  myHistory: (instrumentId: string | null) =>
    ["me", "self-assessments", "history", instrumentId ?? "default"] as const,
  instruments: ["instruments"] as const,
  instrument: (id: string) => ["instruments", id] as const,
};

const participantBase = (id: string) => `/api/participants/${enc(id)}`;

// --- A participant's answers, as staff see them ---

export function useParticipantSelfAssessments(participantId: string, enabled = true) {
  return useQuery({
    queryKey: selfAssessmentKeys.list(participantId),
    queryFn: () => api.get<ParticipantSelfAssessments>(`${participantBase(participantId)}/self-assessments`),
    enabled,
  });
}

export function useParticipantHistory(participantId: string, instrumentId: string | null, enabled = true) {
  return useQuery({
    queryKey: selfAssessmentKeys.history(participantId, instrumentId),
    queryFn: () =>
      api.get<HistoryResponse>(`${participantBase(participantId)}/self-assessments/history`, {
        instrumentId: instrumentId ?? undefined,
      }),
    enabled,
  });
}

/** The participant's own history (role participant). */
export function useMyHistory(instrumentId: string | null) {
  return useQuery({
    queryKey: selfAssessmentKeys.myHistory(instrumentId),
    queryFn: () =>
      api.get<HistoryResponse>("/api/me/self-assessments/history", {
        instrumentId: instrumentId ?? undefined,
      }),
  });
}

/** After an answer is started or recorded: the list, the history and the reminders (whose due date moves). */
function useRefreshParticipant(participantId: string) {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: selfAssessmentKeys.list(participantId) }),
      queryClient.invalidateQueries({ queryKey: selfAssessmentKeys.reminders(participantId) }),
      queryClient.invalidateQueries({ queryKey: ["caseload"] }),
    ]);
}

/** Starts an answer with the participant (with_coach: a draft) or records external scores (submitted). */
export function useStartSelfAssessment(participantId: string) {
  const refresh = useRefreshParticipant(participantId);
  return useMutation({
    mutationFn: (body: StaffStart) =>
      api.post<SelfAssessmentResponse>(`${participantBase(participantId)}/self-assessments`, body),
    onSuccess: refresh,
  });
}

// --- Reminders ---

export function useReminders(participantId: string, enabled = true) {
  return useQuery({
    queryKey: selfAssessmentKeys.reminders(participantId),
    queryFn: () => api.get<ReminderList>(`${participantBase(participantId)}/self-assessment-reminders`),
    enabled,
  });
}

export function useReminderMutations(participantId: string) {
  const queryClient = useQueryClient();
  const refresh = () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: selfAssessmentKeys.reminders(participantId) }),
      queryClient.invalidateQueries({ queryKey: ["caseload"] }),
    ]);
  const path = (instrumentId: string) =>
    `${participantBase(participantId)}/self-assessment-reminders/${enc(instrumentId)}`;
  return {
    save: useMutation({
      mutationFn: ({ instrumentId, body }: { instrumentId: string; body: ReminderSave }) =>
        api.put<ReminderResponse>(path(instrumentId), body),
      onSuccess: refresh,
    }),
    remove: useMutation({
      mutationFn: (instrumentId: string) => api.delete<void>(path(instrumentId)),
      onSuccess: refresh,
    }),
  };
}

// --- Instruments ---

export function useInstruments(enabled = true) {
  return useQuery({
    queryKey: selfAssessmentKeys.instruments,
    queryFn: () => api.get<InstrumentList>("/api/instruments"),
    enabled,
  });
}

export function useInstrument(id: string) {
  return useQuery({
    queryKey: selfAssessmentKeys.instrument(id),
    queryFn: () => api.get<InstrumentResponse>(`/api/instruments/${enc(id)}`),
  });
}

export function useCreateInstrument() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: InstrumentCreate) => api.post<InstrumentResponse>("/api/instruments", body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: selfAssessmentKeys.instruments, exact: true }),
  });
}

/** Changes of one instrument; each success puts the returned instrument in the cache. */
export function useInstrumentMutations(id: string) {
  const queryClient = useQueryClient();
  const base = `/api/instruments/${enc(id)}`;
  const done = async (response: InstrumentResponse | undefined) => {
    if (response) queryClient.setQueryData(selfAssessmentKeys.instrument(id), response);
    await queryClient.invalidateQueries({ queryKey: selfAssessmentKeys.instruments });
  };
  return {
    update: useMutation({
      mutationFn: (body: InstrumentUpdate) => api.patch<InstrumentResponse>(base, body),
      onSuccess: done,
    }),
    createDraft: useMutation({
      mutationFn: () => api.post<InstrumentResponse>(`${base}/draft`),
      onSuccess: done,
    }),
    saveDraft: useMutation({
      mutationFn: (body: DraftSave) => api.put<InstrumentResponse>(`${base}/draft`, body),
      onSuccess: done,
    }),
    discardDraft: useMutation({
      mutationFn: () => api.delete<InstrumentResponse | undefined>(`${base}/draft`),
      onSuccess: done,
    }),
    publish: useMutation({
      mutationFn: (body: DraftPublish) => api.post<InstrumentResponse>(`${base}/draft/publish`, body),
      onSuccess: done,
    }),
  };
}
