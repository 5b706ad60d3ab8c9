import { inputDateToIso } from "../../../app/dates";
import type { JobCategory } from "../shared/types";
import type { JobSearch } from "./api";

// The seeker's job filters: place (my village, my municipality, the whole area), days and kind of work.

export type PlaceChoice = "village" | "municipality" | "all";

export interface FilterValues {
  place: PlaceChoice;
  from: string;
  to: string;
  category: JobCategory | "all";
}

export const EMPTY_FILTERS: FilterValues = { place: "municipality", from: "", to: "", category: "all" };

/** The filters as the API's search; null (with the field) when a typed date is not a date. */
export function searchOf(
  values: FilterValues,
  home: { village: string | null; municipality: string | null },
): { search: JobSearch } | { error: "from" | "to" | "window" } {
  const from = values.from.trim() === "" ? undefined : inputDateToIso(values.from);
  const to = values.to.trim() === "" ? undefined : inputDateToIso(values.to);
  if (from === null) return { error: "from" };
  if (to === null) return { error: "to" };
  if (from && to && to < from) return { error: "window" };
  const search: JobSearch = {};
  if (values.place === "all") search.scope = "all";
  else if (values.place === "village" && home.village) search.village = home.village;
  else if (values.place === "municipality" && home.municipality) search.municipality = home.municipality;
  if (from) search.from = from;
  if (to) search.to = to;
  if (values.category !== "all") search.category = values.category;
  return { search };
}
