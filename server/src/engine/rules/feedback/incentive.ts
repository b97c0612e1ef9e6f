import meta from "../../../../../rules/feedback/incentive/rule.json";
import { defineRule } from "../../rule";
import { BAD_REVIEW_THREAT_RE, CONTINGENT_ON_RATING_RE, REFUND_OR_FREEBIE_RE, REMOVE_REVIEW_RE, REVIEW_RE, REVIEW_SWAP_RE, REWARD_CONDITION_RE, REWARD_RE, TOP_RATING_RE } from "../../patterns/feedback";
import { clauseDetections } from "../shared";

export const incentive = defineRule("feedback/incentive", meta, (ctx) =>
  clauseDetections(ctx, ({ text }) =>
    (REVIEW_RE.test(text) && REWARD_RE.test(text) && !BAD_REVIEW_THREAT_RE.test(text) && (TOP_RATING_RE.test(text) || REWARD_CONDITION_RE.test(text))) ||
    REVIEW_SWAP_RE.test(text) ||
    CONTINGENT_ON_RATING_RE.test(text) ||
    (REMOVE_REVIEW_RE.test(text) && REFUND_OR_FREEBIE_RE.test(text)),
  ),
);
