import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type {
  MySelfAssessments,
  MyStart,
  SelfAssessment,
  SelfAssessmentResponse,
} from "../../../../../server/src/modules/self-assessment/api";
import { ApiError, api } from "../../../app/api";
import { participantKeys } from "../../participants/api";
import { type AnswerScope, answerApi } from "./paths";

export type {
  MySelfAssessments,
  SelfAssessment,
  StartableInstrument,
} from "../../../../../server/src/modules/self-assessment/api";

export const answerKeys = {
  mine: ["me", "self-assessments"] as const,
  one: (answerId: string) => ["self-assessment", "answer", answerId] as const,
};

/** Do not retry what the server refused (404, 403): only failures that may pass. */
const retry = (count: number, error: unknown) =>
  !(error instanceof ApiError && error.status < 500) && count < 2;

/** What the participant can answer, their unfinished answers and their submitted ones. */
export function useMySelfAssessments() {
  return useQuery({
    queryKey: answerKeys.mine,
    queryFn: () => api.get<MySelfAssessments>("/api/me/self-assessments"),
    retry,
  });
}

/** Starts an answer, or continues the unfinished one of the same instrument (the server decides). */
export function useStartMine() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: MyStart) => api.post<SelfAssessmentResponse>("/api/me/self-assessments", body),
    onSuccess: async (response) => {
      queryClient.setQueryData(answerKeys.one(response.data.id), response);
      await queryClient.invalidateQueries({ queryKey: answerKeys.mine });
    },
  });
}

/** One answer, in the scope's API. Not refetched on focus: the page keeps unsent choices on top of it. */
export function useAnswer(scope: AnswerScope, answerId: string) {
  return useQuery({
    queryKey: answerKeys.one(answerId),
    queryFn: () => api.get<SelfAssessmentResponse>(answerApi(scope, answerId)),
    retry,
    refetchOnWindowFocus: false,
  });
}

/** Hands the answer in. Afterwards the lists that show it are refreshed. */
export function useSubmitAnswer(scope: AnswerScope, answerId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.post<SelfAssessmentResponse>(`${answerApi(scope, answerId)}/submit`),
    onSuccess: async (response) => {
      queryClient.setQueryData(answerKeys.one(answerId), response);
      await queryClient.invalidateQueries({
        queryKey: scope.kind === "me" ? answerKeys.mine : participantKeys.one(scope.participantId),
      });
    },
  });
}

/** Puts a saved answer into the cache, so the page shows what the server now holds. */
export function useStoreAnswer(answerId: string) {
  const queryClient = useQueryClient();
  return (answer: SelfAssessment) => queryClient.setQueryData(answerKeys.one(answerId), { data: answer });
}
