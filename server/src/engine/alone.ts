// How the rules read a piece of text on its own, as a one-line template with no configuration:
// training labels the bank by it (which families the rules already catch) and the rewriter checks
// its candidates with it (a rewrite the request rule still flags is no fix).

import { parseDocument } from "./markdown";
import { RuleContext, type Rule } from "./rule";

/** Options with nothing allowed or configured. */
export const BARE_OPTIONS = { allowedDomains: [], portfolioHosts: [], defaultCountry: undefined, placeholders: [] };

/** The rules of `rules` that report an error or a warning in `text` linted alone (parsed once). */
export function rulesFlaggingAlone(text: string, rules: readonly Rule[]): Rule[] {
  const ctx = new RuleContext(parseDocument(text), BARE_OPTIONS);
  return rules.filter((rule) => rule.detect(ctx).some((d) => (d.severity ?? rule.meta.severity) === "error" || (d.severity ?? rule.meta.severity) === "warning"));
}
