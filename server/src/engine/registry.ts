// Every rule, in one explicit list sorted by id; the catalog of Upwork's rules; the docs URL.

import upworkRules from "../../../rules/upwork-rules.json";
import type { Rule } from "./rule";
import type { UpworkRule } from "./types";
import { clientLogin } from "./rules/account/client-login";
import { falseIdentity } from "./rules/account/false-identity";
import { secondAccount } from "./rules/account/second-account";
import { sharedAccount } from "./rules/account/shared-account";
import { offPlatformPayment } from "./rules/circumvention/off-platform-payment";
import { offPlatformWork } from "./rules/circumvention/off-platform-work";
import { discrimination } from "./rules/conduct/discrimination";
import { harassment } from "./rules/conduct/harassment";
import { profanity } from "./rules/conduct/profanity";
import { contactAddress } from "./rules/contact/address";
import { contactEmail } from "./rules/contact/email";
import { contactLink } from "./rules/contact/link";
import { contactMessaging } from "./rules/contact/messaging";
import { contactPhone } from "./rules/contact/phone";
import { contactRequest } from "./rules/contact/request";
import { contactSocial } from "./rules/contact/social";
import { incentive } from "./rules/feedback/incentive";
import { pressure } from "./rules/feedback/pressure";
import { withholding } from "./rules/feedback/withholding";
import { massProposal } from "./rules/spam/mass-proposal";
import { repeatedFollowUp } from "./rules/spam/repeated-follow-up";

export const RULES: readonly Rule[] = [
  clientLogin, falseIdentity, secondAccount, sharedAccount,
  offPlatformPayment, offPlatformWork,
  discrimination, harassment, profanity,
  contactAddress, contactEmail, contactLink, contactMessaging, contactPhone, contactRequest, contactSocial,
  incentive, pressure, withholding,
  massProposal, repeatedFollowUp,
];

const BY_ID = new Map(RULES.map((r) => [r.meta.id, r]));

export function findRule(id: string): Rule | undefined {
  return BY_ID.get(id);
}

export const UPWORK_RULES: readonly UpworkRule[] = upworkRules;

export function upworkRule(n: number): UpworkRule | undefined {
  return UPWORK_RULES.find((r) => r.number === n);
}

export const REPOSITORY_URL = "https://github.com/proposal-lint/proposal-lint";

/** Where a rule's documentation lives (what a diagnostic's link opens). */
export function docsUrl(ruleId: string): string {
  return `${REPOSITORY_URL}/blob/main/rules/${ruleId}/README.md`;
}
