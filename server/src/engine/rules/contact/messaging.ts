import meta from "../../../../../rules/contact/messaging/rule.json";
import { defineRule, detectionIn, type Detection } from "../../rule";
import { MESSAGING_ID_RE, MESSAGING_INVITE_RE, MESSAGING_LINK_RE, TECH_AFTER_RE, TECH_BEFORE_RE } from "../../patterns/contact";
import { COMPLIANCE_RE, NEGATION_BEFORE_RE } from "../../patterns/intent";
import { clauseTextAt, contactDetection, matchesOf } from "../shared";

const NOT_AN_ID_RE = /^@?(?:is|the|a|an|me|us|bot|bots|api|chatbot|business|group|channel|server|integration|app|and|or|for|to|with|too|also|here|only|please|number)$/i;

/** An ID looks like one: has a digit, a dot, an underscore, a colon, an @, or is a long capitalized code. */
function looksLikeId(id: string): boolean {
  if (NOT_AN_ID_RE.test(id)) return false;
  if (/^\+?[\d\s().-]{7,}$/.test(id)) return false; // a phone number: contact/phone reports it
  return /[\d._:@]/.test(id) || /^[A-Z0-9]{6,}$/.test(id);
}

export const contactMessaging = defineRule("contact/messaging", meta, (ctx) => {
  const view = ctx.doc.prose;
  const text = view.text;
  const out: Detection[] = [];
  for (const m of matchesOf(MESSAGING_LINK_RE, text)) out.push(contactDetection(view, m.index, m.index + m[0].length));
  for (const m of matchesOf(MESSAGING_ID_RE, text)) {
    const id = (m[1] ?? m[2])!;
    if (!looksLikeId(id)) continue;
    const idEnd = m.index + m[0].length - (/[.\-]+$/.exec(m[0])?.[0].length ?? 0); // "ID is 7XK2PQ9M." ends before the full stop
    out.push(contactDetection(view, m.index, idEnd));
  }
  for (const m of matchesOf(MESSAGING_INVITE_RE, text)) {
    const end = m.index + m[0].length;
    if (TECH_AFTER_RE.test(text.slice(end, end + 40))) continue;
    if (TECH_BEFORE_RE.test(text.slice(Math.max(0, end - 60), end).replace(/\S+$/, ""))) continue;
    if (NEGATION_BEFORE_RE.test(text.slice(Math.max(0, m.index - 30), m.index))) continue;
    if (COMPLIANCE_RE.test(clauseTextAt(ctx, view, m.index))) continue;
    out.push(detectionIn(view, m.index, end));
  }
  return out;
});
