import { hasRole, type SignedInUser } from "../../http/context";
import type { UserCan, UserStatus } from "./schema";

/** Who may do what with user accounts: the region's administrators. */
export const userPolicy = {
  list: (user: SignedInUser) => hasRole(user, "administrator"),
  invite: (user: SignedInUser) => hasRole(user, "administrator"),
  edit: (user: SignedInUser) => hasRole(user, "administrator"),
  deactivate: (user: SignedInUser, target: { id: string; status: UserStatus }) =>
    hasRole(user, "administrator") && target.id !== user.id && target.status !== "deactivated",
  reactivate: (user: SignedInUser, target: { status: UserStatus }) =>
    hasRole(user, "administrator") && target.status === "deactivated",
  resendInvitation: (user: SignedInUser, target: { status: UserStatus }) =>
    hasRole(user, "administrator") && target.status === "invited",
};

export function userCan(user: SignedInUser, target: { id: string; status: UserStatus }): UserCan {
  return {
    edit: userPolicy.edit(user),
    deactivate: userPolicy.deactivate(user, target),
    reactivate: userPolicy.reactivate(user, target),
    resendInvitation: userPolicy.resendInvitation(user, target),
  };
}
