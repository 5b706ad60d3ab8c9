import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { ProjectDetail, ProjectUpdate } from "../../../../server/src/modules/projects/api";
import type { ProjectCreate, ProjectList } from "../../../../server/src/modules/projects/schema";
import { api } from "../../app/api";

export const projectKeys = { all: ["projects"] as const };

export function useProjects() {
  return useQuery({
    queryKey: projectKeys.all,
    queryFn: () => api.get<ProjectList>("/api/projects"),
  });
}

export function useCreateProject() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ProjectCreate) => api.post<ProjectDetail>("/api/projects", body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: projectKeys.all }),
  });
}

export function useUpdateProject(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ProjectUpdate) =>
      api.patch<ProjectDetail>(`/api/projects/${encodeURIComponent(id)}`, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: projectKeys.all }),
  });
}
