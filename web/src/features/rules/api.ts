import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type {
  StatutoryLimitCreate,
  StatutoryLimitList,
  StatutoryLimitResponse,
  StatutoryLimitUpdate,
} from "../../../../server/src/modules/rules/api";
import { api } from "../../app/api";

export const limitKeys = { all: ["statutory-limits"] as const };

export function useStatutoryLimits(enabled = true) {
  return useQuery({
    queryKey: limitKeys.all,
    queryFn: () => api.get<StatutoryLimitList>("/api/statutory-limits"),
    enabled,
    staleTime: 5 * 60_000,
  });
}

/** A change to the limits changes every step's warnings: those are refetched too. */
function useRefresh() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: limitKeys.all }),
      queryClient.invalidateQueries({
        predicate: (query) => query.queryKey[0] === "participants" && query.queryKey.includes("steps"),
      }),
    ]);
}

export function useCreateLimit() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (body: StatutoryLimitCreate) =>
      api.post<StatutoryLimitResponse>("/api/statutory-limits", body),
    onSuccess: refresh,
  });
}

export function useUpdateLimit(id: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (body: StatutoryLimitUpdate) =>
      api.patch<StatutoryLimitResponse>(`/api/statutory-limits/${encodeURIComponent(id)}`, body),
    onSuccess: refresh,
  });
}
