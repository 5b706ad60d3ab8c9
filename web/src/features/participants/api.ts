import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type {
  ConsentCreate,
  ConsentList,
  ConsentResponse,
  ConsentWithdraw,
  DuplicateList,
  DuplicateQuery,
  ParticipantCreate,
  ParticipantList,
  ParticipantResponse,
  ParticipantUpdate,
} from "../../../../server/src/modules/participants/api";
import { api } from "../../app/api";

/**
 * Query keys of the participants' data. Other features invalidate `participantKeys.one(id)` after a change
 * that alters what the participant page shows (e.g. the relation after an enrolment).
 */
export const participantKeys = {
  all: ["participants"] as const,
  search: (q: string) => ["participants", "search", q] as const,
  one: (id: string) => ["participants", "one", id] as const,
  consents: (id: string) => ["participants", "one", id, "consents"] as const,
};

const participantPath = (id: string) => `/api/participants/${encodeURIComponent(id)}`;

/** Searches when the text is long enough (the server wants two characters). */
export function useParticipantSearch(q: string) {
  const query = q.trim();
  return useQuery({
    queryKey: participantKeys.search(query),
    queryFn: () => api.get<ParticipantList>("/api/participants", { q: query }),
    enabled: query.length >= 2,
    placeholderData: (previous) => previous,
  });
}

export function useParticipantRecord(id: string) {
  return useQuery({
    queryKey: participantKeys.one(id),
    queryFn: () => api.get<ParticipantResponse>(participantPath(id)),
  });
}

export function useDuplicateCheck() {
  return useMutation({
    mutationFn: (body: DuplicateQuery) => api.post<DuplicateList>("/api/participants/duplicates", body),
  });
}

export function useRegisterParticipant() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ParticipantCreate) => api.post<ParticipantResponse>("/api/participants", body),
    onSuccess: (response) => {
      queryClient.setQueryData(participantKeys.one(response.data.id), response);
      void queryClient.invalidateQueries({ queryKey: ["participants", "search"] });
    },
  });
}

export function useUpdateParticipant(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ParticipantUpdate) => api.patch<ParticipantResponse>(participantPath(id), body),
    onSuccess: (response) => {
      queryClient.setQueryData(participantKeys.one(id), response);
      void queryClient.invalidateQueries({ queryKey: ["participants", "search"] });
    },
  });
}

export function useConsents(participantId: string) {
  return useQuery({
    queryKey: participantKeys.consents(participantId),
    queryFn: () => api.get<ConsentList>(`${participantPath(participantId)}/consents`),
  });
}

export function useConsentMutations(participantId: string) {
  const queryClient = useQueryClient();
  // Everything under the participant's key: consents, and whatever else shows them (e.g. the timeline).
  const refresh = () => queryClient.invalidateQueries({ queryKey: participantKeys.one(participantId) });
  const give = useMutation({
    mutationFn: (body: ConsentCreate) =>
      api.post<ConsentResponse>(`${participantPath(participantId)}/consents`, body),
    onSuccess: refresh,
  });
  const withdraw = useMutation({
    mutationFn: ({ consentId, body }: { consentId: string; body: ConsentWithdraw }) =>
      api.post<ConsentResponse>(
        `${participantPath(participantId)}/consents/${encodeURIComponent(consentId)}/withdraw`,
        body,
      ),
    onSuccess: refresh,
  });
  return { give, withdraw };
}
