// The server's warm-up letter exercises the engine broadly (so the first real document finds the
// patterns of every family compiled and the rewriter loaded), and warming up never throws.

import assert from "node:assert/strict";
import { it } from "node:test";
import { lint } from "../../server/src/engine";
import { WARM_UP_LETTER, warmUpEngine } from "../../server/src/lsp/warm-up";

it("the warm-up letter reaches every family but spam's library rules, with rewrites", () => {
  const findings = lint(WARM_UP_LETTER).findings;
  const families = new Set(findings.map((f) => f.family));
  for (const family of ["contact", "circumvention", "account", "feedback", "conduct"]) assert.ok(families.has(family as never), `no ${family} finding`);
  assert.ok(new Set(findings.map((f) => f.ruleId)).size >= 8);
  assert.ok(findings.some((f) => f.fix), "no rewrite offered");
  assert.doesNotThrow(() => warmUpEngine());
});
