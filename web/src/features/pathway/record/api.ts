import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type {
  AssessmentCreate,
  AssessmentList,
  AssessmentResponse,
  AssessmentUpdate,
  ContactCreate,
  ContactList,
  ContactResponse,
  GoalReviewCreate,
  PlanResponse,
  PlanSave,
  StageChangeCreate,
  StageHistory,
  Timeline,
} from "../../../../../server/src/modules/pathway/api-record";
import { api } from "../../../app/api";
import { participantKeys } from "../../participants/api";

/** Keys under the participant's key, so that a change to the participant refreshes these too. */
export const recordKeys = {
  assessments: (id: string) => [...participantKeys.one(id), "assessments"] as const,
  plan: (id: string) => [...participantKeys.one(id), "plan"] as const,
  stages: (id: string) => [...participantKeys.one(id), "stages"] as const,
  contacts: (id: string) => [...participantKeys.one(id), "contacts"] as const,
  timeline: (id: string) => [...participantKeys.one(id), "timeline"] as const,
};

const base = (id: string) => `/api/participants/${encodeURIComponent(id)}`;
const PAGE_SIZE = "50";

/** After a change: the section's own data and the timeline, which shows every change. */
function useRefresh(participantId: string, key: readonly unknown[]) {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: key }),
      queryClient.invalidateQueries({ queryKey: recordKeys.timeline(participantId) }),
    ]);
}

export function useAssessments(participantId: string, enabled = true) {
  return useQuery({
    queryKey: recordKeys.assessments(participantId),
    queryFn: () => api.get<AssessmentList>(`${base(participantId)}/assessments`),
    enabled,
  });
}

export function useSaveAssessment(participantId: string) {
  const refresh = useRefresh(participantId, recordKeys.assessments(participantId));
  return useMutation({
    mutationFn: (body: { id: string; update: AssessmentUpdate } | { id: null; create: AssessmentCreate }) =>
      body.id === null
        ? api.post<AssessmentResponse>(`${base(participantId)}/assessments`, body.create)
        : api.put<AssessmentResponse>(`/api/assessments/${encodeURIComponent(body.id)}`, body.update),
    onSuccess: refresh,
  });
}

export function usePlan(participantId: string, enabled = true) {
  return useQuery({
    queryKey: recordKeys.plan(participantId),
    queryFn: () => api.get<PlanResponse>(`${base(participantId)}/plan`),
    enabled,
  });
}

export function useSavePlan(participantId: string) {
  const queryClient = useQueryClient();
  const refresh = useRefresh(participantId, recordKeys.plan(participantId));
  return useMutation({
    mutationFn: (body: PlanSave) => api.put<PlanResponse>(`${base(participantId)}/plan`, body),
    onSuccess: (response) => {
      queryClient.setQueryData(recordKeys.plan(participantId), response);
      return refresh();
    },
  });
}

export function useReviewGoal(participantId: string) {
  const queryClient = useQueryClient();
  const refresh = useRefresh(participantId, recordKeys.plan(participantId));
  return useMutation({
    mutationFn: ({ goalId, body }: { goalId: string; body: GoalReviewCreate }) =>
      api.post<PlanResponse>(`/api/goals/${encodeURIComponent(goalId)}/reviews`, body),
    onSuccess: (response) => {
      queryClient.setQueryData(recordKeys.plan(participantId), response);
      return refresh();
    },
  });
}

export function useStages(participantId: string, enabled = true) {
  return useQuery({
    queryKey: recordKeys.stages(participantId),
    queryFn: () => api.get<StageHistory>(`${base(participantId)}/stages`),
    enabled,
  });
}

export function useChangeStage(participantId: string) {
  const queryClient = useQueryClient();
  const refresh = useRefresh(participantId, recordKeys.stages(participantId));
  return useMutation({
    mutationFn: (body: StageChangeCreate) => api.post<StageHistory>(`${base(participantId)}/stages`, body),
    onSuccess: (response) => {
      queryClient.setQueryData(recordKeys.stages(participantId), response);
      // The participant lists show the current stage.
      void queryClient.invalidateQueries({ queryKey: ["participants", "search"] });
      return refresh();
    },
  });
}

export function useContacts(participantId: string) {
  return useInfiniteQuery({
    queryKey: recordKeys.contacts(participantId),
    queryFn: ({ pageParam }) =>
      api.get<ContactList>(`${base(participantId)}/contacts`, { before: pageParam, limit: PAGE_SIZE }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

export function useAddContact(participantId: string) {
  const refresh = useRefresh(participantId, recordKeys.contacts(participantId));
  return useMutation({
    mutationFn: (body: ContactCreate) => api.post<ContactResponse>(`${base(participantId)}/contacts`, body),
    onSuccess: refresh,
  });
}

export function useTimeline(participantId: string) {
  return useInfiniteQuery({
    queryKey: recordKeys.timeline(participantId),
    queryFn: ({ pageParam }) =>
      api.get<Timeline>(`${base(participantId)}/timeline`, { before: pageParam, limit: PAGE_SIZE }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}
