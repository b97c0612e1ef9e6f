import meta from "../../../../../rules/conduct/harassment/rule.json";
import { defineRule } from "../../rule";
import { COERCION_RE, INSULT_RE, SEXUAL_RE, THREAT_RE } from "../../patterns/conduct";
import { withoutQuotations } from "../../text-units";
import { clauseDetections } from "../shared";

export const harassment = defineRule("conduct/harassment", meta, (ctx) =>
  clauseDetections(ctx, ({ text }) => {
    const own = withoutQuotations(text);
    return INSULT_RE.test(own) || THREAT_RE.test(own) || COERCION_RE.test(own) || SEXUAL_RE.test(own);
  }),
);
