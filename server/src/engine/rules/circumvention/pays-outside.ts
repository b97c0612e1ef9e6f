// Whether a clause pays or asks to be paid outside Upwork: the test of circumvention/off-platform-payment,
// shared with circumvention/off-platform-work, which reads it as the context of a contract closed early.

import { matches } from "../../prefilter";
import { PLATFORM_TAKES_NO_CUT_RE, ACCEPTS_CHANNEL_RE, BANK_DETAILS_ASKED_RE, CASH_ACCEPTED_RE, OWN_BILLING_RE, FEE_AVOIDANCE_ES_PT_RE, FEE_AVOIDANCE_RE, OFFERED_CHANNEL_RE, OUTSIDE_ESCROW_RE, PAY_ME_ES_PT_RE, PAYMENT_HANDLE_RE, PAYMENT_METHOD_RE, PAYMENT_TECH_RE, PAYMENT_VERB_RE, PAYMENT_WORD_ES_PT_RE, THIRD_PARTY_PAYEE_RE, PERSONAL_PAYMENT_RE, TO_YOUR_CHANNEL_RE, SWITCH_TO_CHANNEL_RE, CHANNEL_INVOICE_SENT_RE, CHANNEL_PREFERRED_RE, CHANNEL_AS_VERB_RE, PAID_TO_PHONE_RE, OUTSIDE_THE_CONTRACT_RE, YOU_CAN_USE_RE, WHAT_IS_OWED_RE, WISE_RE } from "../../patterns/payment";

/** The writer named as the one paid: "pay me", "to my PayPal". */
const PAYS_WRITER_RE = /\bpay(?:s|ing)?\s{1,3}(?:me|us)\b|\b(?:to|into)\s{1,3}(?:me|us|my|our)\b/i;

/** True when `clause` (one clause of prose) names a way to pay outside Upwork with who pays whom, or dodges the platform's fee. */
export function paysOutsideUpwork(text: string): boolean {
  const method = matches(PAYMENT_METHOD_RE, text) || matches(WISE_RE, text) || matches(CASH_ACCEPTED_RE, text);
  // "we settle invoices through our own billing portal": the writer's own billing names the channel and who is paid.
  if (matches(OWN_BILLING_RE, text) && matches(PAYMENT_VERB_RE, text) && !matches(PAYMENT_TECH_RE, text)) return true;
  // A channel with the writer's handle ("Venmo: @leo-draws"), or a payer asking for bank details: the details to pay outside.
  if (matches(PAYMENT_HANDLE_RE, text) || matches(BANK_DETAILS_ASKED_RE, text) || matches(PLATFORM_TAKES_NO_CUT_RE, text)) return true;
  const avoidance = matches(FEE_AVOIDANCE_RE, text) || matches(OUTSIDE_ESCROW_RE, text) || matches(FEE_AVOIDANCE_ES_PT_RE, text);
  if (!method && !avoidance) return false; // both branches below need one (and most clauses have neither)
  // "you pay the factory directly": the client's supplier is paid, not the writer.
  if (matches(THIRD_PARTY_PAYEE_RE, text) && !PAYS_WRITER_RE.test(text)) return false;
  const paying = matches(PAYMENT_VERB_RE, text) || matches(PAYMENT_WORD_ES_PT_RE, text);
  const personal = matches(PERSONAL_PAYMENT_RE, text) || matches(TO_YOUR_CHANNEL_RE, text) || matches(SWITCH_TO_CHANNEL_RE, text) || matches(CHANNEL_INVOICE_SENT_RE, text) || matches(CHANNEL_PREFERRED_RE, text) || matches(CHANNEL_AS_VERB_RE, text) || matches(PAID_TO_PHONE_RE, text) || matches(OUTSIDE_THE_CONTRACT_RE, text) || matches(ACCEPTS_CHANNEL_RE, text) || (matches(YOU_CAN_USE_RE, text) && matches(WHAT_IS_OWED_RE, text)) || matches(OFFERED_CHANNEL_RE, text) || matches(PAY_ME_ES_PT_RE, text);
  // A channel named with who pays whom ("I prefer Zelle", "pay me via PayPal"), or with fee avoidance.
  if (method && (personal || avoidance) && !matches(PAYMENT_TECH_RE, text)) return true;
  // "skip Upwork's fee", "pay me outside Upwork": no channel named, but the intent is plain.
  return avoidance && paying && (/\b(?:fees?|costs?|charges?|escrow|commission|pay|paid|payment|invoice)\b|\d{1,2}\s?%/i.test(text) || matches(PAYMENT_WORD_ES_PT_RE, text));
}
