import { matches } from "../../prefilter";
import meta from "../../../../../rules/account/false-identity/rule.json";
import { defineRule } from "../../rule";
import { SIGNS_AS_ANOTHER_RE, ACCOUNT_IN_ANOTHERS_NAME_RE, FALSE_IDENTITY_RE, NAME_FOR_SHOW_RE, NAMED_PERSONA_RE, NAME_TAKEN_RE, ID_CHECK_FOR_ANOTHER_RE, NOBODY_ELSE_RE, NATIONAL_PERSONA_RE, INTRODUCED_AS_NAME_RE, MY_PERSON_RE, STAND_IN_RE, WORKER_HIDDEN_RE, OTHERS_DOCUMENT_SHOWN_RE, VERIFICATION_WORD_RE, PASSING_AS_ANOTHER_RE, LOOK_ALIKE_RE } from "../../patterns/account";
import { IDENTITY_CHECK_RE, NAME_REALLY_ME_RE, OTHERS_DOCUMENT_USED_RE, PROFILE_IN_ANOTHERS_NAME_RE } from "../../patterns/account-borrowed";
import { clauseDetections } from "../shared";

export const falseIdentity = defineRule("account/false-identity", meta, (ctx) =>
  clauseDetections(ctx, ({ text }) => matches(FALSE_IDENTITY_RE, text) || (matches(OTHERS_DOCUMENT_USED_RE, text) && matches(IDENTITY_CHECK_RE, text)) || matches(PROFILE_IN_ANOTHERS_NAME_RE, text) || matches(NAME_REALLY_ME_RE, text) || matches(SIGNS_AS_ANOTHER_RE, text) || matches(ACCOUNT_IN_ANOTHERS_NAME_RE, text) || matches(NAMED_PERSONA_RE, text) || matches(NAME_TAKEN_RE, text) || (matches(ID_CHECK_FOR_ANOTHER_RE, text) && !matches(NOBODY_ELSE_RE, text)) || matches(NATIONAL_PERSONA_RE, text) || (matches(INTRODUCED_AS_NAME_RE, text) && matches(MY_PERSON_RE, text)) || matches(NAME_FOR_SHOW_RE, text) || matches(WORKER_HIDDEN_RE, text) || matches(STAND_IN_RE, text) || (matches(OTHERS_DOCUMENT_SHOWN_RE, text) && matches(VERIFICATION_WORD_RE, text)) || matches(PASSING_AS_ANOTHER_RE, text) || matches(LOOK_ALIKE_RE, text)),
);
