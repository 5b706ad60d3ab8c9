import type { Language, Role } from "../modules/access/roles";

/** The person behind a request, resolved from the session cookie. */
export interface SignedInUser {
  id: string;
  regionId: string;
  regionName: string;
  email: string;
  name: string;
  language: Language;
  roles: Role[];
  memberships: { id: string; organisationId: string; organisationName: string; role: Role }[];
  sessionId: string;
  csrfToken: string;
}

/** Who may call a route. Every route has one; a route without one is refused (fail closed). */
export type PublicAccess = { kind: "public"; why: string };
export type UserAccess = { kind: "signedIn" } | { kind: "roles"; roles: readonly Role[] };
export type Access = PublicAccess | UserAccess;

export const access = {
  /** Anyone, signed in or not; say why. */
  public: (why: string): PublicAccess => ({ kind: "public", why }),
  /** Any signed-in user; the service decides further by policy. */
  signedIn: (): UserAccess => ({ kind: "signedIn" }),
  /** Signed-in users holding one of these roles. */
  roles: (...roles: Role[]): UserAccess => ({ kind: "roles", roles }),
};

declare module "fastify" {
  interface FastifyRequest {
    lang: Language;
    user: SignedInUser | null;
  }
  interface FastifyContextConfig {
    access?: Access;
    /** The route returns personal data: it must write at least one access-log row per successful response. */
    personalData?: boolean;
  }
}

export function hasRole(user: SignedInUser, ...roles: Role[]): boolean {
  return roles.some((r) => user.roles.includes(r));
}
