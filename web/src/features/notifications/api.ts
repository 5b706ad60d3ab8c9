import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type {
  NotificationList,
  NotificationResponse,
} from "../../../../server/src/modules/notifications/api";
import { api } from "../../app/api";

export const notificationKeys = {
  unread: ["notifications", "unread"] as const,
};

/** My unread reminders, newest first. */
export function useUnreadNotifications() {
  return useQuery({
    queryKey: notificationKeys.unread,
    queryFn: () => api.get<NotificationList>("/api/notifications", { unread: "true", limit: "50" }),
  });
}

export function useMarkRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) =>
      api.post<NotificationResponse>(`/api/notifications/${encodeURIComponent(id)}/read`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ["notifications"] }),
  });
}
