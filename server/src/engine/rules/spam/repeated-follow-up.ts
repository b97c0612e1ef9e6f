import { matches } from "../../prefilter";
import meta from "../../../../../rules/spam/repeated-follow-up/rule.json";
import { defineRule } from "../../rule";
import { DAILY_MESSAGES_ES_PT_RE, FOLLOW_UPS_APART_RE, LATE_ORDINAL_FOLLOW_UP_RE, RECURRING_UNTIL_ANSWERED_RE, REPEATED_FOLLOW_UP_RE } from "../../patterns/spam";
import { clauseDetections } from "../shared";
import { sendingSettingDetections } from "./sending-settings";

export const repeatedFollowUp = defineRule("spam/repeated-follow-up", meta, (ctx) => [
  ...sendingSettingDetections(ctx, "repeat"),
  ...clauseDetections(ctx, ({ text }) => matches(REPEATED_FOLLOW_UP_RE, text) || matches(LATE_ORDINAL_FOLLOW_UP_RE, text) || matches(FOLLOW_UPS_APART_RE, text) || matches(RECURRING_UNTIL_ANSWERED_RE, text) || matches(DAILY_MESSAGES_ES_PT_RE, text)),
]);
