// An invitation to make contact whose detail sits elsewhere: "email me or ring me on the number in
// my signature", "reach us at the email below", "my number is on my website". The detail may be
// outside the template, so the invitation itself is the finding.

import { matches } from "../../prefilter";
import type { Detection, RuleContext } from "../../rule";
import { detectionIn } from "../../rule";
import { CONTACT_ELSEWHERE_RE, DETAIL_KEPT_ELSEWHERE_RE } from "../../lexicons/contact";
import { AFTER_CONTRACT_RE, promisesCompliance, NEGATION_BEFORE_RE } from "../../patterns/intent";

/** "don't", "do not", "please never" right before the verb, with one word between at most. */
const DONT_BEFORE_RE = /\b(?:don['’]t|do\s{1,3}not|never|please\s{1,3}don['’]t)\s{1,3}(?:\w+\s{1,3}){0,1}$/i;
import { clauseTextAt, matchesOf } from "../shared";

/** The contact rule that reports an invitation, from the noun it points at. */
function ruleForNoun(noun: string): string {
  if (/number|phone|whatsapp|line/i.test(noun)) return "contact/phone";
  if (/skype|handle|telegram|signal/i.test(noun)) return "contact/messaging";
  if (/calendly|booking/i.test(noun)) return "contact/link";
  return "contact/email";
}

/** Every pattern here ends at a place word: texts without one skip both scans. */
const PLACE_CUE_RE = /\b(?:below|above|bottom|end|signature|footer|letterhead|card|cv|r[eé]sum[eé]|web\s?site|site|pdf|attach\w*|bio|about|profile|banner|cover|intro|page)\b/i;

/** Matches per document: three rules read them, the text is scanned once. */
const matchCache = new WeakMap<RuleContext, RegExpExecArray[]>();

/** Findings of `ruleId` for invitations that point at a contact detail given elsewhere (signature, below, website). */
export function contactElsewhereDetections(ctx: RuleContext, ruleId: string): Detection[] {
  const view = ctx.doc.prose;
  const text = view.text;
  const out: Detection[] = [];
  let found = matchCache.get(ctx);
  if (!found) matchCache.set(ctx, (found = matches(PLACE_CUE_RE, text) ? [...matchesOf(CONTACT_ELSEWHERE_RE, text), ...matchesOf(DETAIL_KEPT_ELSEWHERE_RE, text)] : []));
  for (const m of found) {
    if (ruleForNoun(m[1]!) !== ruleId) continue;
    const before = text.slice(Math.max(0, m.index - 30), m.index);
    if (matches(NEGATION_BEFORE_RE, before) || matches(DONT_BEFORE_RE, before)) continue;
    const clause = clauseTextAt(ctx, view, m.index);
    if (promisesCompliance(clause) || matches(AFTER_CONTRACT_RE, clause)) continue;
    out.push(detectionIn(view, m.index, m.index + m[0].length, { severity: "warning", message: "Invites the client to contact you through a detail given elsewhere (signature, website, below): before a contract, keep contact on Upwork." }));
  }
  return out;
}
