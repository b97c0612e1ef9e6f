// Worker threads in the CLI: a library linted on workers gives the same reports, in the same order,
// as on the main thread alone (unreadable files included).

import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, it } from "node:test";
import { lintFiles } from "../../server/src/cli/lint-files";
import { POOL_LETTER as LETTER } from "../helpers/pool-letter";


describe("lintFiles on worker threads", () => {
  it("gives the same reports in the same order as one thread", () => {
    const dir = mkdtempSync(join(tmpdir(), "pl-pool-"));
    try {
      const files: string[] = [];
      for (let i = 0; i < 60; i++) {
        const file = join(dir, `g${i % 4}`, `t${String(i).padStart(2, "0")}.md`);
        mkdirSync(join(dir, `g${i % 4}`), { recursive: true });
        writeFileSync(file, i % 7 === 0 ? LETTER(1) : LETTER(i));
        files.push(file);
      }
      files.splice(10, 0, join(dir, "missing.md"));
      const run = (workers: number) => {
        const errors: string[] = [];
        const progress: number[] = [];
        const result = lintFiles(files, { cwd: dir, fix: false, maxBytes: 1 << 20, stderr: (s) => errors.push(s), progress: (done) => progress.push(done), workers });
        return { result, errors, progress };
      };
      const one = run(0);
      const pooled = run(2);
      assert.deepEqual(pooled.result, one.result);
      assert.deepEqual(pooled.errors, one.errors);
      assert.deepEqual(pooled.progress, one.progress);
      assert.equal(one.result.reports.length, 60);
      assert.ok(one.result.clusters.length > 0);
      assert.ok(one.result.reports.every((r) => r.diagnostics.length > 0));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("keeps suppressions, directives, line ends and folder configs the same when workers send line starts instead of texts", () => {
    const dir = mkdtempSync(join(tmpdir(), "pl-pool-"));
    try {
      const files: string[] = [];
      for (let i = 0; i < 40; i++) {
        const folder = join(dir, i < 20 ? "a" : "b", `g${i % 3}`);
        mkdirSync(folder, { recursive: true });
        const file = join(folder, `t${String(i).padStart(2, "0")}.md`);
        let text = LETTER(i % 5 === 0 ? 1 : i);
        if (i % 4 === 1) text = text.replace(/\n/g, "\r\n");
        if (i % 6 === 2) text = text.replace("Reach me at", "<!-- proposal-lint-disable-next-line contact/email -->\nReach me at");
        writeFileSync(file, text);
        files.push(file);
      }
      // A config in one folder (its own suppressions file beside it), a suppressions file at the root.
      writeFileSync(join(dir, "b", ".proposal-lint.json"), JSON.stringify({ rules: { "contact/messaging": "warning" } }));
      writeFileSync(join(dir, "b", ".proposal-lint-suppressions.json"), JSON.stringify({ version: 1, suppressions: [{ file: "g0/t21.md", rule: "contact/email", text: "dev21@example.com" }, { file: "g1/t22.md", rule: "contact/email", text: "gone@example.com" }] }));
      writeFileSync(join(dir, ".proposal-lint-suppressions.json"), JSON.stringify({ version: 1, suppressions: [{ file: "a/g1/t01.md", rule: "contact/email" }] }));
      const run = (workers: number) => {
        const errors: string[] = [];
        const result = lintFiles(files, { cwd: dir, fix: false, maxBytes: 1 << 20, stderr: (s) => errors.push(s), workers });
        return { result, errors };
      };
      const one = run(0);
      const pooled = run(2);
      assert.deepEqual(pooled.result, one.result);
      assert.deepEqual(pooled.errors, one.errors);
      const rulesOf = (name: string) => one.result.reports.find((r) => r.path.endsWith(name))!.diagnostics.map((d) => d.ruleId);
      assert.ok(!rulesOf("t21.md").includes("contact/email"), "suppressed by text");
      assert.ok(!rulesOf("t01.md").includes("contact/email"), "suppressed by rule");
      assert.ok(rulesOf("t03.md").includes("contact/email"));
      assert.ok(one.errors.some((e) => e.includes("gone@example.com")), "a stale entry is reported");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
