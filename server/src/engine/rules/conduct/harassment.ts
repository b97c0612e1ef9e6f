import meta from "../../../../../rules/conduct/harassment/rule.json";
import { defineRule } from "../../rule";
import { COERCION_RE, INSULT_RE, SEXUAL_RE, THREAT_RE } from "../../patterns/conduct";
import { clauseDetections } from "../shared";

export const harassment = defineRule("conduct/harassment", meta, (ctx) =>
  clauseDetections(ctx, ({ text }) => INSULT_RE.test(text) || THREAT_RE.test(text) || COERCION_RE.test(text) || SEXUAL_RE.test(text)),
);
