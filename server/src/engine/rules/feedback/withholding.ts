import meta from "../../../../../rules/feedback/withholding/rule.json";
import { defineRule } from "../../rule";
import { WITHHOLD_RE } from "../../patterns/feedback";
import { clauseDetections } from "../shared";

export const withholding = defineRule("feedback/withholding", meta, (ctx) =>
  clauseDetections(ctx, ({ text }) => WITHHOLD_RE.test(text)),
);
