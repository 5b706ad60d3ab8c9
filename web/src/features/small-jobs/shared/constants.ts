import type {
  ApplicationStatus,
  Employer,
  JobCategory,
  JobRequirement,
  JobStatus,
  PayType,
  PosterKind,
  Season,
} from "./types";

// The same lists as the server's schema (kept here so the web bundle does not pull in the database
// code); `satisfies` makes a mismatch a type error.

export const JOB_CATEGORIES = [
  "yard",
  "snow",
  "cleaning",
  "moving",
  "forest",
  "renovation",
  "events",
  "animals",
  "errands",
  "other",
] as const satisfies readonly JobCategory[];

export const JOB_REQUIREMENTS = [
  "driving_licence",
  "own_car",
  "hygiene_passport",
  "own_tools",
  "work_clothes",
  "first_aid",
  "occupational_safety_card",
] as const satisfies readonly JobRequirement[];

export const SEASONS = [
  "spring",
  "summer",
  "autumn",
  "winter",
  "all_year",
] as const satisfies readonly Season[];

export const JOB_STATUSES = [
  "draft",
  "open",
  "filled",
  "done",
  "paid",
  "cancelled",
] as const satisfies readonly JobStatus[];

export const POSTER_KINDS = ["association", "company", "household"] as const satisfies readonly PosterKind[];
export const EMPLOYERS = ["association", "orderer"] as const satisfies readonly Employer[];
export const PAY_TYPES = ["hourly", "lump_sum"] as const satisfies readonly PayType[];
export const APPLICATION_STATUSES = [
  "proposed",
  "applied",
  "accepted",
  "declined",
  "withdrawn",
] as const satisfies readonly ApplicationStatus[];
