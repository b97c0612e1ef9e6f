// What of an address may stay once the address goes: its town, which is no contact detail.

import { LEXICON } from "./lexicon";

/**
 * The town of an address: the capitalized words ending one of its last two comma pieces, after any
 * postcode or state code ("28013 Madrid" -> "Madrid", "Toronto ON M5K 1A1" -> "Toronto"), and not a
 * street's own name ("Calle Mayor 15", "14 Baker's Row"); undefined if none.
 */
export function cityOf(address: string): string | undefined {
  for (const piece of address.split(/,\s*/).reverse().slice(0, 2)) {
    if (/^\s*\d{1,3}[a-z]?\s/i.test(piece)) continue;
    const tokens = piece.trim().split(/\s+/);
    let end = tokens.length;
    while (end > 0 && (/\d/.test(tokens[end - 1]!) || /^\p{Lu}{1,3}$/u.test(tokens[end - 1]!))) end--;
    let start = end;
    while (start > 0 && /^\p{Lu}[\p{L}'-]*$/u.test(tokens[start - 1]!) && !/^\p{Lu}{1,3}$/u.test(tokens[start - 1]!) && !LEXICON.streetWords.has(tokens[start - 1]!.toLowerCase())) start--;
    if (start === end || (start > 0 && LEXICON.streetWords.has(tokens[start - 1]!.toLowerCase()))) continue;
    return tokens.slice(start, end).join(" ");
  }
  return undefined;
}
