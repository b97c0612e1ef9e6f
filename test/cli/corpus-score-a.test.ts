// Accuracy floors on independent set A (test/corpus/independent-a), scored by the shared scorer on
// the CLI's json report. The set was spent as a dev set for the contact gaps of issue 10, so contact
// is held at 100%; the intent families are pinned at today's recall so they can only rise (see the
// set's README for its first-contact score).

import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, it } from "node:test";

const ROOT = join(__dirname, "..", "..");
const SCORER = join(ROOT, "..", "shared", "eval", "score.mjs");
const CORPUS = join(ROOT, "test", "corpus", "independent-a");

/** Recall floors per family: contact fixed in full, the others where the rules stand today. */
const RECALL_FLOORS: Record<string, number> = {
  contact: 1,
  circumvention: 0.81,
  feedback: 0.7,
  account: 0.66,
  spam: 0.33,
  conduct: 0.33,
};

interface Score {
  overall: { precision: number; recall: number };
  families: Record<string, { precision: number | null; recall: number | null }>;
  cleanFalseAlarmRate: number;
  avoidSpansFlagged: number;
}

function score(): Score {
  const report = join(mkdtempSync(join(tmpdir(), "pl-score-a-")), "report.json");
  const lint = spawnSync(process.execPath, [join(ROOT, "bin", "proposal-lint.js"), "--format", "json", join(CORPUS, "cases")], { encoding: "utf8", maxBuffer: 1 << 28 });
  assert.ok(lint.status === 0 || lint.status === 1, lint.stderr);
  writeFileSync(report, lint.stdout);
  const scored = spawnSync(process.execPath, [SCORER, "--corpus", CORPUS, "--report", report, "--json"], { encoding: "utf8" });
  return JSON.parse(scored.stdout) as Score;
}

describe("accuracy floors, independent set A", { skip: existsSync(SCORER) ? false : "no ../shared/eval/score.mjs beside the repo" }, () => {
  it("precision 1.0 in every family, recall at its floor, no clean file and no must-not-flag span flagged", () => {
    const s = score();
    assert.ok(s.overall.precision >= 0.99, JSON.stringify(s.overall));
    assert.ok(s.overall.recall >= 0.78, JSON.stringify(s.overall));
    for (const [family, f] of Object.entries(s.families)) {
      if (f.precision !== null) assert.ok(f.precision >= 0.99, `${family} precision ${f.precision}`);
      if (f.recall !== null) assert.ok(f.recall >= (RECALL_FLOORS[family] ?? 0.9), `${family} recall ${f.recall} below ${RECALL_FLOORS[family]}`);
    }
    assert.equal(s.cleanFalseAlarmRate, 0);
    assert.equal(s.avoidSpansFlagged, 0);
  });
});
