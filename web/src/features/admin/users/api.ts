import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api } from "../../../app/api";
import type {
  InviteUserBody,
  Membership,
  NewMembership,
  UpdateUserBody,
  UserList,
  UserResponse,
  UserStatus,
} from "../../../app/types";

export interface UserFilters {
  q: string;
  status: UserStatus | "";
}

export const userKeys = {
  all: ["users"] as const,
  list: (filters: UserFilters) => ["users", "list", filters] as const,
  one: (id: string) => ["users", "one", id] as const,
};

const userPath = (id: string) => `/api/users/${encodeURIComponent(id)}`;

export function useUsers(filters: UserFilters) {
  return useQuery({
    queryKey: userKeys.list(filters),
    queryFn: () => api.get<UserList>("/api/users", { q: filters.q, status: filters.status }),
    placeholderData: (previous) => previous,
  });
}

export function useUser(id: string) {
  return useQuery({ queryKey: userKeys.one(id), queryFn: () => api.get<UserResponse>(userPath(id)) });
}

export function useInviteUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: InviteUserBody) => api.post<UserResponse>("/api/users", body),
    onSuccess: (response) => {
      queryClient.setQueryData(userKeys.one(response.data.id), response);
      void queryClient.invalidateQueries({ queryKey: ["users", "list"] });
      void queryClient.invalidateQueries({ queryKey: ["outbox"] });
    },
  });
}

/** Every change to a user: afterwards the user and the lists are fetched again. */
export function useUserMutations(id: string) {
  const queryClient = useQueryClient();
  const refresh = async (response?: UserResponse) => {
    if (response) queryClient.setQueryData(userKeys.one(id), response);
    else await queryClient.invalidateQueries({ queryKey: userKeys.one(id) });
    await queryClient.invalidateQueries({ queryKey: ["users", "list"] });
  };

  const update = useMutation({
    mutationFn: (body: UpdateUserBody) => api.patch<UserResponse>(userPath(id), body),
    onSuccess: refresh,
  });
  const addMembership = useMutation({
    mutationFn: (body: NewMembership) => api.post<{ data: Membership }>(`${userPath(id)}/memberships`, body),
    onSuccess: () => refresh(),
  });
  const removeMembership = useMutation({
    mutationFn: (membershipId: string) =>
      api.delete<void>(`${userPath(id)}/memberships/${encodeURIComponent(membershipId)}`),
    onSuccess: () => refresh(),
  });
  const deactivate = useMutation({
    mutationFn: () => api.post<UserResponse>(`${userPath(id)}/deactivate`),
    onSuccess: refresh,
  });
  const reactivate = useMutation({
    mutationFn: () => api.post<UserResponse>(`${userPath(id)}/reactivate`),
    onSuccess: refresh,
  });
  const resendInvitation = useMutation({
    mutationFn: () => api.post<UserResponse>(`${userPath(id)}/invitation`),
    onSuccess: async (response) => {
      await refresh(response);
      await queryClient.invalidateQueries({ queryKey: ["outbox"] });
    },
  });
  return { update, addMembership, removeMembership, deactivate, reactivate, resendInvitation };
}
