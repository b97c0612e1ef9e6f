// Every rule, in one explicit list sorted by id; the catalog of Upwork's rules; the docs URL.

import upworkRules from "../../../rules/upwork-rules.json";
import { ruleMeta, type Rule } from "./rule";
import type { RuleMeta, UpworkRule } from "./types";
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
import { genericTemplate } from "./rules/spam/generic-template";
import { malformedPlaceholder } from "./rules/spam/malformed-placeholder";
import { massProposal } from "./rules/spam/mass-proposal";
import { repeatedFollowUp } from "./rules/spam/repeated-follow-up";
import { unknownPlaceholder } from "./rules/spam/unknown-placeholder";
import duplicateTemplateMeta from "../../../rules/spam/duplicate-template/rule.json";
import placeholderStyleMeta from "../../../rules/spam/placeholder-style/rule.json";
import sharedOpeningMeta from "../../../rules/spam/shared-opening/rule.json";

export const RULES: readonly Rule[] = [
  clientLogin, falseIdentity, secondAccount, sharedAccount,
  offPlatformPayment, offPlatformWork,
  discrimination, harassment, profanity,
  contactAddress, contactEmail, contactLink, contactMessaging, contactPhone, contactRequest, contactSocial,
  incentive, pressure, withholding,
  genericTemplate, malformedPlaceholder, massProposal, repeatedFollowUp, unknownPlaceholder,
];

/**
 * Rules found across a template library rather than in one document (server/src/engine/library):
 * their metadata is in the catalog like any rule's, their findings come from `lintLibrary`.
 */
export const LIBRARY_RULES: readonly RuleMeta[] = [
  ruleMeta("spam/duplicate-template", duplicateTemplateMeta),
  ruleMeta("spam/placeholder-style", placeholderStyleMeta),
  ruleMeta("spam/shared-opening", sharedOpeningMeta),
];

/** Every rule's metadata, document and library rules alike, sorted by id. */
export const ALL_RULE_METAS: readonly RuleMeta[] = [...RULES.map((r) => r.meta), ...LIBRARY_RULES].sort((a, b) => a.id.localeCompare(b.id));

const BY_ID = new Map(RULES.map((r) => [r.meta.id, r]));
const META_BY_ID = new Map(ALL_RULE_METAS.map((m) => [m.id, m]));

/** A document rule by id. */
export function findRule(id: string): Rule | undefined {
  return BY_ID.get(id);
}

/** Any rule's metadata by id (document or library rule). */
export function findRuleMeta(id: string): RuleMeta | undefined {
  return META_BY_ID.get(id);
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
