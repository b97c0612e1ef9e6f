import meta from "../../../../../rules/contact/address/rule.json";
import { defineRule, detectionIn, type Detection } from "../../rule";
import { ADDRESS_CONTEXT_RE, EUROPEAN_ADDRESS_RE, STREET_ADDRESS_RE } from "../../patterns/contact";
import { matchesOf } from "../shared";

export const contactAddress = defineRule("contact/address", meta, (ctx) => {
  const view = ctx.doc.prose;
  const text = view.text;
  const out: Detection[] = [];
  for (const re of [STREET_ADDRESS_RE, EUROPEAN_ADDRESS_RE]) {
    for (const m of matchesOf(re, text)) {
      const found = m[0].replace(/[\s,.]+$/, "");
      const end = m.index + found.length;
      const before = text.slice(Math.max(0, m.index - 80), m.index);
      const hasPostcode = /\d{4,5}(?:-\d{4})?$|\b[A-Z]{2,3}\s+\d{4}$|,\s*[A-Z][\wçğıöşüİ]+$/.test(found);
      const context = ADDRESS_CONTEXT_RE.test(before.slice(before.lastIndexOf("\n") + 1));
      if (!hasPostcode && !context) continue;
      out.push(detectionIn(view, m.index, end, { severity: hasPostcode && context ? "error" : "warning" }));
    }
  }
  return out;
});
