import { matches } from "../../prefilter";
import meta from "../../../../../rules/feedback/incentive/rule.json";
import { defineRule } from "../../rule";
import { REWARD_ES_PT_RE, BAD_REVIEW_THREAT_RE, REWARD_DECLINED_RE, CONTINGENT_ON_RATING_RE, REFUND_OR_FREEBIE_RE, REMOVE_REVIEW_RE, REVIEW_RE, REVIEW_SWAP_RE, REVIEWS_BOUGHT_RE, REVIEW_AS_WORK_RE, REWARD_CONDITION_RE, REWARD_RE, TOP_RATING_RE } from "../../patterns/feedback";
import { clauseDetections } from "../shared";

export const incentive = defineRule("feedback/incentive", meta, (ctx) =>
  clauseDetections(ctx, ({ text }) =>
    (matches(REVIEW_RE, text) && (!matches(REVIEW_AS_WORK_RE, text) || matches(TOP_RATING_RE, text)) && (matches(REWARD_RE, text) || matches(REWARD_ES_PT_RE, text)) && !matches(BAD_REVIEW_THREAT_RE, text) && !matches(REWARD_DECLINED_RE, text) && (matches(TOP_RATING_RE, text) || matches(REWARD_CONDITION_RE, text))) ||
    matches(REVIEW_SWAP_RE, text) ||
    (matches(REVIEWS_BOUGHT_RE, text) && !matches(REWARD_DECLINED_RE, text)) ||
    matches(CONTINGENT_ON_RATING_RE, text) ||
    (matches(REMOVE_REVIEW_RE, text) && matches(REFUND_OR_FREEBIE_RE, text)),
    { skipForbidding: true, skipReported: true },
  ),
);
