import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api } from "../../../app/api";
import type {
  CreateOrganisationBody,
  OrganisationList,
  OrganisationResponse,
  UpdateOrganisationBody,
} from "../../../app/types";

export const organisationKeys = {
  all: ["organisations"] as const,
  one: (id: string) => ["organisations", id] as const,
};

export function useOrganisations() {
  return useQuery({
    queryKey: organisationKeys.all,
    queryFn: () => api.get<OrganisationList>("/api/organisations"),
  });
}

export function useOrganisation(id: string) {
  return useQuery({
    queryKey: organisationKeys.one(id),
    queryFn: () => api.get<OrganisationResponse>(`/api/organisations/${encodeURIComponent(id)}`),
  });
}

export function useCreateOrganisation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateOrganisationBody) => api.post<OrganisationResponse>("/api/organisations", body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: organisationKeys.all, exact: true }),
  });
}

export function useUpdateOrganisation(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateOrganisationBody) =>
      api.patch<OrganisationResponse>(`/api/organisations/${encodeURIComponent(id)}`, body),
    onSuccess: (response) => {
      queryClient.setQueryData(organisationKeys.one(id), response);
      return queryClient.invalidateQueries({ queryKey: organisationKeys.all, exact: true });
    },
  });
}
