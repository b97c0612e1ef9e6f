// A rewrite must not read as the violation it fixes: the learned layer (the family's model) and the
// contact/request rule judge each candidate, and a candidate that still reads as one gives way to the
// next, more thorough way of rewriting the sentence (rewrite-sentence.ts), ending with the whole.

import { sentenceModel } from "../classifier/detect";
import { MAX_SENTENCE_CHARS, judgeable } from "../classifier/gates";
import { rulesFlaggingAlone } from "../alone";
import { contactRequest } from "../rules/contact/request";
import type { Family } from "../types";

/**
 * Families whose rewrites the model cannot judge: a contact rewrite names Upwork's own channels
 * ("Upwork chat is the quickest way to reach the team") and a follow-up rewrite still talks about
 * messages, and the model reads both as the violation. Contact is judged by the contact/request rule,
 * and by the model only when the sentence was a request (what is left must not still ask).
 */
const MODEL_BLIND: ReadonlySet<Family> = new Set(["contact", "spam"]);

/**
 * True when `text` (a rewritten sentence) still reads as a violation of one of `families`: the
 * learned model scores it at or above the family's warning threshold (where its gates let it
 * judge; not for MODEL_BLIND families), or, for contact, it still asks for the client's contact details.
 */
export function stillViolates(text: string, families: ReadonlySet<Family>, rules: ReadonlySet<string> = new Set()): boolean {
  // A run of text this long is no sentence the layer judges (gates.ts), and verifying it would cost
  // more than the lint (a 100 KB line without sentence ends).
  if (text.length > MAX_SENTENCE_CHARS) return false;
  if (families.has("contact") && rulesFlaggingAlone(text, [contactRequest]).length > 0) return true;
  const model = sentenceModel();
  const scores = model.score(text);
  return model.families.some((f, k) => families.has(f.family) && (!MODEL_BLIND.has(f.family) || (f.family === "contact" && rules.has("contact/request"))) && scores[k]!.probability >= f.warn && judgeable(text, f.family));
}
