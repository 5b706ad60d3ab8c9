import { useQuery } from "@tanstack/react-query";
import type {
  CohortQuery,
  CohortResponse,
} from "../../../../../server/src/modules/self-assessment/cohort-api";
import { api } from "../../../app/api";
import { paramsOf } from "./cohortReport";

export const cohortKeys = { report: (query: CohortQuery) => ["cohortReport", paramsOf(query)] as const };

/** The distance-travelled report for these filters; the previous report stays shown while a new one loads. */
export function useCohortReport(query: CohortQuery) {
  return useQuery({
    queryKey: cohortKeys.report(query),
    queryFn: () => api.get<CohortResponse>("/api/self-assessment/cohort", paramsOf(query)),
    placeholderData: (previous) => previous,
  });
}
