import meta from "../../../../../rules/account/second-account/rule.json";
import { defineRule } from "../../rule";
import { OTHER_PROFILE_RE, SECOND_ACCOUNT_RE } from "../../patterns/account";
import { clauseDetections } from "../shared";

export const secondAccount = defineRule("account/second-account", meta, (ctx) =>
  clauseDetections(ctx, ({ text }) => SECOND_ACCOUNT_RE.test(text) || OTHER_PROFILE_RE.test(text), { skipCompliant: true }),
);
