// One generic runner for every rule's fixtures: exact spans in invalid.md, silence in valid.md,
// and for fixable rules, fix-all turns invalid.md into fixed.md with nothing fixable left.

import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { findRuleMeta, fixAll, lint, type LintOptions } from "../../server/src/engine";
import { loadAllFixtures } from "../helpers/fixtures";

// Library rules (near-duplicates across files) are tested in test/library instead.
for (const fx of loadAllFixtures().filter((f) => findRuleMeta(f.ruleId)?.scope !== "library")) {
  describe(`rule ${fx.ruleId}`, () => {
    const rule = findRuleMeta(fx.ruleId);
    const options: LintOptions = fx.config ?? {};
    it("is registered and has valid.md and invalid.md", () => {
      assert.ok(rule, `rules/${fx.ruleId} has no registered rule`);
      assert.ok(fx.valid !== undefined, "valid.md is missing");
      assert.ok(fx.invalid !== undefined, "invalid.md is missing");
      assert.ok(fx.invalid!.expected.length >= 1, "invalid.md should expect findings");
    });

    it("finds nothing in valid.md", () => {
      const found = lint(fx.valid ?? "", options).findings.filter((f) => f.ruleId === fx.ruleId);
      assert.deepEqual(found.map((f) => (fx.valid ?? "").slice(f.start, f.end)), []);
    });

    it("finds exactly the expected spans in invalid.md", () => {
      const { text, expected } = fx.invalid!;
      const found = lint(text, options).findings.filter((f) => f.ruleId === fx.ruleId);
      const got = found.map((f) => `${f.start}-${f.end} «${text.slice(f.start, f.end)}»`);
      const want = expected.filter((e) => e.ruleId === fx.ruleId).map((e) => `${e.start}-${e.end} «${e.text}»`);
      assert.deepEqual(got, want);
    });

    if (rule?.fix) {
      it("fix-all turns invalid.md into fixed.md, leaving nothing of this rule", () => {
        assert.ok(fx.fixed !== undefined, "fixable rule without fixed.md");
        const result = fixAll(fx.invalid!.text, (t) => lint(t, options).findings.filter((f) => f.ruleId === fx.ruleId));
        assert.equal(result.text, fx.fixed);
        assert.deepEqual(lint(result.text, options).findings.filter((f) => f.ruleId === fx.ruleId && f.fix?.safe), []);
      });
    }
  });
}
