import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type {
  CaseloadFlag,
  CaseloadList,
  EnrolmentCoachChange,
  EnrolmentCreate,
  EnrolmentExit,
  EnrolmentFollowUp,
  EnrolmentList,
  EnrolmentResponse,
} from "../../../../../server/src/modules/pathway/api-enrolments";
import type { ProjectList } from "../../../../../server/src/modules/projects/schema";
import { api } from "../../../app/api";
import { participantKeys } from "../../participants/api";

export const enrolmentKeys = {
  list: (participantId: string) => [...participantKeys.one(participantId), "enrolments"] as const,
  caseload: (flag: CaseloadFlag | null) => ["caseload", flag ?? "all"] as const,
  projects: ["projects", "list"] as const,
};

const participantPath = (id: string) => `/api/participants/${encodeURIComponent(id)}/enrolments`;
const enrolmentPath = (id: string) => `/api/enrolments/${encodeURIComponent(id)}`;

export function useEnrolments(participantId: string) {
  return useQuery({
    queryKey: enrolmentKeys.list(participantId),
    queryFn: () => api.get<EnrolmentList>(participantPath(participantId)),
  });
}

/** The projects a participant can be enrolled in (GET /api/projects). */
export function useProjects(enabled: boolean) {
  return useQuery({
    queryKey: enrolmentKeys.projects,
    queryFn: () => api.get<ProjectList>("/api/projects"),
    enabled,
  });
}

export function useCaseload(flag: CaseloadFlag | null) {
  return useQuery({
    queryKey: enrolmentKeys.caseload(flag),
    queryFn: () => api.get<CaseloadList>("/api/caseload", { flag: flag ?? undefined }),
    placeholderData: (previous) => previous,
  });
}

/**
 * Every change to a participant's enrolments. Afterwards the list, the timeline (under the participant's
 * key), the caseload and the reminders are fetched again.
 */
export function useEnrolmentMutations(participantId: string) {
  const queryClient = useQueryClient();
  const onSuccess = () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: participantKeys.one(participantId) }),
      queryClient.invalidateQueries({ queryKey: ["caseload"] }),
      queryClient.invalidateQueries({ queryKey: ["notifications"] }),
    ]);
  return {
    enrol: useMutation({
      mutationFn: (body: EnrolmentCreate) =>
        api.post<EnrolmentResponse>(participantPath(participantId), body),
      onSuccess,
    }),
    changeCoach: useMutation({
      mutationFn: ({ id, body }: { id: string; body: EnrolmentCoachChange }) =>
        api.patch<EnrolmentResponse>(enrolmentPath(id), body),
      onSuccess,
    }),
    exit: useMutation({
      mutationFn: ({ id, body }: { id: string; body: EnrolmentExit }) =>
        api.post<EnrolmentResponse>(`${enrolmentPath(id)}/exit`, body),
      onSuccess,
    }),
    followUp: useMutation({
      mutationFn: ({ id, body }: { id: string; body: EnrolmentFollowUp }) =>
        api.post<EnrolmentResponse>(`${enrolmentPath(id)}/follow-up`, body),
      onSuccess,
    }),
  };
}
