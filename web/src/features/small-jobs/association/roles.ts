import type { Session } from "../../../app/types";

/** The organisations the signed-in person posts jobs for (association_contact memberships). */
export function posterOrganisationsOf(session: Session | null): { id: string; name: string }[] {
  const seen = new Map<string, string>();
  for (const m of session?.user.memberships ?? []) {
    if (m.role === "association_contact") seen.set(m.organisationId, m.organisationName);
  }
  return [...seen].map(([id, name]) => ({ id, name }));
}

export const hasRole = (session: Session | null, ...roles: string[]) =>
  session?.user.roles.some((r) => roles.includes(r)) ?? false;
