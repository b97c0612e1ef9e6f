// Accuracy floors, scored by the shared scorer on the CLI's json report: the development corpus
// beside the repo (../shared, when present) and the independently written set in test/corpus.
// Both have been used to find and fix misses, so they guard against regressions; they are not an
// estimate of accuracy on unseen templates.

import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, it } from "node:test";

const ROOT = join(__dirname, "..", "..");
// The shared scorer when it is beside the repo, else its vendored copy (test/corpus/score.mjs).
const SHARED_SCORER = join(ROOT, "..", "shared", "eval", "score.mjs");
const SCORER = existsSync(SHARED_SCORER) ? SHARED_SCORER : join(ROOT, "test", "corpus", "score.mjs");
const CORPORA = [
  { name: "independent set", dir: join(ROOT, "test", "corpus", "independent") },
  { name: "development corpus", dir: join(ROOT, "..", "shared", "corpus", "dev") },
];

interface Score {
  overall: { precision: number; recall: number };
  families: Record<string, { precision: number | null; recall: number | null }>;
  cleanFalseAlarmRate: number;
  avoidSpansFlagged: number;
}

describe("accuracy floors", () => {
  for (const corpus of CORPORA) {
    // A corpus that is not there is a counted skip, not a silent absence.
    const skip = existsSync(join(corpus.dir, "labels.jsonl")) ? false : `no ${corpus.dir} (it lives beside the repo)`;
    it(`${corpus.name}: precision and recall at least 0.95, every family at least 0.90, no must-not-flag span flagged`, { skip }, () => {
      const report = join(mkdtempSync(join(tmpdir(), "pl-score-")), "report.json");
      const lint = spawnSync(process.execPath, [join(ROOT, "bin", "proposal-lint.js"), "--format", "json", join(corpus.dir, "cases")], { encoding: "utf8", maxBuffer: 1 << 28 });
      assert.ok(lint.status === 0 || lint.status === 1, lint.stderr);
      writeFileSync(report, lint.stdout);
      const scored = spawnSync(process.execPath, [SCORER, "--corpus", corpus.dir, "--report", report, "--json"], { encoding: "utf8" });
      const score = JSON.parse(scored.stdout) as Score;
      assert.ok(score.overall.precision >= 0.95 && score.overall.recall >= 0.95, JSON.stringify(score.overall));
      for (const [family, f] of Object.entries(score.families)) {
        if (f.precision !== null) assert.ok(f.precision >= 0.9, `${family} precision ${f.precision}`);
        if (f.recall !== null) assert.ok(f.recall >= 0.9, `${family} recall ${f.recall}`);
      }
      assert.ok(score.cleanFalseAlarmRate <= 0.03, `clean files flagged ${score.cleanFalseAlarmRate}`);
      assert.equal(score.avoidSpansFlagged, 0);
    });
  }
});
