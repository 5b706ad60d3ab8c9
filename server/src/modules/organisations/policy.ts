import { hasRole, type SignedInUser } from "../../http/context";

/** Who may do what with organisations. Everyone signed in may list them (they pick partners from it). */
export const organisationPolicy = {
  list: (_user: SignedInUser) => true,
  create: (user: SignedInUser) => hasRole(user, "administrator"),
  edit: (user: SignedInUser) => hasRole(user, "administrator"),
};

export const organisationCan = (user: SignedInUser) => ({ edit: organisationPolicy.edit(user) });
