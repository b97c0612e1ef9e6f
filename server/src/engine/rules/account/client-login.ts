import meta from "../../../../../rules/account/client-login/rule.json";
import { defineRule } from "../../rule";
import { CLIENT_LOGIN_RE } from "../../patterns/account";
import { clauseDetections } from "../shared";

export const clientLogin = defineRule("account/client-login", meta, (ctx) =>
  clauseDetections(ctx, ({ text }) => CLIENT_LOGIN_RE.test(text), { skipCompliant: true }),
);
