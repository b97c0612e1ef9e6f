// The library rules' severities: the catalog's default (rules/spam/<name>/rule.json) unless the
// options override it; undefined when the rule is off. One place, so the two cannot drift apart.

import duplicateTemplate from "../../../../rules/spam/duplicate-template/rule.json";
import genericTemplate from "../../../../rules/spam/generic-template/rule.json";
import malformedPlaceholder from "../../../../rules/spam/malformed-placeholder/rule.json";
import placeholderStyle from "../../../../rules/spam/placeholder-style/rule.json";
import sharedOpening from "../../../../rules/spam/shared-opening/rule.json";
import unknownPlaceholder from "../../../../rules/spam/unknown-placeholder/rule.json";
import type { Severity, SeveritySetting } from "../types";

const DEFAULTS: Readonly<Record<string, string>> = {
  "spam/duplicate-template": duplicateTemplate.severity,
  "spam/generic-template": genericTemplate.severity,
  "spam/malformed-placeholder": malformedPlaceholder.severity,
  "spam/placeholder-style": placeholderStyle.severity,
  "spam/shared-opening": sharedOpening.severity,
  "spam/unknown-placeholder": unknownPlaceholder.severity,
};

export function librarySeverity(rule: string, options: { rules?: Record<string, SeveritySetting> }): Severity | undefined {
  const setting = options.rules?.[rule];
  if (setting === "off") return undefined;
  return setting ?? (DEFAULTS[rule] as Severity | undefined);
}
