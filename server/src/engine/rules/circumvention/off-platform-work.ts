import { matches } from "../../prefilter";
import meta from "../../../../../rules/circumvention/off-platform-work/rule.json";
import { defineRule } from "../../rule";
import { OFF_PLATFORM_WORK_RE } from "../../patterns/payment";
import { clauseDetections } from "../shared";

export const offPlatformWork = defineRule("circumvention/off-platform-work", meta, (ctx) =>
  clauseDetections(ctx, ({ text }) => matches(OFF_PLATFORM_WORK_RE, text), { skipCompliant: true }),
);
