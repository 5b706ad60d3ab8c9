import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { Static } from "typebox";
import type {
  JobSearchQuery,
  SeekerJob,
  SeekerJobDetail,
  SeekerJobList,
} from "../../../../../server/src/modules/small-jobs/api-match";
import type {
  EarningsResponse,
  HoursInput,
  SeekerProfileInput,
  SeekerProfileResponse,
  WorkerPayResponse,
} from "../../../../../server/src/modules/small-jobs/api-money";
import type {
  ApplyBody,
  MyApplicationList,
  MyApplicationResponse,
} from "../../../../../server/src/modules/small-jobs/api-needs";
import { ApiError, api } from "../../../app/api";

// The participant's own small-jobs API (decision 024): open jobs near them with the fit and the
// benefit estimate, their applications, hours, earnings and their seeker profile.

export type { SeekerJob } from "../../../../../server/src/modules/small-jobs/api-match";
export type {
  EarningsPeriod,
  EarningsResponse,
  JobEstimate,
  RuleRef,
  SeekerProfile,
  SeekerProfileInput,
  SeekerProfileResponse,
} from "../../../../../server/src/modules/small-jobs/api-money";
export type { MyApplication } from "../../../../../server/src/modules/small-jobs/api-needs";
export type SeekerJobListResponse = Static<typeof SeekerJobList>;
export type SeekerJobDetailResponse = Static<typeof SeekerJobDetail>;
export type SeekerJobDetailData = SeekerJobDetailResponse["data"];
export type MyApplications = Static<typeof MyApplicationList>;
export type JobSearch = Omit<Static<typeof JobSearchQuery>, "limit" | "cursor">;
export type Fit = SeekerJob["fit"];

/** Query keys of the seeker's data; every change invalidates the whole `["me", "jobs"]` tree. */
export const seekerKeys = {
  all: ["me", "jobs"] as const,
  list: (search: JobSearch, language: string) => ["me", "jobs", "list", search, language] as const,
  one: (id: string, language: string) => ["me", "jobs", "one", id, language] as const,
  applications: ["me", "jobs", "applications"] as const,
  earnings: (language: string) => ["me", "jobs", "earnings", language] as const,
  profile: ["me", "jobs", "profile"] as const,
};

/** 4xx answers are final (no consent, not found); only server and network errors are retried. */
export const retryUnlessClientError = (count: number, error: unknown) =>
  !(error instanceof ApiError && error.status < 500) && count < 2;

/** The seeker lacks the `contact` consent: the job list answers 403 with this problem. */
export const isConsentNeeded = (error: unknown) =>
  error instanceof ApiError && error.status === 403 && error.type.endsWith("smallJobs.contactConsentNeeded");

const asQuery = (search: JobSearch): Record<string, string | undefined> => ({
  village: search.village,
  municipality: search.municipality,
  scope: search.scope,
  from: search.from,
  to: search.to,
  category: search.category,
  limit: "50",
});

/** Open jobs near the seeker, best fit first (the estimates are in the reader's language). */
export function useMyJobs(search: JobSearch, language: string) {
  return useQuery({
    queryKey: seekerKeys.list(search, language),
    queryFn: () => api.get<SeekerJobListResponse>("/api/me/jobs", asQuery(search)),
    retry: retryUnlessClientError,
    placeholderData: (previous) => previous,
  });
}

export function useMyJob(id: string, language: string) {
  return useQuery({
    queryKey: seekerKeys.one(id, language),
    queryFn: () => api.get<SeekerJobDetailResponse>(`/api/me/jobs/${encodeURIComponent(id)}`),
    retry: retryUnlessClientError,
  });
}

export function useMyApplications() {
  return useQuery({
    queryKey: seekerKeys.applications,
    queryFn: () => api.get<MyApplications>("/api/me/applications"),
    retry: retryUnlessClientError,
  });
}

/** Apply and withdraw; both refresh the lists, the job and the applications. */
export function useApplicationMutations() {
  const queryClient = useQueryClient();
  const refresh = () => queryClient.invalidateQueries({ queryKey: seekerKeys.all });
  const apply = useMutation({
    mutationFn: ({ jobId, body }: { jobId: string; body: Static<typeof ApplyBody> }) =>
      api.post<Static<typeof MyApplicationResponse>>(`/api/me/jobs/${encodeURIComponent(jobId)}/apply`, body),
    onSuccess: refresh,
  });
  const withdraw = useMutation({
    mutationFn: (jobId: string) =>
      api.post<Static<typeof MyApplicationResponse>>(`/api/me/jobs/${encodeURIComponent(jobId)}/withdraw`),
    onSuccess: refresh,
  });
  return { apply, withdraw };
}

export function useConfirmHours() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ workerId, body }: { workerId: string; body: HoursInput }) =>
      api.post<Static<typeof WorkerPayResponse>>(
        `/api/me/job-workers/${encodeURIComponent(workerId)}/hours`,
        body,
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: seekerKeys.all }),
  });
}

export function useMyEarnings(language: string) {
  return useQuery({
    queryKey: seekerKeys.earnings(language),
    queryFn: () => api.get<EarningsResponse>("/api/me/earnings"),
    retry: retryUnlessClientError,
  });
}

export function useMySeekerProfile() {
  return useQuery({
    queryKey: seekerKeys.profile,
    queryFn: () => api.get<SeekerProfileResponse>("/api/me/seeker-profile"),
    retry: retryUnlessClientError,
  });
}

export function useSaveMySeekerProfile() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: SeekerProfileInput) => api.put<SeekerProfileResponse>("/api/me/seeker-profile", body),
    onSuccess: (response) => {
      queryClient.setQueryData(seekerKeys.profile, response);
      // The fit and the estimates follow the profile.
      void queryClient.invalidateQueries({ queryKey: seekerKeys.all });
    },
  });
}

/** The pay statement's address for a worker row (the seeker's own). */
export const payStatementUrl = (workerId: string) =>
  `/api/me/job-workers/${encodeURIComponent(workerId)}/pay-statement.pdf`;
