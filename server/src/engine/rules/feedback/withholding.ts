import { matches } from "../../prefilter";
import meta from "../../../../../rules/feedback/withholding/rule.json";
import { defineRule } from "../../rule";
import { DELIVERY_AFTER_RATING_RE, NOT_ASKED_RE, RATING_AS_CONDITION_RE, RATING_BEFORE_DELIVERY_RE, WITHHELD_IF_LOW_RATING_RE, WITHHOLD_RE, WORK_AFTER_RATING_RE, HELD_UNTIL_RATED_RE, RATING_BEFORE_SENDING_ES_PT_RE } from "../../patterns/feedback";
import { clauseDetections } from "../shared";

export const withholding = defineRule("feedback/withholding", meta, (ctx) =>
  clauseDetections(ctx, ({ text }) =>
    matches(WITHHOLD_RE, text) || matches(WITHHELD_IF_LOW_RATING_RE, text) || matches(HELD_UNTIL_RATED_RE, text) || matches(RATING_BEFORE_SENDING_ES_PT_RE, text) || ((matches(WORK_AFTER_RATING_RE, text) || matches(RATING_BEFORE_DELIVERY_RE, text) || matches(RATING_AS_CONDITION_RE, text) || matches(DELIVERY_AFTER_RATING_RE, text)) && !matches(NOT_ASKED_RE, text)),
  ),
);
