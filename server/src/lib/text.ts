/** Trimmed text, or null when nothing but whitespace is left (an optional field left empty). */
export const blankToNull = (v: string | null | undefined): string | null => (v?.trim() ? v.trim() : null);
