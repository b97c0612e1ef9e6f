import meta from "../../../../../rules/feedback/incentive/rule.json";
import { defineRule } from "../../rule";
import { REVIEW_RE, REWARD_RE, TOP_RATING_RE } from "../../patterns/feedback";
import { clauseDetections } from "../shared";

export const incentive = defineRule("feedback/incentive", meta, (ctx) =>
  clauseDetections(ctx, ({ text }) => REVIEW_RE.test(text) && REWARD_RE.test(text) && (TOP_RATING_RE.test(text) || /\b(?:if|in\s+exchange|in\s+return|for\s+a|gets?\s+you)\b/i.test(text))),
);
