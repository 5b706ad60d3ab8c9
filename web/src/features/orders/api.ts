import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { Static } from "typebox";
import type {
  BrokerList,
  ConfirmResponse,
  MyOrderList,
  MyOrderResponse,
  OrderCreate,
  OrdererHours,
  OrderLinkRequest,
  PublicRegionList,
} from "../../../../server/src/modules/small-jobs/api-orders";
import { ApiError, api } from "../../app/api";
import { useLanguage } from "../../app/useLanguage";

// A household's small-job orders (decision 024): the public order page and, behind the orderer cookie
// that the one-time e-mail link gives, the orderer's own orders. No Polku account is involved.

export type {
  Broker,
  MyOrder,
  MyOrderCan,
  MyOrderSummary,
  OrderCreate,
  OrderStepKey,
  OrderWorker,
  PublicRegion,
} from "../../../../server/src/modules/small-jobs/api-orders";
export type ConfirmAnswer = Static<typeof ConfirmResponse>;
export type MyOrderAnswer = Static<typeof MyOrderResponse>;
export type MyOrdersAnswer = Static<typeof MyOrderList>;

export const orderKeys = {
  regions: ["public", "regions"] as const,
  brokers: (code: string) => ["public", "regions", code, "brokers"] as const,
  mine: ["orders", "mine"] as const,
  one: (jobId: string, language: string) => ["orders", "mine", jobId, language] as const,
};

/** The orderer has no valid cookie: the page offers to send a new link. */
export const needsLink = (error: unknown) => error instanceof ApiError && error.status === 401;

/** 4xx answers are final; only server and network errors are retried. */
const retry = (count: number, error: unknown) =>
  !(error instanceof ApiError && error.status < 500) && count < 2;

export function useRegions() {
  return useQuery({
    queryKey: orderKeys.regions,
    queryFn: () => api.get<Static<typeof PublicRegionList>>("/api/public/regions"),
    retry,
  });
}

export function useBrokers(code: string | null) {
  return useQuery({
    queryKey: orderKeys.brokers(code ?? ""),
    queryFn: () =>
      api.get<Static<typeof BrokerList>>(`/api/public/regions/${encodeURIComponent(code ?? "")}/brokers`),
    enabled: code !== null && code !== "",
    retry,
  });
}

export function usePlaceOrder() {
  return useMutation({
    mutationFn: (body: OrderCreate) => api.post<{ accepted: boolean }>("/api/public/orders", body),
  });
}

export function useRequestLink() {
  return useMutation({
    mutationFn: (body: Static<typeof OrderLinkRequest>) =>
      api.post<{ accepted: boolean }>("/api/public/orders/link", body),
  });
}

/**
 * Opens the one-time link. A query rather than a mutation: it runs once per token however often the page
 * renders (the link works only once), and its answer is kept while the page is open.
 */
export function useConfirmLink(token: string) {
  const queryClient = useQueryClient();
  return useQuery({
    queryKey: ["orders", "confirm", token],
    queryFn: async () => {
      const answer = await api.post<ConfirmAnswer>("/api/public/orders/confirm", { token });
      await queryClient.invalidateQueries({ queryKey: orderKeys.mine });
      return answer;
    },
    retry: false,
    staleTime: Number.POSITIVE_INFINITY,
    gcTime: Number.POSITIVE_INFINITY,
    refetchOnWindowFocus: false,
  });
}

export function useMyOrders(enabled = true) {
  return useQuery({
    queryKey: orderKeys.mine,
    queryFn: () => api.get<MyOrdersAnswer>("/api/orders/mine"),
    retry,
    enabled,
  });
}

export function useMyOrder(jobId: string) {
  const { language } = useLanguage();
  return useQuery({
    queryKey: orderKeys.one(jobId, language),
    queryFn: () => api.get<MyOrderAnswer>(`/api/orders/mine/${encodeURIComponent(jobId)}`),
    retry,
  });
}

/** A change to one order: the answer is the order as it is now. */
function useOrderChange<B>(jobId: string, path: (jobId: string) => string) {
  const queryClient = useQueryClient();
  const { language } = useLanguage();
  return useMutation({
    mutationFn: (body: B) => api.post<MyOrderAnswer>(path(jobId), body),
    onSuccess: (answer) => {
      queryClient.setQueryData(orderKeys.one(jobId, language), answer);
      void queryClient.invalidateQueries({ queryKey: orderKeys.mine, exact: true });
    },
  });
}

export const useCancelOrder = (jobId: string) =>
  useOrderChange<{ reason: string }>(jobId, (id) => `/api/orders/mine/${encodeURIComponent(id)}/cancel`);

export const useConfirmPending = (jobId: string) =>
  useOrderChange<undefined>(jobId, (id) => `/api/orders/mine/${encodeURIComponent(id)}/confirm`);

/** The orderer confirms a worker's hours; the order is read again afterwards. */
export function useConfirmHours(jobId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ workerId, body }: { workerId: string; body: Static<typeof OrdererHours> }) =>
      api.post<unknown>(`/api/orders/mine/workers/${encodeURIComponent(workerId)}/hours`, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ["orders", "mine", jobId] }),
  });
}

export function useOrdererSignOut() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.post<void>("/api/orders/sign-out"),
    onSuccess: () => queryClient.removeQueries({ queryKey: ["orders"] }),
  });
}

/** Where the orderer downloads the invoice of an order. */
export const invoiceUrl = (jobId: string) => `/api/orders/mine/${encodeURIComponent(jobId)}/invoice.pdf`;
