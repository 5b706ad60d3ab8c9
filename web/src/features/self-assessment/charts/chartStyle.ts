// Colours and line patterns of the charts, shared by the lazily loaded recharts module and the legend
// (which is plain HTML, so it does not pull recharts into the main bundle).

/** Suomi.fi brand blue (latest answer): well over 3:1 against white. */
export const LATEST_COLOUR = "hsl(214, 100%, 24%)";
/** Dark grey (first answer): over 3:1 against white; it also differs by its dashes and square markers. */
export const FIRST_COLOUR = "hsl(202, 7%, 35%)";
export const GRID_COLOUR = "hsl(202, 7%, 67%)";
export const TEXT_COLOUR = "hsl(0, 0%, 13%)";
export const FIRST_DASH = "6 4";
