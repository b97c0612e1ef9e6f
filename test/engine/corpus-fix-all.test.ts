// Fix-all over every dirty file of the development corpus (beside the repo, in ../shared): no
// error or warning from a fixable rule is left, and nothing outside the rewritten sentences changes.

import assert from "node:assert/strict";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import { findRuleMeta, fixAll, lint } from "../../server/src/engine";
import { sentenceAround } from "../../server/src/engine/rewrite/sentence";

const CASES = join(__dirname, "..", "..", "..", "shared", "corpus", "dev", "cases");
const fixable = (ruleId: string) => findRuleMeta(ruleId)?.fix !== undefined;

describe("fix-all over the development corpus", () => {
  // Without the corpus this is one counted skip, not a suite that silently holds no tests.
  if (!existsSync(CASES)) it("every dirty file", { skip: "no ../shared/corpus/dev beside the repo" }, () => {});
  const files = existsSync(CASES) ? readdirSync(CASES).filter((f) => f.endsWith(".md")).sort() : [];
  for (const file of files) {
    const text = readFileSync(join(CASES, file), "utf8");
    const first = lint(text).findings.filter((f) => f.fix?.safe);
    if (first.length === 0) continue;
    it(file, () => {
      const fixed = fixAll(text, (t) => lint(t).findings).text;
      const left = lint(fixed).findings.filter((f) => fixable(f.ruleId) && (f.severity === "error" || f.severity === "warning"));
      assert.deepEqual(left.map((f) => `${f.ruleId} «${fixed.slice(f.start, f.end)}»`), []);
      // Every stretch of text between the sentences of the first pass's findings survives, in order
      // (a rewrite is one sentence's: test/engine/rewrite-properties.test.ts checks it stays there).
      const all = lint(text).findings;
      const protect = all.map((f) => [f.start, f.end] as const);
      const ranges = all.map((f) => sentenceAround(text, f.start, f.end, protect)).map((s) => [s.start, s.close] as const).sort((a, b) => a[0] - b[0]);
      const merged: [number, number][] = [];
      for (const [s, e] of ranges) {
        const last = merged[merged.length - 1];
        if (last && s <= last[1]) last[1] = Math.max(last[1], e);
        else merged.push([s, e]);
      }
      let from = 0;
      let at = 0;
      for (const [s, e] of [...merged, [text.length, text.length] as [number, number]]) {
        const gap = text.slice(from, s);
        const found = fixed.indexOf(gap, at);
        assert.ok(found >= 0, `text outside the findings changed: ${JSON.stringify(gap.slice(0, 80))}`);
        at = found + gap.length;
        from = e;
      }
    });
  }
});
