// API shapes shared with the server. These will later be imported from the server's TypeBox
// static types; keep the names identical.

export type Role =
  | "administrator"
  | "project_manager"
  | "coach"
  | "partner_worker"
  | "association_contact"
  | "participant";

export type Language = "fi" | "sv" | "en";

export type OrganisationKind =
  | "municipality"
  | "wellbeing_county"
  | "employment_authority"
  | "kela"
  | "association"
  | "parish"
  | "company"
  | "service_provider";

/** An RFC 9457 problem document, already localised by the server. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail?: string;
  errors?: { path: string; message: string }[];
}

export interface SessionMembership {
  id: string;
  organisationId: string;
  organisationName: string;
  role: Role;
}

export interface SessionUser {
  id: string;
  email: string;
  name: string;
  language: Language;
  regionId: string;
  regionName: string;
  roles: Role[];
  memberships: SessionMembership[];
}

export interface Session {
  user: SessionUser;
  csrfToken: string;
}

export interface SignInBody {
  email: string;
  password: string;
}

export interface Organisation {
  id: string;
  name: string;
  kind: OrganisationKind;
  businessId: string | null;
  active: boolean;
  version: number;
  createdAt: string;
}

export interface OrganisationList {
  data: Organisation[];
  can: { create: boolean };
}

export interface OrganisationResponse {
  data: Organisation;
  can: { edit: boolean };
}

export interface CreateOrganisationBody {
  name: string;
  kind: OrganisationKind;
  businessId?: string;
}

export interface UpdateOrganisationBody {
  name?: string;
  kind?: OrganisationKind;
  businessId?: string | null;
  active?: boolean;
  version: number;
}

export type UserStatus = "invited" | "active" | "deactivated";

export interface Membership {
  id: string;
  organisationId: string;
  organisationName: string;
  role: Role;
}

export interface UserSummary {
  id: string;
  email: string;
  name: string;
  language: Language;
  status: UserStatus;
  memberships: Membership[];
  lastSignInAt: string | null;
  version: number;
}

export interface UserCan {
  edit: boolean;
  deactivate: boolean;
  reactivate: boolean;
  resendInvitation: boolean;
}

export interface UserList {
  data: UserSummary[];
  can: { invite: boolean };
}

export interface UserResponse {
  data: UserSummary;
  can: UserCan;
}

export interface NewMembership {
  organisationId: string;
  role: Role;
}

export interface InviteUserBody {
  email: string;
  name: string;
  language: Language;
  memberships: NewMembership[];
}

export interface UpdateUserBody {
  name?: string;
  language?: Language;
  version: number;
}

export type OutboxStatus = "pending" | "sent" | "failed" | "not_configured";

export interface OutboxMessage {
  id: string;
  to: string;
  subject: string;
  body: string;
  status: OutboxStatus;
  createdAt: string;
  sentAt: string | null;
}

export interface OutboxList {
  data: OutboxMessage[];
}

export interface Invitation {
  email: string;
  name: string;
}

export type AuditAction = "insert" | "update" | "delete";

export interface AuditEvent {
  id: string;
  at: string;
  actorId: string | null;
  actorName: string | null;
  action: AuditAction;
  entity: string;
  entityId: string | null;
  changes: Record<string, unknown>;
}

export interface AuditPage {
  data: AuditEvent[];
  nextCursor: string | null;
}

export interface AccessLogEntry {
  id: string;
  at: string;
  actorId: string | null;
  actorName: string | null;
  subjectType: string;
  subjectId: string;
  subjectLabel: string | null;
  purpose: string;
}

export interface AccessLogPage {
  data: AccessLogEntry[];
  nextCursor: string | null;
}
