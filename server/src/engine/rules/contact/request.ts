import meta from "../../../../../rules/contact/request/rule.json";
import { defineRule, detectionIn, type Detection } from "../../rule";
import { CONTACT_REQUEST_RE, SCOPING_ACCESS_RE } from "../../patterns/contact";
import { COMPLIANCE_RE, NEGATION_BEFORE_RE } from "../../patterns/intent";
import { clauseTextAt, matchesOf } from "../shared";

export const contactRequest = defineRule("contact/request", meta, (ctx) => {
  const view = ctx.doc.prose;
  const text = view.text;
  const out: Detection[] = [];
  for (const m of matchesOf(CONTACT_REQUEST_RE, text)) {
    if (NEGATION_BEFORE_RE.test(text.slice(Math.max(0, m.index - 30), m.index))) continue;
    const clause = clauseTextAt(ctx, view, m.index);
    if (COMPLIANCE_RE.test(clause)) continue;
    const scoping = /e-?mail/i.test(m[0]) && SCOPING_ACCESS_RE.test(clause);
    out.push(detectionIn(view, m.index, m.index + m[0].length, scoping
      ? { severity: "information", message: "Asks for an email to get access to a system needed to scope the project: allowed by Upwork's exception, if it is used only for that." }
      : {}));
  }
  return out;
});
