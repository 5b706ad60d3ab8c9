// The Finnish personal identity code in the browser: the server's own checker (pure TypeScript, bundled
// as is) so that the form and the API agree on what is valid, plus masking and the rule that keeps
// identity codes out of addresses.
import { looksLikeIdentityCode } from "../../../../server/src/modules/participants/identity-code";

export {
  checkIdentityCode,
  type IdentityCodeCheck,
  looksLikeIdentityCode,
} from "../../../../server/src/modules/participants/identity-code";

/**
 * Hides the individual number and check character: "131052-308T" → "131052-****". The birth date and
 * century sign stay, as they tell nothing the birth date does not.
 */
export function maskIdentityCode(code: string): string {
  const value = code.trim();
  if (value.length <= 7) return "****";
  return `${value.slice(0, 7)}${"*".repeat(value.length - 7)}`;
}

/**
 * Whether a search text may be written into the address (?q=). Addresses end up in browser history,
 * bookmarks and proxy logs, so a text shaped like an identity code stays in the page only.
 */
export function searchBelongsInUrl(q: string): boolean {
  return !looksLikeIdentityCode(q);
}
