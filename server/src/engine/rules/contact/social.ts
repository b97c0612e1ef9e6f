import meta from "../../../../../rules/contact/social/rule.json";
import { defineRule, type Detection } from "../../rule";
import { CONTACT_THERE_AFTER_RE, SOCIAL_HANDLE_RE, SOCIAL_INVITE_RE, SOCIAL_LINK_RE, TECH_AFTER_RE } from "../../patterns/contact";
import { AFTER_CONTRACT_RE, COMPLIANCE_RE, NEGATION_BEFORE_RE } from "../../patterns/intent";
import { clauseTextAt, contactDetection, matchesOf } from "../shared";

export const contactSocial = defineRule("contact/social", meta, (ctx) => {
  const view = ctx.doc.prose;
  const text = view.text;
  const out: Detection[] = [];
  const push = (start: number, end: number) => {
    const there = CONTACT_THERE_AFTER_RE.exec(text.slice(end, end + 60));
    out.push(contactDetection(view, start, end + (there ? there[0].length : 0)));
  };
  for (const m of matchesOf(SOCIAL_LINK_RE, text)) push(m.index, m.index + m[0].length);
  for (const m of matchesOf(SOCIAL_HANDLE_RE, text)) push(m.index, m.index + m[0].length);
  for (const m of matchesOf(SOCIAL_INVITE_RE, text)) {
    const end = m.index + m[0].length;
    if (TECH_AFTER_RE.test(text.slice(end, end + 40))) continue;
    if (NEGATION_BEFORE_RE.test(text.slice(Math.max(0, m.index - 30), m.index))) continue;
    const clause = clauseTextAt(ctx, view, m.index);
    if (COMPLIANCE_RE.test(clause) || AFTER_CONTRACT_RE.test(clause)) continue;
    push(m.index, end);
  }
  return out;
});
