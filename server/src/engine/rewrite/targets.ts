// What the rewriter works on and gives back: the findings to rewrite away, the regions they are narrowed
// or widened to, and the rewrite; shared by every strategy module.

import type { Phrasebook } from "../types";

/** A finding to rewrite away, in source offsets, with its rule's phrasebook. */
export interface RewriteTarget {
  start: number;
  end: number;
  /** The finding's family ("contact", "feedback" ...): which words mark the offending part of a long finding. */
  family?: string;
  /** The finding's rule ("contact/address"). */
  rule?: string;
  book: Phrasebook;
  /** A bare detail inside a running sentence ("My site calendly.com/x lists slots"): may simply go. */
  removable: boolean;
  /** Its commas and dashes are part of the detail (an address, a spelled-out number). */
  keepsPunctuation: boolean;
  /** The finding is a whole clause (a payment, a feedback demand), rewritten whole even across commas. */
  clauseLevel: boolean;
}

/** The rewritten body `[start, end)` of a sentence (terminal punctuation is never touched). */
export interface SentenceRewrite {
  start: number;
  end: number;
  text: string;
  /** The whole sentence as rewritten, terminal punctuation included. */
  sentence: string;
  /** The first rewritten stretch, a whole phrase ("message me here on Upwork"). */
  phrase: string;
}

/** The phrasebook that wins among a sentence's findings: the highest priority. */
export const byPriority = (books: Phrasebook[]) => books.reduce((a, b) => (b.priority > a.priority ? b : a));

/** A finding's span as narrowed or widened for rewriting: the target without its punctuation flag. */
export type Region = Omit<RewriteTarget, "keepsPunctuation">;
