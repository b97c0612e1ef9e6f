import meta from "../../../../../rules/feedback/withholding/rule.json";
import { defineRule } from "../../rule";
import { NOT_ASKED_RE, RATING_AS_CONDITION_RE, RATING_BEFORE_DELIVERY_RE, WITHHOLD_RE, WORK_AFTER_RATING_RE } from "../../patterns/feedback";
import { clauseDetections } from "../shared";

export const withholding = defineRule("feedback/withholding", meta, (ctx) =>
  clauseDetections(ctx, ({ text }) =>
    WITHHOLD_RE.test(text) || ((WORK_AFTER_RATING_RE.test(text) || RATING_BEFORE_DELIVERY_RE.test(text) || RATING_AS_CONDITION_RE.test(text)) && !NOT_ASKED_RE.test(text)),
  ),
);
