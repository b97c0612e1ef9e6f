import { matches } from "../../prefilter";
import meta from "../../../../../rules/account/shared-account/rule.json";
import { defineRule } from "../../rule";
import { SHARED_UNDER_NAME_RE, FORMER_AGENCY_SEAT_RE, ACCOUNT_FOR_A_FEE_RE, SENT_BY_OTHERS_RE, ACCOUNT_HANDOVER_RE, PAYMENTS_FORWARDED_RE, ACCOUNT_RENTED_OUT_RE, BORROWED_ACCOUNT_RE, NAMED_LOGIN_RE, POSING_AS_OWNER_RE, CODES_FOR_ANOTHER_RE, MANY_ON_ONE_ACCOUNT_RE, MY_PERSON_ON_MY_ACCOUNT_RE, ACTING_AS_ME_RE, NAMED_WORKER_UNDER_MY_NAME_RE, SHARED_ACCOUNT_RE, UNDER_MY_NAME_RE } from "../../patterns/account";
import { clauseDetections } from "../shared";

export const sharedAccount = defineRule("account/shared-account", meta, (ctx) =>
  clauseDetections(
    ctx,
    ({ text }) => [SHARED_ACCOUNT_RE, SENT_BY_OTHERS_RE, BORROWED_ACCOUNT_RE, MANY_ON_ONE_ACCOUNT_RE, ACCOUNT_HANDOVER_RE, CODES_FOR_ANOTHER_RE, UNDER_MY_NAME_RE, NAMED_WORKER_UNDER_MY_NAME_RE, ACCOUNT_RENTED_OUT_RE, POSING_AS_OWNER_RE, NAMED_LOGIN_RE, ACCOUNT_FOR_A_FEE_RE, PAYMENTS_FORWARDED_RE, MY_PERSON_ON_MY_ACCOUNT_RE, ACTING_AS_ME_RE, FORMER_AGENCY_SEAT_RE, SHARED_UNDER_NAME_RE].some((re) => matches(re, text)),
    { skipCompliant: true },
  ),
);
