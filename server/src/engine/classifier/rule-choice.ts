// Which rule of a family a learned-layer finding belongs to, from cue words (lexicons and a few
// short patterns). The model says *that* a sentence breaks a family's rule; the cues say *which*.

import { ACCOUNT_OTHERS, MESSAGING_APP_TERMS, PAYMENT_CHANNELS, PROTECTED_GROUPS, REVIEW_WORDS, SOCIAL_NETWORKS, lexiconRe } from "../lexicons";
import { WISE_RE } from "../patterns/payment";
import type { Family } from "../types";

const PAYMENT_CHANNEL_RE = lexiconRe(PAYMENT_CHANNELS);
const MESSAGING_APP_RE = lexiconRe(MESSAGING_APP_TERMS);
const SOCIAL_RE = lexiconRe(SOCIAL_NETWORKS);
const REVIEW_RE = lexiconRe(REVIEW_WORDS);
const OTHERS_RE = lexiconRe(ACCOUNT_OTHERS);
const GROUP_RE = lexiconRe(PROTECTED_GROUPS);

const MONEY_RE = /\b(?:pay|pays|paid|paying|payment|payments|fee|fees|escrow|commission|invoice|deposit|money|cash|refund|tip|usd|eur|dollars?|balance|remainder|the\s{1,3}rest)\b|[$€£₹]/i;
const YOUR_CONTACT_RE = /\b(?:your|ur)\s{1,3}(?:\w+\s{1,3})?(?:e-?mail|number|phone|whatsapp|skype|telegram|handle|contact|address|slack|linkedin)\b/i;
const PHONE_WORD_RE = /\b(?:call|ring|phone|number|mobile|cell|text|sms)\b/i;
const EMAIL_WORD_RE = /\b(?:e-?mail|mail|inbox|gmail|outlook)\b/i;
const LOGIN_RE = /\b(?:login|log\s{0,3}in|password|credentials?|2fa|otp|verification\s{1,3}code|sign\s{0,3}in)\b/i;
const SECOND_ACCOUNT_RE = /\b(?:second|another|other|new|backup|alt|old|spare|banned|suspended)\s{1,3}(?:upwork\s{1,3})?(?:account|profile)s?\b/i;
const IDENTITY_RE = /\b(?:pretend|pose|posing|identity|real\s{1,3}name|photo|picture|vpn|located|location|id\s{1,3}card|passport|verify|verification)\b/i;
const FOLLOW_UP_RE = /\b(?:follow(?:ing)?[\s-]?up|remind(?:er)?s?|again|every\s{1,3}(?:day|hour|week)|daily|keep\s{1,3}(?:messaging|sending|writing)|bump)\b/i;
const REWARD_RE = /\b(?:discount|off|refund|free|bonus|extra|gift|cash\s{0,3}back|reward|in\s{1,3}return|in\s{1,3}exchange)\b|[$€£%]/i;
const WITHHOLD_RE = /\b(?:until|unless|before\s{1,3}i\s{1,3}(?:send|deliver|release)|hold|withhold|release|source\s{1,3}files?|final\s{1,3}files?)\b/i;

/** The rule id a learned-layer finding of `family` in `sentence` is reported under. */
export function ruleForFamily(family: Family, sentence: string): string {
  switch (family) {
    case "circumvention":
      return PAYMENT_CHANNEL_RE.test(sentence) || WISE_RE.test(sentence) || MONEY_RE.test(sentence) ? "circumvention/off-platform-payment" : "circumvention/off-platform-work";
    case "contact":
      if (YOUR_CONTACT_RE.test(sentence)) return "contact/request";
      if (MESSAGING_APP_RE.test(sentence)) return "contact/messaging";
      if (SOCIAL_RE.test(sentence)) return "contact/social";
      if (EMAIL_WORD_RE.test(sentence)) return "contact/email";
      if (PHONE_WORD_RE.test(sentence)) return "contact/phone";
      return "contact/messaging";
    case "account":
      if (LOGIN_RE.test(sentence)) return "account/client-login";
      if (SECOND_ACCOUNT_RE.test(sentence)) return "account/second-account";
      if (IDENTITY_RE.test(sentence) && !OTHERS_RE.test(sentence)) return "account/false-identity";
      return "account/shared-account";
    case "spam":
      return FOLLOW_UP_RE.test(sentence) ? "spam/repeated-follow-up" : "spam/mass-proposal";
    case "conduct":
      return GROUP_RE.test(sentence) ? "conduct/discrimination" : "conduct/harassment";
    case "feedback":
      if (REVIEW_RE.test(sentence) && REWARD_RE.test(sentence) && !/\b(?:or|else)\b/i.test(sentence)) return "feedback/incentive";
      if (WITHHOLD_RE.test(sentence)) return "feedback/withholding";
      return "feedback/pressure";
  }
}
