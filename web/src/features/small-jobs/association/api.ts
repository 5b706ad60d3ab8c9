import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api } from "../../../app/api";
import type { JobCreate, JobStatus, JobUpdate } from "../shared";
import type {
  Applicant,
  BenefitRule,
  BenefitRuleCreate,
  BenefitRuleList,
  Figures,
  JobList,
  JobResponse,
  Worker,
  WorkNeed,
  WorkNeedCreate,
  WorkNeedPost,
} from "./types";

const enc = encodeURIComponent;
export const jobPath = (id: string) => `/api/jobs/${enc(id)}`;

export const jobKeys = {
  all: ["small-jobs"] as const,
  list: (query: Record<string, string | undefined>) => ["small-jobs", "list", query] as const,
  job: (id: string) => ["small-jobs", "job", id] as const,
  applicants: (id: string) => ["small-jobs", "job", id, "applicants"] as const,
  workers: (id: string) => ["small-jobs", "job", id, "workers"] as const,
  needs: ["small-jobs", "needs"] as const,
  figures: (query: Record<string, string | undefined>) => ["small-jobs", "figures", query] as const,
  rules: ["benefit-rules"] as const,
};

/** Every small-jobs answer may change after a write: refetch them all (they are few and small). */
function useRefreshJobs() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: jobKeys.all });
}

export function useJobs(query: { status?: JobStatus | undefined; organisationId?: string | undefined }) {
  const q = { status: query.status, organisationId: query.organisationId };
  return useQuery({ queryKey: jobKeys.list(q), queryFn: () => api.get<JobList>("/api/jobs", q) });
}

export function useJob(id: string) {
  return useQuery({ queryKey: jobKeys.job(id), queryFn: () => api.get<JobResponse>(jobPath(id)) });
}

export function useApplicants(id: string, enabled: boolean) {
  return useQuery({
    queryKey: jobKeys.applicants(id),
    queryFn: () => api.get<{ data: Applicant[] }>(`${jobPath(id)}/applicants`),
    enabled,
  });
}

export function useWorkers(id: string, enabled: boolean) {
  return useQuery({
    queryKey: jobKeys.workers(id),
    queryFn: () => api.get<{ data: Worker[] }>(`${jobPath(id)}/workers`),
    enabled,
  });
}

export function useCreateJob() {
  const refresh = useRefreshJobs();
  return useMutation({
    mutationFn: (body: JobCreate) => api.post<JobResponse>("/api/jobs", body),
    onSuccess: refresh,
  });
}

export function useUpdateJob(id: string) {
  const refresh = useRefreshJobs();
  return useMutation({
    mutationFn: (body: JobUpdate) => api.patch<JobResponse>(jobPath(id), body),
    onSuccess: refresh,
  });
}

/** The API paths of a job's commands (all POST). */
export const commands = {
  publish: (jobId: string) => `${jobPath(jobId)}/publish`,
  cancel: (jobId: string) => `${jobPath(jobId)}/cancel`,
  done: (jobId: string) => `${jobPath(jobId)}/done`,
  accept: (jobId: string, applicationId: string) =>
    `${jobPath(jobId)}/applicants/${enc(applicationId)}/accept`,
  decline: (jobId: string, applicationId: string) =>
    `${jobPath(jobId)}/applicants/${enc(applicationId)}/decline`,
  hours: (workerId: string) => `/api/job-workers/${enc(workerId)}/hours`,
  payment: (workerId: string) => `/api/job-workers/${enc(workerId)}/payment`,
  invoice: (jobId: string) => `${jobPath(jobId)}/invoice`,
  propose: (jobId: string) => `${jobPath(jobId)}/propose`,
};

export const downloads = {
  payStatement: (workerId: string) => `/api/job-workers/${enc(workerId)}/pay-statement.pdf`,
  invoice: (jobId: string) => `${jobPath(jobId)}/invoice.pdf`,
  payroll: (organisationId: string, from: string, to: string) =>
    `/api/organisations/${enc(organisationId)}/payroll.csv?from=${enc(from)}&to=${enc(to)}`,
};

/** One command on a job (publish, pick, record hours...): each button or form keeps its own state. */
export function useJobCommand() {
  const refresh = useRefreshJobs();
  return useMutation({
    mutationFn: ({ path, body }: { path: string; body?: unknown }) => api.post<unknown>(path, body ?? {}),
    onSuccess: refresh,
  });
}

export function useWorkNeeds() {
  return useQuery({
    queryKey: jobKeys.needs,
    queryFn: () => api.get<{ data: WorkNeed[]; can: { create: boolean } }>("/api/work-needs"),
  });
}

/** Adds a need, or (given one) changes it: the organisation is fixed once recorded. */
export function useSaveNeed(need: WorkNeed | null) {
  const refresh = useRefreshJobs();
  return useMutation({
    mutationFn: ({ organisationId, ...fields }: WorkNeedCreate) =>
      need
        ? api.patch<{ data: WorkNeed }>(`/api/work-needs/${enc(need.id)}`, {
            ...fields,
            version: need.version,
          })
        : api.post<{ data: WorkNeed }>("/api/work-needs", { organisationId, ...fields }),
    onSuccess: refresh,
  });
}

export function usePostNeed(needId: string) {
  const refresh = useRefreshJobs();
  return useMutation({
    mutationFn: (body: WorkNeedPost) => api.post<JobResponse>(`/api/work-needs/${enc(needId)}/post`, body),
    onSuccess: refresh,
  });
}

export function useFigures(query: Record<string, string | undefined>) {
  return useQuery({
    queryKey: jobKeys.figures(query),
    queryFn: () => api.get<{ data: Figures }>("/api/small-jobs/figures", query),
    placeholderData: (previous) => previous,
  });
}

export function useBenefitRules() {
  return useQuery({ queryKey: jobKeys.rules, queryFn: () => api.get<BenefitRuleList>("/api/benefit-rules") });
}

export function useSaveBenefitRule(rule: BenefitRule | null) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: BenefitRuleCreate) =>
      rule
        ? api.patch<{ data: BenefitRule }>(`/api/benefit-rules/${enc(rule.id)}`, {
            ...body,
            version: rule.version,
          })
        : api.post<{ data: BenefitRule }>("/api/benefit-rules", body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: jobKeys.rules }),
  });
}
