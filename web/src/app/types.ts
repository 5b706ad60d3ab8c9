// API shapes: the server's TypeBox schemas are the single source; these are their static types
// (type-only imports, erased from the bundle).

export type { Language, OrganisationKind, Role } from "../../../server/src/modules/access/roles";
export type {
  AccessEntry as AccessLogEntry,
  AccessPage as AccessLogPage,
  AuditEntry as AuditEvent,
  AuditPage,
} from "../../../server/src/modules/audit/schema";
export type {
  InvitationInfo as Invitation,
  Session,
  SessionUser,
  SignIn as SignInBody,
} from "../../../server/src/modules/auth/schema";
export type {
  Organisation,
  OrganisationCreate as CreateOrganisationBody,
  OrganisationList,
  OrganisationResponse,
  OrganisationUpdate as UpdateOrganisationBody,
} from "../../../server/src/modules/organisations/schema";
export type { OutboxList, OutboxMessage } from "../../../server/src/modules/outbox/schema";
export type {
  Membership,
  Membership as SessionMembership,
  MembershipCreate as NewMembership,
  UserCan,
  UserInvite as InviteUserBody,
  UserList,
  UserResponse,
  UserStatus,
  UserSummary,
  UserUpdate as UpdateUserBody,
} from "../../../server/src/modules/users/schema";

import type { AuditEntry } from "../../../server/src/modules/audit/schema";
import type { OutboxMessage } from "../../../server/src/modules/outbox/schema";

export type OutboxStatus = OutboxMessage["status"];
export type AuditAction = AuditEntry["action"];

/** A problem as the client holds it: the server's RFC 9457 document, or one made for a network failure. */
export type Problem = Omit<import("../../../server/src/http/problem").ProblemDetails, "detail"> & {
  detail?: string;
};
