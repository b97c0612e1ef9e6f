// The shape of a sentence or clause, which picks the phrasebook entry a rewrite uses.

import type { Phrasebook } from "../types";
import { LEXICON } from "./lexicon";

export type Shape = "invitation" | "offer" | "question" | "statement" | "signoff";

/** Drops a leading connector ("and", "or also") and markup, lowercased. */
export function withoutConnector(text: string): string {
  const t = text.replace(/^[\s*_>([]+/, "").toLowerCase();
  const connector = LEXICON.leadingConnectors.startOf(t);
  return connector ? t.slice(connector.length).replace(/^[\s,]+/, "") : t;
}

/**
 * The shape of `text` ending in `terminal` ("." "?" "" ...): a question when it ends in "?", a
 * sign-off when a line without terminal punctuation has no verb before its colon ("WhatsApp: +1 ..."),
 * an invitation when it opens with "please", "feel free" or a verb, an offer with "I can", "happy to".
 */
export function shapeOf(text: string, terminal: string, ownLine: boolean): Shape {
  const t = withoutConnector(text);
  if (terminal.includes("?")) return "question";
  if (ownLine && terminal === "" && /^[\p{L}\s.'’-]{1,30}:/u.test(t) && !/\b(?:is|are|me|us)\b/.test(t.split(":")[0]!)) return "signoff";
  if (LEXICON.offerStarters.startOf(t)) return "offer";
  if (LEXICON.invitationStarters.startOf(t) || LEXICON.contactVerbs.startOf(t)) return "invitation";
  return "statement";
}

/** The phrasebook entry for a shape. */
export function phraseFor(book: Phrasebook, shape: Shape): string {
  return book[shape];
}
