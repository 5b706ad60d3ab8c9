import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { Static } from "typebox";
import type { ParticipantJobMatches } from "../../../../../server/src/modules/small-jobs/api-match";
import type {
  EarningsResponse,
  SeekerProfileInput,
  SeekerProfileResponse,
} from "../../../../../server/src/modules/small-jobs/api-money";
import type {
  ParticipantApplicationList,
  ProposalResponse,
} from "../../../../../server/src/modules/small-jobs/api-needs";
import { api } from "../../../app/api";
import { retryUnlessClientError } from "../seeker/api";

// A coach's small-jobs view of one participant (decision 024): the seeker profile and ceiling, earnings
// with estimates, the best-fitting jobs with reasons, and proposing a job.

export type JobMatches = Static<typeof ParticipantJobMatches>;
export type JobMatch = JobMatches["data"][number];
export type ParticipantApplications = Static<typeof ParticipantApplicationList>;
export type ParticipantApplication = ParticipantApplications["data"][number];

const base = (participantId: string) => `/api/participants/${encodeURIComponent(participantId)}`;

export const coachJobKeys = {
  all: (participantId: string) => ["participants", "one", participantId, "small-jobs"] as const,
  profile: (participantId: string) =>
    ["participants", "one", participantId, "small-jobs", "profile"] as const,
  earnings: (participantId: string, language: string) =>
    ["participants", "one", participantId, "small-jobs", "earnings", language] as const,
  matches: (participantId: string, language: string) =>
    ["participants", "one", participantId, "small-jobs", "matches", language] as const,
  applications: (participantId: string) =>
    ["participants", "one", participantId, "small-jobs", "applications"] as const,
};

export function useSeekerProfile(participantId: string) {
  return useQuery({
    queryKey: coachJobKeys.profile(participantId),
    queryFn: () => api.get<SeekerProfileResponse>(`${base(participantId)}/seeker-profile`),
    retry: retryUnlessClientError,
  });
}

export function useSaveSeekerProfile(participantId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: SeekerProfileInput) =>
      api.put<SeekerProfileResponse>(`${base(participantId)}/seeker-profile`, body),
    onSuccess: (response) => {
      queryClient.setQueryData(coachJobKeys.profile(participantId), response);
      // The ceiling and the place change the earnings' ceiling state and the matches.
      void queryClient.invalidateQueries({ queryKey: coachJobKeys.all(participantId) });
    },
  });
}

export function useParticipantEarnings(participantId: string, language: string) {
  return useQuery({
    queryKey: coachJobKeys.earnings(participantId, language),
    queryFn: () => api.get<EarningsResponse>(`${base(participantId)}/earnings`),
    retry: retryUnlessClientError,
  });
}

export function useJobMatches(participantId: string, language: string) {
  return useQuery({
    queryKey: coachJobKeys.matches(participantId, language),
    queryFn: () => api.get<JobMatches>(`${base(participantId)}/job-matches`, { limit: "10" }),
    retry: retryUnlessClientError,
  });
}

/** The participant's applications, proposals and work, newest first (a proposal refreshes it). */
export function useParticipantApplications(participantId: string) {
  return useQuery({
    queryKey: coachJobKeys.applications(participantId),
    queryFn: () => api.get<ParticipantApplications>(`${base(participantId)}/job-applications`),
    retry: retryUnlessClientError,
  });
}

export function usePropose(participantId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (jobId: string) =>
      api.post<Static<typeof ProposalResponse>>(`/api/jobs/${encodeURIComponent(jobId)}/propose`, {
        participantId,
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: coachJobKeys.all(participantId) }),
  });
}
