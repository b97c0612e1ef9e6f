// Which sentences the learned layer may judge at all. The same gates run in training (so the
// thresholds are calibrated on what inference sees) and in the engine.

import { COMPLIANCE_RE } from "../patterns/intent";
import type { Family } from "../types";

/** Fewer words than this is a heading, a label, a citation or a sign-off ("Contact", "Let's talk"): never judged. */
export const MIN_WORDS = 4;

/** A word with at least one letter: numbers and page ranges do not count. */
const WORD_RE = /[\p{N}'’-]*\p{L}[\p{L}\p{N}'’-]*/gu;

/**
 * True when a sentence may be judged for `family`: long enough to carry an intent, and not a
 * promise to stay on Upwork ("I never ask clients to pay outside the platform").
 */
export function judgeable(text: string, _family: Family): boolean {
  WORD_RE.lastIndex = 0;
  let words = 0;
  while (WORD_RE.exec(text) && ++words < MIN_WORDS);
  if (words < MIN_WORDS) return false;
  return !COMPLIANCE_RE.test(text);
}
