import { matches } from "../../prefilter";
import meta from "../../../../../rules/feedback/pressure/rule.json";
import { defineRule } from "../../rule";
import { RATING_DEMANDED_RE, REVIEW_WARNS_OTHERS_RE, WITHOUT_TOP_THEN_RE, YOU_GET_LOW_RATING_RE, ANYTHING_LESS_ANSWERED_RE, REVIEW_LESS_KIND_RE, BAD_REVIEW_THREAT_RE, BELOW_TOP_HURTS_ME_RE, BONUS_IF_SILENT_RE, FEEDBACK_WILL_REFLECT_RE, LOW_FOR_LOW_RE, REVIEW_FROM_YOUR_ACCOUNT_RE, NOTHING_UNDER_TOP_RE, REVIEW_UNLESS_RE, CHANGE_RATING_DEMAND_RE, REMOVAL_ULTIMATUM_RE, CONDITIONAL_LOW_RATING_RE, FEEDBACK_AS_LEVERAGE_RE, LESS_HURTS_SCORE_RE, HONEST_REVIEW_THREAT_RE, LOW_RATING_ULTIMATUM_RE, PRESSURE_RE, REVIEW_AS_WEAPON_RE, SCORE_THREAT_RE } from "../../patterns/feedback";
import { clauseDetections } from "../shared";
import { LOW_RATING_PLEA_RE } from "../../patterns/intent";

export const pressure = defineRule("feedback/pressure", meta, (ctx) =>
  clauseDetections(ctx, ({ text }) => matches(PRESSURE_RE, text) || matches(LOW_RATING_PLEA_RE, text) || matches(RATING_DEMANDED_RE, text) || matches(BAD_REVIEW_THREAT_RE, text) || matches(REVIEW_WARNS_OTHERS_RE, text) || matches(FEEDBACK_AS_LEVERAGE_RE, text) || matches(LESS_HURTS_SCORE_RE, text) || matches(BELOW_TOP_HURTS_ME_RE, text) || matches(FEEDBACK_WILL_REFLECT_RE, text) || matches(REVIEW_UNLESS_RE, text) || matches(NOTHING_UNDER_TOP_RE, text) || matches(BONUS_IF_SILENT_RE, text) || matches(LOW_FOR_LOW_RE, text) || matches(REVIEW_FROM_YOUR_ACCOUNT_RE, text) || matches(CHANGE_RATING_DEMAND_RE, text) || matches(CONDITIONAL_LOW_RATING_RE, text) || matches(LOW_RATING_ULTIMATUM_RE, text) || matches(SCORE_THREAT_RE, text) || matches(REVIEW_AS_WEAPON_RE, text) || matches(HONEST_REVIEW_THREAT_RE, text) || matches(REMOVAL_ULTIMATUM_RE, text) || matches(ANYTHING_LESS_ANSWERED_RE, text) || matches(REVIEW_LESS_KIND_RE, text) || matches(YOU_GET_LOW_RATING_RE, text) || matches(WITHOUT_TOP_THEN_RE, text)),
);
