import meta from "../../../../../rules/account/shared-account/rule.json";
import { defineRule } from "../../rule";
import { SHARED_ACCOUNT_RE } from "../../patterns/account";
import { clauseDetections } from "../shared";

export const sharedAccount = defineRule("account/shared-account", meta, (ctx) =>
  clauseDetections(ctx, ({ text }) => SHARED_ACCOUNT_RE.test(text), { skipCompliant: true }),
);
