// The fix-all summary: problems fixed and problems left for a manual edit, counted per rule.

import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { fixAll, formatFixSummary, lint, summarizeFixAll } from "../../server/src/engine";

const TEXT = "Feel free to ping me on WhatsApp at +1 415 555 0132.\nI also run a second freelancer account, so I can bid twice.\nYou can pay me via PayPal to skip the Upwork fee.\n";

describe("fix-all summary", () => {
  it("counts the fixed problems and names what needs a manual edit", () => {
    const before = lint(TEXT).findings;
    const after = lint(fixAll(TEXT, (t) => lint(t).findings).text).findings;
    const s = summarizeFixAll([{ before, after }]);
    assert.equal(s.fixed, before.length - after.length);
    assert.ok(s.fixed >= 3, `fixed ${s.fixed}`);
    assert.deepEqual(s.manualRules, [{ ruleId: "account/second-account", count: 1 }]);
    assert.equal(formatFixSummary(s, { files: false }), `Fixed ${s.fixed} problems; 1 problem needs a manual edit (account/second-account).`);
  });

  it("sums over files and says when nothing was fixable", () => {
    const clean = lint("I build Shopify stores.").findings;
    const manual = lint("My brother also uses this account. My sister does too and shares the login.").findings;
    const s = summarizeFixAll([{ before: clean, after: clean }, { before: manual, after: manual }]);
    assert.equal(s.fixed, 0);
    assert.equal(s.manualFiles, 1);
    assert.match(formatFixSummary(s), /^Nothing to fix automatically; \d+ problems? in 1 file needs? a manual edit \(account\//);
    assert.equal(formatFixSummary(summarizeFixAll([{ before: clean, after: clean }])), "Nothing to fix automatically; nothing left to edit by hand.");
  });
});
