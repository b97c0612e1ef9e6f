// Contact details that a template leaves to its filling tool: "email me at {{agent_email}}",
// "WhatsApp me on [Phone Number]". The placeholder's name says what it will hold; the words before
// it say it is offered for contact.

import { matches } from "../../prefilter";
import type { Detection, RuleContext } from "../../rule";
import { APP_INVITE_BEFORE_RE, placeholderContactRule } from "../../lexicons/contact";
import { CONTACT_LABEL_LEAD_IN_RE, MESSAGING_APPS } from "../../patterns/contact";
import { AFTER_CONTRACT_RE } from "../../patterns/intent";
import { sentenceInParagraph } from "./paragraph";

const OFFER_VERB = String.raw`e-?mail|write(?:\s{1,3}to)?|reach|contact|message|mail|ping|text|txt|call|ring|phone|dm|find|add|book|schedule|visit|${MESSAGING_APPS}|(?:send|ship|post)(?:\s{1,3}(?:it|them|files?|documents?|samples?))?`;
const PARTY = String.raw`(?:\s{1,3}(?:me|us))?(?:\s{1,3}(?:directly|anytime|any\s{1,3}time|personally))?`;
const PREPOSITION = String.raw`(?:\s{1,3}(?:at|on|via|to|through|using|in))?`;
/** Words right before a placeholder that offer it for contact: "email me at", "WhatsApp:", "call". */
const PLACEHOLDER_LEAD_IN_RE = new RegExp(String.raw`\b(?:${OFFER_VERB})${PARTY}${PREPOSITION}\s{0,3}[:\-–]?\s{0,3}$`, "i");

/**
 * Findings for `ruleId` (a contact rule id) at placeholders whose name is that kind of contact detail
 * and which follow a contact verb or label; in source offsets, from the lead-in to the placeholder's end.
 */
export function placeholderContactDetections(ctx: RuleContext, ruleId: string): Detection[] {
  const { source, code, placeholders } = ctx.doc;
  const out: Detection[] = [];
  for (const p of placeholders) {
    if (code.some((c) => c.start <= p.start && p.end <= c.end)) continue;
    if (placeholderContactRule(source.slice(p.start, p.end)) !== ruleId) continue;
    const window = source.slice(Math.max(0, p.start - 60), p.start);
    const before = window.slice(window.lastIndexOf("\n") + 1);
    const lead = APP_INVITE_BEFORE_RE.exec(before) ?? PLACEHOLDER_LEAD_IN_RE.exec(before) ?? CONTACT_LABEL_LEAD_IN_RE.exec(before);
    if (!lead) continue;
    const start = p.start - before.length + lead.index;
    const afterContract = matches(AFTER_CONTRACT_RE, sentenceInParagraph(source, start, p.end));
    out.push(afterContract
      ? { start, end: p.end, severity: "information", replacement: null, message: "Contact details for after the contract starts: allowed then, but make sure this text is only sent once the contract is active." }
      : { start, end: p.end, ...(ruleId === "contact/link" ? { severity: "warning" as const } : {}) });
  }
  return out;
}
