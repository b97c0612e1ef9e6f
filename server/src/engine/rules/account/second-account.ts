import { matches } from "../../prefilter";
import meta from "../../../../../rules/account/second-account/rule.json";
import { defineRule } from "../../rule";
import { NEW_ACCOUNT_EACH_TIME_RE, OTHER_PROFILE_RE, SECOND_ACCOUNT_DENIED_RE, SECOND_ACCOUNT_ES_PT_RE, SECOND_ACCOUNT_RE } from "../../patterns/account";
import { clauseDetections } from "../shared";

export const secondAccount = defineRule("account/second-account", meta, (ctx) =>
  clauseDetections(ctx, ({ text }) => (matches(SECOND_ACCOUNT_RE, text) && !matches(SECOND_ACCOUNT_DENIED_RE, text)) || matches(OTHER_PROFILE_RE, text) || matches(NEW_ACCOUNT_EACH_TIME_RE, text) || matches(SECOND_ACCOUNT_ES_PT_RE, text), { skipCompliant: true }),
);
