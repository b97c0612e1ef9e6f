import meta from "../../../../../rules/feedback/incentive/rule.json";
import { defineRule } from "../../rule";
import { BAD_REVIEW_THREAT_RE, REVIEW_RE, REWARD_CONDITION_RE, REWARD_RE, TOP_RATING_RE } from "../../patterns/feedback";
import { clauseDetections } from "../shared";

export const incentive = defineRule("feedback/incentive", meta, (ctx) =>
  clauseDetections(ctx, ({ text }) =>
    REVIEW_RE.test(text) && REWARD_RE.test(text) && !BAD_REVIEW_THREAT_RE.test(text) && (TOP_RATING_RE.test(text) || REWARD_CONDITION_RE.test(text)),
  ),
);
