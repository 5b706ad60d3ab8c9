import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { ParticipantFunder } from "../../../../server/src/modules/funder/api";
import type {
  StepCheckResponse,
  StepCreate,
  StepList,
  StepResponse,
  StepUpdate,
} from "../../../../server/src/modules/pathway/api-steps";
import { api } from "../../app/api";
import { participantKeys } from "../participants/api";

/** Keys under the participant's key, so that a change to the participant refreshes these too. */
export const stepKeys = {
  list: (id: string) => [...participantKeys.one(id), "steps"] as const,
  check: (id: string, body: unknown) => [...participantKeys.one(id), "steps", "check", body] as const,
  funder: (id: string) => [...participantKeys.one(id), "funder"] as const,
  timeline: (id: string) => [...participantKeys.one(id), "timeline"] as const,
};

const base = (id: string) => `/api/participants/${encodeURIComponent(id)}`;

export function useSteps(participantId: string, enabled = true) {
  return useQuery({
    queryKey: stepKeys.list(participantId),
    queryFn: () => api.get<StepList>(`${base(participantId)}/steps`),
    enabled,
  });
}

/** After a change: the steps (their warnings depend on each other) and the timeline. */
function useRefresh(participantId: string) {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: stepKeys.list(participantId), exact: true }),
      queryClient.invalidateQueries({ queryKey: stepKeys.timeline(participantId) }),
    ]);
}

export function useAddStep(participantId: string) {
  const refresh = useRefresh(participantId);
  return useMutation({
    mutationFn: (body: StepCreate) => api.post<StepResponse>(`${base(participantId)}/steps`, body),
    onSuccess: refresh,
  });
}

export function useUpdateStep(participantId: string, stepId: string) {
  const refresh = useRefresh(participantId);
  return useMutation({
    mutationFn: (body: StepUpdate) =>
      api.patch<StepResponse>(`/api/steps/${encodeURIComponent(stepId)}`, body),
    onSuccess: refresh,
  });
}

/** The dry run of a draft: the warnings it would have. Runs when `body` is set (the form debounces it). */
export function useStepCheck(participantId: string, body: (StepCreate & { stepId?: string }) | null) {
  return useQuery({
    queryKey: stepKeys.check(participantId, body),
    queryFn: () => api.post<StepCheckResponse>(`${base(participantId)}/steps/check`, body),
    enabled: body !== null,
    placeholderData: keepPreviousData,
    staleTime: 30_000,
    retry: false,
  });
}

export function useFunder(participantId: string, enabled = true) {
  return useQuery({
    queryKey: stepKeys.funder(participantId),
    queryFn: () => api.get<ParticipantFunder>(`${base(participantId)}/funder`),
    enabled,
  });
}
