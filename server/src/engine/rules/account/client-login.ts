import { matches } from "../../prefilter";
import meta from "../../../../../rules/account/client-login/rule.json";
import { defineRule } from "../../rule";
import { CLIENT_CREDENTIALS_RE, CLIENT_LOGIN_RE, PASSWORD_GIVEN_RE, CREDENTIAL_WORD_RE } from "../../patterns/account";
import { CONTACT_REQUEST_RE } from "../../patterns/contact";

/** "tell me your username" on a messaging app asks for a contact (contact/request), not a login. */
const ASKS_FOR_CONTACT_RE = new RegExp(CONTACT_REQUEST_RE.source, "i");
import { PASS_LABEL_GIVEN_RE } from "../../patterns/account-borrowed";
import { clauseDetections } from "../shared";

export const clientLogin = defineRule("account/client-login", meta, (ctx) =>
  clauseDetections(ctx, ({ text }) => (matches(CLIENT_LOGIN_RE, text) || matches(CLIENT_CREDENTIALS_RE, text) || matches(PASSWORD_GIVEN_RE, text) || matches(PASS_LABEL_GIVEN_RE, text)) && (!matches(ASKS_FOR_CONTACT_RE, text) || matches(CREDENTIAL_WORD_RE, text)), { skipCompliant: true, skipForbidding: true }),
);
