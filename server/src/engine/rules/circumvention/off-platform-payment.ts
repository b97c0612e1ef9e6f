import meta from "../../../../../rules/circumvention/off-platform-payment/rule.json";
import { defineRule } from "../../rule";
import { CASH_ACCEPTED_RE, FEE_AVOIDANCE_RE, OUTSIDE_ESCROW_RE, PAYMENT_METHOD_RE, PAYMENT_TECH_RE, PAYMENT_VERB_RE, PERSONAL_PAYMENT_RE, YOU_CAN_USE_RE, WHAT_IS_OWED_RE, WISE_RE } from "../../patterns/payment";
import { clauseDetections } from "../shared";

export const offPlatformPayment = defineRule("circumvention/off-platform-payment", meta, (ctx) =>
  clauseDetections(ctx, ({ text }) => {
    const method = PAYMENT_METHOD_RE.test(text) || WISE_RE.test(text) || CASH_ACCEPTED_RE.test(text);
    const avoidance = FEE_AVOIDANCE_RE.test(text) || OUTSIDE_ESCROW_RE.test(text);
    const paying = PAYMENT_VERB_RE.test(text);
    const personal = PERSONAL_PAYMENT_RE.test(text) || (YOU_CAN_USE_RE.test(text) && WHAT_IS_OWED_RE.test(text));
    // A channel named with who pays whom ("I prefer Zelle", "pay me via PayPal"), or with fee avoidance.
    if (method && (personal || avoidance) && !PAYMENT_TECH_RE.test(text)) return true;
    // "skip Upwork's fee", "pay me outside Upwork": no channel named, but the intent is plain.
    return avoidance && paying && /\b(?:fees?|escrow|commission|pay|paid|payment|invoice)\b|\d{1,2}\s?%/i.test(text);
  }, { skipCompliant: true }),
);
